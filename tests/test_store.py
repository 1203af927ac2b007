"""The register store: filters and ordering in SQL, and re-checking after a rule change."""

from __future__ import annotations

import copy
import uuid
from datetime import datetime, timedelta, timezone

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


def test_recheck_all_follows_a_new_counting_rule_and_keeps_status_and_times(tmp_path, complete_request):
    store = open_store(tmp_path)
    doc = urgent(complete_request, 10, channel="technical")
    store.save(doc, status="signed")
    (before,) = store.rows()
    store.counting = Counting.WHOLE_DAYS
    assert store.recheck_all() == 1
    (after,) = store.rows()
    assert after.confirmation_due > before.confirmation_due
    assert (after.status, after.updated_at) == ("signed", before.updated_at)
    store.close()
    reopened = open_store(tmp_path, counting=Counting.WHOLE_DAYS)
    assert reopened.rows()[0].confirmation_due == after.confirmation_due
    reopened.close()
