"""Builds the catalogs in translations/: the Qt Linguist ones (*.ts -> .qm) of the
interface, and the gettext ones (messages_*.po -> .mo) of every other text (the command
line, errors, findings' words, documents' words: `requestdesk.domain.text`).

    python -m requestdesk.translations_build            # compile .qm and .mo
    python -m requestdesk.translations_build --extract  # update messages_*.po from the sources

The build hook (packaging/hatch_build.py) compiles the same way for every install; run
this after editing a catalog in a source checkout. The .qm and .mo files are build
products, never edited or committed.

`--extract` reads the `_()`, `_n()`, `_c()` and `_nc()` markers of every module outside
`requestdesk/ui/` (whose words are Qt's, in the .ts catalogs) with babel's extractor and
rewrites each messages_<lang>.po: new messages come in untranslated, messages no longer
in the sources go, translations already made stay. The output depends only on the
sources and the catalog (sorted, no line numbers, no dates), so that a test can check
that the committed catalog is the one the sources give.
"""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from requestdesk.resources import translations_dir

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(__file__).resolve().parent
# The markers of requestdesk.domain.text, in babel's keyword notation.
KEYWORDS = {"_": None, "_n": (1, 2), "_c": ((1, "c"), 2), "_nc": ((1, "c"), 2, 3)}
COMMENT_TAGS = ("Translators:",)
MESSAGES = "messages"


def lrelease_command() -> list[str]:
    import PySide6

    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if not binary.exists():
        raise FileNotFoundError(f"Qt's lrelease is not in {binary.parent}")
    return [str(binary)]


def build_qt(folder: Path) -> list[Path]:
    built = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([*lrelease_command(), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


def compile_messages(folder: Path) -> list[Path]:
    """messages_<lang>.po -> messages_<lang>.mo (fuzzy translations left out)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    built = []
    for source in sorted(folder.glob(f"{MESSAGES}_*.po")):
        with source.open("rb") as fh:
            catalog = read_po(fh, locale=source.stem.split("_", 1)[1])
        target = source.with_suffix(".mo")
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        target.write_bytes(buffer.getvalue())
        built.append(target)
    return built


def build(folder: Path | None = None) -> list[Path]:
    folder = folder or translations_dir()
    return [*build_qt(folder), *compile_messages(folder)]


def sources(package: Path = PACKAGE) -> Iterator[Path]:
    """The modules whose texts go to the gettext catalog: all but the Qt interface's."""
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).parts
        if relative[0] != "ui":
            yield path


def extract(package: Path = PACKAGE) -> Catalog:
    """The catalog template the sources give: every marked message, where it is used."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract as extract_from

    template = Catalog(project="RequestDesk", fuzzy=False)
    for path in sources(package):
        location = path.relative_to(package.parent).as_posix()
        with path.open("rb") as fh:
            for lineno, message, comments, context in extract_from(
                    "python", fh, keywords=KEYWORDS, comment_tags=COMMENT_TAGS, strip_comment_tags=True):
                template.add(message, locations=[(location, lineno)], auto_comments=comments, context=context)
    return template


def updated_catalog(lang: str, folder: Path, package: Path = PACKAGE) -> bytes:
    """messages_<lang>.po brought up to the sources, as the bytes to write."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = extract(package)
    path = folder / f"{MESSAGES}_{lang}.po"
    if path.exists():
        with path.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
    else:
        catalog = Catalog(locale=lang, project="RequestDesk", fuzzy=False)
    # No guessing from similar messages: a near match is another sentence, and a wrong
    # translation is worse than an untranslated one (the tests ask for every translation).
    catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, sort_output=True, ignore_obsolete=True, include_lineno=False)
    return buffer.getvalue()


def update_catalogs(folder: Path | None = None) -> list[Path]:
    folder = folder or translations_dir()
    written = []
    for path in sorted(folder.glob(f"{MESSAGES}_*.po")):
        path.write_bytes(updated_catalog(path.stem.split("_", 1)[1], folder))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--extract"]:
        for path in update_catalogs():
            print(f"updated {path.name}")
        return 0
    if args:
        print("usage: python -m requestdesk.translations_build [--extract]", file=sys.stderr)
        return 2
    for path in build():
        print(f"built {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
