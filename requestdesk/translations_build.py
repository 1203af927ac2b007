"""Compiles the Qt Linguist catalogs (translations/*.ts) into .qm files.

The build hook (packaging/hatch_build.py) does the same for every install; run this
after editing a catalog in a source checkout. The .qm files are
build products, never edited or committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from requestdesk.resources import translations_dir


def lrelease_command() -> list[str]:
    import PySide6

    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if not binary.exists():
        raise FileNotFoundError(f"Qt's lrelease is not in {binary.parent}")
    return [str(binary)]


def build(folder: Path | None = None) -> list[Path]:
    folder = folder or translations_dir()
    built = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([*lrelease_command(), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


def main() -> int:
    for path in build():
        print(f"built {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
