"""What the package limits cost (issue 13): attaching, packing and unpacking a request with
a 150 MB enclosure, against another checkout of RequestDesk measured in the same run
(alternating runs, medians, ratios), and how fast the issue's 1.6 MB bomb is refused.

    git archive da36526 | tar -x -C /tmp/baseline       # for example: the code before
    python tests/benchmarks/bench_package_limits.py --baseline /tmp/baseline [--runs 3] [--mb 150]

Each measurement runs in a fresh interpreter with that checkout first on its path.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ONE_RUN = r"""
import json, random, sys, tempfile, time
from datetime import datetime, timezone
from pathlib import Path
from requestdesk.domain.timeutil import FixedClock
from requestdesk.packages import PackageError, import_package, pack
from requestdesk.resources import resource_path
from requestdesk.store.enclosures import Enclosures
from requestdesk.store.requests import RequestStore

megabytes, pdf, bomb = int(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
tmp = Path(tempfile.mkdtemp(dir=pdf.parent))
clock = FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc))
doc = json.loads(resource_path("examples", "example.request.json").read_text(encoding="utf-8"))
source = RequestStore(tmp / "a" / "requests.sqlite3", clock=clock)
source.save(doc)
times = {}
start = time.perf_counter()
Enclosures(source, "officer").attach(doc["id"], pdf)
times["attach"] = time.perf_counter() - start
import inspect
signing = {}
if "signer" in inspect.signature(pack).parameters:  # packages signed by their sender, trusted by the receiver
    sys.path.insert(0, ".")
    from tests.signers import trust, trusted_key
    signing["signer"] = trust(tmp / "b", trusted_key(tmp / "a", "Ст. лейтенант И. И. Иванов", "officer"))
start = time.perf_counter()
pack(source, doc["id"], tmp / "p.requestpkg", "officer", **signing)
times["pack"] = time.perf_counter() - start
source.close()
target = RequestStore(tmp / "b" / "requests.sqlite3", clock=clock)
start = time.perf_counter()
import_package(target, tmp / "p.requestpkg", "supervisor")
times["unpack"] = time.perf_counter() - start
bombed = RequestStore(tmp / "c" / "requests.sqlite3", clock=clock)
before = (tmp / "c" / "requests.sqlite3").stat().st_size
start = time.perf_counter()
try:
    import_package(bombed, bomb, "supervisor")
    times["bomb_outcome"] = "imported"
except PackageError as exc:
    times["bomb_outcome"] = "refused: " + exc.problem
times["bomb"] = time.perf_counter() - start
bombed.close()
times["bomb_register_growth_mb"] = (sum(p.stat().st_size for p in (tmp / "c").iterdir()) - before) / 1e6
target.close()
print(json.dumps(times))
"""


def _scan_pdf(path: Path, megabytes: int) -> None:
    """A PDF holding one page with an incompressible image stream, like a scanned document."""
    import random

    image = random.Random(13).randbytes(megabytes * 1024 * 1024)
    with open(path, "wb") as fh:
        fh.write(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
        fh.write(b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n")
        fh.write(b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n")
        fh.write(f"4 0 obj\n<< /Type /XObject /Subtype /Image /Length {len(image)} >>\nstream\n".encode())
        fh.write(image)
        fh.write(b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def _bomb(folder: Path) -> Path:
    """The issue's case, built with this checkout's test helpers: 1,000 compressed enclosures."""
    sys.path.insert(0, str(ROOT))
    from datetime import datetime, timezone

    from requestdesk.domain.timeutil import FixedClock
    from requestdesk.packages import pack
    from requestdesk.resources import resource_path
    from requestdesk.store.requests import RequestStore
    from requestdesk.store.review import Review
    from tests.review.helpers import forge_enclosures, make_pdf

    doc = json.loads(resource_path("examples", "example.request.json").read_text(encoding="utf-8"))
    store = RequestStore(folder / "base" / "requests.sqlite3", clock=FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)))
    store.save(doc)
    Review(store, "officer").submit(doc["id"])
    from tests.signers import make_key

    pack(store, doc["id"], folder / "base.requestpkg", "officer", signer=make_key(folder / "keys", "Ст. лейтенант И. И. Иванов", "officer"))
    store.close()
    files = [make_pdf(1, note=str(i)) + bytes(1_000_000) for i in range(1000)]
    return forge_enclosures(folder / "base.requestpkg", folder / "bomb.requestpkg", files)


def _run(tree: Path, megabytes: int, pdf: Path, bomb: Path) -> dict[str, float | str]:
    result = subprocess.run([sys.executable, "-c", ONE_RUN, str(megabytes), str(pdf), str(bomb)], cwd=tree, capture_output=True,
                            text=True, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path, required=True, help="another checkout of RequestDesk to compare with")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mb", type=int, default=150)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        pdf = work / "scan.pdf"
        _scan_pdf(pdf, args.mb)
        bomb = _bomb(work)
        print(f"enclosure {pdf.stat().st_size / 1e6:.0f} MB; bomb package {bomb.stat().st_size / 1e6:.2f} MB")
        runs: dict[str, list[dict[str, float | str]]] = {"baseline": [], "current": []}
        for _ in range(args.runs):
            for name, tree in (("baseline", args.baseline), ("current", ROOT)):
                runs[name].append(_run(tree, args.mb, pdf, bomb))
        for step in ("attach", "pack", "unpack", "bomb"):
            base = statistics.median(float(r[step]) for r in runs["baseline"])
            now = statistics.median(float(r[step]) for r in runs["current"])
            print(f"{step:7} baseline {base:7.3f} s   current {now:7.3f} s   ratio {now / base:5.2f}")
        for name in runs:
            last = runs[name][-1]
            print(f"{name}: the bomb {last['bomb_outcome']}, register grew {float(last['bomb_register_growth_mb']):.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
