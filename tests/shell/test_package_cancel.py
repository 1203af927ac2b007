"""Cancel while a package is written or brought in (issue 12, item 6): the progress
dialog's Cancel stops the work at its next chunk, and nothing is left behind: no package,
no hidden part file, no "packed" event; a register exactly as it was. The work is held
at a chunk until Cancel is pressed, so the tests do not depend on the machine's speed."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from requestdesk.ui.operations import desk_of
from requestdesk.ui.register.model import Column
from tests.review.helpers import make_pdf
from tests.shell.helpers import sit_officer, visible_column

NUMBER = "1/ПРИМЕР-2026"
MB = 1024 * 1024


def _select(window) -> str:
    row = visible_column(window, Column.NUMBER).index(NUMBER)
    request_id = window.model.request_id(row)
    window.register.select_ids([request_id])
    return request_id


def _with_large_scan(services, request_id, tmp_path, megabytes=6):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf(2, note="%" + "x" * (megabytes * MB)))
    desk_of(services).attach(request_id, scan)


def _gate(after_chunks: int = 1):
    """A chunk source that stops after `after_chunks` chunks until Cancel was pressed."""
    pressed = threading.Event()
    reached = threading.Event()

    def gated(chunks):
        for i, chunk in enumerate(chunks):
            if i == after_chunks:
                reached.set()
                pressed.wait(60)
            yield chunk

    return gated, pressed, reached


def _press_cancel_when_shown(window, label, pressed, reached, seen):
    """Presses Cancel in `window`'s progress dialog saying `label` (not another work's, such
    as a daily backup's), once the work is held at its gate: a dialog shown earlier (a slow
    check before the gate) would otherwise be cancelled before the work got there."""
    def press():
        for dialog in QApplication.topLevelWidgets():
            if (reached.is_set() and isinstance(dialog, QProgressDialog) and dialog.parentWidget() is window
                    and dialog.isVisible() and label in dialog.labelText() and not seen):
                seen.append((dialog.labelText(), dialog.maximum()))
                dialog.findChild(QPushButton).click()
                pressed.set()
        if not seen:
            QTimer.singleShot(30, press)

    QTimer.singleShot(30, press)


def _parts(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def _blobs(services) -> int:
    db = sqlite3.connect(services.store.path)
    try:
        return db.execute("SELECT count(*) FROM blobs").fetchone()[0]
    finally:
        db.close()


SAID = {
    "en": ("Writing the package", "Export cancelled: no package was written.",
           "importing the package", "Import cancelled: the register was not changed."),
    "ru": ("Запись пакета", "Экспорт отменён: пакет не записан.",
           "импорт пакета", "Импорт отменён: реестр не изменён."),
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_cancelling_an_export_leaves_no_package_no_part_file_and_no_event(qtbot, monkeypatch, languages, window, filled,
                                                                          tmp_path, lang):
    from requestdesk.packages import writer
    from requestdesk.ui.review.package_files import export_package

    request_id = _select(window)
    _with_large_scan(filled, request_id, tmp_path)
    sit_officer(window, filled)
    languages.apply(lang)
    label, cancelled = SAID[lang][:2]
    history = [e.hash for e in desk_of(filled).history(request_id)]
    gated, pressed, reached = _gate()
    original = writer.read_blob
    monkeypatch.setattr(writer, "read_blob", lambda db, sha: gated(original(db, sha)))
    out = tmp_path / "out"
    out.mkdir()
    seen: list = []
    _press_cancel_when_shown(window, label, pressed, reached, seen)
    assert export_package(window, filled, request_id, out / "big.requestpkg") is None
    assert reached.is_set() and seen and label in seen[0][0]
    assert list(out.iterdir()) == []  # no package, no hidden .part file
    assert [e.hash for e in desk_of(filled).history(request_id)] == history  # no "packed" event
    assert cancelled in window.statusBar().currentMessage()

    # Nothing half-done stands in the way: exporting again writes the package.
    monkeypatch.setattr(writer, "read_blob", original)
    assert export_package(window, filled, request_id, out / "big.requestpkg") == out / "big.requestpkg"
    assert [p.name for p in out.iterdir()] == ["big.requestpkg"]
    assert desk_of(filled).history(request_id)[-1].kind == "packed"


@pytest.fixture
def big_package(window, filled, second, tmp_path):
    from requestdesk.ui.review.package_files import export_package

    other, _ = second
    request_id = _select(window)
    _with_large_scan(filled, request_id, tmp_path)
    sit_officer(window, filled, other.store.path.parent)
    package = export_package(window, filled, request_id, tmp_path / "big.requestpkg")
    assert package is not None
    return request_id, package


@pytest.mark.parametrize(("phase", "lang"), [("checking", "en"), ("storing", "en"), ("storing", "ru")])
def test_cancelling_an_import_leaves_the_register_as_it_was(qtbot, monkeypatch, languages, second, big_package, phase, lang):
    from requestdesk.packages import importer, reader

    other, other_window = second
    request_id, package = big_package
    languages.apply(lang)
    label, cancelled = SAID[lang][2:]
    gated, pressed, reached = _gate()
    if phase == "checking":  # the enclosure's hash, before anything is written
        original_chunks = reader.member_chunks
        calls = []

        def member_chunks(path, archive, info):
            calls.append(info.filename)
            chunks = original_chunks(path, archive, info)
            return gated(chunks) if len(calls) == 1 else chunks

        monkeypatch.setattr(reader, "member_chunks", member_chunks)
    else:  # inside the import's transaction, half the file stored
        original_write = importer.write_blob
        monkeypatch.setattr(importer, "write_blob", lambda db, sha, size, chunks: original_write(db, sha, size, gated(chunks)))
    seen: list = []
    _press_cancel_when_shown(other_window, label, pressed, reached, seen)
    assert other_window.import_packages([package]) == []
    assert reached.is_set() and seen and label in seen[0][0]
    assert other.store.count() == 0 and _blobs(other) == 0
    assert other_window.model.row_of(request_id) is None
    assert cancelled in other_window.statusBar().currentMessage()

    monkeypatch.undo()
    imported = other_window.import_packages([package])
    assert len(imported) == 1 and other.store.count() == 1 and _blobs(other) == 1


SEVERAL_CANCELLED = {
    "en": "Import cancelled. Imported before it: 1 of 3 packages; the package being imported and those after it were not imported.",
    "ru": "Импорт отменён. До отмены импортировано пакетов: 1 из 3; пакет, который импортировался, и следующие за ним не импортированы.",
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_cancel_stops_the_rest_of_an_import_of_several_packages(qtbot, monkeypatch, languages, window, filled, second,
                                                                 big_package, tmp_path, lang):
    """The officer cancels the import, not one file of it: the package before is kept,
    the one being imported and the one after it are not brought in."""
    from requestdesk.packages import importer
    from requestdesk.ui.review.package_files import export_package

    other, other_window = second
    big_id, big = big_package
    small = {}
    for number in ("2/2026", "4/2026"):
        row = visible_column(window, Column.NUMBER).index(number)
        request_id = window.model.request_id(row)
        small[number] = (request_id, export_package(window, filled, request_id, tmp_path / f"{number[0]}.requestpkg"))
    languages.apply(lang)
    label = SAID[lang][2]
    gated, pressed, reached = _gate()
    original_write = importer.write_blob
    monkeypatch.setattr(importer, "write_blob", lambda db, sha, size, chunks: original_write(db, sha, size, gated(chunks)))
    seen: list = []
    _press_cancel_when_shown(other_window, label, pressed, reached, seen)

    imported = other_window.import_packages([small["2/2026"][1], big, small["4/2026"][1]])

    assert reached.is_set() and len(seen) == 1  # one Cancel: no progress dialog for the package after it
    assert [r.request_id for r in imported] == [small["2/2026"][0]]
    assert other.store.count() == 1 and _blobs(other) == 0
    assert other_window.model.row_of(small["2/2026"][0]) is not None
    assert other_window.model.row_of(big_id) is None and other_window.model.row_of(small["4/2026"][0]) is None
    assert SEVERAL_CANCELLED[lang] in other_window.statusBar().currentMessage()
