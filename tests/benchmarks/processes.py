"""Whole-process timings for the benchmarks, measured as ratios of alternating runs.

The machine is shared and busy: each figure is taken beside its baseline, run for run
(baseline, measured, baseline, measured...), and the gate is the median of the paired
ratios, which a load that falls on both runs of a pair does not move.

Processes run as an installed application does: with their bytecode cached (a source
checkout run with PYTHONDONTWRITEBYTECODE would compile every module at every start).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_BYTECODE = Path(tempfile.gettempdir()) / "requestdesk-bench-bytecode"

# A process's own peak memory. Not getrusage's ru_maxrss: Linux carries it over exec, so
# a child of a big pytest process would report the parent's peak.
PEAK_KB = "[line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM')][0]"

# `requestdesk --smoke` as the bench runs it, printing its peak memory as well.
SMOKE = [sys.executable, "-c",
         "import sys; from requestdesk.__main__ import main; code = main(['--smoke']); "
         f"print('maxrss_kb=' + {PEAK_KB}); sys.exit(code)"]
BARE_WINDOW = [sys.executable, str(ROOT / "tests" / "benchmarks" / "bare_window.py")]


def environment(data_dir: Path | None = None, **extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "PYTHONPYCACHEPREFIX": str(_BYTECODE), **extra}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if data_dir is not None:
        env["REQUESTDESK_DATA_DIR"] = str(data_dir)
    return env


def reported(command: Sequence[str], env: dict[str, str]) -> dict[str, float]:
    """The `name=value` figures a process prints (startup_ms, ready_ms, maxrss_kb)."""
    result = subprocess.run(list(command), capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return {k: float(v) for k, v in (line.split("=", 1) for line in result.stdout.split() if "=" in line)
            if k.endswith(("_ms", "_kb"))}


def wall_ms(command: Sequence[str], env: dict[str, str]) -> dict[str, float]:
    """A whole process's wall time, for commands that report nothing of their own."""
    started = time.perf_counter()
    result = subprocess.run(list(command), capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode in (0, 1), result.stderr
    return {"wall_ms": (time.perf_counter() - started) * 1000}


@dataclass
class Paired:
    baseline: list[dict[str, float]]
    measured: list[dict[str, float]]

    def median(self, which: str, key: str) -> float:
        return statistics.median(run[key] for run in getattr(self, which))

    def ratio(self, key: str, baseline_key: str | None = None) -> float:
        """The median of the run-for-run ratios measured/baseline."""
        return statistics.median(m[key] / b[baseline_key or key] for b, m in zip(self.baseline, self.measured))

    def line(self, what: str, key: str, baseline_name: str, baseline_key: str | None = None) -> str:
        b, m = self.median("baseline", baseline_key or key), self.median("measured", key)
        return (f"{what}: median {m:.0f} ms beside {baseline_name} {b:.0f} ms in the same run; "
                f"paired ratio {self.ratio(key, baseline_key):.2f} ({len(self.measured)} pairs)")


def paired(baseline: Callable[[], dict[str, float]], measured: Callable[[], dict[str, float]], runs: int) -> Paired:
    baseline(), measured()  # the file cache warmed for both, bytecode written
    pairs = Paired([], [])
    for _ in range(runs):
        pairs.baseline.append(baseline())
        pairs.measured.append(measured())
    return pairs
