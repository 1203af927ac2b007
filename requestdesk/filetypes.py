"""What kind of file an enclosure is, and how many pages it has (plain Python, no Qt).

The kind is read from the content, never from the name. Page counts are best effort:
a PDF's page tree is read without a PDF library (the page tree root's /Count, or the
number of page objects), a DOCX's from the page count Word records; None when the
file does not say.
"""

from __future__ import annotations

import mmap
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

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


def kind_of(fh: BinaryIO) -> FileKind | None:
    """The kind and page count of an open, seekable file; None when it is not one we accept."""
    fh.seek(0)
    media = sniff(fh.read(1024))
    fh.seek(0)
    if media == PDF:
        return FileKind(PDF, pdf_pages(fh))
    if media in (PNG, JPEG):
        return FileKind(media, 1)
    if media == TIFF:
        return FileKind(TIFF, None)  # may hold several pages; not counted
    if media == "application/zip":
        return _docx(fh)
    return None


def kind_of_path(path: Path) -> FileKind | None:
    with open(path, "rb") as fh:
        return kind_of(fh)


def _docx(fh: BinaryIO) -> FileKind | None:
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
