"""The baseline of the start-up benchmarks: a bare PySide6 QMainWindow of the register's
size, shown and painted, reported the way `requestdesk --smoke` reports (startup_ms=,
counted from the process's start as the kernel recorded it).

With `--table-model`: the floor under the register's start-up, what any PySide6 register
pays before it does anything of its own. The bare window then holds a menu bar, a search
field, a status bar and a QTableView over a Python table model of the register's seven
columns, whose header titles come from a Python `headerData`, as every Python table
model's do. Its one cost a bare window does not have: to pass `headerData` its
Qt::Orientation argument, PySide6 makes the Python enum types of the whole `Qt`
namespace (93 enums and 1,195 members through Python's enum module) at the header's
first paint."""

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

if "--table-model" in sys.argv:
    from PySide6.QtCore import QAbstractTableModel
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    TITLES = ("Number", "Date", "Requested authority", "Status", "Urgent", "Written confirmation", "Execute by")

    class Titles(QAbstractTableModel):
        def rowCount(self, parent=None):  # type: ignore[no-untyped-def]
            return 0

        def columnCount(self, parent=None):  # type: ignore[no-untyped-def]
            return len(TITLES)

        def data(self, index, role=0):  # type: ignore[no-untyped-def]
            return None

        def headerData(self, section, orientation, role=0):  # type: ignore[no-untyped-def]
            return TITLES[section] if role == 0 else None

    window.menuBar().addMenu("File")
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QLineEdit())
    table = QTableView()
    model = Titles()
    table.setModel(model)
    layout.addWidget(table)
    window.setCentralWidget(central)
    window.statusBar().showMessage("0 requests")


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
