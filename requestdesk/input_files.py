"""Opening a file a person named, for reading: only a regular file, never a pipe, a device
or a socket, which could block the program for ever (a FIFO with no writer) or never end
(`/dev/zero`). Plain Python; each caller says the refusal in its own words and still
reads at most its own size limit (a regular file can grow while it is read)."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO


class NotAFileError(OSError):
    """The path names something that is not a regular file; `kind` says what it is."""

    def __init__(self, path: Path, kind: str):
        super().__init__(f"{path}: not a regular file but a {kind}")
        self.path, self.kind = path, kind


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def open_regular(path: Path | str) -> BinaryIO:
    """The file opened for reading in binary; NotAFileError when it is not a regular file.

    Opened without waiting (O_NONBLOCK: opening a FIFO would otherwise wait for a writer),
    then checked on the open descriptor, so the answer is about what was opened, not
    about what the name pointed to a moment before. IsADirectoryError for a folder, and
    the other OSErrors of opening, pass as they are.
    """
    path = Path(path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise NotAFileError(path, _kind(mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: Path | str, limit: int) -> bytes:
    """At most `limit` + 1 bytes of a regular file (one more than the limit says it is over)."""
    with open_regular(path) as fh:
        return fh.read(limit + 1)
