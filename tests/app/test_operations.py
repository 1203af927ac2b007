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
    removed = officer.delete([rid]).value
    assert store.get(rid) is None and removed == [Stored(complete_request, "draft")]
    assert _kinds(store, rid) == ["created", "deleted"]
    assert published[-1].removed == {rid}
    officer.restore(removed)
    assert store.get(rid) == complete_request and _kinds(store, rid) == ["created", "deleted", "restored"]
    assert officer.request_log(rid).verified


def test_a_request_that_left_the_draft_stage_is_not_deleted(officer, store, complete_request, clock):
    draft = copy.deepcopy(complete_request)
    draft["id"] = "0f0f0f0f-1111-4222-8333-444455556666"
    officer.create(draft)
    officer.create(complete_request)
    officer.transmit(complete_request["id"], "oral", clock.now() - timedelta(hours=80))
    with pytest.raises(OperationRefused) as refused:
        officer.delete([draft["id"], complete_request["id"]])
    assert "журнал хранится" in refused.value.message("ru")
    # Refused whole: the draft named with it is still there too.
    assert store.get(draft["id"]) is not None and store.get(complete_request["id"]) is not None


def test_undoing_a_copy_never_destroys_what_was_done_to_it_since(officer, store, complete_request, clock):
    officer.create(complete_request)
    [untouched] = officer.duplicate([complete_request["id"]], date(2026, 11, 20)).value
    [worked_on] = officer.duplicate([complete_request["id"]], date(2026, 11, 20)).value
    assert _kinds(store, untouched) == ["created"]
    officer.transmit(worked_on, "oral", clock.now())
    officer.confirm(worked_on, clock.now() + timedelta(hours=2))
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
