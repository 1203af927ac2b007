"""Build hook: compiles the interface catalogs (translations/*.ts) into .qm files, so that
every wheel, editable install and bundle carries them; .qm files are never committed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        sources = sorted((root / "translations").glob("*.ts"))
        if not sources:
            return
        import PySide6  # a build requirement (pyproject.toml [build-system])

        lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        for source in sources:
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True)
