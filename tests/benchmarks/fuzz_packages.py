"""Fuzzing run of the package importer: 10,000 hostile inputs (issue 6, item 7).

Each input is random bytes or a mutation of a valid package (bytes flipped, truncated,
inserted; a member's JSON changed with or without the manifest updated; members renamed
to hostile names, dropped or doubled; the manifest's structure changed; data put before or
after the zip, or a size, offset or count field of its headers changed; JSON nested deep;
enclosures compressed). Every input must
end in a clean refusal (PackageError), a conflict or an import; any other exception is a
bug and makes the run fail, and so does an import that brought in anything other than
the valid package's request, log, files and review record. Run on demand:

    python tests/benchmarks/fuzz_packages.py [--inputs 10000] [--seed 6]

It prints inputs per second and how many inputs ended in each outcome.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from requestdesk.resources import resource_path  # noqa: E402
from requestdesk.store.requests import RequestStore  # noqa: E402
from tests.review.fuzzing import clear, content_of, mutate, outcome_of, trust_sender, valid_package  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    doc = json.loads(resource_path("examples", "example.request.json").read_text(encoding="utf-8"))
    outcomes: collections.Counter[str] = collections.Counter()
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        valid = valid_package(base, doc)
        store = RequestStore(base / "store" / "requests.sqlite3")
        insider = trust_sender(base, store)  # half the changed manifests are signed again with it
        path = base / "input.requestpkg"
        path.write_bytes(valid)
        outcome_of(store, path)
        expected = content_of(store)  # what the valid package imports as
        clear(store)
        started = time.perf_counter()
        for number in range(args.inputs):
            data = mutate(valid, rnd, insider)
            path.write_bytes(data)
            try:
                outcomes[outcome_of(store, path, expected)] += 1
            except Exception:  # noqa: BLE001 — what the run is looking for
                failures.append((number, traceback.format_exc()))
                outcomes["UNEXPECTED EXCEPTION"] += 1
            clear(store)  # each input meets an empty store
        elapsed = time.perf_counter() - started
        store.close()
        left = sorted(p.name for p in base.iterdir())
    print(f"inputs: {args.inputs}  seed: {args.seed}  time: {elapsed:.1f} s  rate: {args.inputs / elapsed:.0f} inputs/s")
    print(f"files left beside the store: {left}")
    for outcome, count in outcomes.most_common():
        print(f"  {count:6d}  {outcome}")
    for number, trace in failures[:5]:
        print(f"--- input {number}:\n{trace}")
    return 1 if failures or outcomes["ACCEPTED ALTERED CONTENT"] else 0


if __name__ == "__main__":
    sys.exit(main())
