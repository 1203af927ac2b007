"""Benchmark (issue 17): start-up against a bare Qt window. Run on demand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_startup.py -s -p no:cacheprovider

- `requestdesk --smoke` on an empty register at most 1.3x a bare QMainWindow of the same
  size shown and painted (tests/benchmarks/bare_window.py);
- a real start (no --smoke, the single-instance lock taken, the drafts folder looked at:
  REQUESTDESK_STARTUP_PROBE's drafts_ms) at most 1.1x `--smoke`; its ready_ms (what the
  first paint left for later done too) is printed beside it.

Alternating runs, gated on the median of the paired ratios (tests/benchmarks/processes.py).
With 100,000 requests: bench_scale.py.

Beside the gate, the floor under it (bare_window.py --table-model): a bare window with one
table view over a Python table model, which is what any PySide6 register pays before it
does anything of its own, and what PySide6 spends making the `Qt` namespace's enums.
"""

from __future__ import annotations

import pytest

import statistics
import sys

from tests.benchmarks.processes import BARE_WINDOW, SMOKE, environment, paired, reported

RUNS = 15
REGISTER_FLOOR = [*BARE_WINDOW, "--table-model"]
# The first use of `Qt` (the namespace: Qt.AlignmentFlag, Qt.ItemDataRole...) after
# QtWidgets is imported, in a process of its own.
QT_NAMESPACE = [sys.executable, "-c",
                "import time; from PySide6 import QtCore, QtWidgets; t = time.perf_counter(); QtCore.Qt; "
                "print(f'namespace_ms={(time.perf_counter() - t) * 1000:.2f}')"]


@pytest.fixture
def empty_register(tmp_path):
    """A data folder as after the first run: settings saved, an empty register, the drafts
    folder there and empty (as every normal start finds it)."""
    from requestdesk.ui.editor.drafts import drafts_dir
    from requestdesk.ui.services import Services
    from requestdesk.ui.settings import Options

    folder = tmp_path / "data"
    services = Services.open(folder)
    services.settings.set(Options.first_run_done, True)
    services.close()
    drafts_dir(folder).mkdir()
    return folder


def test_startup_of_an_empty_register_against_a_bare_window(empty_register):
    env = environment(empty_register)
    runs = paired(lambda: reported(BARE_WINDOW, env), lambda: reported(SMOKE, env), RUNS)
    print("\n" + runs.line("requestdesk --smoke, empty register", "startup_ms", "a bare QMainWindow painted"))
    assert runs.ratio("startup_ms") <= 1.3


def test_a_real_start_against_smoke(empty_register):
    env = environment(empty_register)
    probe = environment(empty_register, REQUESTDESK_STARTUP_PROBE="1")
    real = [__import__("sys").executable, "-m", "requestdesk"]
    runs = paired(lambda: reported(SMOKE, env), lambda: reported(real, probe), RUNS)
    print("\n" + runs.line("real start, first paint", "startup_ms", "--smoke"))
    print(runs.line("real start, drafts folder looked at", "drafts_ms", "--smoke", "startup_ms"))
    print(runs.line("real start, and the confirmation watch built after the paint", "ready_ms", "--smoke", "startup_ms"))
    assert runs.ratio("drafts_ms", "startup_ms") <= 1.1


def test_the_floor_of_a_python_table_register(empty_register):
    """Printed only: how much of the gate's 1.3x PySide6 itself takes for any register
    whose table model is written in Python, and what is left of it to this application."""
    env = environment(empty_register)
    floor = paired(lambda: reported(BARE_WINDOW, env), lambda: reported(REGISTER_FLOOR, env), RUNS)
    print("\n" + floor.line("a bare window with a Python table model", "startup_ms", "a bare QMainWindow painted"))
    ours = paired(lambda: reported(REGISTER_FLOOR, env), lambda: reported(SMOKE, env), RUNS)
    print(ours.line("requestdesk --smoke, empty register", "startup_ms", "that floor"))
    namespace = [reported(QT_NAMESPACE, env)["namespace_ms"] for _ in range(RUNS)]
    print(f"PySide6 making the Qt namespace's enums: median {statistics.median(namespace):.1f} ms "
          f"({RUNS} processes)")
