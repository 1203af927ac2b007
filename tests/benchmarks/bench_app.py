"""Benchmark (issue 12): the application layer.

1. What an operation's change notification costs: `Desk.edit` (re-read, lifecycle
   check, write, "edited" event, publication to the register, the watch and an open
   editor) against a bare `RequestStore.save` of the same texts, in the same run.
2. Re-checking the register after the counting rule changed: 100,000 requests (every
   one with a written-confirmation deadline, the worst case) re-checked in the worker
   thread through `run_with_progress`: the time, the peak memory of the process, and how
   often the window's event loop ran meanwhile (a 50 ms timer), against the same
   work done in one call on the window's thread.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_app.py -s -p no:cacheprovider

BENCH_APP_COUNT sets the size of the register (default 100,000).
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import resource
import statistics
import time
import uuid
from datetime import datetime, timedelta, timezone

from requestdesk.resources import resource_path

COUNT = int(os.environ.get("BENCH_APP_COUNT", "100000"))
SEEDS = 100
BASE = json.loads(resource_path("examples", "example.request.json").read_bytes())


def _urgent(i: int) -> dict:
    doc = copy.deepcopy(BASE)
    doc["id"] = str(uuid.uuid4())
    doc["number"] = f"{i}/2026"
    doc["urgent"] = True
    doc["urgency_reason"] = {"ru": "Угроза утраты данных.", "en": "Risk of losing the data."}
    at = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc) + timedelta(hours=i)
    doc["transmission"] = {"channel": "oral", "at": at.isoformat()}
    return doc


def _register(folder, count):
    from requestdesk.store.requests import RequestStore

    store = RequestStore(folder / "requests.sqlite3")
    with store.transaction() as db:
        for i in range(min(SEEDS, count)):
            store.write(db, _urgent(i))
        columns = [row[1] for row in db.execute("PRAGMA table_info(requests)") if row[1] not in ("n", "id", "number")]
        names, picked = ", ".join(columns), ", ".join(f"r.{c}" for c in columns)
        db.execute("CREATE TEMP TABLE k(i INTEGER PRIMARY KEY)")
        db.executemany("INSERT INTO k VALUES (?)", [(i,) for i in range(1, count // SEEDS)])
        db.execute(f"INSERT INTO requests (id, number, {names}) SELECT r.id || '-' || k.i, r.number || '-' || k.i, {picked} "
                   "FROM requests r, k WHERE length(r.id) = 36")
        db.execute("INSERT INTO documents (id, doc) SELECT r.id, json_set(d.doc, '$.id', r.id) "
                   "FROM requests r JOIN documents d ON d.id = substr(r.id, 1, 36) WHERE length(r.id) > 36")
    store.close()


def test_notification_cost_against_a_bare_store_write(tmp_path):
    from requestdesk.app import ChangeHub, Desk
    from requestdesk.store.requests import RequestStore

    def timed(save, docs):
        start = time.perf_counter()
        for doc in docs:
            save(doc)
        return (time.perf_counter() - start) / len(docs)

    bare, desk_times = [], []
    for run in range(5):
        store = RequestStore(tmp_path / f"r{run}.sqlite3")
        hub = ChangeHub()
        seen = []
        for _ in range(3):  # the register, the watch and an open editor
            hub.subscribe(lambda changes, initiator: seen.append(changes.requests))
        desk = Desk(store, "officer", hub)
        plain, through = _urgent(1), _urgent(2)
        store.save(plain)
        desk.create(through)

        def versions(doc):
            out = []
            for i in range(40):
                changed = copy.deepcopy(doc)
                changed["case_summary"]["en"] += f" Change {i}."
                out.append(changed)
            return out

        bare.append(timed(store.save, versions(plain)))
        desk_times.append(timed(desk.edit, versions(through)))
        assert len(seen) == 3 * 41
        store.close()
    b, d = statistics.median(bare) * 1000, statistics.median(desk_times) * 1000
    print(f"\nbare store save {b:.2f} ms; Desk.edit with event and notification {d:.2f} ms; ratio {d / b:.2f}x")


def test_recheck_after_a_counting_change_keeps_the_window_running(tmp_path, qtbot):
    from PySide6.QtCore import QTimer

    from requestdesk.app import Desk
    from requestdesk.domain.deadlines import Counting
    from requestdesk.store.requests import RequestStore
    from requestdesk.ui.background import run_with_progress

    _register(tmp_path, COUNT)
    path = tmp_path / "requests.sqlite3"

    @contextlib.contextmanager
    def job(counting):
        store = RequestStore(path)
        try:
            yield Desk(store, "officer").change_counting(counting)
        finally:
            store.close()

    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    start = time.perf_counter()
    assert run_with_progress(None, "Re-checking", "…", lambda: job(Counting.WHOLE_DAYS), delay_ms=0)
    threaded = time.perf_counter() - start
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    store = RequestStore(path, counting=Counting.WHOLE_DAYS)
    start = time.perf_counter()
    with contextlib.closing(store):
        store.counting = Counting.ELAPSED_72H
        store.recheck(store.keys_to_recheck())
    direct = time.perf_counter() - start
    print(f"\nre-check of {COUNT:,} requests: {threaded:.1f} s in the worker ({threaded / COUNT * 1e6:.0f} µs each), "
          f"{direct:.1f} s in one call on the window's thread (ratio {threaded / direct:.2f}x); "
          f"peak memory {peak_mb:.0f} MB; the window's 50 ms timer ran {len(ticks)} times, "
          f"longest gap {max(gaps) * 1000:.0f} ms")
    assert len(ticks) > threaded / 0.05 / 4  # the event loop kept running
