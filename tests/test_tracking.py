"""The life of a request after drafting: allowed moves, urgent transmission, the watch."""

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from requestdesk.domain.lifecycle import Status, TransitionError
from requestdesk.domain.timeutil import FixedClock
from requestdesk.store.requests import RequestStore
from requestdesk.store.review import Review
from requestdesk.store.tracking import Tracker
from tests.signers import key_for_store

MOSCOW = ZoneInfo("Europe/Moscow")



@pytest.fixture
def clock():
    return FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc))


@pytest.fixture
def store(tmp_path, clock):
    s = RequestStore(tmp_path / "requests.sqlite3", clock=clock)
    yield s
    s.close()


@pytest.fixture
def urgent(complete_request):
    complete_request["urgent"] = True
    complete_request["urgency_reason"] = {"ru": "Данные будут удалены", "en": "The data will be deleted"}
    return complete_request


def approved(store, rid):
    """Through the supervisor's review, the only way to approval."""
    Tracker(store, "officer").transition(rid, "in_review")
    Review(store, "supervisor").approve(rid, signer=key_for_store(store))


def test_only_allowed_transitions_and_each_is_an_event(store, complete_request):
    store.save(complete_request)
    tracker = Tracker(store, "П. П. Петров")
    rid = complete_request["id"]
    tracker.transition(rid, "in_review", "на проверку")
    with pytest.raises(TransitionError) as info:
        tracker.transition(rid, "sent")
    assert "Направлен" in info.value.message("ru")
    with pytest.raises(TransitionError) as by_review:
        tracker.transition(rid, "approved")  # a bare status change cannot approve
    assert "review checklist" in by_review.value.message("en")
    assert store.status(rid) == "in_review"
    Review(store, "supervisor").approve(rid, signer=key_for_store(store))
    for target in ("signed", "sent", "executed", "closed"):
        tracker.transition(rid, target)
    history = [e for e in tracker.history(rid) if "to" in e.data]
    assert [e.data["to"] for e in history] == ["in_review", "approved", "signed", "sent", "executed", "closed"]
    assert history[0].user == "П. П. Петров" and history[0].data["note"] == "на проверку"
    assert tracker.chain_problems(rid) == []


def test_oral_transmission_starts_the_watch_and_a_confirmation_closes_it(store, urgent, clock):
    store.save(urgent)
    tracker = Tracker(store, "officer")
    rid = urgent["id"]
    tracker.record_transmission(
        rid, "oral", datetime(2026, 11, 20, 12, 0, tzinfo=MOSCOW), received_by={"ru": "Дежурный", "en": "Duty officer"}
    )
    assert store.status(rid) == Status.AWAITING_CONFIRMATION
    [row] = store.awaiting_confirmation()
    assert row.confirmation_due == datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
    assert tracker.overview().pending_confirmations == 1
    assert tracker.overview().due_soon_confirmations == 0
    clock.advance(days=2, hours=1)  # 22 Nov 10:00 UTC: due within 24 hours
    assert tracker.overview().due_soon_confirmations == 1
    event = tracker.record_confirmation(rid, datetime(2026, 11, 22, 15, 0, tzinfo=MOSCOW))
    assert event.data["late"] is False
    assert store.awaiting_confirmation() == []
    assert store.status(rid) == Status.CONFIRMED
    assert store.get(rid)["transmission"]["received_by"] == {"ru": "Дежурный", "en": "Duty officer"}


def test_a_late_confirmation_stays_marked_late(store, urgent, clock):
    store.save(urgent)
    tracker = Tracker(store, "officer")
    rid = urgent["id"]
    tracker.record_transmission(rid, "technical", datetime(2026, 11, 20, 12, 0, tzinfo=MOSCOW))
    clock.advance(days=4)
    assert tracker.overview().overdue_confirmations == 1
    event = tracker.record_confirmation(rid, datetime(2026, 11, 24, 10, 0, tzinfo=MOSCOW))
    assert event.data["late"] is True
    result = store.check(store.get(rid))
    assert [f.severity for f in result.findings if f.code == "6.2.confirmation"] == ["error"]


def test_technical_channel_under_an_arrangement_needs_no_confirmation(store, complete_request):
    store.save(complete_request)
    rid = complete_request["id"]
    tracker = Tracker(store, "officer")
    approved(store, rid)
    tracker.transition(rid, "signed")
    tracker.record_transmission(rid, "technical", datetime(2026, 11, 20, 12, 0, tzinfo=MOSCOW), arrangement="Протокол от 1 марта 2024 г.")
    assert store.status(rid) == Status.SENT
    assert store.awaiting_confirmation() == []


def test_execution_tracking_and_overdue_execution(store, complete_request, clock):
    store.save(complete_request)
    rid = complete_request["id"]
    tracker = Tracker(store, "officer")
    approved(store, rid)
    for target in ("signed", "sent"):
        tracker.transition(rid, target)
    assert tracker.overview().awaiting_execution == 1
    assert tracker.overview().overdue_execution == 0
    clock.advance(days=31)  # desired execution by 20 December 2026 has passed
    assert tracker.overview().overdue_execution == 1
    tracker.record_notice(rid, "delay", "Запрос направлен оператору связи")
    tracker.record_forwarding(rid, "Следственный комитет Республики Армения")
    tracker.record_result(rid, date(2026, 12, 28), "Абонент установлен", ["Ответ на 2 л."], partial=True)
    events = tracker.history(rid)
    # Spec §3: what the requested side did is an "execution" event, with its kind.
    assert [(e.kind, e.data["kind"]) for e in events[-3:]] == [
        ("execution", "delay"), ("execution", "forwarded"), ("execution", "partially_executed")]
    assert store.status(rid) == Status.PARTIALLY_EXECUTED
    assert tracker.overview().overdue_execution == 1  # partially executed still owes a result
    with pytest.raises(TransitionError):  # a partly executed request can no longer be refused
        tracker.record_refusal(rid, "ст. 11")


def test_an_altered_or_removed_event_is_detected(store, complete_request):
    store.save(complete_request)
    rid = complete_request["id"]
    tracker = Tracker(store, "officer")
    approved(store, rid)
    tracker.transition(rid, "signed")
    store._db.execute("UPDATE events SET user = 'someone else' WHERE seq = 2")
    assert tracker.chain_problems(rid) == ["event 2 was altered"]
    store._db.execute("DELETE FROM events WHERE seq = 2")
    problems = tracker.chain_problems(rid)
    assert "event 2 is missing (found 3)" in problems
