"""Reading a zip file that may be hostile: its layout (nothing before, between or after
its members, every size recorded twice agreeing), names, sizes and ratios checked before
any member is read, members read in bounded chunks, and never extracted to disk."""

from __future__ import annotations

import contextlib
import io
import os
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from requestdesk.input_files import NotAFileError, open_regular
from requestdesk.packages.errors import PackageError, megabytes, quoted
from requestdesk.packages.layout import (
    ENCLOSURE_DIR,
    ENCLOSURE_NAME,
    EVENTS,
    MANIFEST,
    MAX_ENCLOSURE_BYTES,
    MAX_JSON_BYTES,
    MAX_MEMBERS,
    MAX_PACKAGE_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    MAX_TOTAL_ENCLOSURE_BYTES,
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



def open_file(path: Path) -> BinaryIO:
    """The package file, opened only if it is a regular file no larger than a package can be."""
    try:
        fh = open_regular(path)
    except NotAFileError as exc:
        raise PackageError(path, "not_a_file", kind=exc.kind) from None
    except IsADirectoryError:
        raise PackageError(path, "unreadable", detail="it is a folder") from None
    except OSError as exc:
        raise PackageError(path, "unreadable", detail=exc.strerror or str(exc)) from None
    size = os.fstat(fh.fileno()).st_size
    if size > MAX_PACKAGE_BYTES:
        fh.close()
        raise PackageError(path, "too_large_package", size=megabytes(size), limit=megabytes(MAX_PACKAGE_BYTES))
    return fh


@contextlib.contextmanager
def open_zip(path: Path, fh: BinaryIO | None = None) -> Iterator[zipfile.ZipFile]:
    """The package as a zip archive (over `fh` when the caller opened the file already)."""
    with contextlib.ExitStack() as stack:
        if fh is None:
            fh = stack.enter_context(open_file(path))
        try:
            archive = zipfile.ZipFile(fh)
        except zipfile.BadZipFile:
            raise PackageError(path, "not_zip") from None
        except ZIP_ERRORS as exc:
            problem = "not_zip" if isinstance(exc, (EOFError, struct.error)) else "damaged"
            raise PackageError(path, problem, detail=str(exc)[:200]) from None
        with archive:
            yield archive


_LOCAL = struct.Struct("<4sHHHHHIIIHH")  # a member's own header, before its data
_END = struct.Struct("<4sHHHHIIH")
_END64_LOCATOR = struct.Struct("<4sIQI")
_END64 = struct.Struct("<4sQHHIIQQQQ")
_DESCRIPTOR = 0x08  # flag: sizes and CRC follow the data instead of preceding it


def check_ends(path: Path, fh: BinaryIO) -> tuple[int, int]:
    """The archive is one zip, whole, with nothing before it and nothing after it: its end
    record is the file's last 22 bytes (no comment) and its central directory ends right
    before it, counting as many entries as it holds. zipfile would read a package with a
    program before it (a self-extracting archive) or a file glued after it by shifting
    offsets or by searching for the end: such a file was not written by RequestDesk.
    Returns the directory's offset and the number of its entries."""
    size = fh.seek(0, 2)
    candidates = _end_records(fh, size)
    if not candidates:
        raise PackageError(path, "not_zip")
    last_at, last_offset, last_size, _comment, _entries = candidates[0]
    for at, cd_offset, cd_size, comment, entries in candidates:
        directory_end = _directory_end(path, fh, at)
        if cd_offset + cd_size == directory_end:
            if at + _END.size + comment == size and not comment and at == last_at:
                return cd_offset, entries
            raise PackageError(path, "appended", size=size - at - _END.size)
    before = _directory_end(path, fh, last_at) - last_offset - last_size
    raise PackageError(path, "prepended", size=before) if before > 0 else PackageError(path, "layout")


def _end_records(fh: BinaryIO, size: int) -> list[tuple[int, int, int, int, int]]:
    """Every end record in the file's last megabyte and more, the last one first, as
    (offset, directory offset, directory size, comment length, entries)."""
    start = max(0, size - _END.size - 65535 - 1024 * 1024)
    fh.seek(start)
    tail = fh.read(size - start)
    found = []
    position = tail.rfind(b"PK\x05\x06")
    while position >= 0:
        record = tail[position : position + _END.size]
        if len(record) == _END.size:
            _sig, disk, cd_disk, here, total, cd_size, cd_offset, comment = _END.unpack(record)
            # One disk, and the same count twice (0xFFFF: counted in the zip64 record).
            entries = total if (disk, cd_disk) == (0, 0) and here == total else -1
            found.append((start + position, cd_offset, cd_size, comment, entries))
        position = tail.rfind(b"PK\x05\x06", 0, position)
    return found


def _directory_end(path: Path, fh: BinaryIO, end_at: int) -> int:
    """Where the central directory ends: at the end record, or at the zip64 record before it."""
    fh.seek(max(end_at - _END64_LOCATOR.size, 0))
    locator = fh.read(_END64_LOCATOR.size)
    if len(locator) != _END64_LOCATOR.size or locator[:4] != b"PK\x06\x07":
        return end_at
    end64_at = _END64_LOCATOR.unpack(locator)[2]
    fh.seek(end64_at)
    record = fh.read(_END64.size)
    if len(record) != _END64.size or record[:4] != b"PK\x06\x06" or end64_at + _END64.size + _END64_LOCATOR.size != end_at:
        raise PackageError(path, "layout")
    return end64_at


def check_layout(path: Path, fh: BinaryIO, archive: zipfile.ZipFile, directory: tuple[int, int]) -> dict[str, int]:
    """Every member's data right after its own header and before the next member (no gap,
    no overlap: overlapping members are how the densest zip bombs are made), the first at
    byte 0 and the central directory right after the last, and each member's own header
    agreeing with the directory (name, method, CRC, sizes). Returns where each member's
    data starts (an enclosure is read in place from there)."""
    cd_offset, entries = directory
    infos = archive.infolist()
    if entries != 0xFFFF and entries != len(infos):
        raise PackageError(path, "layout")
    starts: dict[str, int] = {}
    position = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset != position:
            if position == 0:
                raise PackageError(path, "prepended", size=info.header_offset)
            raise PackageError(path, "layout")  # an overlap, or bytes between two members
        fh.seek(position)
        header = fh.read(_LOCAL.size)
        if len(header) != _LOCAL.size:
            raise PackageError(path, "size_field", name=quoted(info.filename))
        sig, _version, flags, method, _time, _date, crc, packed, unpacked, name_length, extra_length = _LOCAL.unpack(header)
        name = fh.read(name_length)
        encoding = "utf-8" if flags & 0x800 else "cp437"
        if sig != b"PK\x03\x04" or method != info.compress_type or name != info.orig_filename.encode(encoding, "replace"):
            raise PackageError(path, "size_field", name=quoted(info.filename))
        if not flags & _DESCRIPTOR and (crc, _wide(packed, info.compress_size), _wide(unpacked, info.file_size)) != (
                info.CRC, info.compress_size, info.file_size):
            raise PackageError(path, "size_field", name=quoted(info.filename))
        data = position + _LOCAL.size + name_length + extra_length
        starts[info.filename] = data
        position = data + info.compress_size
        if flags & _DESCRIPTOR:
            fh.seek(position)
            signature = fh.read(4) == b"PK\x07\x08"
            position += (4 if signature else 0) + (20 if info.file_size > 0xFFFFFFFE or info.compress_size > 0xFFFFFFFE else 12)
        if position > cd_offset:
            raise PackageError(path, "size_field", name=quoted(info.filename))
    if position != cd_offset:
        raise PackageError(path, "layout")
    return starts


def _wide(local: int, directory: int) -> int:
    # 0xFFFFFFFF in a member's own header: the size is in its zip64 extra field, as in the directory.
    return directory if local == 0xFFFFFFFF else local


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
    """Names, count, declared sizes and ratios, before a single member is read (then
    `check_layout` proves the sizes declared are those of the bytes that are there)."""
    infos = archive.infolist()
    for info in infos:
        # A folder entry ("enclosures/") is not unsafe, only out of place (refused below).
        names = {info.filename.removesuffix("/"), info.orig_filename.removesuffix("/")}
        if any(unsafe_name(name) for name in names):
            raise PackageError(path, "unsafe_name", name=quoted(info.orig_filename))
    if len(infos) > MAX_MEMBERS:
        raise PackageError(path, "too_many_members", count=len(infos))
    members: dict[str, zipfile.ZipInfo] = {}
    total = enclosed = 0
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
        if name.startswith(ENCLOSURE_DIR) and info.compress_type != zipfile.ZIP_STORED:
            # RequestDesk stores enclosure files as they are (they are compressed already):
            # each is as large in the package as in the register, so no small package
            # can fill a register with them.
            raise PackageError(path, "enclosure_compressed", name=quoted(name))
        limit = MAX_JSON_BYTES.get(name, MAX_ENCLOSURE_BYTES)
        if info.file_size > limit:
            raise PackageError(path, "too_large_member", name=quoted(name), size=megabytes(info.file_size), limit=megabytes(limit))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(path, "bomb", name=quoted(name), size=f"{info.file_size // 1024}", packed=f"{info.compress_size // 1024}")
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise PackageError(path, "size_field", name=quoted(name))
        total += info.file_size
        enclosed += info.file_size if name.startswith(ENCLOSURE_DIR) else 0
        members[name] = info
    if total > MAX_TOTAL_BYTES:
        raise PackageError(path, "bomb_total", size=megabytes(total), limit=megabytes(MAX_TOTAL_BYTES))
    if enclosed > MAX_TOTAL_ENCLOSURE_BYTES:  # what one request may carry in the register
        raise PackageError(path, "bomb_total", size=megabytes(enclosed), limit=megabytes(MAX_TOTAL_ENCLOSURE_BYTES))
    for name in (MANIFEST, REQUEST, EVENTS, REVIEW):
        if name not in members:
            raise PackageError(path, "missing_member", name=name)
    return members


class ByteWindow(io.RawIOBase):
    """`size` bytes of something seekable from `start` on, as a file of their own: a stored
    member read in place from the package file, or a file kept in the register (an
    sqlite3.Blob), so that its type can be checked as a file's is (`filetypes`) without
    copying it out."""

    def __init__(self, fh: Any, start: int, size: int):
        super().__init__()
        self._fh, self._start, self._size, self._position = fh, start, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self._size}[whence]
        self._position = max(0, base + offset)
        return self._position

    def tell(self) -> int:
        return self._position

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        wanted = min(len(buffer), self._size - self._position)
        if wanted <= 0:
            return 0
        self._fh.seek(self._start + self._position)
        data = self._fh.read(wanted)
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)
