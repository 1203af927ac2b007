"""Daily backups of the register, the last seven kept, and restoring one (issue 7)."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from collections.abc import Callable
from pathlib import Path

from requestdesk.atomic import WriteError, listed_while_written, write_error
from requestdesk.identity.problems import KeyFileError
from requestdesk.store.heads import drop_backup_heads, seal_backup_heads
from requestdesk.store.requests import NewerStoreError, RequestStore, StoreError
from requestdesk.store.schema import CURRENT_VERSION

KEEP = 7
BACKUP_FOLDER = "backups"  # in the data folder (the window's Services.backup_dir)
_NAME = re.compile(r"requests-(\d{4}-\d{2}-\d{2})\.sqlite3")


_SQLITE = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date  # the day in its name: the workstation's date when it was made
    size: int
    made_at: datetime | None = None  # when the file was written (local time), if known


def backups(folder: Path) -> list[Backup]:
    """Backups in the folder, newest first (none where the folder cannot be read)."""
    try:
        paths = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in paths:
        match = _NAME.fullmatch(path.name)
        if not match:
            continue
        try:
            info = path.stat()
            made = datetime.fromtimestamp(info.st_mtime).astimezone()
            found.append(Backup(path, date.fromisoformat(match.group(1)), info.st_size, made))
        except (OSError, ValueError, OverflowError):
            continue  # gone while listed, or an impossible date in its name
    return sorted(found, key=lambda b: b.day, reverse=True)


def _copy_database(source: sqlite3.Connection, target: Path,
                   finish: Callable[[sqlite3.Connection], None] | None = None) -> None:
    """A consistent copy through SQLite's backup API, created readable by the user only;
    `finish` works on the copy before it is put in place."""
    tmp = target.with_name(f".{target.name}.part")
    with listed_while_written(tmp):  # a copy cut off by a kill is removed at the next start
        tmp.unlink(missing_ok=True)
        os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY, 0o600))
        try:
            destination = sqlite3.connect(tmp)
            try:
                source.backup(destination)
                if finish is not None:
                    finish(destination)
            finally:
                destination.close()
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def make_backup(store: RequestStore | Path, folder: Path, today: date) -> Backup:
    """Today's copy of the register (a store, or its file); a WriteError says why it could
    not be made (the register itself is untouched either way).

    The copy is read through a connection of its own, so it can be made on another thread
    while the store's connection goes on serving the window (the register is in WAL mode:
    the copy reads one consistent state of it, and writers do not wait for it)."""
    store_path = store.path if isinstance(store, RequestStore) else Path(store)
    target = folder / f"requests-{today.isoformat()}.sqlite3"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        source = sqlite3.connect(store_path)  # only read: it holds no write transaction
        made_at = datetime.now().astimezone().isoformat(timespec="seconds")
        try:
            # The copy carries the signed heads of its logs: a second place each log is
            # counted, which `verify` compares with (store.heads).
            _copy_database(source, target, lambda copy: seal_backup_heads(copy, store_path.parent, made_at))
        finally:
            source.close()
    except (OSError, sqlite3.Error, KeyFileError) as exc:
        if isinstance(exc, KeyFileError):  # the workstation key is damaged: the copy is not made
            raise WriteError(target, "write_failed", detail=exc.message("en")) from None
        raise _not_copied(target, exc) from None
    for old in _newest_trusted_first(backups(folder), today)[KEEP:]:
        with contextlib.suppress(OSError):  # today's is made; an old one is pruned next time
            old.path.unlink(missing_ok=True)
    info = target.stat()
    return Backup(target, today, info.st_size, datetime.fromtimestamp(info.st_mtime).astimezone())


def _newest_trusted_first(found: list[Backup], today: date) -> list[Backup]:
    """Backups in the order they are kept: a backup dated after today was made while the
    clock ran ahead; its date says nothing of its age, so it is kept last and pruned
    first once seven backups of real days stand before it."""
    return sorted(found, key=lambda b: (b.day <= today, b.day), reverse=True)


def last_good_backup(folder: Path, now: datetime) -> Backup | None:
    """The newest backup a restore could use: dated today or before, and a SQLite file
    (not an empty or cut-off copy); None when there is none. For the window to say when
    the last good backup was made."""
    today = now.astimezone().date()
    for backup in _newest_trusted_first(backups(folder), today):
        if backup.day > today:
            continue
        try:
            with open(backup.path, "rb") as fh:
                if fh.read(len(_SQLITE)) == _SQLITE and backup.size >= 512:
                    return backup
        except OSError:
            continue
    return None


def _not_copied(target: Path, exc: OSError | sqlite3.Error) -> WriteError:
    """Why a copy of the register was not written (the register itself is untouched)."""
    if isinstance(exc, OSError):
        return write_error(target, exc)
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL":
        return WriteError(target, "disk_full")
    return WriteError(target, "write_failed", detail=str(exc))


def ensure_daily_backup(store: RequestStore | Path, folder: Path, now: datetime) -> Backup | None:
    """Makes today's backup unless it exists; returns it when one was made. Only a backup
    of today counts: one dated in the future (the clock was once set ahead) does not stand
    for today's."""
    today = now.astimezone().date()
    if any(b.day == today for b in backups(folder)):
        return None
    return make_backup(store, folder, today)


def restore(backup: Path, store_path: Path) -> None:
    """Replaces the register with a backup, after checking the backup is a sound register.

    The caller closes its store first and opens it again afterwards. The register being
    replaced is kept beside it as `<name>.before-restore`.
    """
    try:
        probe = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            sound = probe.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            probe.execute("SELECT count(*) FROM requests").fetchone()
            version = probe.execute("PRAGMA user_version").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.Error as exc:
        raise StoreError.from_exception(backup, exc) from exc
    if not sound:
        raise StoreError("integrity check failed", path=backup, problem="corrupt")
    if version > CURRENT_VERSION:
        # Put in place, it could not be opened: refused before anything is replaced.
        raise NewerStoreError(f"schema {version} > {CURRENT_VERSION}", path=backup, problem="newer", version=version)
    if store_path.exists():
        kept = store_path.with_name(store_path.name + ".before-restore")
        try:
            current = sqlite3.connect(store_path)
            try:
                _copy_database(current, kept)
            finally:
                current.close()
        except (OSError, sqlite3.Error) as exc:
            raise _not_copied(kept, exc) from None  # nothing replaced: the register is as it was
    try:
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            for suffix in ("-wal", "-shm"):
                Path(str(store_path) + suffix).unlink(missing_ok=True)
            _copy_database(source, store_path, drop_backup_heads)  # whole or not at all: a temporary file renamed
        finally:
            source.close()
    except (OSError, sqlite3.Error) as exc:
        raise _not_copied(store_path, exc) from None
