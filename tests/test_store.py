"""The register store: filters and ordering in SQL, and re-checking after a rule change."""

from __future__ import annotations

import copy
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from requestdesk.domain.deadlines import Counting
from requestdesk.domain.timeutil import FixedClock
from requestdesk.store.requests import RequestStore

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone(timedelta(hours=3)))


def urgent(doc: dict, hours_ago: float, channel: str = "oral") -> dict:
    copied = copy.deepcopy(doc)
    copied["id"] = str(uuid.uuid4())
    copied["urgent"] = True
    copied["transmission"] = {"channel": channel, "at": (NOW - timedelta(hours=hours_ago)).isoformat(), "arrangement": "", "confirmed_at": ""}
    return copied


def found_ids(store: RequestStore, search: str = "", **kwargs) -> list[str]:
    """The ids the register lists for a search, in its order."""
    keys = store.keys(search, **kwargs)
    rows = store.rows_by_key(keys)
    return [rows[k].id for k in keys]


def old_register(path, version: int, doc: dict):
    """A register as version `version` of the store left it (schema 1 to 3 kept the
    document inline), holding `doc` as sent, with its words in the full-text index."""
    import json
    import sqlite3

    from requestdesk.store.requests import _statements
    from requestdesk.store.schema import MIGRATIONS

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")  # as every version of the store made it
    for migration in MIGRATIONS[:version]:
        for statement in _statements(migration):
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")
    db.execute(
        "INSERT INTO requests (id, doc, number, date, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (doc["id"], json.dumps(doc, ensure_ascii=False), doc["number"], doc["date"], "sent",
         "2026-11-20T09:00:00+00:00", "2026-11-20T09:00:00+00:00"),
    )
    db.execute("INSERT INTO requests_fts (id, content) VALUES (?, ?)", (doc["id"], "похитило 192.0.2.15"))
    db.close()
    return path


def open_store(tmp_path, **kwargs) -> RequestStore:
    return RequestStore(tmp_path / "r.sqlite3", clock=FixedClock(NOW), **kwargs)


def test_filters_by_status_urgency_overdue_and_ids(tmp_path, complete_request):
    store = open_store(tmp_path)
    overdue, pending = urgent(complete_request, 80), urgent(complete_request, 10)
    store.save(complete_request, status="sent")
    store.save(overdue)
    store.save(pending)
    ids = lambda rows: {r.id for r in rows}  # noqa: E731
    assert ids(store.rows(status="sent")) == {complete_request["id"]}
    assert ids(store.rows(urgent=True)) == {overdue["id"], pending["id"]}
    assert ids(store.rows(urgent=False)) == {complete_request["id"]}
    assert ids(store.rows(overdue_at=NOW)) == {overdue["id"]}
    assert ids(store.rows(overdue_at=NOW + timedelta(hours=63))) == {overdue["id"], pending["id"]}
    assert ids(store.rows(ids=[pending["id"]])) == {pending["id"]}
    assert store.rows(ids=[]) == []
    assert ids(store.rows("192.0.2.15", urgent=True, overdue_at=NOW)) == {overdue["id"]}
    store.close()


def test_a_confirmed_request_is_never_overdue(tmp_path, complete_request):
    store = open_store(tmp_path)
    confirmed = urgent(complete_request, 80)
    confirmed["transmission"]["confirmed_at"] = (NOW - timedelta(hours=20)).isoformat()
    store.save(confirmed)
    assert store.rows(overdue_at=NOW) == []
    store.close()


def test_a_new_counting_rule_is_applied_to_the_register_keeping_status_and_times(tmp_path, complete_request):
    from requestdesk.app import Desk

    store = open_store(tmp_path)
    doc = urgent(complete_request, 10, channel="technical")
    store.save(doc, status="signed")
    (before,) = store.rows()
    # The live path: the settings' change through the desk, batch by batch.
    steps = list(Desk(store, "officer").change_counting(Counting.WHOLE_DAYS))
    assert steps[-1].done == steps[-1].total == 1 and store.counting is Counting.WHOLE_DAYS
    (after,) = store.rows()
    assert after.confirmation_due > before.confirmation_due
    assert (after.status, after.updated_at) == ("signed", before.updated_at)
    store.close()
    reopened = open_store(tmp_path, counting=Counting.WHOLE_DAYS)
    assert reopened.rows()[0].confirmation_due == after.confirmation_due
    reopened.close()


