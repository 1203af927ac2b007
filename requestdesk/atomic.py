"""Files written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """A file object whose content replaces `target` only if the block completes.

    The temporary file sits beside the target (same filesystem, so the final rename is
    atomic) and is removed on any failure: a reader sees the old file or the new one,
    never half of one.
    """
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomically(target: Path, data: bytes) -> None:
    with atomic_writer(target) as fh:
        fh.write(data)


def produce_atomically(target: Path, produce: Callable[[BinaryIO], None]) -> None:
    with atomic_writer(target) as fh:
        produce(fh)
