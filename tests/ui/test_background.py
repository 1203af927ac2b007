"""Long work runs off the window's thread: the event loop keeps running, Cancel stops it."""

from __future__ import annotations

import contextlib
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from requestdesk.app import Progress
from requestdesk.ui.background import run_with_progress


def _job(steps, pause, log):
    @contextlib.contextmanager
    def open_job():
        log.append(("opened", threading.current_thread() is threading.main_thread()))

        def run():
            try:
                for i in range(steps):
                    time.sleep(pause)
                    yield Progress(i + 1, steps)
            finally:
                log.append(("closed", threading.current_thread() is threading.main_thread()))

        yield run()

    return open_job


def test_the_window_keeps_processing_events_while_the_job_runs(qtbot):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    log: list = []
    assert run_with_progress(None, "Re-checking", "Re-checking the register…", _job(10, 0.05, log), delay_ms=0)
    timer.stop()
    # About 0.5 s of work: the window's timer fired all along, not once at the end.
    assert len(ticks) >= 10
    assert log == [("opened", False), ("closed", False)]  # made and closed in the worker


def test_cancel_stops_the_job_and_its_clean_up_runs_in_the_worker(qtbot):
    log: list = []

    pressed = []

    def press_cancel():
        from PySide6.QtWidgets import QApplication, QPushButton

        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        for dialog in shown:
            dialog.findChild(QPushButton).click()  # the dialog's Cancel button, as the officer presses it
            pressed.append(dialog.labelText())

    QTimer.singleShot(300, press_cancel)
    completed = run_with_progress(None, "Re-checking", "Re-checking the register…", _job(100, 0.02, log), delay_ms=0)
    assert pressed == ["Re-checking the register…"]
    assert not completed
    assert log == [("opened", False), ("closed", False)]


def test_an_error_of_the_job_is_raised_on_the_window_thread(qtbot):
    @contextlib.contextmanager
    def failing():
        def run():
            yield Progress(0, 1)
            raise ValueError("the disk refused")

        yield run()

    with pytest.raises(ValueError, match="disk refused"):
        run_with_progress(None, "t", "l", failing, delay_ms=0)
