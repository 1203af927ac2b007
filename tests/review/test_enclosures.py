"""Enclosure files kept with a request in the store."""

import pytest

from requestdesk.filetypes import DOCX, kind_of_path, pdf_pages_of_bytes
from requestdesk.store.enclosures import MAX_ENCLOSURE_BYTES, EnclosureError, display_name
from tests.review.helpers import make_objstm_pdf, make_pdf, make_png


@pytest.fixture
def rid(officer, complete_request):
    officer.store.save(complete_request)
    return complete_request["id"]


def test_files_are_listed_with_their_page_counts_and_kept_once(officer, rid, tmp_path):
    (tmp_path / "a.pdf").write_bytes(make_pdf(3))
    (tmp_path / "same-content.pdf").write_bytes(make_pdf(3))
    (tmp_path / "b.pdf").write_bytes(make_objstm_pdf(7))
    (tmp_path / "scan.png").write_bytes(make_png())
    for name in ("a.pdf", "b.pdf", "scan.png"):
        officer.files.attach(rid, tmp_path / name)
    listed = officer.files.list(rid)
    assert [(e.name, e.pages, e.media_type) for e in listed] == [
        ("a.pdf", 3, "application/pdf"), ("b.pdf", 7, "application/pdf"), ("scan.png", 1, "image/png"),
    ]
    assert officer.files.total_pages(rid) == 11
    officer.files.attach(rid, tmp_path / "same-content.pdf")  # same bytes: one blob, one entry
    assert len(officer.files.list(rid)) == 3
    assert officer.store._db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 3
    officer.files.detach(rid, listed[0].sha256)
    assert [e.name for e in officer.files.list(rid)] == ["b.pdf", "scan.png"]
    kinds = [e.kind for e in officer.tracker.history(rid)]
    assert kinds == ["enclosure_added"] * 4 + ["enclosure_removed"]


def test_unfit_files_are_refused_with_a_clear_message(officer, rid, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a document", encoding="utf-8")
    with pytest.raises(EnclosureError) as info:
        officer.files.attach(rid, text)
    assert "only PDF, DOCX" in info.value.message("en") and "только PDF" in info.value.message("ru")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EnclosureError, match="empty"):
        officer.files.attach(rid, empty)
    with pytest.raises(EnclosureError) as info:
        officer.files.attach(rid, tmp_path / "missing.pdf")
    assert info.value.problem == "unreadable"
    assert officer.files.list(rid) == []


def test_a_file_above_the_limit_is_refused_before_reading(officer, rid, tmp_path):
    big = tmp_path / "big.pdf"
    with open(big, "wb") as fh:  # sparse: takes no disk space
        fh.write(b"%PDF-1.4\n")
        fh.truncate(MAX_ENCLOSURE_BYTES + 1)
    with pytest.raises(EnclosureError) as info:
        officer.files.attach(rid, big)
    assert "too large" in info.value.message("en") and "200 MB" in info.value.message("en")
    assert "слишком большой" in info.value.message("ru")
    assert officer.store._db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0


def test_page_counts_of_real_world_shapes(tmp_path):
    assert pdf_pages_of_bytes(make_pdf(12)) == 12
    assert pdf_pages_of_bytes(make_objstm_pdf(2)) == 2
    assert pdf_pages_of_bytes(b"%PDF-1.4 nothing here") is None
    # An incremental update that redefines the page tree: the latest definition counts.
    updated = make_pdf(2) + b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n%%EOF\n"
    assert pdf_pages_of_bytes(updated) == 1


def test_a_docx_is_recognised_and_its_recorded_page_count_read(tmp_path):
    import zipfile

    path = tmp_path / "letter.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("docProps/app.xml", "<Properties><Pages>4</Pages></Properties>")
    kind = kind_of_path(path)
    assert kind.media_type == DOCX and kind.pages == 4
    other = tmp_path / "archive.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("x.txt", "x")
    assert kind_of_path(other) is None


def test_names_are_shown_without_folders_or_control_characters():
    assert display_name("Выписка по счету.pdf") == "Выписка по счету.pdf"
    assert display_name("..\\..\\evil.pdf") == "evil.pdf"
    assert display_name("../../evil.pdf") == "evil.pdf"
    assert display_name("\x1b[2Jscan.png") == "[2Jscan.png"
    assert display_name("..") == "file"


def test_a_request_carries_no_more_than_a_package_can_move(officer, rid, tmp_path, monkeypatch):
    from requestdesk.packages import PackageError, pack
    from requestdesk.store import enclosures

    (tmp_path / "a.pdf").write_bytes(make_pdf(3))
    (tmp_path / "b.pdf").write_bytes(make_pdf(4))
    officer.files.attach(rid, tmp_path / "a.pdf")
    monkeypatch.setattr(enclosures, "MAX_TOTAL_ENCLOSURE_BYTES", len(make_pdf(3)) + 10)
    with pytest.raises(EnclosureError) as info:
        officer.files.attach(rid, tmp_path / "b.pdf")
    assert "b.pdf" in info.value.message("en") and "на один запрос" in info.value.message("ru")
    # A register that holds more (an older version's, say) is not packed into a package
    # the other side would refuse.
    monkeypatch.setattr("requestdesk.packages.writer.MAX_TOTAL_ENCLOSURE_BYTES", 10)
    with pytest.raises(PackageError) as refused:
        pack(officer.store, rid, tmp_path / "x.requestpkg", officer.user, signer=officer.sender)
    assert refused.value.problem == "too_big_to_pack" and not (tmp_path / "x.requestpkg").exists()
    assert [e.kind for e in officer.tracker.history(rid)] == ["enclosure_added"]


def test_an_archive_is_not_enclosed_whatever_it_is_named_or_joined_to(officer, rid, tmp_path):
    """What a package from elsewhere may not bring cannot be attached here either (issue 13)."""
    import gzip
    import io
    import zipfile

    def zipped(name: str) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(name, b"MZ" * 100)
        return buffer.getvalue()

    files = {
        "scan.pdf": (zipped("%PDF-1.4.exe"), "ZIP"),
        "photo.pdf": (make_pdf(1) + zipped("payload.exe"), "ZIP"),
        "page.png": (make_png() + b"Rar!\x1a\x07\x01\x00" + bytes(40), "RAR"),
        "report.pdf": (gzip.compress(make_pdf(1)), "gzip"),
        "big.pdf": (make_pdf(1, note="x" * 3_000_000).replace(b"x" * 8, b"7z\xbc\xaf\x27\x1c\x00\x04", 1), "7z"),
    }
    for name, (content, archive) in files.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(EnclosureError) as info:
            officer.files.attach(rid, tmp_path / name)
        assert info.value.problem == "archive", name
        assert f"({archive})" in info.value.message("en") and "архив" in info.value.message("ru")
    assert officer.files.list(rid) == []
    assert officer.store._db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    (tmp_path / "fine.pdf").write_bytes(make_pdf(2))
    assert officer.files.attach(rid, tmp_path / "fine.pdf").pages == 2