def test_a_version_1_register_is_migrated_with_its_documents_and_search(tmp_path, complete_request):
    path = old_register(tmp_path / "old.sqlite3", 1, complete_request)

    store = RequestStore(path, clock=FixedClock(NOW))
    assert store.get(complete_request["id"]) == complete_request
    assert store.status(complete_request["id"]) == "sent"
    assert found_ids(store, "похитило") == [complete_request["id"]]
    assert found_ids(store, "192.0.2.15") == [complete_request["id"]]
    assert store.integrity_ok()
    # Written after the migration: found by its new words, no longer by its old ones.
    changed = copy.deepcopy(complete_request)
    changed["case_summary"]["en"] = "Ransomware attack."
    changed["case_summary"]["ru"] = "Атака шифровальщика."
    store.save(changed)
    assert found_ids(store, "ransomware") == [complete_request["id"]]
    with store.transaction() as db:
        store.remove(db, complete_request["id"])
    assert store.get(complete_request["id"]) is None
    assert found_ids(store, "ransomware") == [] and store.count() == 0
    store.close()


def test_keys_follow_each_order_both_ways(tmp_path, complete_request):
    store = open_store(tmp_path)
    numbers = ["3/2026", "1/2026", "", "2/2026"]
    for number in numbers:
        doc = copy.deepcopy(complete_request)
        doc["id"] = str(uuid.uuid4())
        doc["number"] = number
        store.save(doc)
    by_id = {r.id: r.number for r in store.rows()}
    ascending = [by_id[i] for i in found_ids(store, order="number")]
    assert ascending == ["1/2026", "2/2026", "3/2026", ""]
    assert [by_id[i] for i in found_ids(store, order="number", descending=True)] == ["", "3/2026", "2/2026", "1/2026"]
    assert found_ids(store) == [r.id for r in store.rows()]  # the default order is the register's, newest first
    first = found_ids(store)[0]
    assert store.key_of(first) == store.keys()[0] and store.key_of("no such id") is None
    store.close()


def test_a_search_matching_thousands_lists_the_same_requests_in_the_same_order_as_one_matching_few(
    tmp_path, complete_request, monkeypatch
):
    """Past a few thousand matches the register's order is filtered instead of sorting
    the matches: both ways must list exactly what the full-text search finds, with the
    other filters, in every order and direction (ties included), and the kept order must
    follow every change."""
    from requestdesk.store import requests as store_module

    store = open_store(tmp_path)
    with store.transaction() as db:
        for i in range(60):
            doc = copy.deepcopy(complete_request)
            doc["id"] = str(uuid.uuid4())
            doc["number"] = f"{i % 7}/2026"  # repeated numbers and dates: ties to break
            doc["date"] = f"2026-{1 + i % 3:02d}-01"
            doc["case_summary"]["en"] += " Even." if i % 2 == 0 else " Odd."
            if i % 3 == 0:
                doc = urgent(doc, hours_ago=80 if i % 2 else 10)
            store.write(db, doc, status="sent" if i % 5 == 0 else None)
    filters = [{}, {"status": "sent"}, {"status": "draft"}, {"urgent": True}, {"overdue_at": NOW}]
    ways = [(words, order, desc, i) for words in ("even", "odd", "2026", "zzz")
            for order in store_module.ORDERS for desc in (False, True) for i in range(len(filters))]
    few = {way: found_ids(store, way[0], order=way[1], descending=way[2], **filters[way[3]]) for way in ways}
    assert len(few["even", "newest", False, 0]) == 30 and len(few["2026", "number", True, 0]) == 60
    assert len(few["2026", "newest", False, 1]) == 12 and 0 < len(few["odd", "date", True, 4]) < 30
    assert few["zzz", "newest", False, 0] == []
    monkeypatch.setattr(store_module, "_FEW_MATCHES", 5)  # every search above now takes the many-matches way
    for way in ways:
        assert found_ids(store, way[0], order=way[1], descending=way[2], **filters[way[3]]) == few[way], way
    # A change on the store makes the kept order stale: the new request is listed.
    assert len(found_ids(store)) == 60
    doc = copy.deepcopy(complete_request)
    doc["id"] = str(uuid.uuid4())
    doc["date"] = "2027-01-01"
    doc["case_summary"]["en"] += " Even."
    store.save(doc)
    assert found_ids(store, "even")[0] == doc["id"] and len(found_ids(store, "even")) == 31
    assert found_ids(store)[0] == doc["id"] and len(found_ids(store)) == 61
    # ...and so does a change made by another process on the same register.
    other = RequestStore(store.path)
    with other.transaction() as db:
        other.remove(db, doc["id"])
    other.close()
    assert doc["id"] not in found_ids(store, "even") and len(found_ids(store, "even")) == 30
    assert doc["id"] not in found_ids(store) and len(store.keys()) == store.count() == 60
    # A listing read inside a transaction that is then rolled back is not kept.
    extra = dict(copy.deepcopy(complete_request), id=str(uuid.uuid4()), date="2028-01-01")
    with pytest.raises(RuntimeError), store.transaction() as db:
        store.write(db, extra)
        assert len(store.keys()) == 61
        raise RuntimeError("the user cancelled")
    assert len(store.keys()) == store.count() == 60
    store.close()


