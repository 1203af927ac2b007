"""Fuzzing run of the request-file loader and the check: 10,000 inputs each (issue 7).

    .venv/bin/python -m pytest tests/benchmarks/fuzz_inputs.py -q -s -p no:cacheprovider

Prints, for each target, the inputs tried, the outcomes and the rate. A crash, a hang
(hypothesis' deadline) or an unexpected exception fails the run.
"""

from __future__ import annotations

import json
import time
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from requestdesk.domain.check import check_document
from requestdesk.domain.requestfile import RequestFileError, dump_request, parse_request_bytes

RUNS = 10_000
SETTINGS = settings(max_examples=RUNS, deadline=2000, suppress_health_check=list(HealthCheck), database=None)

# Any code point, halves of UTF-16 pairs included (json.dumps writes them as "\udcff").
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
    | st.text(max_size=60) | st.text(st.characters(categories=["Cs", "L", "N", "P", "Zs", "Cc"]), max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=16), children, max_size=6),
    max_leaves=12,
)
request_like = st.fixed_dictionaries(
    {"format": st.just("requestdesk.request"), "version": st.just(1)},
    optional={k: json_values for k in (
        "treaty", "number", "date", "requesting", "requested", "exchange", "offences", "case_summary", "purpose",
        "justification", "assistance", "desired_execution_by", "other_information", "attachments", "urgent",
        "urgency_reason", "transmission", "signatory", "seal", "executor", "languages")},
)


def _report(name: str, outcomes: Counter, started: float) -> None:
    elapsed = time.perf_counter() - started
    total = sum(outcomes.values())
    print(f"\n{name}: {total} inputs in {elapsed:.1f} s ({total / elapsed:.0f}/s): {dict(outcomes)}")


def test_fuzz_request_file_loader():
    outcomes: Counter = Counter()
    started = time.perf_counter()

    @SETTINGS
    @given(st.binary(max_size=4000) | request_like.map(lambda d: json.dumps(d).encode()) | st.text().map(str.encode))
    def one(data: bytes) -> None:
        try:
            doc = parse_request_bytes(data, "fuzz.request.json")
        except RequestFileError as exc:
            outcomes[f"refused:{exc.problem}"] += 1
            return
        outcomes["ok" if check_document(doc).ok else "findings"] += 1
        dump_request(doc)  # what the register and every export write: a loaded request can be written

    one()
    _report("loader", outcomes, started)
    assert sum(outcomes.values()) >= RUNS


def test_fuzz_check():
    outcomes: Counter = Counter()
    started = time.perf_counter()

    @SETTINGS
    @given(request_like)
    def one(doc: dict) -> None:
        result = check_document(doc)
        json.dumps(result.to_json("ru"), ensure_ascii=False)
        outcomes["ok" if result.ok else "findings"] += 1

    one()
    _report("check", outcomes, started)
    assert sum(outcomes.values()) >= RUNS
