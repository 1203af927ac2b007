"""Hostile packages as an attacker builds them (issue 13, part 6): data before or after the
archive, altered size fields, overlapping members, compressed enclosures that would fill
the register, archives and false types inside enclosures, JSON nested to crash a parser.
Each is refused with a message in both languages, and nothing is written: not a row, not
a blob, not a file beside the package."""

import bz2
import gzip
import hashlib
import io
import json
import lzma
import struct
import tarfile
import zipfile

import pytest

from requestdesk.domain.nesting import MAX_DEPTH
from requestdesk.packages import PackageError, import_package, read_package
from tests.review.helpers import forge_enclosures, listing, make_pdf, make_png, members, rewrite, write_zip

RAR = b"Rar!\x1a\x07\x01\x00" + bytes(range(64))
SEVEN_ZIP = b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(range(64))


def _refused(store, path, problem):
    before = listing(path.parent, skip=store.path.parent)
    register = store.path.stat().st_size
    with pytest.raises(PackageError) as info:
        import_package(store, path, "someone")
    error = info.value
    assert error.problem == problem, error.message("en")
    assert listing(path.parent, skip=store.path.parent) == before
    assert store.count() == 0 and store._db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    assert store._db.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    assert store.path.stat().st_size == register
    assert str(path) in error.message("ru") and str(path) in error.message("en")
    assert error.message("ru") != error.message("en")
    return error


