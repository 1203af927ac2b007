"""Starting the desktop application (and `requestdesk --smoke`, spec §3)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from requestdesk.ui.single_instance import Inbox

SMOKE = "--smoke"
# For benchmarks (tests/benchmarks/bench_startup.py): a real start (not --smoke) with this
# set to 1 prints startup_ms= (its first paint), drafts_ms= (the drafts folder looked at)
# and ready_ms= (what the first paint left for later done too), then quits.
STARTUP_PROBE = "REQUESTDESK_STARTUP_PROBE"
BACKUP_AFTER_MS = 2000  # the daily backup, once the officer has had the register a moment


def _process_age_ms() -> float | None:
    """How long this process has run, from the kernel's record of its start (Linux only)."""
    try:
        stat = Path("/proc/self/stat").read_text()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        # The command name (field 2) may hold spaces: count fields after its closing parenthesis.
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return None


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _plain_import() -> None:
    """Gives `import` back to Python. Loading PySide replaces it with a hook for PySide's
    opt-in `from __feature__ import snake_case, true_property`, which this application
    never uses: the hook runs Python code at every import statement and reads the whole
    source of every module imported after Qt (looking for the word "PySide6"), some
    hundred modules before the register is on screen: 8-11 % of the start-up (measured,
    issue 17). Nothing else changes: a module PySide has not seen gets Qt without features."""
    import builtins

    original = getattr(builtins, "__orig_import__", None)
    if original is not None and builtins.__import__ is getattr(builtins, "__feature_import__", None):
        builtins.__import__ = original


def run(args: list[str], started: float | None = None, on_first_paint: Callable[[], None] | None = None) -> int:
    """Runs the application; `started` is time.perf_counter() when the process began its
    work; `on_first_paint` is called once the main window is on screen."""
    started = time.perf_counter() if started is None else started
    _plain_import()
    # Process age at `started`: the interpreter's own start-up before our first line ran.
    age = _process_age_ms()
    before_start_ms = max(0.0, age - (time.perf_counter() - started) * 1000) if age is not None else 0.0
    smoke = SMOKE in args
    if smoke and _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from requestdesk import __version__
    from requestdesk.resources import resource_path
    from requestdesk.atomic import WriteError
    from requestdesk.store.requests import StoreError
    from requestdesk.ui.i18n import Languages, system_language
    from requestdesk.ui.services import Services

    app = QApplication.instance() or QApplication([sys.argv[0], *[a for a in args if a != SMOKE]])
    assert isinstance(app, QApplication)  # the windows need a GUI application, not a bare core one
    app.setOrganizationName("RequestDesk")
    app.setApplicationName("RequestDesk")
    app.setApplicationVersion(__version__)
    # Ties the windows to the desktop entry (packaging/linux/requestdesk.desktop): its icon and name.
    app.setDesktopFileName("requestdesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "requestdesk.svg"))))

    from requestdesk.launch import opened_files

    files = opened_files(args)
    inbox: Inbox | None = None

    def cannot_start(problem: StoreError | WriteError) -> int:
        # No settings can be read yet to say the chosen language: the system's is the best guess.
        message = problem.message(system_language())
        print(f"requestdesk: {message}", file=sys.stderr)
        if inbox is not None:
            inbox.release()
        if not smoke:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "RequestDesk", message)
        return 1

    if not smoke:
        from requestdesk.ui.services import data_dir
        from requestdesk.ui.single_instance import Inbox

        try:
            inbox = Inbox(data_dir())
        except WriteError as exc:
            return cannot_start(exc)
        if not inbox.claim():
            # RequestDesk already runs on this register: it opens the files and comes forward.
            try:
                inbox.hand_over(files)
            except WriteError as exc:
                inbox = None  # not ours to release
                return cannot_start(exc)
            return 0

    from requestdesk.ui.reindex_progress import ReindexProgress

    languages: Languages | None = None

    def apply_language(settings) -> None:  # type: ignore[no-untyped-def]
        nonlocal languages
        languages = Languages(settings, app)
        languages.apply(languages.preferred())

    try:
        services = Services.open(settings_read=apply_language, progress=ReindexProgress())
    except (StoreError, WriteError) as exc:
        return cannot_start(exc)
    assert languages is not None

    from requestdesk.ui.main_window import MainWindow

    window = MainWindow(services, languages)
    first_paint = FirstPaint(window)
    if on_first_paint is not None:
        first_paint.then(on_first_paint)

    def elapsed_ms() -> float:
        return before_start_ms + (time.perf_counter() - started) * 1000

    if smoke:
        def report() -> None:
            print(f"startup_ms={elapsed_ms():.0f}", flush=True)
            app.quit()

        first_paint.then(report)
        window.show()
        code = app.exec()
        services.close()
        return code

    from requestdesk.ui.settings import Options

    probe = os.environ.get(STARTUP_PROBE) == "1"

    def start_up() -> None:
        painted_ms = elapsed_ms()
        # One after the other, not as separate timers: a modal dialog's own event loop would
        # run the next timer while the first question is still open.
        window.recover_drafts()
        if not services.settings.get(Options.first_run_done):
            window.help.show_welcome()
        if files:
            window.open_files(files)
        if probe:
            drafts_ms = elapsed_ms()
            # ready_ms: after what the first paint left for later (the watch's parts) has run too.
            QTimer.singleShot(0, lambda: (print(f"startup_ms={painted_ms:.0f}", f"drafts_ms={drafts_ms:.0f}",
                                                f"ready_ms={elapsed_ms():.0f}", sep="\n", flush=True), app.quit()))
            return
        # Once the officer has the register: the copy runs on a thread of its own.
        QTimer.singleShot(BACKUP_AFTER_MS, window, window.make_daily_backup)

    # Once the register is on screen, so that the questions have a window to belong to
    # and the first paint does not wait for the drafts to be looked at.
    first_paint.then(start_up)
    window.show()

    def bring_forward(paths: list[Path]) -> None:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if paths:
            window.open_files(paths)

    assert inbox is not None  # claimed above: only the smoke run, which has returned, goes without
    inbox.files_arrived.connect(bring_forward)
    QTimer.singleShot(0, inbox.listen)
    code = app.exec()
    window.wait_for_backup()  # a backup under way is finished, not left half-written
    services.close()
    inbox.release()
    return code


class FirstPaint(QObject):
    """Calls its callbacks once a window's first paint has been handled (on screen)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._callbacks: list[Callable[[], None]] = []
        window.installEventFilter(self)

    def then(self, callback: Callable[[], None]) -> None:
        self._callbacks.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._window:
            self._window.removeEventFilter(self)
            # After this paint event has been handled, not before.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        for callback in self._callbacks:
            callback()
