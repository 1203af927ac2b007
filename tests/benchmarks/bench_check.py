"""Benchmark: a full check of a complete two-language request with three assistance items.

Goal (issue 2): median at most 2 ms in-process, so that checking on every keystroke is
invisible. Run on demand:

    .venv/bin/python -m pytest tests/benchmarks/bench_check.py --benchmark-only -p no:cacheprovider

The baseline, measured in the same run, is parsing the same request file with json.loads:
the ratio says how many "file reads" a check costs, whatever the machine's speed.
"""

from __future__ import annotations

import json

from requestdesk.domain.check import check_document
from requestdesk.domain.directory import bundled_directory
from requestdesk.domain.profile import load_profile
from requestdesk.resources import resource_path

RAW = resource_path("examples", "example.request.json").read_bytes()
DOC = json.loads(RAW)


def test_baseline_parse_request_json(benchmark):
    benchmark.group = "check"
    benchmark(json.loads, RAW)


def test_full_check_of_a_complete_request(benchmark):
    benchmark.group = "check"
    load_profile(), bundled_directory()  # loaded once per process, as in the application
    assert len(DOC["assistance"]) == 3 and DOC["languages"] == ["ru", "en"]
    result = benchmark(check_document, DOC)
    assert result.ok