def _zip_with(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in files.items():
            archive.writestr(member, data)
    return buffer.getvalue()


# -- the archive itself --------------------------------------------------------------------
@pytest.mark.parametrize("prefix", [b"MZ" + bytes(4094), b"%PDF-1.4\n" + bytes(100), b"x"])
def test_data_prepended_to_a_package_is_refused(supervisor, sent_for_review, tmp_path, prefix):
    crafted = tmp_path / "prepended.requestpkg"
    crafted.write_bytes(prefix + sent_for_review.read_bytes())
    zipfile.ZipFile(crafted).testzip()  # zip tools still read it: it is the layout that gives it away
    error = _refused(supervisor.store, crafted, "prepended")
    assert f"{len(prefix)} bytes of foreign data before" in error.message("en")
    assert f"({len(prefix)} байт)" in error.message("ru")


@pytest.mark.parametrize("suffix", [b"\n", b"PK\x05\x06" + bytes(40), bytes(300 * 1024), _zip_with({"a": b"b"})])
def test_data_appended_to_a_package_is_refused(supervisor, sent_for_review, tmp_path, suffix):
    crafted = tmp_path / "appended.requestpkg"
    crafted.write_bytes(sent_for_review.read_bytes() + suffix)
    # Beyond the 64 KB a zip reader searches for the end, the file is no zip at all.
    _refused(supervisor.store, crafted, "appended" if len(suffix) < 64 * 1024 else "not_zip")


def test_a_zip_comment_is_data_after_the_end(supervisor, sent_for_review, tmp_path):
    contents = members(sent_for_review)
    crafted = tmp_path / "comment.requestpkg"
    write_zip(crafted, contents)
    with zipfile.ZipFile(crafted, "a") as archive:
        archive.comment = b"hidden payload"
    _refused(supervisor.store, crafted, "appended")


def _local_header(data: bytes, name: str) -> int:
    at = data.find(b"PK\x03\x04")
    while at >= 0:
        length = struct.unpack_from("<H", data, at + 26)[0]
        if data[at + 30 : at + 30 + length] == name.encode():
            return at
        at = data.find(b"PK\x03\x04", at + 4)
    raise KeyError(name)


@pytest.mark.parametrize("field", [18, 22])  # compressed size, uncompressed size
def test_a_corrupted_size_field_in_a_members_own_header_is_refused(supervisor, sent_for_review, tmp_path, field):
    data = bytearray(sent_for_review.read_bytes())
    at = _local_header(bytes(data), "review.json")
    struct.pack_into("<I", data, at + field, struct.unpack_from("<I", data, at + field)[0] + 1000)
    crafted = tmp_path / "size.requestpkg"
    crafted.write_bytes(bytes(data))
    error = _refused(supervisor.store, crafted, "size_field")
    assert '"review.json"' in error.message("en") and "поле размера" in error.message("ru")


def test_a_corrupted_compressed_size_in_the_directory_is_refused(supervisor, sent_for_review, tmp_path):
    from tests.review.helpers import patch_declared_size

    info = zipfile.ZipFile(sent_for_review).getinfo("events.json")
    for delta in (-1, 1, 5000):
        data = patch_declared_size(sent_for_review.read_bytes(), "events.json", info.file_size, info.compress_size + delta)
        crafted = tmp_path / f"cd{delta}.requestpkg"
        crafted.write_bytes(data)
        _refused(supervisor.store, crafted, "size_field")


def test_overlapping_members_are_refused(supervisor, sent_for_review, tmp_path):
    """Two directory entries pointing into the same bytes (how the densest zip bombs are
    built): the second entry's offset is moved onto the first member."""
    data = bytearray(sent_for_review.read_bytes())
    first, second = sorted(zipfile.ZipFile(sent_for_review).infolist(), key=lambda i: i.header_offset)[:2]
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        length = struct.unpack_from("<H", data, position + 28)[0]
        if bytes(data[position + 46 : position + 46 + length]) == second.filename.encode():
            struct.pack_into("<I", data, position + 42, first.header_offset)
        position = data.find(b"PK\x01\x02", position + 4)
    crafted = tmp_path / "overlap.requestpkg"
    crafted.write_bytes(bytes(data))
    error = _refused(supervisor.store, crafted, "layout")
    assert "overlap" in error.message("en") and "перекрываются" in error.message("ru")


@pytest.mark.parametrize(("offset", "delta"), [(8, 1), (10, 1), (8, -1)])  # the end record's two entry counts
def test_a_corrupted_entry_count_is_refused(supervisor, sent_for_review, tmp_path, offset, delta):
    data = bytearray(sent_for_review.read_bytes())
    at = len(data) - 22 + offset
    struct.pack_into("<H", data, at, struct.unpack_from("<H", data, at)[0] + delta)
    crafted = tmp_path / "count.requestpkg"
    crafted.write_bytes(bytes(data))
    _refused(supervisor.store, crafted, "layout")


# -- what a small package may cost -----------------------------------------------------
def test_the_issues_bomb_many_compressed_enclosures_is_refused_before_the_register_grows(supervisor, sent_for_review, tmp_path):
    """The issue's case: a 1.6 MB package of 1,000 compressed enclosures, every hash right,
    that today's code imported as 1,002 MB into the register in 19 s."""
    files = [make_pdf(1, note=str(i)) + bytes(1_000_000) for i in range(1000)]
    bomb = forge_enclosures(sent_for_review, tmp_path / "bomb.requestpkg", files)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    error = _refused(supervisor.store, bomb, "enclosure_compressed")
    assert "stores enclosures uncompressed" in error.message("en") and "без сжатия" in error.message("ru")


def test_a_stored_forgery_with_the_same_files_is_not_refused_for_its_size(supervisor, sent_for_review, tmp_path):
    """The same files stored as RequestDesk stores them: the package is as large as what it
    brings, which is the bound; so the limit refuses bombs and not big packages."""
    files = [make_pdf(1, note=str(i) * 100_000) for i in range(1, 21)]
    forged = forge_enclosures(sent_for_review, tmp_path / "stored.requestpkg", files, compression=zipfile.ZIP_STORED)
    assert forged.stat().st_size > 2_000_000
    read_package(forged)


def test_a_json_member_that_expands_too_much_is_refused(supervisor, sent_for_review, tmp_path):
    contents = members(sent_for_review)
    contents["events.json"] = contents["events.json"][:-1] + b" " * (3 * 1024 * 1024) + b"]"
    bomb = rewrite(sent_for_review, tmp_path / "json-bomb.requestpkg", {"events.json": contents["events.json"]}, update_manifest=True)
    error = _refused(supervisor.store, bomb, "bomb")
    assert '"events.json"' in error.message("en")


# -- enclosures ------------------------------------------------------------------------
def _tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("%PDF-1.4 inner.pdf")
        payload = make_pdf(1)
        info.size = len(payload)
        archive.addfile(info, io.BytesIO(payload))
    return buffer.getvalue()


def _gzip_named_like_a_pdf() -> bytes:
    # gzip's header may carry a file name: "%PDF-" in the first kilobyte, as a PDF has.
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="%PDF-1.7.pdf", mode="wb", fileobj=buffer) as fh:
        fh.write(bytes(100_000))
    return buffer.getvalue()


