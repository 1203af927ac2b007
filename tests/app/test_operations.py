"""Every change to a request goes through the desk: the lifecycle holds, each operation
logs its event, and the views are told once."""

from __future__ import annotations

import copy
from datetime import date, datetime, timedelta, timezone

import pytest

from requestdesk.app import Aspect, OperationRefused, Stored
from requestdesk.domain.fingerprint import fingerprint
from requestdesk.domain.review import ApprovalStatus
from requestdesk.store.events import read_events


def _kinds(store, rid):
    return [e.kind for e in store.read(read_events, rid)]


def test_create_logs_a_created_event_with_the_fingerprint(officer, store, complete_request, published):
    done = officer.create(complete_request)
    rid = complete_request["id"]
    assert done.value == rid and store.status(rid) == "draft"
    events = store.read(read_events, rid)
    assert [e.kind for e in events] == ["created"]
    assert events[0].user == officer.user and events[0].data["fingerprint"] == fingerprint(complete_request)
    assert len(published) == 1 and published[0].added == {rid} and Aspect.ROWS in published[0].aspects


def test_creating_an_existing_request_again_is_refused(officer, complete_request):
    officer.create(complete_request)
    with pytest.raises(OperationRefused) as refused:
        officer.create(copy.deepcopy(complete_request))
    assert complete_request["id"] in refused.value.message("ru") and "уже есть" in refused.value.message("ru")


def test_an_edit_is_logged_with_its_new_fingerprint_and_an_unchanged_save_is_not(officer, store, complete_request, published):
    officer.create(complete_request)
    changed = copy.deepcopy(complete_request)
    changed["number"] = "7/2-2000"
    done = officer.edit(changed)
    assert done.value.saved and store.get(changed["id"])["number"] == "7/2-2000"
    again = officer.edit(copy.deepcopy(changed))
    assert not again.value.saved and not again.changes
    assert _kinds(store, changed["id"]) == ["created", "edited"]
    assert store.read(read_events, changed["id"])[-1].data["fingerprint"] == fingerprint(changed)
    assert len(published) == 2  # the creation and the one real edit


@pytest.mark.parametrize("status_path", ["signed", "oral"])
def test_a_request_past_the_editable_stages_keeps_its_text(officer, supervisor, store, approved, complete_request, status_path):
    if status_path == "signed":
        officer.sign(approved)
    else:
        officer.transmit(approved, "oral", datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc))
    before = store.get(approved)
    changed = copy.deepcopy(before)
    changed["case_summary"]["ru"] = "Другой текст."
    with pytest.raises(OperationRefused) as refused:
        officer.edit(changed)
    assert "копию" in refused.value.message("ru") and "copy" in refused.value.message("en")
    assert store.get(approved) == before
    with pytest.raises(OperationRefused):
        officer.replace(changed)
    assert store.get(approved) == before


def test_editing_an_approved_text_voids_the_approval_in_the_same_operation(officer, store, approved, published):
    changed = copy.deepcopy(store.get(approved))
    changed["purpose"]["en"] += " Also this."
    done = officer.edit(changed)
    assert done.value.voided is not None and store.status(approved) == "in_review"
    assert _kinds(store, approved)[-2:] == ["edited", "approval_voided"]
    assert {Aspect.REVIEW, Aspect.STATUS} <= published[-1].aspects


def test_replacing_an_approved_text_from_a_file_voids_the_approval_and_keeps_the_old_text(officer, store, approved):
    old = store.get(approved)
    incoming = copy.deepcopy(old)
    incoming["number"] = "7/2-9999"
    done = officer.replace(incoming)
    assert done.value.voided is not None and store.status(approved) == "in_review"
    replaced = [e for e in store.read(read_events, approved) if e.kind == "replaced"][0]
    assert replaced.data["replaced"]["document"] == old
    assert officer.request_log(approved).verified


def test_sign_needs_a_valid_approval(officer, supervisor, supervisor_key, store, approved):
    changed = copy.deepcopy(store.get(approved))
    changed["number"] = "changed"
    officer.edit(changed)  # voids it and sends it back to review
    supervisor.approve(approved, signer=supervisor_key)
    # The approval is valid again: signing works and is logged as "signed".
    officer.sign(approved)
    assert store.status(approved) == "signed" and _kinds(store, approved)[-1] == "signed"


