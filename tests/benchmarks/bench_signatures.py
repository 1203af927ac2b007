"""Benchmark (issue 13): what signatures cost.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_signatures.py -s -p no:cacheprovider

- signing and verifying a supervisor's decision, against computing the request's
  fingerprint (what every approval check already did), in one run;
- packing and unpacking a request with a 150 MB enclosure, this branch against the
  commit it started from (BASE_TREE: an extracted copy of it, e.g. made with
  `git archive`), alternating fresh processes (signature_work.py);
- `verify` of a register of VERIFY_COUNT requests (100,000 by default) built with SQL
  copies as bench_scale.py builds its register, against the same on the base tree;
- what the package's signature costs in one run, alternating: packing and unpacking a
  150 MB enclosure signed and checked, against the same with the signature skipped
  (its two functions stubbed) and against a plain zip copy of the same bytes; and
  signing and checking a manifest alone.
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
        for name, pick in (("median", statistics.median), ("least", min)):
            branch = pick(t[what] for t in times["branch"])
            base = pick(t[what] for t in times["base"])
            print(f"\n[{name} of {RUNS}] {what} 150 MB: {branch:.2f} s on this branch, {base:.2f} s before ({branch / base:.2f}x)")


@pytest.mark.skipif(not BASE, reason="BASE_TREE names the extracted tree of the commit to compare with")
def test_verify_a_large_register(tmp_path):
    count = int(os.environ.get("VERIFY_COUNT", "100000"))
    branch = _work(str(ROOT), "verify", tmp_path / "branch", count)
    base = _work(BASE, "verify", tmp_path / "base", count)
    print(f"\nverify {branch['requests']} requests: {branch['verify']:.1f} s on this branch, {base['verify']:.1f} s before "
          f"({branch['verify'] / base['verify']:.2f}x)")


def _package_with(folder: Path, megabytes: int):  # type: ignore[no-untyped-def]
    """A sender's register holding a request with one enclosure of `megabytes`, a signer
    trusted by the receiving folder."""
    from requestdesk.app import Desk
    from requestdesk.resources import resource_path
    from requestdesk.store.requests import RequestStore
    from tests.benchmarks.signature_work import _pdf
    from tests.signers import trust, trusted_key

    doc = json.loads(resource_path("examples", "example.request.json").read_bytes())
    store = RequestStore(folder / "sender" / "requests.sqlite3")
    desk = Desk(store, "officer")
    desk.create(doc)
    pdf = folder / "big.pdf"
    _pdf(pdf, megabytes)
    desk.attach(doc["id"], pdf)
    signer = trust(folder / "receiver", trusted_key(folder / "sender", "Ст. лейтенант И. И. Иванов", "officer"))
    return store, desk, doc["id"], signer, pdf


def test_what_the_signature_costs_packing_and_unpacking_150_mb(tmp_path, monkeypatch):
    import shutil
    import zipfile

    from requestdesk.app import Desk
    from requestdesk.packages import reader, seal, writer
    from requestdesk.packages.seal import Seal
    from requestdesk.store.requests import RequestStore

    store, desk, rid, signer, pdf = _package_with(tmp_path, 150)
    times: dict[str, list[float]] = {k: [] for k in ("pack", "pack_unsigned", "zip", "unpack", "unpack_unchecked", "unzip")}
    real_sign, real_read = writer.signed_manifest, reader.read_seal

    for i in range(RUNS):
        for signed in (True, False):
            if signed:
                monkeypatch.setattr(writer, "signed_manifest", real_sign)
                monkeypatch.setattr(reader, "read_seal", real_read)
            else:
                # The same work with the signature skipped: the manifest goes out as it is,
                # and the seal is taken as good (the sender's key is still judged).
                monkeypatch.setattr(writer, "signed_manifest", lambda manifest, key: {**manifest, seal.SENDER: key.public.to_json()})
                monkeypatch.setattr(reader, "read_seal", lambda path, manifest, at: Seal(signer.public, None, at))
            out = tmp_path / f"p{i}{signed}.requestpkg"
            start = time.perf_counter()
            desk.pack(rid, out, signer=signer)
            times["pack" if signed else "pack_unsigned"].append(time.perf_counter() - start)
            receiver = RequestStore(tmp_path / "receiver" / f"r{i}{signed}" / "requests.sqlite3")
            shutil.copy(tmp_path / "receiver" / "trust.json", receiver.path.parent / "trust.json")
            start = time.perf_counter()
            Desk(receiver, "supervisor").unpack(out)
            times["unpack" if signed else "unpack_unchecked"].append(time.perf_counter() - start)
            receiver.close()
        # The floor: the same bytes zipped and unzipped, nothing checked or recorded.
        plain = tmp_path / f"plain{i}.zip"
        start = time.perf_counter()
        with zipfile.ZipFile(plain, "w") as archive:
            archive.write(pdf, "enclosure", compress_type=zipfile.ZIP_STORED)
        times["zip"].append(time.perf_counter() - start)
        start = time.perf_counter()
        with zipfile.ZipFile(plain) as archive:
            archive.extract("enclosure", tmp_path / f"plain{i}")
        times["unzip"].append(time.perf_counter() - start)
    store.close()
    # The least of the runs as well as the median: on a shared machine the least is the
    # run least disturbed by others' work.
    for name, pick in (("median", statistics.median), ("least", min)):
        m = {k: pick(v) for k, v in times.items()}
        print(f"\n[{name} of {RUNS}] pack 150 MB: signed {m['pack']:.2f} s, signature skipped {m['pack_unsigned']:.2f} s "
              f"({m['pack'] / m['pack_unsigned']:.2f}x), a plain zip of the same bytes {m['zip']:.2f} s")
        print(f"[{name} of {RUNS}] unpack 150 MB: checked {m['unpack']:.2f} s, signature check skipped "
              f"{m['unpack_unchecked']:.2f} s ({m['unpack'] / m['unpack_unchecked']:.2f}x), a plain unzip {m['unzip']:.2f} s")


def test_signing_and_checking_a_package_manifest(tmp_path):
    from requestdesk.domain.canonical import canonical
    from requestdesk.packages.seal import read_seal, signed_manifest
    from tests.signers import trusted_key

    key = trusted_key(tmp_path, "Ст. лейтенант И. И. Иванов", "officer")
    # A heavy manifest: 60 enclosures listed, as bench_package_limits' heavy request has.
    entries = [{"sha256": f"{i:064x}", "name": f"scan-{i}.pdf", "media_type": "application/pdf", "size": 1000 + i,
                "pages": 1, "added_at": "2026-11-20T09:00:00Z", "added_by": "officer", "position": i} for i in range(60)]
    manifest = {"format": "requestdesk.package", "version": 1, "created_at": "2026-11-20T09:00:00Z", "created_by": "officer",
                "request": {"id": "x", "status": "in_review", "fingerprint": "f" * 64}, "events": {"count": 40, "head": "e" * 64},
                "enclosures": entries, "members": {f"enclosures/{e['sha256']}": {"sha256": e["sha256"], "size": e["size"]}
                                                   for e in entries}}
    n = 300
    rounds: dict[str, list[float]] = {"canonical": [], "sign": [], "check": []}
    for _ in range(RUNS):
        start = time.perf_counter()
        for _ in range(n):
            canonical(manifest)
        rounds["canonical"].append((time.perf_counter() - start) / n)
        start = time.perf_counter()
        for _ in range(n):
            signed = signed_manifest(manifest, key)
        rounds["sign"].append((time.perf_counter() - start) / n)
        start = time.perf_counter()
        for _ in range(n):
            seal = read_seal(tmp_path, signed, None)
        rounds["check"].append((time.perf_counter() - start) / n)
        assert seal.holds
    m = {k: statistics.median(v) for k, v in rounds.items()}
    print(f"\npackage manifest ({len(json.dumps(manifest))} bytes): sign {m['sign'] * 1e6:.0f} µs, check {m['check'] * 1e6:.0f} µs "
          f"(the key file's own signature too); its canonical JSON alone {m['canonical'] * 1e6:.0f} µs")
