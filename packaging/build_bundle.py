"""Builds the RequestDesk application folder with PyInstaller (Linux and Windows).

    python packaging/build_bundle.py [--dist DIR] [--work DIR]

Compiles the catalogs first (translations/*.ts -> .qm, messages_*.po -> .mo), then runs
packaging/requestdesk.spec. The result is DIR/requestdesk/ (default dist/requestdesk/):
the program `requestdesk` (`requestdesk.exe` and `requestdesk-cli.exe` on Windows) with
everything it needs beside it. Needs the `bundle` extra: pip install ".[bundle]".
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "requestdesk.spec"


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Builds the bundle into dist/requestdesk and returns that folder."""
    subprocess.run([sys.executable, "-m", "requestdesk.translations_build"], cwd=ROOT, check=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        cwd=ROOT,
        check=True,
    )
    return dist / "requestdesk"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the application folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's scratch folder")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve())
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB, built in {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
