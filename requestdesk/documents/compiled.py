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
    try:
        data = (cache_folder() / f"{source_key}.bin").read_bytes()
        code, names = marshal.loads(data)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(code, CodeType) or not isinstance(names, (tuple, list)):
        return None
    return code, frozenset(str(n) for n in names)


def store(source_key: str, code: CodeType, names: frozenset[str]) -> None:
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".compiling-")
        try:
            with os.fdopen(handle, "wb") as fh:
                fh.write(marshal.dumps((code, tuple(sorted(names)))))
            os.replace(temporary, folder / f"{source_key}.bin")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only or full data folder: the template is compiled again next time
