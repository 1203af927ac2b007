"""Benchmark (issue 17): start-up against a bare Qt window. Run on demand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_startup.py -s -p no:cacheprovider

- `requestdesk --smoke` on an empty register at most 1.3x a bare QMainWindow of the same
  size shown and painted (tests/benchmarks/bare_window.py);
- a real start (no --smoke, the single-instance lock taken, the drafts folder looked at:
  REQUESTDESK_STARTUP_PROBE's drafts_ms) at most 1.1x `--smoke`; its ready_ms (what the
  first paint left for later done too) is printed beside it.

Alternating runs, gated on the median of the paired ratios (tests/benchmarks/processes.py).
With 100,000 requests: bench_scale.py.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.processes import BARE_WINDOW, SMOKE, environment, paired, reported

RUNS = 15


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
