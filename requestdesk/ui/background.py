"""Long work off the window's thread: a job runs in a worker thread, the window shows
its progress with a Cancel button and goes on processing events.

A job is a Qt-free iterator of `requestdesk.app.Progress` (the application layer's
batched operations); it is made and run in the worker thread, with a register
connection of its own (a SQLite connection belongs to the thread that uses it), and
closed there on cancel so that its own clean-up runs where its connection lives.

A piece of work that is one call (packing, unpacking) instead hears a `progress`
callback and a `should_stop` question (requestdesk.progress) and raises Cancelled at
its next boundary after Cancel is pressed; its clean-up runs on the way out, in the
worker thread too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from requestdesk.app import Progress
from requestdesk.progress import Cancelled, Report, ShouldStop

JobFactory = Callable[[], AbstractContextManager[Iterator[Progress]]]
T = TypeVar("T")


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self.completed = False
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            self.work()
        except BaseException as exc:  # reported on the window's thread, never lost in this one
            self.error = exc

    def work(self) -> None:
        raise NotImplementedError


class _JobWorker(_Worker):
    """A job's steps, until they end or Cancel is pressed."""

    def __init__(self, open_job: JobFactory, parent: QObject | None = None):
        super().__init__(parent)
        self._open_job = open_job

    def work(self) -> None:
        with self._open_job() as steps:
            try:
                for step in steps:
                    self.progressed.emit(step.done, step.total)
                    if self._cancel.is_set():
                        break
                else:
                    self.completed = True
            finally:
                close = getattr(steps, "close", None)
                if close is not None:
                    close()  # a generator's own clean-up (a cancel's undo) runs here


class _CallWorker(_Worker):
    """One call that reports its progress and stops when asked (Cancelled)."""

    STEPS = 1000  # bytes by the hundred million do not fit a progress bar's int

    def __init__(self, work: Callable[[Report, ShouldStop], object], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._shown = -1
        self.result: object = None

    def _report(self, done: int, total: int) -> None:
        step = done * self.STEPS // total if total > 0 else 0
        if step != self._shown:  # a signal per visible step, not per chunk
            self._shown = step
            self.progressed.emit(step, self.STEPS)

    def work(self) -> None:
        try:
            self.result = self._work(self._report, self._cancel.is_set)
        except Cancelled:
            return
        self.completed = True


def run_with_progress(parent: QWidget | None, title: str, label: str, open_job: JobFactory,
                      *, delay_ms: int = 500, cancellable: bool = True) -> bool:
    """Runs the job to its end or until the user cancels; True when it completed.

    The progress dialog appears only if the job takes longer than `delay_ms`; the
    window keeps repainting and answering meanwhile. An error the job raised is raised
    here, on the window's thread.
    """
    return _run(_JobWorker(open_job), parent, title, label, delay_ms=delay_ms, cancellable=cancellable)


def _run(worker: _Worker, parent: QWidget | None, title: str, label: str, *, delay_ms: int, cancellable: bool) -> bool:
    # Qt's own catalog (qtbase_ru) translates its dialog's button in this context.
    dialog = QProgressDialog(label, QCoreApplication.translate("QProgressDialog", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def show(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    worker.progressed.connect(show)
    if cancellable:
        dialog.canceled.connect(worker.cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    if worker.isRunning():
        loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.completed


def run_cancellable(parent: QWidget | None, title: str, label: str, work: Callable[[Report, ShouldStop], T], *,
                    delay_ms: int = 500) -> T:
    """Runs `work(progress, should_stop)` in a worker thread, the window processing events
    meanwhile, with a progress dialog that has Cancel; its result, or its error raised
    here. Cancelled when the user pressed Cancel and the work stopped (it cleans up after
    itself on the way out: nothing is left behind)."""
    worker = _CallWorker(work)
    if not _run(worker, parent, title, label, delay_ms=delay_ms, cancellable=True):
        raise Cancelled
    return cast(T, worker.result)


def run_in_background(parent: QWidget | None, title: str, label: str, work: Callable[[], T], *,
                      delay_ms: int = 500) -> T:
    """Runs one piece of work that cannot stop halfway (a backup, a restore: each replaces
    a file whole) in a worker thread, the window processing events meanwhile; its result,
    or its error raised here. The progress dialog has no Cancel: the work is whole or
    nothing and ends on its own."""
    result: list[T] = []

    @contextmanager
    def open_job() -> Iterator[Iterator[Progress]]:
        def steps() -> Iterator[Progress]:
            yield Progress(0, 1)
            result.append(work())
            yield Progress(1, 1)

        yield steps()

    run_with_progress(parent, title, label, open_job, delay_ms=delay_ms, cancellable=False)
    return result[0]
