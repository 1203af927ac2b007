"""The daily backup made at start-up, and restoring the register from the window."""

from __future__ import annotations

from requestdesk.store.backup import backups
from requestdesk.ui.register.state import Column
from tests.shell.helpers import (
    new_copy,
    restore_the_first_backup_and_read_the_error,
    save_as_another_program,
    visible_column,
    when_modal,
)


def backed_up(window) -> None:
    """The daily backup made, as after start-up: copied on its own thread, waited for."""
    window.make_daily_backup().wait()


def test_daily_backup_then_restore_brings_back_a_deleted_request(qtbot, window, filled):
    backed_up(window)
    (backup,) = backups(filled.backup_dir)
    assert backup.path.stat().st_mode & 0o777 == 0o600

    row = visible_column(window, Column.NUMBER).index("1/ПРИМЕР-2026")
    request_id = window.model.request_id(row)
    window.register.select_ids([request_id])
    window.act_delete.trigger()  # a draft: deleted (a request past drafting is kept)
    assert filled.store.get(request_id) is None

    seen = when_modal(lambda dialog: (dialog.list.setCurrentRow(0), dialog.accept()))
    window.act_restore.trigger()
    assert seen and seen[0].list.count() == 1
    assert "1/ПРИМЕР-2026" in visible_column(window, Column.NUMBER)
    assert filled.store.get(request_id) is not None and filled.store.count() == 4
    assert window.statusBar().currentMessage() == f"Register restored from {backup.path.name}"
    assert not window.undo_stack.canUndo()
    assert (filled.data_dir / "requests.sqlite3.before-restore").exists()


def test_restore_is_refused_while_an_editor_is_open(qtbot, window, filled):
    from tests.shell.test_editor_and_export import close_editors

    row = visible_column(window, Column.NUMBER).index("4/2026")
    try:
        window.open_request(window.model.request_id(row))
        seen = when_modal(lambda box: box.accept())
        window.act_restore.trigger()
        qtbot.waitUntil(lambda: bool(seen))
        assert "Close the editor windows first" in seen[0].text()
    finally:
        close_editors()


def test_a_daily_backup_that_cannot_be_made_is_said_in_the_status_bar(qtbot, window, filled):
    filled.backup_dir.parent.mkdir(parents=True, exist_ok=True)
    filled.backup_dir.write_text("a file where the backups folder should be")
    backed_up(window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")  # said once the copy's thread is done
    message = window.statusBar().currentMessage()
    assert message.startswith("The daily backup was not made: ")
    assert f'"{filled.backup_dir}" is a file, not a folder' in message
    assert filled.store.count() == 4 and window.model.rowCount() == 4


def test_a_restore_that_fails_says_so_and_leaves_the_register_working(qtbot, window, filled, complete_request):
    backed_up(window)
    # The register being replaced is kept beside it; here that place is taken by a folder.
    blocking = filled.data_dir / "requests.sqlite3.before-restore"
    blocking.mkdir()
    (blocking / "something").write_text("x")
    _, details = restore_the_first_backup_and_read_the_error(qtbot, window)
    assert "this is a folder, not a file" in details and "before-restore" in details
    assert "restored" not in window.statusBar().currentMessage()
    assert filled.store.count() == 4 and window.model.rowCount() == 4
    # Still following the register: a request saved by another program appears.
    save_as_another_program(filled.store.path, new_copy(complete_request, number="77/2026"))
    qtbot.waitUntil(lambda: "77/2026" in visible_column(window, Column.NUMBER), timeout=6000)


def test_a_register_that_does_not_open_again_after_a_restore_is_said_and_the_window_closes(qtbot, window, filled, monkeypatch):
    from requestdesk.store.requests import StoreError

    backed_up(window)

    def fails(self):  # the restored file cannot be opened (a disk gone read-only, say)
        raise StoreError("unable to open database file", path=self.store.path, problem="readonly")

    monkeypatch.setattr(type(filled), "reopen_store", fails)
    text, details = restore_the_first_backup_and_read_the_error(qtbot, window)
    assert text == "The register could not be opened again. RequestDesk closes; start it again."
    assert "cannot write here" in details
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_register_keeps_working_while_the_daily_backup_is_copied(qtbot, window, filled, monkeypatch):
    """A register of a gigabyte takes seconds to copy: the officer searches and opens the
    Request menu meanwhile; the backup appears when the copy is done."""
    import threading

    from requestdesk.store import backup as backup_module
    from tests.shell.test_register import search

    release, copying = threading.Event(), threading.Event()
    copy = backup_module._copy_database

    def slow_copy(source, target, *finish):
        copying.set()
        assert release.wait(30)
        copy(source, target, *finish)

    monkeypatch.setattr(backup_module, "_copy_database", slow_copy)
    running = window.make_daily_backup()
    assert copying.wait(10) and running.running  # the copy has begun, and the window is free
    search(qtbot, window, "phishing")
    assert visible_column(window, Column.NUMBER) == ["3/2026"]
    window.make_daily_backup()  # asked again meanwhile (a second timer): one copy only
    assert backups(filled.backup_dir) == []
    release.set()
    running.wait()
    assert [b.day for b in backups(filled.backup_dir)] and not running.running
