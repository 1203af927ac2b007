"""Supervisor review: marks, decisions, approval bound to the request's content."""

import pytest

from requestdesk.domain.fingerprint import fingerprint
from requestdesk.domain.lifecycle import Status, TransitionError
from requestdesk.domain.review import ApprovalStatus, MarkValue
from requestdesk.store.review import ReviewError
from tests.review.helpers import make_png


@pytest.fixture
def in_review(officer, complete_request):
    officer.store.save(complete_request)
    officer.review.submit(complete_request["id"])
    return complete_request["id"]


def test_checklist_has_every_rule_with_the_automatic_status_and_the_marks(officer, in_review):
    officer.review.mark(in_review, "6.3.b", "confirmed")
    result, rows = officer.review.checklist(in_review)
    codes = [row.code for row in rows]
    assert codes[:7] == ["6.3.a", "6.3.b", "6.3.c", "6.3.d", "6.3.e", "6.3.f", "6.3.g"]
    assert {"6.4.signatory", "6.4.seal", "lang.tokens"} <= set(codes)
    by_code = {row.code: row for row in rows}
    assert by_code["6.3.b"].mark is MarkValue.CONFIRMED and by_code["6.3.b"].fields == ("case_summary",)
    assert by_code["6.3.c"].mark is None
    # The example is sent from a state the directory does not show the Agreement in force for.
    assert by_code["4.parties"].automatic == "warning" and by_code["6.3.a"].automatic == "ok"
    assert "Art." in by_code["6.3.b"].article["en"] or "ст." in by_code["6.3.b"].article["ru"].lower()


def test_approval_is_refused_while_a_row_needs_change_and_return_shows_comments(officer, in_review):
    review = officer.review
    review.mark(in_review, "6.3.b", "needs_change", "Укажите дату хищения", field="case_summary.ru")
    review.mark(in_review, "6.3.c", MarkValue.CONFIRMED, "Цель ясна")
    with pytest.raises(ReviewError) as info:
        review.approve(in_review, signer=officer.signer)
    # The rows are named as the checklist names them, in the language of the message.
    assert "Art. 6(3)(b)" in info.value.message("en") and "6.3.b" not in info.value.message("en")
    assert "подп. «б» п. 3 ст. 6" in info.value.message("ru") and "исправления" in info.value.message("ru")
    assert officer.store.status(in_review) == Status.IN_REVIEW
    review.return_for_changes(in_review, "Доработать описание", signer=officer.signer)
    assert officer.store.status(in_review) == Status.RETURNED
    assert review.comments_for(in_review) == {
        "case_summary.ru": "Укажите дату хищения",
        "6.3.c": "Цель ясна",
        "": "Доработать описание",
    }
    assert review.approval_state(in_review).status is ApprovalStatus.NONE
    kinds = [e.kind for e in officer.tracker.history(in_review)]
    assert kinds == ["submitted", "reviewed", "reviewed", "returned"]
    assert officer.tracker.chain_problems(in_review) == []


def test_returning_needs_a_reason_and_unknown_rows_are_refused(officer, in_review):
    with pytest.raises(ReviewError) as info:
        officer.review.return_for_changes(in_review, signer=officer.signer)
    assert "отметьте" in info.value.message("ru")
    with pytest.raises(ReviewError):
        officer.review.mark(in_review, "no.such.rule", "confirmed")
    with pytest.raises(ValueError):
        officer.review.mark(in_review, "6.3.b", "looks fine")


def test_a_request_with_errors_cannot_be_approved(officer, complete_request):
    complete_request["purpose"] = {"ru": "", "en": ""}
    officer.store.save(complete_request)
    officer.review.submit(complete_request["id"])
    with pytest.raises(ReviewError) as info:
        officer.review.approve(complete_request["id"], signer=officer.signer)
    assert "error" in info.value.message("en")


def test_approval_records_the_fingerprint_and_an_edit_voids_it_visibly(officer, in_review, clock):
    officer.review.approve(in_review, "Согласовано", signer=officer.signer)
    state = officer.review.approval_state(in_review)
    doc = officer.store.get(in_review)
    assert state.valid and state.decision.fingerprint == fingerprint(doc)
    assert state.decision.reviewer == officer.signer.holder.name  # the key's holder, not a typed name
    assert officer.review.save(doc)[1] is None  # saving unchanged text changes nothing
    assert officer.store.status(in_review) == Status.APPROVED

    doc["case_summary"]["en"] += " More detail."
    clock.advance(hours=1)
    result, event = officer.review.save(doc)
    assert event.kind == "approval_voided" and event.data["reasons"] == ["content"]
    assert officer.store.status(in_review) == Status.IN_REVIEW
    state = officer.review.approval_state(in_review)
    assert state.status is ApprovalStatus.VOID
    assert "changed after approval" in state.message("en") and "текст запроса изменен" in state.message("ru")

    # The approval is bound to the text: the edit undone, the approved text is back and
    # so is the approval, logged; the request is approved again.
    clock.advance(minutes=5)
    doc["case_summary"]["en"] = doc["case_summary"]["en"].removesuffix(" More detail.")
    result, event = officer.review.save(doc)
    assert event.kind == "approval_restored" and event.data["fingerprint"] == fingerprint(doc)
    assert officer.review.approval_state(in_review).valid
    assert officer.store.status(in_review) == Status.APPROVED
    assert officer.review.save(doc)[1] is None  # and saving it again changes nothing


