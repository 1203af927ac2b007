"""Changing the counting rule re-checks what it affects, in batches; a cancel leaves the
register wholly under the previous rule."""

from __future__ import annotations

import copy
import uuid
from datetime import timedelta

from requestdesk.app import settings as settings_ops
from requestdesk.domain.deadlines import Counting


def _urgent_requests(officer, complete_request, count, clock):
    ids = []
    for i in range(count):
        doc = copy.deepcopy(complete_request)
        doc["id"] = str(uuid.uuid4())
        doc["number"] = f"{i}/2026"
        officer.create(doc)
        officer.transmit(doc["id"], "oral", clock.now() - timedelta(hours=1))
        ids.append(doc["id"])
    return ids


def _dues(store):
    return sorted(str(row.confirmation_due) for row in store.rows())


def test_a_new_counting_rule_moves_every_deadline_and_is_published_once(officer, store, complete_request, clock, published,
                                                                        monkeypatch):
    monkeypatch.setattr(settings_ops, "BATCH", 3)
    _urgent_requests(officer, complete_request, 7, clock)
    plain = copy.deepcopy(complete_request)
    plain["id"] = str(uuid.uuid4())
    officer.create(plain)  # no deadline: not re-checked
    before = _dues(store)
    published.clear()
    steps = list(officer.change_counting(Counting.WHOLE_DAYS))
    assert [(p.done, p.total) for p in steps] == [(0, 7), (3, 7), (6, 7), (7, 7)]
    after = _dues(store)
    assert after != before and store.counting is Counting.WHOLE_DAYS
    assert len(published) == 1 and published[0].every_request


def test_cancelling_puts_the_previous_rule_back_everywhere(officer, store, complete_request, clock, monkeypatch):
    monkeypatch.setattr(settings_ops, "BATCH", 2)
    _urgent_requests(officer, complete_request, 6, clock)
    before = _dues(store)
    steps = officer.change_counting(Counting.WHOLE_DAYS)
    next(steps), next(steps), next(steps)  # two batches done
    steps.close()  # the officer pressed Cancel
    assert store.counting is Counting.ELAPSED_72H
    assert _dues(store) == before


def test_the_same_rule_again_changes_nothing(officer, store, published):
    assert list(officer.change_counting(store.counting)) == []
    assert published == []
