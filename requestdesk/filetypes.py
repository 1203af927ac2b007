"""What kind of file an enclosure is, and how many pages it has (plain Python, no Qt).

The kind is read from the content, never from the name, and the same checks decide what
may be attached here and what a package from another workstation may bring: an archive
(ZIP, 7z, RAR, gzip, …) is never an enclosure, whether it is the whole file or joined to
a PDF or an image (tools open such a file as the archive). Page counts are best effort:
a PDF's page tree is read without a PDF library (the page tree root's /Count, or the
number of page objects), a DOCX's from the page count Word records; None when the
file does not say.
"""

from __future__ import annotations

import mmap
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from requestdesk.input_files import open_regular

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"

ACCEPTED = (PDF, DOCX, PNG, JPEG, TIFF)

# Bounds on what page counting reads, so a hostile file cannot exhaust memory or time.
_MAX_OBJECT_STREAM = 16 * 1024 * 1024
_MAX_OBJECT_STREAMS = 2000
_MAX_APP_XML = 1024 * 1024


@dataclass(frozen=True)
class FileKind:
    media_type: str
    pages: int | None


# What an archive starts with (a stream format is only read from its first byte).
_ARCHIVE_HEADS = (
    (b"PK\x03\x04", "ZIP"), (b"PK\x05\x06", "ZIP"), (b"PK\x07\x08", "ZIP"), (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "RAR"), (b"\x1f\x8b", "gzip"), (b"\xfd7zXZ\x00", "xz"), (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\x04\x22\x4d\x18", "lz4"), (b"LZIP", "lzip"), (b"MSCF\x00\x00\x00\x00", "CAB"), (b"!<arch>\n", "ar"),
    (b"\x1f\x9d", "compress"), (b"\x1f\xa0", "compress"), (b"\x5d\x00\x00", "lzma"),
)
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")
# Archives that their tools find at any offset (self-extracting archives start with a
# program): six or more bytes, so that chance matches in 200 MB are below one in a million.
_ARCHIVE_ANYWHERE = ((b"7z\xbc\xaf\x27\x1c", "7z"), (b"Rar!\x1a\x07", "RAR"), (b"MSCF\x00\x00\x00\x00", "CAB"))
_ZIP_END = b"PK\x05\x06"
_ZIP_END_SEARCH = 22 + 65535  # a ZIP's end record and the longest comment it may carry


def archive_of(fh: BinaryIO) -> str | None:
    """The kind of archive an open, seekable file is or ends with ("ZIP", "7z", "gzip"…),
    None when it is none (a DOCX, itself a ZIP, is not an archive here). The signatures of
    archives found at any offset are looked for while the content is read (`ArchiveScan`)."""
    fh.seek(0)
    head = fh.read(1024)
    for magic, name in _ARCHIVE_HEADS:
        if head.startswith(magic):
            return None if name == "ZIP" and _docx(fh) is not None else name
    if _BZIP2.match(head) or head[257:262] == b"ustar":
        return "bzip2" if head.startswith(b"BZh") else "tar"
    return "ZIP" if _zip_end(fh) is not None else None


class ArchiveScan:
    """Looks, chunk by chunk, for an archive its tools would find inside other content."""

    _OVERLAP = max(len(s) for s, _ in _ARCHIVE_ANYWHERE) - 1

    def __init__(self) -> None:
        self.found: str | None = None
        self._carry = b""

    def feed(self, chunk: bytes) -> None:
        if self.found:
            return
        seam = self._carry + chunk[: self._OVERLAP]  # a signature split between two chunks
        for signature, name in _ARCHIVE_ANYWHERE:
            if signature in chunk or signature in seam:
                self.found = name
                return
        self._carry = (self._carry + chunk)[-self._OVERLAP :] if len(chunk) < self._OVERLAP else chunk[-self._OVERLAP :]


def _zip_end(fh: BinaryIO) -> tuple[int, int, int, int] | None:
    """Where a ZIP's end record sits in the file, as (its offset, the central directory's
    offset and size, the comment's length), when its fields are those of a real one."""
    size = _size(fh)
    start = max(0, size - _ZIP_END_SEARCH)
    fh.seek(start)
    tail = fh.read(size - start)
    position = tail.rfind(_ZIP_END)
    while position >= 0:
        record = tail[position : position + 22]
        if len(record) == 22:
            disk, cd_disk, here, total, cd_size, cd_offset, comment = struct.unpack("<HHHHIIH", record[4:])
            at = start + position
            if disk == cd_disk == 0 and here == total and cd_offset + cd_size <= at and at + 22 + comment <= size:
                return at, cd_offset, cd_size, comment
        position = tail.rfind(_ZIP_END, 0, position)
    return None


def _size(fh: BinaryIO) -> int:
    fh.seek(0, 2)  # not every file-like object returns the position (sqlite3.Blob does not)
    return fh.tell()


def sniff(head: bytes) -> str | None:
    """The media type the first bytes of a file announce (DOCX needs `kind_of` to tell)."""
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if head.startswith(b"PK\x03\x04"):
        return "application/zip"
    return None


def media_type_of(fh: BinaryIO) -> str | None:
    """The accepted type an open, seekable file really is (its structure, not only its first
    bytes), None when it is none of them; an archive in disguise is none of them."""
    if archive_of(fh) is not None:
        return None
    size = _size(fh)
    fh.seek(0)
    head = fh.read(1024)
    media = sniff(head)
    if media == PDF:
        fh.seek(max(0, size - 1024))
        return PDF if b"%%EOF" in fh.read(1024) else None  # where PDF readers look for the end
    if media == PNG:
        return PNG if head[12:16] == b"IHDR" else None
    if media == JPEG:
        return JPEG if len(head) > 3 and 0xC0 <= head[3] <= 0xFE else None  # a segment marker follows
    if media == TIFF:
        (first_ifd,) = struct.unpack("<I" if head.startswith(b"II") else ">I", head[4:8]) if len(head) >= 8 else (0,)
        return TIFF if 8 <= first_ifd < size else None
    if media == "application/zip":
        docx = _docx(fh)
        return docx.media_type if docx else None
    return None


def kind_of(fh: BinaryIO) -> FileKind | None:
    """The kind and page count of an open, seekable file; None when it is not one we accept."""
    media = media_type_of(fh)
    fh.seek(0)
    if media == PDF:
        return FileKind(PDF, pdf_pages(fh))
    if media in (PNG, JPEG):
        return FileKind(media, 1)
    if media == TIFF:
        return FileKind(TIFF, None)  # may hold several pages; not counted
    if media == DOCX:
        return _docx(fh)
    return None


def kind_of_path(path: Path) -> FileKind | None:
    with open_regular(path) as fh:
        return kind_of(fh)


def _docx(fh: BinaryIO) -> FileKind | None:
    end = _zip_end(fh)
    # One ZIP from its first byte to its last: nothing prepended, appended or glued on.
    if end is None or end[1] + end[2] != end[0] or end[0] + 22 + end[3] != _size(fh):
        return None
    fh.seek(0)
    if fh.read(4) != b"PK\x03\x04":
        return None
    try:
        with zipfile.ZipFile(fh) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names:
                return None
            pages = None
            if "docProps/app.xml" in names and archive.getinfo("docProps/app.xml").file_size <= _MAX_APP_XML:
                with archive.open("docProps/app.xml") as app:
                    match = re.search(rb"<(?:\w+:)?Pages>\s*(\d{1,6})\s*</", app.read(_MAX_APP_XML))
                if match and int(match.group(1)) > 0:
                    pages = int(match.group(1))
            return FileKind(DOCX, pages)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return None


# -- PDF ------------------------------------------------------------------------------
_OBJECT = re.compile(rb"(\d{1,10})\s+\d{1,5}\s+obj\b")
_PAGES = re.compile(rb"/Type\s*/Pages(?![A-Za-z])")
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_PARENT = re.compile(rb"/Parent\s")
_COUNT = re.compile(rb"/Count\s+(\d{1,7})")
_OBJSTM = re.compile(rb"/Type\s*/ObjStm(?![A-Za-z])")
_FIRST = re.compile(rb"/First\s+(\d{1,10})")


def pdf_pages(fh: BinaryIO) -> int | None:
    """The number of pages of a PDF, or None when it cannot be read from the file."""
    try:
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _count_pages(data)
    except (ValueError, OSError, AttributeError):
        fh.seek(0)
        return _count_pages(fh.read())


def pdf_pages_of_bytes(data: bytes) -> int | None:
    return _count_pages(data)


def _count_pages(data: bytes | mmap.mmap) -> int | None:
    objects = _objects(data)
    roots = [body for body in objects.values() if _PAGES.search(body) and not _PARENT.search(body)]
    counts = [int(m.group(1)) for m in (_COUNT.search(body) for body in roots) if m]
    if len(counts) == 1 and counts[0] > 0:
        return counts[0]
    leaves = sum(1 for body in objects.values() if _PAGE.search(body))
    return leaves or (max(counts) if counts and max(counts) > 0 else None)


def _objects(data: bytes | mmap.mmap) -> dict[int, bytes]:
    """Object number -> its dictionary, the latest definition winning (incremental updates)."""
    objects: dict[int, bytes] = {}
    streams = 0
    position = 0
    while True:
        header = _OBJECT.search(data, position)
        if not header:
            return objects
        body_start = header.end()
        # find(), not a regex: it runs at memory speed over the streams (scans, images).
        stop = data.find(b"endobj", body_start)
        stop = len(data) if stop < 0 else stop
        keyword = data.find(b"stream", body_start, stop)
        dictionary = bytes(data[body_start : keyword if keyword >= 0 else stop])
        objects[int(header.group(1))] = dictionary
        if keyword >= 0 and _OBJSTM.search(dictionary) and streams < _MAX_OBJECT_STREAMS:
            streams += 1
            start = keyword + len(b"stream")
            start += 2 if data[start : start + 2] == b"\r\n" else 1
            objects.update(_object_stream(dictionary, data[start:stop]))
        position = stop + len(b"endobj")


def _object_stream(dictionary: bytes, raw: bytes) -> dict[int, bytes]:
    """The objects packed in a compressed object stream (PDF 1.5)."""
    if b"/FlateDecode" not in dictionary or b"/DecodeParms" in dictionary:
        return {}
    first = _FIRST.search(dictionary)
    if not first:
        return {}
    try:
        content = zlib.decompressobj().decompress(raw, _MAX_OBJECT_STREAM)
    except zlib.error:
        return {}
    offset = int(first.group(1))
    numbers = [int(n) for n in re.findall(rb"\d+", content[:offset])]
    pairs = list(zip(numbers[0::2], numbers[1::2]))
    found = {}
    for index, (number, start) in enumerate(pairs):
        finish = pairs[index + 1][1] if index + 1 < len(pairs) else len(content) - offset
        found[number] = content[offset + start : offset + finish]
    return found
