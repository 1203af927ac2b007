"""An urgent transmission (Art. 6(2)) recorded as one operation: the urgency it marks and
the transmission land together or not at all, and are told once."""

from __future__ import annotations

import copy
from datetime import timedelta

import pytest

from requestdesk.app import Aspect, OperationRefused
from requestdesk.domain.lifecycle import TransitionError
from requestdesk.store.events import read_events
from requestdesk.store.requests import StoreError
from requestdesk.store.tracking import Tracker

REASON = {"ru": "Данные будут удалены через сутки.", "en": "The data will be deleted within a day."}


def _kinds(store, rid):
    return [e.kind for e in store.read(read_events, rid)]


@pytest.fixture
def not_urgent(officer, complete_request):
    doc = copy.deepcopy(complete_request)
    doc["urgent"], doc["urgency_reason"] = False, {"ru": "", "en": ""}
    officer.create(doc)
    return doc["id"]


def test_marking_urgent_and_transmitting_is_one_change_told_once(officer, store, not_urgent, clock, published):
    before = len(published)
    done = officer.transmit_urgent(not_urgent, "oral", clock.now() - timedelta(hours=1), reason=REASON)
    assert store.status(not_urgent) == "awaiting_confirmation"
    assert store.get(not_urgent)["urgent"] is True and store.get(not_urgent)["urgency_reason"] == REASON
    assert _kinds(store, not_urgent)[-2:] == ["edited", "transmitted"]
    # One notification, naming what both steps changed.
    assert len(published) == before + 1
    assert published[-1] == done.changes
    assert {Aspect.DOCUMENT, Aspect.STATUS, Aspect.TRACKING, Aspect.LOG} <= published[-1].aspects
    assert published[-1].requests == {not_urgent}
    assert officer.request_log(not_urgent).verified


def test_a_transmission_that_fails_leaves_the_request_unmarked(officer, store, not_urgent, clock, published, monkeypatch):
    """The urgency is written first: a failure after it (here the disk refusing the
    transmission's write) takes it back with the rest."""
    text, log = store.get(not_urgent), _kinds(store, not_urgent)
    before = len(published)

    def refused(*args, **kwargs):
        raise StoreError("disk I/O error", problem="io")

    monkeypatch.setattr(Tracker, "record_transmission", refused)
    with pytest.raises(StoreError):
        officer.transmit_urgent(not_urgent, "technical", clock.now(), reason=REASON)
    assert store.get(not_urgent) == text and store.status(not_urgent) == "draft"
    assert _kinds(store, not_urgent) == log and len(published) == before
    # The desk is usable again: the next operation is told as usual.
    monkeypatch.undo()
    officer.transmit_urgent(not_urgent, "oral", clock.now(), reason=REASON)
    assert store.status(not_urgent) == "awaiting_confirmation" and len(published) == before + 1


def test_no_reason_no_urgent_transmission(officer, store, not_urgent, clock):
    for reason in (None, {"ru": "", "en": "  "}):
        with pytest.raises(OperationRefused) as refused:
            officer.transmit_urgent(not_urgent, "oral", clock.now(), reason=reason)
        # The article of the request's treaty profile, as its letters name it.
        assert "п. 2 ст. 6" in refused.value.message("ru") and "Art. 6(2)" in refused.value.message("en")
    assert store.status(not_urgent) == "draft" and _kinds(store, not_urgent) == ["created"]


def test_a_signed_request_not_marked_urgent_goes_in_writing(officer, supervisor, supervisor_key, store, not_urgent, clock):
    officer.submit(not_urgent)
    supervisor.approve(not_urgent, signer=supervisor_key)
    officer.sign(not_urgent)
    with pytest.raises(OperationRefused) as refused:
        officer.transmit_urgent(not_urgent, "oral", clock.now(), reason=REASON)
    assert "Signed" in refused.value.message("en") and "Подписан" in refused.value.message("ru")
    assert store.status(not_urgent) == "signed" and store.get(not_urgent)["urgent"] is False


