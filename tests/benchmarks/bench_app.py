"""Benchmark (issue 12): the application layer.

1. What an operation's change notification costs, against a bare `RequestStore.save`
   of the same texts, alternating in the same run: `Desk.edit` whole (re-read,
   lifecycle check, write, "edited" event, notification), and of it the notification
   alone (the log's head counted in log-heads.jsonl, then the change published to three
   listeners: the register, the watch and an open editor).
2. Re-checking the register after the counting rule changed, as the window does it:
   the main window open on 100,000 requests (every one with a written-confirmation
   deadline, so every one is re-checked: the worst case; 98 in 100 confirmed long ago,
   2,000 still awaited and counted down in the watch), the setting changed and applied as Settings ▸ OK applies
   it (the worker thread, batches, the progress dialog, the register's and the watch's
   refresh at the end): the time,
   the peak memory of the process (and what it grew by during the work), and how often
   the window's event loop ran meanwhile (a 50 ms timer on the window's thread, and the
   longest gap between its ticks); against the same re-check in one call on the
   window's thread, in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/bench_app.py -s -p no:cacheprovider

BENCH_APP_COUNT sets the size of the register (default 100,000); BENCH_APP_BASELINE the
sample the one-call baseline re-checks (default 10,000; its time is given per request,
times the register's count).
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

import pytest

from requestdesk.resources import resource_path

COUNT = int(os.environ.get("BENCH_APP_COUNT", "100000"))
SEEDS = 100
BASELINE_SAMPLE = int(os.environ.get("BENCH_APP_BASELINE", "10000"))
BASE = json.loads(resource_path("examples", "example.request.json").read_bytes())


def _urgent(i: int, *, confirmed: bool = False) -> dict:
    doc = copy.deepcopy(BASE)
    doc["id"] = str(uuid.uuid4())
    doc["number"] = f"{i}/2026"
    doc["urgent"] = True
    doc["urgency_reason"] = {"ru": "Угроза утраты данных.", "en": "Risk of losing the data."}
    at = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc) + timedelta(hours=i)
    doc["transmission"] = {"channel": "oral", "at": at.isoformat()}
    if confirmed:
        doc["transmission"]["confirmed_at"] = (at + timedelta(hours=30)).isoformat()
    return doc


def _resident_mb() -> float:
    """The process's resident memory now (Linux), else its peak so far."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _register(folder, count):
    from requestdesk.store.requests import RequestStore

    store = RequestStore(folder / "requests.sqlite3")
    with store.transaction() as db:
        for i in range(min(SEEDS, count)):
            # A register's history: every request has its deadline (each is re-checked),
            # most of them long confirmed; 2 in 100 still awaited, in the watch.
            store.write(db, _urgent(i, confirmed=i % 50 != 0))
        columns = [row[1] for row in db.execute("PRAGMA table_info(requests)") if row[1] not in ("n", "id", "number")]
        names, picked = ", ".join(columns), ", ".join(f"r.{c}" for c in columns)
        db.execute("CREATE TEMP TABLE k(i INTEGER PRIMARY KEY)")
        db.executemany("INSERT INTO k VALUES (?)", [(i,) for i in range(1, count // SEEDS)])
        db.execute(f"INSERT INTO requests (id, number, {names}) SELECT r.id || '-' || k.i, r.number || '-' || k.i, {picked} "
                   "FROM requests r, k WHERE length(r.id) = 36")
        db.execute("INSERT INTO documents (id, doc) SELECT r.id, json_set(d.doc, '$.id', r.id) "
                   "FROM requests r JOIN documents d ON d.id = substr(r.id, 1, 36) WHERE length(r.id) > 36")
    store.close()


def test_notification_cost_against_a_bare_store_write(tmp_path, monkeypatch):
    import requestdesk.app.desk as desk_module
    from requestdesk.app import ChangeHub, Desk
    from requestdesk.store.requests import RequestStore

    spent = {"heads": 0.0, "publish": 0.0}

    def timed_call(kind, call):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return call(*args, **kwargs)
            finally:
                spent[kind] += time.perf_counter() - start
        return run

    monkeypatch.setattr(desk_module, "record_heads_of", timed_call("heads", desk_module.record_heads_of))

    def timed(save, docs):
        start = time.perf_counter()
        for doc in docs:
            save(doc)
        return (time.perf_counter() - start) / len(docs)

    def versions(doc):
        out = []
        for i in range(40):
            changed = copy.deepcopy(doc)
            changed["case_summary"]["en"] += f" Change {i}."
            out.append(changed)
        return out

    bare, desk_times, heads, publish = [], [], [], []
    for run in range(7):
        store = RequestStore(tmp_path / f"r{run}.sqlite3")
        hub = ChangeHub()
        hub.publish = timed_call("publish", hub.publish)  # type: ignore[method-assign]
        seen = []
        for _ in range(3):  # the register, the watch and an open editor
            hub.subscribe(lambda changes, initiator: seen.append(changes.requests))
        desk = Desk(store, "officer", hub)
        plain, through = _urgent(1), _urgent(2)
        store.save(plain)
        desk.create(through)
        spent.update(heads=0.0, publish=0.0)
        # Alternating: the bare write first in even runs, the desk's first in odd ones.
        order = [("bare", plain), ("desk", through)] if run % 2 == 0 else [("desk", through), ("bare", plain)]
        for kind, doc in order:
            if kind == "bare":
                bare.append(timed(store.save, versions(doc)))
            else:
                desk_times.append(timed(desk.edit, versions(doc)))
        heads.append(spent["heads"] / 40)
        publish.append(spent["publish"] / 40)
        assert len(seen) == 3 * 41
        store.close()
    b, d = statistics.median(bare) * 1000, statistics.median(desk_times) * 1000
    h, p = statistics.median(heads) * 1000, statistics.median(publish) * 1000
    print(f"\nbare store save {b:.3f} ms; Desk.edit whole {d:.3f} ms (ratio {d / b:.2f}x); "
          f"its notification {h + p:.3f} ms (ratio {(h + p) / b:.3f}x): the log's head counted {h:.3f} ms, "
          f"published to 3 listeners {p * 1000:.1f} µs (ratio {p / b:.4f}x); medians of 7 alternating runs of 40")


@pytest.mark.timeout(3600)  # a benchmark: 100,000 requests take minutes on a busy machine
def test_recheck_after_a_counting_change_keeps_the_window_running(tmp_path, qtbot, qapp):
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer

    from requestdesk.domain.deadlines import Counting
    from requestdesk.domain.directory import bundled_directory
    from requestdesk.store.requests import RequestStore
    from requestdesk.ui.i18n import Languages
    from requestdesk.ui.main_window import MainWindow
    from requestdesk.ui.services import Services
    from requestdesk.ui.settings import Options

    start = time.perf_counter()
    _register(tmp_path, COUNT)
    built = time.perf_counter() - start
    # The baseline, first: the same re-check (to the same rule, with the same directory)
    # in one call on the window's thread, of a sample: its cost per request is the same
    # at any count, and 100,000 twice would not fit the run. The window then re-checks
    # them all, the sample included.
    store = RequestStore(tmp_path / "requests.sqlite3", directory=bundled_directory())
    with contextlib.closing(store):
        keys = store.keys_to_recheck()
        rechecked = len(keys)
        sample = keys[:: max(1, len(keys) // BASELINE_SAMPLE)]
        store.counting = Counting.WHOLE_DAYS
        start = time.perf_counter()
        assert store.recheck(sample) == len(sample)
        direct = (time.perf_counter() - start) / len(sample) * rechecked
    assert rechecked == COUNT - COUNT % SEEDS

    services = Services.open(tmp_path)
    languages = Languages(services.settings, qapp)
    languages.apply("en")
    window = MainWindow(services, languages)
    window.show()
    qtbot.waitExposed(window)
    qapp.processEvents()
    assert window.model.state.total == COUNT - COUNT % SEEDS

    ticks, resident = [], []

    def tick() -> None:
        ticks.append(time.monotonic())
        resident.append(_resident_mb())  # the process's memory, sampled as the work goes

    timer = QTimer(window)
    timer.timeout.connect(tick)
    timer.start(50)
    rss_before = _resident_mb()
    services.settings.set(Options.confirmation_counting, Counting.WHOLE_DAYS.value)
    began = time.monotonic()
    start = time.perf_counter()
    window.apply_settings()  # what Settings ▸ OK does once the dialog closed
    threaded = time.perf_counter() - start
    ended = time.monotonic()
    timer.stop()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    during_mb = max(resident, default=rss_before)
    marks = [began, *ticks, ended]
    gaps = [b - a for a, b in zip(marks, marks[1:])]
    assert services.store.counting is Counting.WHOLE_DAYS  # applied, not cancelled
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    services.close()

    print(f"\nregister of {rechecked:,} requests built in {built:.0f} s; re-check after the counting change: "
          f"{threaded:.1f} s through the window ({threaded / rechecked * 1e6:.0f} µs each), "
          f"{direct:.1f} s in one call on the window's thread (from {len(sample):,} of them; ratio {threaded / direct:.2f}x); "
          f"memory {rss_before:.0f} MB before the work, at most {during_mb:.0f} MB during it "
          f"({during_mb - rss_before:+.0f} MB), process peak {peak_mb:.0f} MB; "
          f"the window's 50 ms timer ran {len(ticks)} times ({len(ticks) / (threaded / 0.05):.0%} of the ticks due), "
          f"longest gap {max(gaps) * 1000:.0f} ms")
    assert len(ticks) > threaded / 0.05 / 4  # the event loop kept running
