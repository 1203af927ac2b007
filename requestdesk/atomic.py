"""Files written whole or not at all, and why one was not, in both languages."""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from requestdesk.domain.problems import FileProblem
from requestdesk.domain.text import _

WRITE_PROBLEMS = {
    "folder_missing": _("the folder \"{folder}\" does not exist"),
    "not_a_folder": _("\"{file}\" is a file, not a folder"),
    "is_folder": _("this is a folder, not a file"),
    "not_writable": _("the folder \"{folder}\" cannot be written to"),
    "in_use": _("the file is open in another program or read-only; close it and try again"),
    "name_too_long": _("the file name or path is too long"),
    "disk_full": _("the disk is full, the file was not written"),
    "write_failed": _("the file cannot be written (system error: {detail})"),
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


# Where this process lists the temporary files it is writing (`keep_journal`): a process
# killed in the middle of a write cannot remove its own, the next start does.
_journal: Path | None = None
PART = ".part"


def keep_journal(folder: Path) -> list[Path]:
    """At start-up: removes the hidden `*.part` files that an earlier, killed process left
    half-written (an export, a package, a backup), and from now on lists this process's
    own in `folder` while they are written. The folder is made only if its parent (the
    data folder) exists. Never fails; returns the files removed."""
    global _journal
    _journal = Path(folder)
    return clean_unfinished(_journal)


def clean_unfinished(folder: Path) -> list[Path]:
    """Removes the temporary files listed in `folder` by processes no longer running."""
    removed: list[Path] = []
    try:
        markers = list(Path(folder).iterdir())
    except OSError:
        return removed
    for marker in markers:
        try:
            pid = int(marker.name.split("-", 1)[0])
            part = Path(os.fsdecode(marker.read_bytes()))
            if pid == os.getpid() or _running(pid, part):
                continue
            # Only what a write of ours names: a hidden *.part file (a marker edited by
            # hand cannot make this remove anything else).
            if part.name.startswith(".") and part.name.endswith(PART) and part.is_file():
                part.unlink()
                removed.append(part)
            marker.unlink()
        except (OSError, ValueError):
            continue
    return removed


def _running(pid: int, part: Path) -> bool:
    if os.name == "posix":
        try:
            os.kill(pid, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return False
        except OSError:
            return True  # exists, owned by someone else
        return True
    # Elsewhere, a part file nobody has written to for an hour belongs to no running write.
    try:
        return time.time() - part.stat().st_mtime < 3600
    except OSError:
        return False


@contextlib.contextmanager
def listed_while_written(tmp: Path) -> Iterator[None]:
    """Lists `tmp` in the journal (if one is kept) for as long as the block runs."""
    marker = None
    if _journal is not None:
        with contextlib.suppress(OSError):
            if _journal.parent.is_dir():
                _journal.mkdir(mode=0o700, exist_ok=True)
                # os.urandom, as secrets.token_hex does, without loading hmac and OpenSSL at every start.
                marker = _journal / f"{os.getpid()}-{os.urandom(8).hex()}"
                marker.write_bytes(os.fsencode(os.path.abspath(tmp)))
    try:
        yield
    finally:
        if marker is not None:
            with contextlib.suppress(OSError):
                marker.unlink()


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """A file object whose content replaces `target` only if the block completes.

    The temporary file sits beside the target (same filesystem, so the final rename is
    atomic) and is removed on any failure: a reader sees the old file or the new one,
    never half of one; if the process is killed, the next start removes it
    (`keep_journal`). It is created readable by the user only (mkstemp). A failure to
    write is a WriteError saying why.
    """
    import tempfile  # here: every command imports this module, few write a file

    target = Path(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PART, dir=target.parent)
    except OSError as exc:
        raise write_error(target, exc) from None
    tmp = Path(tmp_name)
    replacing = False
    with listed_while_written(tmp):
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


def keep_private(path: Path) -> Path:
    """Makes `path` a file only its owner may read or write (0600): created empty if it
    is missing, tightened if an older version left it readable by others. For files a
    library writes itself (Qt's settings keep the mode of the file they rewrite); files
    written here (`atomic_writer`) are 0600 from the start."""
    path = Path(path)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600))
    os.chmod(path, 0o600)
    return path