def test_marking_an_approved_request_urgent_voids_its_approval_in_the_same_operation(
        officer, supervisor, supervisor_key, store, not_urgent, clock, published):
    officer.submit(not_urgent)
    supervisor.approve(not_urgent, signer=supervisor_key)
    before = len(published)
    officer.transmit_urgent(not_urgent, "oral", clock.now(), reason=REASON)
    assert _kinds(store, not_urgent)[-3:] == ["edited", "approval_voided", "transmitted"]
    assert store.status(not_urgent) == "awaiting_confirmation" and len(published) == before + 1
    assert Aspect.REVIEW in published[-1].aspects


def test_a_move_not_allowed_marks_nothing(officer, store, not_urgent, clock):
    officer.transmit_urgent(not_urgent, "oral", clock.now(), reason=REASON)
    clock.advance(hours=1)
    officer.confirm(not_urgent, clock.now())
    text = store.get(not_urgent)
    with pytest.raises((TransitionError, OperationRefused)):
        officer.transmit_urgent(not_urgent, "oral", clock.now(), reason={"ru": "Иная причина.", "en": "Another reason."})
    assert store.get(not_urgent) == text and store.status(not_urgent) == "confirmed"


def test_under_an_arrangement_no_urgency_is_needed(officer, supervisor, supervisor_key, store, not_urgent, clock):
    officer.submit(not_urgent)
    supervisor.approve(not_urgent, signer=supervisor_key)
    officer.sign(not_urgent)
    officer.transmit_urgent(not_urgent, "technical", clock.now(), arrangement="Соглашение от 1 марта 2020 г.")
    assert store.get(not_urgent)["urgent"] is False and store.status(not_urgent) == "sent"
    assert _kinds(store, not_urgent)[-1] == "transmitted"


# -- a confirmation dated to close the watch or hide its lateness ---------------------------
def _assert_refused(officer, store, rid, said_en, said_ru, **kwargs):
    text, kinds = store.get(rid), _kinds(store, rid)
    with pytest.raises(OperationRefused) as refused:
        officer.confirm(rid, **kwargs)
    assert said_en in refused.value.message("en") and said_ru in refused.value.message("ru")
    assert store.get(rid) == text and _kinds(store, rid) == kinds and store.status(rid) == "awaiting_confirmation"


def test_a_confirmation_sent_at_a_moment_still_to_come_is_refused(officer, store, not_urgent, clock):
    """Recorded as sent tomorrow, before it went: the watch would close now, "in time"."""
    officer.transmit_urgent(not_urgent, "oral", clock.now(), reason=REASON)
    _assert_refused(officer, store, not_urgent, "has not come yet", "еще не наступил", at=clock.now() + timedelta(days=1))


def test_a_confirmation_sent_before_the_transmission_is_refused(officer, store, not_urgent, clock):
    officer.transmit_urgent(not_urgent, "oral", clock.now(), reason=REASON)
    clock.advance(days=5)  # overdue: dated back to look in time
    _assert_refused(officer, store, not_urgent, "before the request itself was transmitted", "до того, как был передан сам запрос",
                    at=clock.now() - timedelta(days=6))


def test_a_confirmation_letter_dated_before_the_transmission_or_ahead_is_refused(officer, store, not_urgent, clock):
    officer.transmit_urgent(not_urgent, "oral", clock.now(), reason=REASON)
    clock.advance(days=1)
    _assert_refused(officer, store, not_urgent, "before the request itself was transmitted", "до того, как был передан сам запрос",
                    at=clock.now(), number="17/2026", dated=clock.now().date() - timedelta(days=3))
    _assert_refused(officer, store, not_urgent, "that day has not come yet", "этот день еще не наступил",
                    at=clock.now(), number="17/2026", dated=clock.now().date() + timedelta(days=2))
    officer.confirm(not_urgent, clock.now(), number="17/2026", dated=clock.now().date())
    assert store.status(not_urgent) == "confirmed"
