"""Licences of RequestDesk and of the libraries it ships with, read from their own metadata.

Plain Python (no Qt): the About box shows what `notices()` returns, and the bundle's
spec copies the metadata of `BUNDLED_DISTRIBUTIONS` so that the same reading works there.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from requestdesk import __version__
from requestdesk.resources import resource_path

# The distributions a bundle carries, as their metadata names them.
BUNDLED_DISTRIBUTIONS = (
    "PySide6-Essentials",
    "shiboken6",
    "python-docx",
    "docxtpl",
    "Jinja2",
    "MarkupSafe",
    "babel",
    "tzdata",
    "lxml",
    "cryptography",  # personal signing keys (requestdesk.identity)
    "cffi",  # cryptography's bindings load it
    "snowballstemmer",
)

# Licence texts some distributions do not carry in their metadata, in packaging/licenses/
# (the bundle's licenses/ folder). Keyed by the SPDX identifier a distribution declares.
_TEXT_FILES = {
    "LGPL-3.0-only": "LGPL-3.0.txt",
    "LGPL-2.1-only": "LGPL-2.1.txt",
    "GPL-3.0-or-later": "GPL-3.0.txt",
    "GPL-3.0-only": "GPL-3.0.txt",
    "Apache-2.0": "Apache-2.0.txt",
    "PSF-2.0": "Python-PSF.txt",
}
_LICENCE_WORDS = ("LICEN", "COPYING", "NOTICE")


@dataclass(frozen=True)
class Notice:
    """One component: its name, version, licence (an SPDX expression) and licence texts."""

    name: str
    version: str
    licence: str
    texts: tuple[Path, ...]


def licences_dir() -> Path | None:
    """The folder of licence texts: the bundle's licenses/, or packaging/licenses/ in a checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "licenses"] if bundle else []
    candidates.append(Path(__file__).resolve().parent.parent / "packaging" / "licenses")
    return next((c for c in candidates if c.is_dir()), None)


def _field(meta: metadata.PackageMetadata, name: str) -> str | None:
    """The first value of a metadata field, None when the package does not give it."""
    values = meta.get_all(name)
    return str(values[0]) if values else None


def _spdx(meta: metadata.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return expression.strip()
    declared = (_field(meta, "License") or "").strip()
    # Some projects put the whole licence text in this field; only a short name is a name.
    if declared and "\n" not in declared and len(declared) < 80:
        return declared
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " / ".join(classifiers) or "?"


def _bundled_texts(licence: str) -> list[Path]:
    folder = licences_dir()
    if folder is None:
        return []
    names = []
    for part in licence.replace("(", " ").replace(")", " ").split():
        name = _TEXT_FILES.get(part)
        if name and name not in names:
            names.append(name)
    return [folder / n for n in names if (folder / n).is_file()]


def library_notice(name: str) -> Notice | None:
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None
    licence = _spdx(dist.metadata)
    texts = [
        Path(str(dist.locate_file(f)))
        for f in dist.files or ()
        if any(word in f.name.upper() for word in _LICENCE_WORDS) and ".dist-info" in str(f)
    ]
    texts = [t for t in texts if t.is_file()] or _bundled_texts(licence)
    return Notice(_field(dist.metadata, "Name") or name, dist.version, licence, tuple(texts))


def own_licence() -> str:
    """RequestDesk's licence: from its installed metadata, else from pyproject.toml beside the data."""
    try:
        return _spdx(metadata.metadata("requestdesk"))
    except metadata.PackageNotFoundError:
        pass
    # A source checkout keeps pyproject.toml beside resources/; the bundle carries a copy there.
    project = resource_path("..", "pyproject.toml")
    try:
        with project.open("rb") as fh:
            return str(tomllib.load(fh)["project"]["license"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "?"


def python_notice() -> Notice:
    version = ".".join(str(n) for n in sys.version_info[:3])
    return Notice("Python", version, "PSF-2.0", tuple(_bundled_texts("PSF-2.0")))


def notices() -> list[Notice]:
    """RequestDesk first, then Python and every bundled library that is present."""
    own = own_licence()
    found = [Notice("RequestDesk", __version__, own, tuple(_bundled_texts(own))), python_notice()]
    found += [n for n in (library_notice(name) for name in BUNDLED_DISTRIBUTIONS) if n is not None]
    return found
