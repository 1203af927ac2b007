"""Export speed against bare python-docx, measured in the same run as ratios.

    QT_QPA_PLATFORM=offscreen python -m pytest tests/benchmarks/bench_export.py -p no:cacheprovider -s

Not part of the default test run (pyproject's norecursedirs). Each figure is the median of
alternating runs, printed beside its baseline:

- in process: the export of the example, and of a five-page request with eight items,
  against python-docx writing a 20-row Russian/English table document (issue 15: under 1×);
- as a whole process: `requestdesk export` against a script that imports python-docx, opens
  the template the export fills and writes the same table document into it (issue 17: at
  most 1.5×), the compiled template kept on disk as a workstation keeps it after its first
  export; for the record, a process that only imports what the export imports, an export
  beside a register, and a workstation's first export ever.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from requestdesk.documents.export import export_document
from requestdesk.domain.check import check_document
from requestdesk.domain.timeutil import FixedClock
from requestdesk.paths import store_path
from requestdesk.resources import resource_path
from requestdesk.store.requests import RequestStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_export_bare import bare_python_docx  # noqa: E402
from processes import environment  # noqa: E402
from export_cases import long_request  # noqa: E402

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
ROOT = Path(__file__).resolve().parents[2]


def _example() -> dict:
    return json.loads(resource_path("examples", "example.request.json").read_text(encoding="utf-8"))


def _alternate(runs: int, task, baseline) -> tuple[float, float, float]:
    """Median seconds of the task and of the baseline run in turn (a busy machine slows both
    alike), and the median of the paired ratios, task over the baseline beside it."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for kept, run in zip(times, (task, baseline)):
            start = time.perf_counter()
            run()
            kept.append(time.perf_counter() - start)
    ratios = [t / b for t, b in zip(*times)]
    return statistics.median(times[0]), statistics.median(times[1]), statistics.median(ratios)


def _report(name: str, measured: tuple[float, float, float]) -> float:
    value, baseline, ratio = measured
    print(f"\n{name}: {value * 1000:.1f} ms against bare python-docx {baseline * 1000:.1f} ms: {ratio:.2f}x (median of paired ratios)")
    return ratio


@pytest.mark.parametrize("kind", ["example", "five pages, eight items"])
@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_export_in_process_under_bare_python_docx(tmp_path, kind, layout):
    doc = _example() if kind == "example" else long_request(_example())
    result = check_document(doc, clock=FixedClock(NOW))
    export_document(doc, result, tmp_path / "warm.docx", layout=layout, now=NOW)  # the template compiled once
    measured = _alternate(
        31,
        lambda: export_document(doc, result, tmp_path / "out.docx", layout=layout, now=NOW),
        lambda: bare_python_docx(tmp_path / "bare.docx", _example()),
    )
    assert _report(f"export of the {kind} ({layout})", measured) < 1.0


def test_checklist_and_confirmation_in_process(tmp_path):
    doc = _example()
    oral = dict(doc, urgent=True, urgency_reason={"ru": "Срочно.", "en": "Urgent."},
                transmission={"channel": "oral", "at": "2026-11-19T10:00:00+03:00"})
    results = check_document(doc, clock=FixedClock(NOW)), check_document(oral, clock=FixedClock(NOW))
    for document, source, result in (("checklist", doc, results[0]), ("confirmation", oral, results[1])):
        export_document(source, result, tmp_path / "warm.docx", document=document, now=NOW)
        measured = _alternate(
            21,
            lambda: export_document(source, result, tmp_path / "out.docx", document=document, now=NOW),
            lambda: bare_python_docx(tmp_path / "bare.docx", doc),
        )
        assert _report(f"export of the {document}", measured) < 1.0


def test_requestdesk_export_as_a_whole_process(tmp_path):
    source = tmp_path / "example.request.json"
    source.write_text(json.dumps(_example(), ensure_ascii=False), encoding="utf-8")
    # Both processes as an installed application runs: bytecode cached (processes.environment).
    env = environment(tmp_path / "data")
    python = sys.executable
    export = [python, "-m", "requestdesk", "export", str(source), "--out", str(tmp_path / "out.docx")]
    bare = [python, str(Path(__file__).resolve().parent / "bench_export_bare.py"), str(source), str(tmp_path / "bare.docx"),
            str(resource_path("templates", "request-parallel.docx"))]
    subprocess.run(export, cwd=ROOT, env=env, check=True, capture_output=True)  # the workstation's first export
    measured = _alternate(
        21,
        lambda: subprocess.run(export, cwd=ROOT, env=env, check=True, capture_output=True),
        lambda: subprocess.run(bare, cwd=ROOT, env=env, check=True, capture_output=True),
    )
    # For the record: what the imports alone cost (python-docx, docxtpl, Jinja and the rules, nothing
    # done), the least an export through python-docx and docxtpl can take.
    imports = [python, "-c", "import docx, docxtpl, requestdesk.cli.main, requestdesk.documents.export"]
    _report("imports of requestdesk export alone (nothing exported)", _alternate(
        11,
        lambda: subprocess.run(imports, cwd=ROOT, env=env, check=True, capture_output=True),
        lambda: subprocess.run(bare, cwd=ROOT, env=env, check=True, capture_output=True),
    ))
    # For the record: a workstation's export, beside its register (which does not hold this file's request).
    RequestStore(store_path(tmp_path / "workstation")).close()
    workstation = environment(tmp_path / "workstation")
    subprocess.run(export, cwd=ROOT, env=workstation, check=True, capture_output=True)
    _report("requestdesk export beside a register", _alternate(
        11,
        lambda: subprocess.run(export, cwd=ROOT, env=workstation, check=True, capture_output=True),
        lambda: subprocess.run(bare, cwd=ROOT, env=env, check=True, capture_output=True),
    ))
    fresh = iter(range(1000))
    # For the record: a workstation's first export ever, compiling the template.
    _report("requestdesk export, first ever (compiling the template)", _alternate(
        5,
        lambda: subprocess.run(export, cwd=ROOT, env=environment(tmp_path / f"fresh{next(fresh)}"),
                               check=True, capture_output=True),
        lambda: subprocess.run(bare, cwd=ROOT, env=env, check=True, capture_output=True),
    ))
    assert _report("requestdesk export (whole process)", measured) <= 1.5