ARCHIVES = {
    "zip": (_zip_with({"%PDF-1.4.pdf": make_pdf(1)}), "ZIP"),
    "7z": (SEVEN_ZIP, "7z"),
    "rar": (RAR, "RAR"),
    "gzip": (_gzip_named_like_a_pdf(), "gzip"),
    "bzip2": (bz2.compress(make_pdf(1)), "bzip2"),
    "xz": (lzma.compress(make_pdf(1)), "xz"),
    "tar": (_tar(), "tar"),
    "pdf+zip": (make_pdf(2) + _zip_with({"a.exe": b"MZ" * 500}), "ZIP"),
    "png+rar": (make_png() + RAR, "RAR"),
    "pdf with 7z inside": (make_pdf(1).replace(b"%%EOF", b"%" + SEVEN_ZIP.replace(b"\n", b" ") + b"\n%%EOF"), "7z"),
    "pdf with rar far inside": (make_pdf(1, note="x" * 3_000_000).replace(b"x" * 10, RAR[:10], 1), "RAR"),
}


@pytest.mark.parametrize("kind", sorted(ARCHIVES))
def test_an_archive_stored_as_an_enclosure_is_refused(supervisor, sent_for_review, tmp_path, kind):
    content, name = ARCHIVES[kind]
    declared = "image/png" if kind.startswith("png") else "application/pdf"
    crafted = forge_enclosures(sent_for_review, tmp_path / "nested.requestpkg", [content],
                               media_type=declared, compression=zipfile.ZIP_STORED)
    error = _refused(supervisor.store, crafted, "enclosure_archive")
    assert f"({name})" in error.message("en") and "архив" in error.message("ru")


@pytest.mark.parametrize(
    ("content", "declared", "found_en"),
    [
        (make_pdf(1), "image/png", "a PDF"),
        (make_png(), "application/pdf", "a PNG image"),
        (b"%PDF-1.4\nnot really a PDF: it never ends", "application/pdf", "neither a PDF, a DOCX nor an image"),
        (b"\x89PNG\r\n\x1a\n" + b"not an image" * 10, "image/png", "neither a PDF, a DOCX nor an image"),
        (b"\xff\xd8\xff" + bytes(200), "image/jpeg", "neither a PDF, a DOCX nor an image"),
        (b"MZ\x90\x00" + bytes(500), "application/pdf", "neither a PDF, a DOCX nor an image"),
        (make_pdf(1), "application/x-msdownload", "a PDF"),
    ],
)
def test_an_enclosure_whose_content_is_not_its_declared_type_is_refused(supervisor, sent_for_review, tmp_path, content, declared, found_en):
    crafted = forge_enclosures(sent_for_review, tmp_path / "type.requestpkg", [content], media_type=declared,
                               compression=zipfile.ZIP_STORED)
    error = _refused(supervisor.store, crafted, "enclosure_type")
    assert f"its content is {found_en}" in error.message("en")
    assert "по содержимому это" in error.message("ru")


