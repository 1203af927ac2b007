"""Build hook: compiles the catalogs in translations/ so that every wheel, editable install
and bundle carries them: the interface's (*.ts -> .qm, Qt's lrelease) and the other texts'
(messages_*.po -> .mo, babel). Neither .qm nor .mo files are ever committed."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        folder = Path(self.root) / "translations"
        self._compile_qt(folder)
        self._compile_messages(folder)

    @staticmethod
    def _compile_qt(folder: Path) -> None:
        sources = sorted(folder.glob("*.ts"))
        if not sources:
            return
        import PySide6  # a build requirement (pyproject.toml [build-system])

        lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        for source in sources:
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True)

    @staticmethod
    def _compile_messages(folder: Path) -> None:
        # The same compilation as requestdesk.translations_build.compile_messages, which
        # the hook cannot import: the package is not importable while it is being built.
        sources = sorted(folder.glob("messages_*.po"))
        if not sources:
            return
        from babel.messages.mofile import write_mo  # a build requirement
        from babel.messages.pofile import read_po

        for source in sources:
            with source.open("rb") as fh:
                catalog = read_po(fh, locale=source.stem.split("_", 1)[1])
            buffer = io.BytesIO()
            write_mo(buffer, catalog, use_fuzzy=False)
            source.with_suffix(".mo").write_bytes(buffer.getvalue())
