"""What opening the register waits for: only what its first paint shows. The editor, the
dialogs, the documents, the packages, the review and the tracking code load when first
used; babel neither for the register's dates nor for its counts; the drafts are looked at
after the paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.shell.helpers import sample_requests

ROOT = Path(__file__).resolve().parents[2]

# Never needed to paint the register of an empty data folder.
NOT_FOR_THE_FIRST_PAINT = (
    "requestdesk.ui.editor", "requestdesk.ui.review", "requestdesk.ui.tracking", "requestdesk.ui.welcome",
    "requestdesk.ui.settings_dialog", "requestdesk.ui.export_dialog", "requestdesk.ui.backup_dialog",
    "requestdesk.ui.about", "requestdesk.ui.articles", "requestdesk.ui.operations", "requestdesk.ui.request_files",
    "requestdesk.ui.undo", "requestdesk.ui.daily_backup",
    "requestdesk.documents", "requestdesk.packages", "requestdesk.store.tracking", "requestdesk.store.review",
    "requestdesk.store.events", "requestdesk.store.backup", "requestdesk.domain.check", "requestdesk.domain.rules",
    "requestdesk.domain.profile", "requestdesk.domain.tokens", "requestdesk.identity",
    "babel", "docx", "docxtpl", "jinja2", "lxml", "snowballstemmer", "html.entities", "PySide6.QtNetwork",
)

# Runs `requestdesk --smoke` and prints the modules loaded when the window's first paint
# event arrives, before anything the paint leaves for later.
_AT_FIRST_PAINT = """
import json, sys
from PySide6.QtCore import QEvent
from requestdesk.ui import app
seen = []
handle = app.FirstPaint.eventFilter
def at_paint(self, watched, event):
    if event.type() == QEvent.Type.Paint and not seen:
        seen.append(sorted(sys.modules))
        # The modules PySide's import hook read the source of (see app._plain_import).
        from PySide6.support import feature
        seen.append(sorted(feature.pyside_feature_dict))
    return handle(self, watched, event)
app.FirstPaint.eventFilter = at_paint
before_run = []
start = app.run
def run(*args, **kwargs):
    before_run.extend(sorted(sys.modules))
    return start(*args, **kwargs)
