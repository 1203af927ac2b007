"""Reading a zip file that may be hostile: names, sizes and ratios checked before any
member is read, members read in bounded chunks, and never extracted to disk."""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from requestdesk.packages.errors import PackageError, megabytes, quoted
from requestdesk.packages.layout import (
    ENCLOSURE_DIR,
    ENCLOSURE_NAME,
    EVENTS,
    MANIFEST,
    MAX_ENCLOSURE_BYTES,
    MAX_JSON_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_FLOOR,
    REQUEST,
    REVIEW,
)
from requestdesk.store.enclosures import CHUNK

# What reading a hostile zip can raise besides BadZipFile: all mean "damaged".
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
    struct.error,
    UnicodeDecodeError,
    OverflowError,
    IndexError,
    KeyError,
    TypeError,
)



def unsafe_name(name: str) -> bool:
    """A member name that would point outside a folder if anyone extracted it."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name:
        return True
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return True
    return any(part in ("", ".", "..") for part in name.split("/"))



def open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (IsADirectoryError, PermissionError, FileNotFoundError) as exc:
        raise PackageError(path, "unreadable", detail=exc.strerror or str(exc)) from None
    except zipfile.BadZipFile:
        raise PackageError(path, "not_zip") from None
    except ZIP_ERRORS as exc:
        raise PackageError(path, "not_zip" if isinstance(exc, (EOFError, struct.error)) else "damaged", detail=str(exc)[:200]) from None


def member_chunks(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A member's bytes in chunks, never more than it declares (zipfile stops there too)."""
    read = 0
    try:
        with archive.open(info) as fh:
            while chunk := fh.read(CHUNK):
                read += len(chunk)
                if read > info.file_size:
                    raise PackageError(path, "size_mismatch", name=quoted(info.filename))
                yield chunk
    except PackageError:
        raise
    except ZIP_ERRORS as exc:
        raise damaged_member(path, info.filename, exc) from None
    if read != info.file_size:
        raise PackageError(path, "size_mismatch", name=quoted(info.filename))


def damaged_member(path: Path, name: str, exc: BaseException) -> PackageError:
    # A changed byte usually shows first as a CRC error: say which part was altered.
    if name == REQUEST:
        return PackageError(path, "request_altered")
    if name == EVENTS:
        return PackageError(path, "events_altered")
    if name == REVIEW:
        return PackageError(path, "review_altered")
    if name.startswith(ENCLOSURE_DIR):
        return PackageError(path, "enclosure_altered", title=name[len(ENCLOSURE_DIR) :][:12])
    return PackageError(path, "damaged", detail=f"{quoted(name)}: {str(exc)[:200]}")


def read_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    return b"".join(member_chunks(path, archive, info))


def check_members(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Names, count, declared sizes and ratios, before a single member is read."""
    infos = archive.infolist()
    for info in infos:
        # A folder entry ("enclosures/") is not unsafe, only out of place (refused below).
        names = {info.filename.removesuffix("/"), info.orig_filename.removesuffix("/")}
        if any(unsafe_name(name) for name in names):
            raise PackageError(path, "unsafe_name", name=quoted(info.orig_filename))
    if len(infos) > MAX_MEMBERS:
        raise PackageError(path, "too_many_members", count=len(infos))
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in members:
            raise PackageError(path, "duplicate_member", name=quoted(name))
        if name not in MAX_JSON_BYTES and not ENCLOSURE_NAME.fullmatch(name):
            raise PackageError(path, "unexpected_member", name=quoted(name))
        if info.flag_bits & 0x1:
            raise PackageError(path, "encrypted", name=quoted(name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(path, "compression", name=quoted(name))
        limit = MAX_JSON_BYTES.get(name, MAX_ENCLOSURE_BYTES)
        if info.file_size > limit:
            raise PackageError(path, "too_large_member", name=quoted(name), size=megabytes(info.file_size), limit=megabytes(limit))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(path, "bomb", name=quoted(name), size=megabytes(info.file_size), packed=f"{info.compress_size / 1024:.0f}")
        total += info.file_size
        members[name] = info
    if total > MAX_TOTAL_BYTES:
        raise PackageError(path, "bomb_total", size=megabytes(total), limit=megabytes(MAX_TOTAL_BYTES))
    for name in (MANIFEST, REQUEST, EVENTS, REVIEW):
        if name not in members:
            raise PackageError(path, "missing_member", name=name)
    return members