def test_sign_refused_when_the_approval_is_void_even_if_the_status_says_approved(officer, store, approved):
    # The status was set by hand to "approved" after the text changed around the desk.
    with store.transaction() as db:
        doc = store.get(approved)
        doc["number"] = "forged"
        store.write(db, doc)
    assert store.status(approved) == "approved"
    with pytest.raises(OperationRefused) as refused:
        officer.sign(approved)
    assert "утратило силу" in refused.value.message("ru") and "void" in refused.value.message("en")
    assert store.status(approved) == "approved" and _kinds(store, approved)[-1] == "approved"


def test_move_to_signed_goes_through_sign(officer, store, complete_request):
    officer.create(complete_request)
    officer.submit(complete_request["id"])
    from requestdesk.domain.lifecycle import TransitionError

    with pytest.raises(TransitionError):  # in review → signed is no move at all
        officer.move(complete_request["id"], "signed")
    assert store.status(complete_request["id"]) == "in_review"


def test_a_draft_is_deleted_with_its_log_kept_and_restored_by_undo(officer, store, complete_request, published):
    rid = complete_request["id"]
    officer.create(complete_request)
    deleted = officer.delete([rid]).value
    assert store.get(rid) is None and deleted.removed == [Stored(complete_request, "draft")] and deleted.archived == []
    assert _kinds(store, rid) == ["created", "deleted"]
    assert published[-1].removed == {rid}
    officer.undelete(deleted)
    assert store.get(rid) == complete_request and _kinds(store, rid) == ["created", "deleted", "restored"]
    assert officer.request_log(rid).verified


def _past_draft(officer, complete_request, clock):
    """A draft and a request transmitted orally (left the draft stage), both in the register."""
    draft = copy.deepcopy(complete_request)
    draft["id"] = "0f0f0f0f-1111-4222-8333-444455556666"
    officer.create(draft)
    officer.create(complete_request)
    officer.transmit(complete_request["id"], "oral", clock.now() - timedelta(hours=80))
    return draft["id"], complete_request["id"]


def test_a_request_that_left_the_draft_stage_is_archived_not_deleted(officer, store, complete_request, clock, published):
    draft, sent = _past_draft(officer, complete_request, clock)
    before = store.get(sent)
    log_before = store.read(read_events, sent)
    deleted = officer.delete([draft, sent]).value
    # One operation, one change: the draft is gone, the transmitted request is archived.
    assert [s.doc["id"] for s in deleted.removed] == [draft] and deleted.archived == [sent]
    assert published[-1].removed == {draft, sent}
    assert store.get(draft) is None
    assert store.get(sent) == before and store.status(sent) == "awaiting_confirmation" and store.is_archived(sent)
    # Its log stays whole and goes on: the events before are the same ones.
    log_after = store.read(read_events, sent)
    assert log_after[:-1] == log_before and log_after[-1].kind == "archived"
    assert log_after[-1].data["status"] == "awaiting_confirmation" and log_after[-1].data["fingerprint"] == fingerprint(before)
    report = officer.request_log(sent)
    assert report.verified and report.in_register
    assert officer.verify() == []
    # Out of the register's list and its search, in the archive's.
    key = store.key_of(sent)
    assert key not in store.keys() and key not in store.keys(complete_request["number"])
    assert list(store.keys(archived=True)) == [key]
    assert store.count() == 0 and store.count(archived=True) == 1 and store.count(archived=None) == 1
    assert [r.id for r in store.rows(archived=True)] == [sent] and store.rows(archived=True)[0].archived
    # The 72-hour watch keeps it: the written confirmation is still owed (Art. 6(2)).
    assert [r.id for r in store.awaiting_confirmation()] == [sent]


def test_archiving_is_undone_and_redone_without_losing_what_was_done_between(officer, store, complete_request, clock):
    draft, sent = _past_draft(officer, complete_request, clock)
    deleted = officer.delete([draft, sent]).value
    assert sorted(officer.undelete(deleted).value) == sorted([draft, sent])
    assert not store.is_archived(sent) and store.get(draft) is not None
    assert _kinds(store, sent)[-2:] == ["archived", "restored"]
    assert store.read(read_events, sent)[-1].data["from"] == "archive"
    assert store.key_of(sent) in store.keys() and store.count(archived=True) == 0
    # Worked on between the undo and the redo: the draft edited is kept, the sent one archived again.
    changed = copy.deepcopy(store.get(draft))
    changed["number"] = "edited since"
    officer.edit(changed)
    again = officer.delete([draft, sent], again=True).value
    assert again.removed == [] and again.archived == [sent]
    assert store.get(draft) == changed and store.is_archived(sent)
    assert officer.verify() == []


