"""Long work runs off the window's thread: the window keeps processing events while
the register is re-checked under a new counting rule (every deadline moves, Cancel keeps
the old rule), backed up and restored."""

from __future__ import annotations

import copy
import threading
import time
import uuid
from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QPushButton

from requestdesk.app import settings as settings_ops
from requestdesk.domain.deadlines import Counting
from requestdesk.store.requests import RequestStore
from requestdesk.ui.operations import desk_of
from requestdesk.ui.settings import Options
from requestdesk.ui.settings_dialog import SettingsDialog
from tests.shell.helpers import example


def _urgent(services, count):
    desk = desk_of(services)
    for i in range(count):
        doc = copy.deepcopy(example())
        doc["id"], doc["number"] = str(uuid.uuid4()), f"{i + 10}/2026"
        desk.create(doc)
        desk.transmit(doc["id"], "oral", services.clock.now() - timedelta(hours=1))


def _dues(store):
    return sorted(str(row.confirmation_due) for row in store.rows() if row.confirmation_due)


def _slow_batches(monkeypatch, threads):
    """Each batch takes a moment (as 250 requests do), and says which thread ran it."""
    monkeypatch.setattr(settings_ops, "BATCH", 1)
    original = RequestStore.recheck

    def recheck(self, keys):
        threads.add(threading.current_thread() is threading.main_thread())
        time.sleep(0.04)
        return original(self, keys)

    monkeypatch.setattr(RequestStore, "recheck", recheck)


def _choose_in_settings(monkeypatch, counting):
    def exec_(dialog):
        dialog.services.settings.set(Options.confirmation_counting, counting.value)  # as the officer's OK does
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", exec_)


def test_the_window_answers_while_the_register_is_rechecked_and_every_deadline_follows(
        qtbot, monkeypatch, window, filled):
    _urgent(filled, 12)
    before = _dues(filled.store)
    threads: set[bool] = set()
    _slow_batches(monkeypatch, threads)
    _choose_in_settings(monkeypatch, Counting.WHOLE_DAYS)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    window.open_settings()
    timer.stop()
    assert len(ticks) >= 10  # ~0.6 s of re-checking: the event loop ran all along
    assert threads == {False}  # every batch ran in the worker, on its own connection
    assert filled.store.counting is Counting.WHOLE_DAYS
    assert _dues(filled.store) != before
    # The window's register shows the new deadlines (it refreshed from the desk's change).
    assert _dues(window.model.state.store) == _dues(filled.store)


def test_cancel_keeps_the_previous_rule_in_the_register_and_the_settings(qtbot, monkeypatch, window, filled):
    _urgent(filled, 40)
    before = _dues(filled.store)
    _slow_batches(monkeypatch, set())
    _choose_in_settings(monkeypatch, Counting.WHOLE_DAYS)
    pressed = []

    def press_cancel():
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QProgressDialog) and dialog.isVisible():
                dialog.findChild(QPushButton).click()
                pressed.append(dialog.labelText())
        if not pressed:
            QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(100, press_cancel)
    window.open_settings()
    assert pressed and "counting rule" in pressed[0]
    assert filled.store.counting is Counting.ELAPSED_72H
    assert filled.settings.get(Options.confirmation_counting) == Counting.ELAPSED_72H.value
    assert _dues(filled.store) == before
    assert "previous counting rule" in window.statusBar().currentMessage()


def _ticking():
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    return timer, ticks


def test_the_daily_backup_runs_while_the_window_answers_and_the_status_bar_says_when(qtbot, monkeypatch, window, filled):
    from requestdesk.store import backup as backup_module

    threads = []
    original = backup_module.make_backup

    def slow_backup(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.5)  # a large register
        return original(*args, **kwargs)

    monkeypatch.setattr(backup_module, "make_backup", slow_backup)
    timer, ticks = _ticking()
    running = window.make_daily_backup()
    qtbot.waitUntil(lambda: not running.running, timeout=10_000)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "lastBackup") is not None)
    timer.stop()
    assert threads == [False] and len(ticks) >= 10
    (made,) = backup_module.backups(filled.backup_dir)
    assert window.findChild(QLabel, "lastBackup").text() == "Last good backup: 25 November 2026"


def test_a_restore_runs_while_the_window_answers_and_brings_the_register_back(qtbot, monkeypatch, window, filled):
    from requestdesk.store import backup as backup_module
    from requestdesk.ui.backup_dialog import RestoreDialog

    window.make_daily_backup().wait()
    gone = example()["id"]
    desk_of(filled).create(dict(copy.deepcopy(example()), id=str(uuid.uuid4()), number="77/2026"))
    count = filled.store.count()
    original = backup_module.restore
    threads = []

    def slow_restore(*args):
        threads.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.5)
        return original(*args)

    monkeypatch.setattr(backup_module, "restore", slow_restore)
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: RestoreDialog.DialogCode.Accepted)
    timer, ticks = _ticking()
    window.restore_backup()
    timer.stop()
    assert threads == [False] and len(ticks) >= 10
    assert filled.store.count() == count - 1 and filled.store.get(gone) is not None
    assert "Register restored" in window.statusBar().currentMessage()


def test_the_recheck_reloads_the_register_once_at_its_end_not_at_every_batch(qtbot, monkeypatch, window, filled):
    """The worker's commits are the window's own work, not another program's: following
    them would reload the register and the watch every few seconds during the work
    (seconds each for 100,000 requests). The register reloads once, from its change."""
    _urgent(filled, 12)
    _slow_batches(monkeypatch, set())
    _choose_in_settings(monkeypatch, Counting.WHOLE_DAYS)
    resets = []
    window.model.modelReset.connect(lambda: resets.append(window._outside_watch.isActive()))
    window._outside_watch.setInterval(20)  # as if another program's change were looked for all the time
    window.open_settings()
    assert filled.store.counting is Counting.WHOLE_DAYS
    assert resets == [False]  # once, at the end, while outside changes were not followed
    assert window._outside_watch.isActive()  # and followed again afterwards
    qtbot.wait(100)
    assert len(resets) == 1  # the worker's commits are not taken for another program's later
