"""The baseline of the start-up benchmarks: a bare PySide6 QMainWindow of the register's
size, shown and painted, reported the way `requestdesk --smoke` reports (startup_ms=,
counted from the process's start as the kernel recorded it)."""

import os
import sys
import time

STARTED = time.perf_counter()


def _process_age_ms() -> float:
    # The same reading as requestdesk.ui.app's, repeated here: the baseline imports nothing of ours.
    with open("/proc/self/stat") as stat, open("/proc/uptime") as uptime:
        start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        return (float(uptime.read().split()[0]) - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000


AGE = _process_age_ms() - (time.perf_counter() - STARTED) * 1000

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

app = QApplication([sys.argv[0]])
window = QMainWindow()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Paint and watched is window:
            window.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"startup_ms={AGE + (time.perf_counter() - STARTED) * 1000:.0f}", flush=True)
        with open("/proc/self/status") as status:  # its own peak (ru_maxrss survives exec)
            peak = next(line.split()[1] for line in status if line.startswith("VmHWM"))
        print(f"maxrss_kb={peak}", flush=True)
        app.quit()


first_paint = FirstPaint(window)
window.installEventFilter(first_paint)
window.resize(1280, 720)
window.show()
app.exec()
