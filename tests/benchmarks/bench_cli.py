"""Benchmark (issue 17): `requestdesk check` as a whole process, at most 4x
`python -c "import json"` (alternating runs, median of the paired ratios). Run on demand:

    .venv/bin/python -m pytest tests/benchmarks/bench_cli.py -s -p no:cacheprovider

`requestdesk find` is measured the same way on a register of 10,000 requests, beside the
same baseline (it opens the register: no gate of its own).
"""

from __future__ import annotations

import sys

from requestdesk.resources import resource_path
from tests.benchmarks.bench_register import register_folder as _register_folder
from tests.benchmarks.processes import environment, paired, wall_ms

register_folder = _register_folder  # the 10,000 requests of bench_register, as a fixture here

RUNS = 15
BASELINE = [sys.executable, "-c", "import json"]


def test_check_against_importing_json():
    example = str(resource_path("examples", "example.request.json"))
    env = environment()
    ratios = []
    for args in (["check", example], ["check", example, "--json"]):
        runs = paired(lambda: wall_ms(BASELINE, env), lambda args=args: wall_ms([sys.executable, "-m", "requestdesk", *args], env), RUNS)
        print("\n" + runs.line("requestdesk " + " ".join(a if a != example else "example.request.json" for a in args),
                               "wall_ms", 'python -c "import json"'))
        ratios.append(runs.ratio("wall_ms"))
    assert max(ratios) <= 4


def test_find_in_a_register_of_10000(register_folder):  # noqa: F811  (the fixture above)
    env = environment(register_folder)
    for query in ("Marker5000", "банка", "192.0.2.15"):
        runs = paired(lambda: wall_ms(BASELINE, env),
                      lambda query=query: wall_ms([sys.executable, "-m", "requestdesk", "find", query, "--json"], env), RUNS)
        print("\n" + runs.line(f"requestdesk find {query} --json (10,000 requests)", "wall_ms", 'python -c "import json"'))

