"""Starting the desktop application (and `requestdesk --smoke`, spec §3)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

SMOKE = "--smoke"


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


def run(args: list[str], started: float | None = None) -> int:
    """Runs the application; `started` is time.perf_counter() when the process began its work."""
    started = time.perf_counter() if started is None else started
    # Process age at `started`: the interpreter's own start-up before our first line ran.
    age = _process_age_ms()
    before_start_ms = max(0.0, age - (time.perf_counter() - started) * 1000) if age is not None else 0.0
    smoke = SMOKE in args
    if smoke and _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from requestdesk import __version__
    from requestdesk.resources import resource_path
    from requestdesk.atomic import WriteError
    from requestdesk.store.requests import StoreError
    from requestdesk.ui.i18n import Languages, system_language
    from requestdesk.ui.services import Services

    app = QApplication.instance() or QApplication([sys.argv[0], *[a for a in args if a != SMOKE]])
    app.setOrganizationName("RequestDesk")
    app.setApplicationName("RequestDesk")
    app.setApplicationVersion(__version__)
    # Ties the windows to the desktop entry (packaging/linux/requestdesk.desktop): its icon and name.
    app.setDesktopFileName("requestdesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "requestdesk.svg"))))

    from requestdesk.launch import opened_files

    files = opened_files(args)
    inbox = None

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

    if smoke:
        class _FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and watched is window:
                    window.removeEventFilter(self)
                    # After this paint event has been handled, not before.
                    QTimer.singleShot(0, self._report)
                return False

            def _report(self) -> None:
                elapsed = before_start_ms + (time.perf_counter() - started) * 1000
                print(f"startup_ms={elapsed:.0f}", flush=True)
                app.quit()

        first_paint = _FirstPaint(window)
        window.installEventFilter(first_paint)
        window.show()
        code = app.exec()
        services.close()
        return code

    window.show()
    from requestdesk.ui.settings import Options

    def start_up() -> None:
        # One after the other, not as separate timers: a modal dialog's own event loop would
        # run the next timer while the first question is still open.
        window.recover_drafts()
        if not services.settings.get(Options.first_run_done):
            window.help.show_welcome()
        if files:
            window.open_files(files)

    # Once the register is on screen, so that the questions have a window to belong to.
    QTimer.singleShot(0, start_up)

    def bring_forward(paths: list[Path]) -> None:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if paths:
            window.open_files(paths)

    inbox.files_arrived.connect(bring_forward)
    QTimer.singleShot(0, inbox.listen)
    QTimer.singleShot(2000, window.make_daily_backup)
    code = app.exec()
    services.close()
    inbox.release()
    return code
