"""Benchmark (issue 13): what signatures cost.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_signatures.py -s -p no:cacheprovider

- signing and verifying a supervisor's decision, against computing the request's
  fingerprint (what every approval check already did), in one run;
- packing and unpacking a request with a 150 MB enclosure, this branch against the
  commit it started from (BASE_TREE: an extracted copy of it, e.g. made with
  `git archive`), alternating fresh processes (signature_work.py);
- `verify` of a register of VERIFY_COUNT requests (100,000 by default) built with SQL
  copies as bench_scale.py builds its register, against the same on the base tree.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORK = Path(__file__).with_name("signature_work.py")
BASE = os.environ.get("BASE_TREE", "")
RUNS = int(os.environ.get("RUNS", "3"))


def _work(tree: str, mode: str, folder: Path, amount: int) -> dict:
    done = subprocess.run([sys.executable, str(WORK), tree, mode, str(folder), str(amount)],
                          capture_output=True, text=True, check=True, timeout=1800)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_signing_and_verifying_a_decision(tmp_path):
    from requestdesk.domain.fingerprint import fingerprint
    from requestdesk.identity import TrustStore
    from requestdesk.identity.decisions import decision_problem, sign_decision
    from requestdesk.resources import resource_path
    from tests.signers import trusted_supervisor

    doc = json.loads(resource_path("examples", "example.request.json").read_bytes())
    key = trusted_supervisor(tmp_path)
    trust = TrustStore(tmp_path).load()
    at = key.public.created
    digest = fingerprint(doc)
    n = 2000
    rounds = {"fingerprint": [], "sign": [], "verify": []}
    for _ in range(RUNS):
        start = time.perf_counter()
        for _ in range(n // 10):
            fingerprint(doc)
        rounds["fingerprint"].append((time.perf_counter() - start) / (n // 10))
        start = time.perf_counter()
        for _ in range(n):
            signed = sign_decision(key, doc["id"], "approved", digest, [], at)
        rounds["sign"].append((time.perf_counter() - start) / n)
        start = time.perf_counter()
        for _ in range(n):
            problem, _entry = decision_problem(trust, doc["id"], "approved", digest, [], at, *signed)
        rounds["verify"].append((time.perf_counter() - start) / n)
        assert problem is None
    medians = {k: statistics.median(v) for k, v in rounds.items()}
    print(f"\nper decision: sign {medians['sign'] * 1e6:.0f} µs, verify (with the trust list) {medians['verify'] * 1e6:.0f} µs; "
          f"the request's fingerprint {medians['fingerprint'] * 1e6:.0f} µs "
          f"(verify/fingerprint {medians['verify'] / medians['fingerprint']:.2f})")


@pytest.mark.skipif(not BASE, reason="BASE_TREE names the extracted tree of the commit to compare with")
def test_pack_and_unpack_a_150_mb_enclosure(tmp_path):
    times: dict[str, list[dict]] = {"branch": [], "base": []}
    for i in range(RUNS):
        for name, tree in (("branch", str(ROOT)), ("base", BASE)):
            times[name].append(_work(tree, "pack", tmp_path / f"{name}{i}", 150))
    for what in ("pack", "unpack"):
        branch = statistics.median(t[what] for t in times["branch"])
        base = statistics.median(t[what] for t in times["base"])
        print(f"\n{what} 150 MB: {branch:.2f} s on this branch, {base:.2f} s before ({branch / base:.2f}x)")


@pytest.mark.skipif(not BASE, reason="BASE_TREE names the extracted tree of the commit to compare with")
def test_verify_a_large_register(tmp_path):
    count = int(os.environ.get("VERIFY_COUNT", "100000"))
    branch = _work(str(ROOT), "verify", tmp_path / "branch", count)
    base = _work(BASE, "verify", tmp_path / "base", count)
    print(f"\nverify {branch['requests']} requests: {branch['verify']:.1f} s on this branch, {base['verify']:.1f} s before "
          f"({branch['verify'] / base['verify']:.2f}x)")
