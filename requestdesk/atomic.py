"""Files written whole or not at all, and why one was not, in both languages."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from requestdesk.domain.problems import FileProblem

WRITE_PROBLEMS = {
    "folder_missing": {"ru": "папка «{folder}» не существует", "en": "the folder \"{folder}\" does not exist"},
    "not_a_folder": {"ru": "«{file}» — это файл, а не папка", "en": "\"{file}\" is a file, not a folder"},
    "is_folder": {"ru": "это папка, а не файл", "en": "this is a folder, not a file"},
    "not_writable": {"ru": "нет права записи в папку «{folder}»", "en": "the folder \"{folder}\" cannot be written to"},
    "in_use": {
        "ru": "файл открыт в другой программе или защищен от записи; закройте его и повторите",
        "en": "the file is open in another program or read-only; close it and try again",
    },
    "name_too_long": {"ru": "слишком длинное имя файла или путь", "en": "the file name or path is too long"},
    "disk_full": {"ru": "на диске недостаточно места, файл не записан", "en": "the disk is full, the file was not written"},
    "write_failed": {"ru": "файл не удается записать (ошибка системы: {detail})", "en": "the file cannot be written (system error: {detail})"},
}


class WriteError(FileProblem):
    """A file that was not written; the file that stood there, if any, is as it was."""

    TEXTS = WRITE_PROBLEMS


def write_error(target: Path, exc: OSError, *, replacing: bool = False) -> WriteError:
    """What an OSError met while writing `target` means to the person who chose the place.

    The probes use os.path, which answers False where it may not look (a folder without
    search permission) instead of raising in the middle of explaining another error.
    `replacing`: the new content was written beside the target and only putting it in
    the target's place failed.
    """
    folder = target.parent
    if isinstance(exc, IsADirectoryError) or os.path.isdir(target):
        return WriteError(target, "is_folder")
    if exc.errno == errno.ENAMETOOLONG:
        return WriteError(target, "name_too_long")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return WriteError(target, "disk_full")
    if not os.path.isdir(folder):
        # "Does not exist" would mislead when the way is blocked by a file of that name,
        # or when the folder is there but may not be entered.
        existing = next((p for p in (folder, *folder.parents) if os.path.lexists(p)), None)
        if existing is not None and not os.path.isdir(existing):
            return WriteError(target, "not_a_folder", file=existing)
        if isinstance(exc, PermissionError):
            return WriteError(target, "not_writable", folder=folder)
        return WriteError(target, "folder_missing", folder=folder)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        if replacing and os.path.lexists(target):
            # The folder took the new file beside it: the target itself is held (open in
            # Word on Windows) or protected.
            return WriteError(target, "in_use")
        return WriteError(target, "not_writable", folder=folder)
    return WriteError(target, "write_failed", detail=exc.strerror or type(exc).__name__)


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """A file object whose content replaces `target` only if the block completes.

    The temporary file sits beside the target (same filesystem, so the final rename is
    atomic) and is removed on any failure: a reader sees the old file or the new one,
    never half of one. A failure to write is a WriteError saying why.
    """
    target = Path(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise write_error(target, exc) from None
    tmp = Path(tmp_name)
    replacing = False
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        replacing = True
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise write_error(target, exc, replacing=replacing) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomically(target: Path, data: bytes) -> None:
    with atomic_writer(target) as fh:
        fh.write(data)