def test_a_voided_approval_stays_void_once_the_supervisor_decided_again_or_the_text_differs(officer, in_review, clock):
    officer.review.approve(in_review, signer=officer.signer)
    approved = officer.store.get(in_review)
    changed = dict(approved, number="7/2-999")
    officer.review.save(changed)
    # Almost the same text is not the approved text.
    nearly = dict(approved, number=approved["number"] + " ")
    assert officer.review.save(nearly)[1] is None
    assert officer.review.approval_state(in_review).status is ApprovalStatus.VOID
    # Returned for changes meanwhile: coming back to the approved text later restores nothing.
    officer.review.return_for_changes(in_review, "Уточните номер", signer=officer.signer)
    assert officer.review.save(approved)[1] is None
    assert officer.review.approval_state(in_review).status is ApprovalStatus.NONE
    assert officer.store.status(in_review) == Status.RETURNED


def test_an_edit_through_the_desk_voids_the_approval_once(officer, in_review):
    """The live path of a saved change (the editor, a replaced file): the desk's edit voids
    the approval in its own transaction, and a second save of the same text voids nothing."""
    from requestdesk.app import Desk

    officer.review.approve(in_review, signer=officer.signer)
    desk = Desk(officer.store, officer.user)
    doc = officer.store.get(in_review)
    doc["number"] = "7/2-999"
    edited = desk.edit(doc).value
    assert officer.review.approval_state(in_review).status is ApprovalStatus.VOID
    assert edited.voided.data["from"] == "approved" and edited.voided.data["to"] == "in_review"
    again = desk.edit(doc).value
    assert again.voided is None and not again.saved


def test_a_file_enclosed_after_approval_voids_it(officer, in_review, tmp_path):
    officer.review.approve(in_review, signer=officer.signer)
    image = tmp_path / "scan.png"
    image.write_bytes(make_png())
    officer.files.attach(in_review, image)
    state = officer.review.approval_state(in_review)
    assert state.status is ApprovalStatus.VOID and state.reasons == ("enclosures",)
    assert officer.store.status(in_review) == Status.IN_REVIEW


def test_sending_after_signature_keeps_the_approval(officer, in_review):
    from datetime import datetime, timezone

    officer.review.approve(in_review, signer=officer.signer)
    officer.tracker.transition(in_review, "signed")
    officer.tracker.record_transmission(in_review, "written", datetime(2026, 11, 21, 10, 0, tzinfo=timezone.utc))
    assert officer.store.status(in_review) == Status.SENT
    assert officer.review.approval_state(in_review).valid


def test_decisions_follow_the_lifecycle(officer, complete_request):
    officer.store.save(complete_request)
    with pytest.raises(TransitionError):
        officer.review.approve(complete_request["id"], signer=officer.signer)  # a draft is not in review
    with pytest.raises(ReviewError) as info:
        officer.review.mark(complete_request["id"], "6.3.b", "confirmed")
    assert "на проверке" in info.value.message("ru")
    with pytest.raises(ReviewError) as info:
        type(officer.review)(officer.store, "  ")
    assert "name" in info.value.message("en")


def test_review_events_read_as_sentences_in_both_languages(officer, in_review):
    from requestdesk.domain.review import event_details, event_label

    officer.review.mark(in_review, "6.3.b", "needs_change", "Уточнить дату", field="case_summary.ru")
    officer.review.return_for_changes(in_review, signer=officer.signer)
    submitted, reviewed, returned = officer.tracker.history(in_review)
    assert event_label(reviewed.kind, "ru") == "Отметка проверяющего" and event_label("status", "en") == "status"
    assert event_details(reviewed.kind, reviewed.data, "en") == "6.3.b · case_summary.ru · Needs change · Уточнить дату"
    assert event_details(returned.kind, returned.data, "ru").count("-") == 2  # the short fingerprint
    assert event_label(submitted.kind, "en") == "Sent for review"
