"""Benchmark (issue 7): a register of 100,000 requests.

Goals: start-up with it at most 1.5x start-up with an empty register; a search at most
100 ms; the running application at most 300 MB of memory. Run on demand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_scale.py -s -p no:cacheprovider

The register is built from 100 requests saved through the store, each then copied
1,000 times in SQL with its own id, number and a marker word in its indexed text (saving
100,000 requests one by one would take the benchmark longer than the measurements).
Start-up is `requestdesk --smoke` in a fresh process (the main window shown and
painted), median of 7 runs, against the same with an empty data folder, in one run.
"""

from __future__ import annotations

import copy
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from requestdesk.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
COPIES, SEEDS = 1000, 100
COUNT = COPIES * SEEDS
RUNS = 7


_SYLLABLES = ("ба", "ве", "ги", "до", "жу", "зи", "ко", "ле", "му", "но")


def seed_word(i: int, ending: str = "ами") -> str:
    """A made-up Russian noun of seed i (its copies share it): "бавертами", "бавертов"..."""
    return _SYLLABLES[i // 10] + _SYLLABLES[i % 10] + "рт" + ending


@pytest.fixture(scope="module")
def big_register(tmp_path_factory):
    from requestdesk.store.requests import RequestStore

    folder = tmp_path_factory.mktemp("big")
    base = json.loads(resource_path("examples", "example.request.json").read_bytes())
    store = RequestStore(folder / "requests.sqlite3")
    with store.transaction() as db:
        for i in range(SEEDS):
            doc = copy.deepcopy(base)
            doc["id"] = str(uuid.uuid4())
            doc["number"] = f"{i}/2026"
            doc["date"] = f"2026-{1 + i % 11:02d}-{1 + i % 28:02d}"
            doc["case_summary"]["ru"] += f" {seed_word(i)}."  # a word of its own, in the instrumental plural
            store.write(db, doc)
        columns = [row[1] for row in db.execute("PRAGMA table_info(requests)") if row[1] not in ("n", "id", "number")]
        names = ", ".join(columns)
        picked = ", ".join(f"r.{c}" for c in columns)
        db.execute("CREATE TEMP TABLE k(i INTEGER PRIMARY KEY)")
        db.executemany("INSERT INTO k VALUES (?)", [(i,) for i in range(1, COPIES)])
        db.execute(
            f"INSERT INTO requests (id, number, {names}) "
            f"SELECT r.id || '-' || k.i, r.number || '-' || k.i, {picked} FROM requests r, k WHERE r.id NOT LIKE '%-%-%-%-%-%'"
        )
        db.execute(
            "INSERT INTO documents (id, doc) SELECT r.id, json_set(d.doc, '$.id', r.id, '$.number', r.number) "
            "FROM requests r JOIN documents d ON d.id = substr(r.id, 1, 36) WHERE length(r.id) > 36"
        )
        db.execute(
            "INSERT INTO requests_text (rowid, content, stems) SELECT r.n, t.content || ' Marker' || r.n, t.stems "
            "FROM requests r JOIN requests s ON s.id = substr(r.id, 1, 36) JOIN requests_text t ON t.rowid = s.n "
            "WHERE length(r.id) > 36"
        )
    assert store.count() == COUNT
    store.close()
    return folder


def smoke(folder: Path) -> tuple[float, int]:
    """(startup_ms, peak memory in KB) of one `requestdesk --smoke` process."""
    env = {**os.environ, "REQUESTDESK_DATA_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = subprocess.run(
        [sys.executable, "-c", "import resource,sys;from requestdesk.__main__ import main;rc=main(['--smoke']);"
         "print('maxrss_kb=%d' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss);sys.exit(rc)"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    del before
    assert result.returncode == 0, result.stderr
    values = dict(line.split("=", 1) for line in result.stdout.split() if "=" in line)
    return float(values["startup_ms"]), int(values["maxrss_kb"])


def test_startup_and_memory_with_100000_requests(big_register, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    smoke(empty), smoke(big_register)  # warm the file cache for both
    runs_empty, runs_big, memory = [], [], []
    for _ in range(RUNS):  # interleaved, so that the machine's load falls on both alike
        runs_empty.append(smoke(empty)[0])
        ms, kb = smoke(big_register)
        runs_big.append(ms)
        memory.append(kb)
    empty_ms, big_ms = statistics.median(runs_empty), statistics.median(runs_big)
    print(f"\nstartup empty median {empty_ms:.0f} ms, 100,000 requests median {big_ms:.0f} ms, "
          f"ratio {big_ms / empty_ms:.2f}; peak memory {max(memory) / 1024:.0f} MB")
    assert big_ms / empty_ms <= 1.5
    assert max(memory) / 1024 <= 300


EXPECTED = {"Marker54321": 1, "Marker12": 1110, "Армения": COUNT}  # copies only: Marker120..129, 1200..., 12000...


@pytest.mark.parametrize("words", list(EXPECTED), ids=["one-match", "1110-matches", "every-request"])
def test_search_100000(big_register, qapp, words):
    from tests.benchmarks.bench_register import close_window, open_window

    window, services = open_window(qapp, big_register)
    try:
        times = []
        for _ in range(9):
            window.register.reload(search="")
            qapp.processEvents()
            started = time.perf_counter()
            window.register.reload(search=words)
            qapp.processEvents()
            times.append((time.perf_counter() - started) * 1000)
        found = window.model.rowCount()
        baseline = _full_text_alone(services.store, words)
    finally:
        close_window(window, services)
    median = statistics.median(times)
    print(f"\nsearch {words!r}: {found} found, median {median:.0f} ms, max {max(times):.0f} ms; "
          f"baseline (SQLite's full-text query alone, counting the matches) {baseline:.1f} ms, ratio {median / baseline:.1f}")
    assert found == EXPECTED[words]
    assert statistics.median(times) <= 100


def _full_text_alone(store, words: str) -> float:
    """Median ms of the bare FTS5 query for the words: what any search must pay."""
    from requestdesk.store.requests import fts_query

    query = "SELECT count(*) FROM requests_text WHERE requests_text MATCH ?"
    times = []
    for _ in range(9):
        started = time.perf_counter()
        store._db.execute(query, (fts_query(words),)).fetchone()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