def test_real_enclosures_of_every_type_still_travel(supervisor, sent_for_review, tmp_path):
    docx = _zip_with({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
    tiff = b"II*\x00\x08\x00\x00\x00" + bytes(100)
    jpeg = b"\xff\xd8\xff\xe0" + bytes(100) + b"\xff\xd9"
    kinds = [(make_pdf(2), "application/pdf"), (make_png(), "image/png"), (jpeg, "image/jpeg"), (tiff, "image/tiff"),
             (docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    for index, (content, media) in enumerate(kinds):
        forged = forge_enclosures(sent_for_review, tmp_path / f"ok{index}.requestpkg", [content], media_type=media,
                                  compression=zipfile.ZIP_STORED)
        assert read_package(forged).enclosures[0].media_type == media


# -- JSON ------------------------------------------------------------------------------
@pytest.mark.parametrize("member", ["manifest.json", "request.json", "events.json", "review.json"])
@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 500, 990, 30_000])
def test_deeply_nested_json_in_any_member_is_refused_cleanly(supervisor, sent_for_review, tmp_path, member, depth):
    original = json.loads(members(sent_for_review)[member])
    deep = b"[" * depth + b"]" * depth
    if isinstance(original, dict):
        data = json.dumps(original).encode()[:-1] + b', "deep": ' + deep + b"}"
    else:
        data = b"[" + json.dumps(original).encode()[1:-1] + b", " + deep + b"]"
    crafted = rewrite(sent_for_review, tmp_path / "deep.requestpkg", {member: data}, update_manifest=member != "manifest.json")
    error = _refused(supervisor.store, crafted, "nested")
    assert f"{member} holds data nested more than {MAX_DEPTH} levels" in error.message("en")
    assert f"глубже {MAX_DEPTH} уровней" in error.message("ru")


def test_nesting_inside_strings_is_text_not_depth(supervisor, sent_for_review, tmp_path):
    from requestdesk.domain.nesting import nests_deeper_than

    assert not nests_deeper_than(json.dumps({"note": "[" * 500 + '\\"{' * 100}).encode())
    assert nests_deeper_than(json.dumps({"note": "\\", "x": [[[[]]]]}).encode(), 4)
    assert not nests_deeper_than(json.dumps({"note": "\\", "x": [[[[]]]]}).encode(), 5)


def test_the_enclosure_sha_in_the_forgery_helper_is_real(sent_for_review, tmp_path):
    # The forgeries above fail on their content, not on a careless hash.
    files = [make_pdf(3)]
    forged = forge_enclosures(sent_for_review, tmp_path / "f.requestpkg", files, compression=zipfile.ZIP_STORED)
    assert read_package(forged).enclosure_hashes == [hashlib.sha256(files[0]).hexdigest()]


def _attached_by_an_older_version(station, request_id, content, media_type="application/pdf"):
    """A file in the register that today's checks would not have let in (attached before them)."""
    from requestdesk.store.enclosures import link_enclosure, write_blob

    sha = hashlib.sha256(content).hexdigest()
    with station.store.transaction() as db:
        assert write_blob(db, sha, len(content), [content])
        link_enclosure(db, request_id, sha, "old-scan.pdf", media_type, len(content), 1, "2026-01-01T00:00:00Z", "officer")


@pytest.mark.parametrize(("content", "problem"), [(make_pdf(1) + RAR, "enclosure_archive"), (SEVEN_ZIP, "enclosure_archive"),
                                                  (b"%PDF-1.4 cut off", "enclosure_type"), (make_png(), "enclosure_type")])
def test_a_package_is_not_written_with_an_enclosure_the_importer_would_refuse(officer, complete_request, tmp_path, content, problem):
    from requestdesk.packages import pack

    officer.store.save(complete_request)
    _attached_by_an_older_version(officer, complete_request["id"], content)
    out = tmp_path / "out.requestpkg"
    events = officer.store._db.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(PackageError) as info:
        pack(officer.store, complete_request["id"], out, officer.user, signer=officer.sender)
    assert info.value.problem == problem and "old-scan.pdf" in info.value.message("en")
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert officer.store._db.execute("SELECT count(*) FROM events").fetchone()[0] == events  # no "packed" event either


def test_files_of_every_kind_attached_here_pack_and_travel(officer, complete_request, tmp_path):
    from requestdesk.packages import pack

    officer.store.save(complete_request)
    files = {"a.pdf": make_pdf(2), "b.png": make_png(), "c.jpg": b"\xff\xd8\xff\xe0" + bytes(100) + b"\xff\xd9",
             "d.tif": b"MM\x00*\x00\x00\x00\x08" + bytes(100),
             "e.docx": _zip_with({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})}
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
        officer.files.attach(complete_request["id"], tmp_path / name)
    pack(officer.store, complete_request["id"], tmp_path / "all.requestpkg", officer.user, signer=officer.sender)
    assert sorted(e.name for e in read_package(tmp_path / "all.requestpkg").enclosures) == sorted(files)
