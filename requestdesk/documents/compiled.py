"""Compiled templates kept on disk: a template text is parsed and compiled once, not on every export.

Compiling the request template is most of what `requestdesk export` does as a process (a
few hundred milliseconds, against tens to fill it). The compiled code and the names the
template needs are kept under the data folder, keyed by a hash of the template text and of
the Jinja and Python versions: an administrator's edit, or an upgrade, compiles afresh.
A cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2

from requestdesk.paths import data_dir

# Bumped when what the environment compiles changes (its options, the finalize step).
_FORMAT = "requestdesk-template-code-1"


def cache_folder() -> Path:
    return data_dir() / "cache" / "templates"


def key(source: str) -> str:
    salt = f"{_FORMAT}\0{jinja2.__version__}\0{sys.version}\0".encode()
    return hashlib.sha256(salt + source.encode("utf-8")).hexdigest()


def load(source_key: str) -> tuple[CodeType, frozenset[str]] | None:
    kept = load_value(f"{source_key}.bin")
    if not isinstance(kept, tuple) or len(kept) != 2:
        return None
    code, names = kept
    if not isinstance(code, CodeType) or not isinstance(names, (tuple, list)):
        return None
    return code, frozenset(str(n) for n in names)


def store(source_key: str, code: CodeType, names: frozenset[str]) -> None:
    store_value(f"{source_key}.bin", (code, tuple(sorted(names))))


def load_value(name: str) -> object:
    """What `store_value` kept under `name`, or None."""
    try:
        return marshal.loads((cache_folder() / name).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def store_value(name: str, value: Any) -> None:  # what marshal writes: code, bytes, str, tuples
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".compiling-")
        try:
            with os.fdopen(handle, "wb") as fh:
                fh.write(marshal.dumps(value))
            os.replace(temporary, folder / name)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only or full data folder: the template is compiled again next time