def test_an_archived_request_is_restored_from_the_archive_as_it_was(officer, supervisor, supervisor_key, store, approved):
    before = (store.get(approved), store.status(approved))
    officer.delete([approved])
    assert store.is_archived(approved)
    assert officer.unarchive([approved]).value == [approved]
    assert (store.get(approved), store.status(approved)) == before and not store.is_archived(approved)
    assert officer.unarchive([approved]).value == []  # not in the archive: nothing to do, nothing logged
    assert _kinds(store, approved).count("restored") == 1
    assert officer.request_log(approved).verified
    # Deleting an archived request again changes nothing.
    assert officer.delete([approved]).value.archived != [] and officer.delete([approved]).value.archived == []


def test_verify_finds_a_request_archived_or_brought_back_around_the_program(officer, store, complete_request, clock):
    _, sent = _past_draft(officer, complete_request, clock)
    with store.transaction() as db:
        store.set_archived(db, sent, True)  # as an SQL statement would, without the log
    problems = [p for p in officer.verify() if p.request_id == sent]
    assert [p.what for p in problems] == ["archived"]
    assert "in the archive" in problems[0].message("en") and "в архиве" in problems[0].message("ru")


def test_deleting_an_unknown_request_is_refused_and_nothing_is_taken_out(officer, store, complete_request):
    officer.create(complete_request)
    with pytest.raises(OperationRefused):
        officer.delete([complete_request["id"], "no-such-request"])
    assert store.get(complete_request["id"]) is not None


def test_undoing_a_copy_never_destroys_what_was_done_to_it_since(officer, store, complete_request, clock):
    officer.create(complete_request)
    [untouched] = officer.duplicate([complete_request["id"]], date(2026, 11, 20)).value
    [worked_on] = officer.duplicate([complete_request["id"]], date(2026, 11, 20)).value
    assert _kinds(store, untouched) == ["created"]
    officer.transmit(worked_on, "oral", clock.now())
    clock.advance(hours=2)  # sent two hours later: a confirmation is never dated ahead of the clock
    officer.confirm(worked_on, clock.now())
    removed = officer.withdraw([untouched, worked_on]).value
    assert [s.doc["id"] for s in removed] == [untouched]
    assert store.get(untouched) is None and store.status(worked_on) == "confirmed"
    # The redo brings the untouched copy back as it was.
    officer.restore(removed)
    assert store.status(untouched) == "draft"


def test_undoing_a_creation_keeps_a_request_edited_since(officer, store, complete_request):
    officer.create(complete_request)
    changed = copy.deepcopy(complete_request)
    changed["number"] = "edited"
    officer.edit(changed)
    assert officer.withdraw([complete_request["id"]]).value == []
    assert store.get(complete_request["id"]) == changed


def test_each_review_and_tracking_operation_publishes_once(officer, supervisor, supervisor_key, store, complete_request, published, clock):
    rid = complete_request["id"]
    officer.create(complete_request)
    officer.submit(rid)
    supervisor.approve(rid, signer=supervisor_key)
    officer.sign(rid)
    officer.move(rid, "sent")
    assert len(published) == 5
    assert all(rid in c.requests for c in published)
    assert _kinds(store, rid) == ["created", "submitted", "approved", "signed", "status"]


def test_review_state_after_desk_operations(supervisor, store, approved):
    assert supervisor.store.read(lambda db, rid: None, approved) is None
    from requestdesk.store.review import approval_of

    assert store.read(approval_of, approved, store.get(approved)).status is ApprovalStatus.VALID


def test_an_edit_back_to_the_approved_text_makes_the_approval_valid_again(officer, store, approved):
    original = copy.deepcopy(store.get(approved))
    changed = copy.deepcopy(original)
    changed["number"] = "typo"
    assert officer.edit(changed).value.voided is not None
    back = officer.edit(original).value
    assert back.restored is not None and store.status(approved) == "approved"
    assert _kinds(store, approved)[-4:] == ["edited", "approval_voided", "edited", "approval_restored"]
    assert officer.request_log(approved).verified
    officer.sign(approved)  # valid again, so it can be signed