def test_a_deleted_requests_key_is_never_given_to_another(tmp_path, complete_request):
    """A window may still hold the keys it listed while another process deletes and
    adds: a freed key must not come back as a different request."""
    store = open_store(tmp_path)
    first = dict(copy.deepcopy(complete_request), id=str(uuid.uuid4()))
    last = dict(copy.deepcopy(complete_request), id=str(uuid.uuid4()))
    store.save(first)
    store.save(last)
    held = store.key_of(last["id"])
    with store.transaction() as db:
        store.remove(db, last["id"])
    store.close()
    store = open_store(tmp_path)  # reopened: the high-water mark is in the file, not in memory
    newcomer = dict(copy.deepcopy(complete_request), id=str(uuid.uuid4()))
    store.save(newcomer)
    assert store.key_of(newcomer["id"]) > held
    assert store.rows_by_key([held]) == {}
    store.close()


def test_processes_opening_an_old_register_together_migrate_it_once(tmp_path, complete_request):
    """The application and a command started at the same moment on a register from an
    older version: one migrates, the others find it done (migration 4 run twice fails)."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    path = old_register(tmp_path / "old.sqlite3", 3, complete_request)
    start = time.time() + 1.5  # after every process has imported what it needs
    opener = (
        "import sys, time; from pathlib import Path; from requestdesk.store.requests import RequestStore; "
        f"time.sleep(max(0, {start} - time.time())); s = RequestStore(Path(sys.argv[1])); print(s.count()); s.close()"
    )
    root = Path(__file__).resolve().parents[1]
    runs = [subprocess.Popen([sys.executable, "-c", opener, str(path)], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(4)]
    results = [(run.wait(timeout=60), *run.communicate()) for run in runs]
    assert [(code, out.strip()) for code, out, _ in results] == [(0, "1")] * 4, [err for _, _, err in results]
    store = RequestStore(path)
    assert store.integrity_ok() and found_ids(store, "похитило") == [complete_request["id"]]
    store.close()


def test_any_pasted_search_text_is_searched_without_an_error(tmp_path, complete_request):
    """The search box takes whatever is pasted into it: control characters, quotes, FTS5
    operators, a whole page of words."""
    from requestdesk.store.search import MAX_SEARCH_WORDS, search_words

    store = open_store(tmp_path)
    store.save(complete_request)
    for text in ("похитило\x00", "\x00", '"похитило', "AND OR NOT (", "NEAR(a b)", "a:b", "похитило\tпутем\n"):
        assert len(store.keys(text)) <= 1, repr(text)
    assert found_ids(store, "похитило\x00путем") == [complete_request["id"]]
    page = " ".join(f"слово{i}" for i in range(5000)) + " " + "похитило " * 1000
    assert search_words(page) == [f"слово{i}" for i in range(MAX_SEARCH_WORDS)]
    assert search_words("похитило " * 1000) == ["похитило"]
    assert found_ids(store, "похитило " * 1000) == [complete_request["id"]]
    store.close()


@pytest.mark.parametrize("order", ["newest", "number", "date", "requested_ru", "requested_en", "status", "urgent",
                                   "confirmation", "desired"])
@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_every_order_of_the_register_is_read_from_an_index_not_sorted(tmp_path, order, descending):
    """A click on a column heading of a register of 100,000 requests: an index read, not a
    sort of every row (a change to ORDERS needs an index of the same terms: schema 7)."""
    from requestdesk.store.requests import ORDERS, _sort

    assert order in ORDERS
    store = open_store(tmp_path)
    plan = " ".join(row[3] for row in store._db.execute(f"EXPLAIN QUERY PLAN SELECT n FROM requests ORDER BY {_sort(order, descending)}"))
    store.close()
    assert "TEMP B-TREE" not in plan and "INDEX" in plan, plan


def varied_register(store, complete_request, count: int = 90) -> list[str]:
    """Requests that tie on every term of every order somewhere: repeated and empty
    numbers and dates, urgent ones with their confirmation due, overdue or confirmed (and
    NULL for the rest), states, statuses, an execution date or none; some archived."""
    ids = []
    states = ["AM", "KZ", "BY"]
    statuses = [None, "sent", "signed", "awaiting_confirmation", "executed"]
    with store.transaction() as db:
        for i in range(count):
            doc = copy.deepcopy(complete_request)
            doc["id"] = str(uuid.uuid4())
            doc["number"] = "" if i % 11 == 0 else f"{i % 9}/2026"
            doc["date"] = f"2026-0{1 + i % 4}-1{i % 3}"
            doc["desired_execution_by"] = "" if i % 4 == 0 else f"2027-01-0{1 + i % 5}"
            doc["requested"] = dict(doc["requested"], state=states[i % 3])
            if i % 3 == 0:
                doc = urgent(doc, hours_ago=80 if i % 2 else 10)
                doc["id"] = str(uuid.uuid4())
                if i % 5 == 0:
                    doc["transmission"]["confirmed_at"] = NOW.isoformat()
            store.write(db, doc, status=statuses[i % 5])
            ids.append(doc["id"])
        for request_id in ids[::13]:
            store.set_archived(db, request_id, True)
    return ids


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_a_requests_place_in_every_order_is_the_one_its_key_has_in_the_list(tmp_path, complete_request, descending,
                                                                             monkeypatch):
    """After a sort the selection follows its request to its new row, counted in the
    order's index: that count must be the request's index in the list, ties, empty
    values, requests without a confirmation due and the archive included."""
    from requestdesk.store import requests as store_module
    from requestdesk.store.requests import ORDERS

    # ORDERS' one term that can be NULL comes after its own IS NULL: orders of that term
    # alone, either way, test NULL first against its values.
    monkeypatch.setitem(ORDERS, "due_alone", "confirmation_due")
    monkeypatch.setitem(ORDERS, "due_alone_down", "confirmation_due DESC, number")
    assert store_module.ORDERS is ORDERS
    store = open_store(tmp_path)
    ids = varied_register(store, complete_request)
    archived = store.archived_among(ids)
    assert archived and store.count() == len(ids) - len(archived)
    for order in ORDERS:
        keys = list(store.keys(order=order, descending=descending))
        assert len(keys) == store.count()
        for place, key in enumerate(keys):
            assert store.position(key, order=order, descending=descending) == place, (order, place)
        for request_id in archived:
            assert store.position(store.key_of(request_id), order=order, descending=descending) is None
    assert store.position(10**9, order="number") is None  # no such request
    store.close()


def test_a_searchs_count_and_first_keys_are_those_of_its_whole_list(tmp_path, complete_request):
    """A search matching many requests is counted and its first rows read without reading
    every match: the same requests, in the same order, as its whole list."""
    from requestdesk.store.requests import ORDERS

    store = open_store(tmp_path)
    ids = varied_register(store, complete_request)
    for words in ("Армении", "Armenia", "ransomware", "192.0.2.15", "zzz", "", "   "):
        whole = list(store.keys(words))
        assert store.matches(words) == len(whole), words
        for order in ORDERS:
            for descending in (False, True):
                listed = list(store.keys(words, order=order, descending=descending))
                for limit in (1, 7, 200):
                    first = store.first_keys(order=order, descending=descending, limit=limit, search=words)
                    assert first == listed[:limit], (words, order, descending, limit)
    assert store.matches("Армении") == len(ids) - len(store.archived_among(ids)) > 0
    store.close()