app.run = run
from requestdesk.__main__ import main
code = main(["--smoke"])
print(json.dumps([*seen, before_run]))
sys.exit(code)
"""


def modules_at_first_paint(data_dir: Path) -> list[str]:
    return _at_first_paint(data_dir)[0]


def _at_first_paint(data_dir: Path) -> tuple[list[str], list[str], list[str]]:
    """The modules loaded at the first paint, those PySide's import hook had read, and
    those loaded before the start-up (`requestdesk.ui.app.run`) began."""
    env = {**os.environ, "REQUESTDESK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", _AT_FIRST_PAINT], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded, read, before_run = json.loads(result.stdout.splitlines()[-1])
    return loaded, read, before_run


def loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


def test_the_first_paint_of_an_empty_register_loads_nothing_it_does_not_show(tmp_path):
    modules = modules_at_first_paint(tmp_path / "data")
    assert "requestdesk.ui.main_window" in modules  # it was the register's paint
    assert loaded(modules, NOT_FOR_THE_FIRST_PAINT) == []


def test_no_module_imported_to_open_the_window_is_read_by_pyside_s_import_hook(tmp_path):
    """PySide's hook for its `__feature__` switches (unused here) reads the whole source of
    each module imported after Qt: the start-up gives `import` back to Python first."""
    loaded, read, before_run = _at_first_paint(tmp_path / "data")
    imported_by_the_start_up = set(loaded) - set(before_run)
    assert {"requestdesk.ui.main_window", "requestdesk.store.requests", "sqlite3"} <= imported_by_the_start_up
    assert sorted(imported_by_the_start_up & set(read)) == []


def test_a_register_with_requests_loads_the_watch_for_its_deadlines_and_writes_its_dates_without_babel(tmp_path):
    from requestdesk.ui.services import Services

    services = Services.open(tmp_path / "data")
    for doc, status in sample_requests():  # two of them await their written confirmation
        services.store.save(doc, status=status)
    services.close()
    modules = modules_at_first_paint(tmp_path / "data")
    assert "requestdesk.ui.tracking.watch_panel" in modules
    # Its dates and counts are written as babel writes them (tests/test_formatting_without_babel.py).
    assert loaded(modules, ("requestdesk.ui.editor", "requestdesk.documents", "requestdesk.packages",
                            "requestdesk.ui.review", "requestdesk.domain.check", "docx", "snowballstemmer",
                            "babel")) == []


def test_the_watch_is_on_screen_from_the_first_paint_when_a_confirmation_is_awaited(qtbot, make_window, filled):
    window = make_window(filled)
    assert window.watch.built  # before any paint: the dock and the banner are there at once
    assert window.watch.dock.isVisible() and window.watch.banner.isVisible()


def test_with_nothing_awaited_the_watch_comes_right_after_the_first_paint(qtbot, make_window, services):
    window = make_window(services)
    qtbot.waitUntil(lambda: window.watch.built)
    assert window.watch.overview.texts()[:2] == ["Awaiting confirmation: 0", "Confirmation overdue: 0"]
    assert not window.watch.dock.isVisible()
    # The counts sit before the register's own count in the status bar, as always.
    bar = window.statusBar()
    assert bar.findChildren(type(window.counts)) and window.watch.overview.x() < window.counts.x()


def test_drafts_are_found_in_the_editor_s_drafts_folder(tmp_path, complete_request):
    from requestdesk.ui.editor.drafts import drafts_dir, write_draft
    from requestdesk.ui.main_window import _drafts_left

    assert not _drafts_left(tmp_path)  # no folder at all
    drafts_dir(tmp_path).mkdir()
    (drafts_dir(tmp_path) / "old.request.json.unreadable").write_text("set aside at an earlier start")
    assert not _drafts_left(tmp_path)
    write_draft(tmp_path, complete_request)
    assert _drafts_left(tmp_path)


def test_a_real_start_with_no_draft_never_loads_the_editor(tmp_path):
    from requestdesk.ui.editor.drafts import drafts_dir
    from requestdesk.ui.services import Services
    from requestdesk.ui.settings import Options

    data = tmp_path / "data"
    services = Services.open(data)
    services.settings.set(Options.first_run_done, True)
    services.close()
    drafts_dir(data).mkdir(parents=True)  # looked at, and empty: the usual start
    script = ("import sys\nfrom requestdesk.__main__ import main\ncode = main([])\n"
              "print('editor-loaded=%s' % ('requestdesk.ui.editor.window' in sys.modules))\nsys.exit(code)\n")
    env = {**os.environ, "REQUESTDESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "REQUESTDESK_STARTUP_PROBE": "1"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    values = dict(line.split("=", 1) for line in result.stdout.split() if "=" in line)
    assert values["editor-loaded"] == "False"
    assert 0 < int(values["startup_ms"]) <= int(values["drafts_ms"]) <= int(values["ready_ms"])  # the probe's report


def test_a_saved_sort_is_read_once_in_its_order_at_start_up(qtbot, make_window, filled, monkeypatch):
    from PySide6.QtCore import Qt

    from requestdesk.ui.register.state import Column
    from tests.shell.helpers import visible_column

    first = make_window(filled)
    first.register.table.sortByColumn(int(Column.NUMBER), Qt.SortOrder.DescendingOrder)
    shown = visible_column(first, Column.NUMBER)
    first.close()  # saves the columns, with the sort
    reads = []
    for name in ("keys", "first_keys"):  # the whole list, or its first keys (all of these four)
        read = getattr(type(filled.store), name)
        monkeypatch.setattr(type(filled.store), name, lambda self, *a, read=read, **k: reads.append(k) or read(self, *a, **k))
    again = make_window(filled)
    assert visible_column(again, Column.NUMBER) == shown == ["4/2026", "3/2026", "2/2026", "1/ПРИМЕР-2026"]
    assert [(r["order"], r["descending"]) for r in reads] == [("number", True)]  # once, not newest first then sorted
    header = again.register.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (int(Column.NUMBER), Qt.SortOrder.DescendingOrder)
