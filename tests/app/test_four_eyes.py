"""Approvals that prove who approved, tried as a forger would (issue 13, part 3).

Each forgery is either refused by the desk (nothing written) or, when it is made around
the program, shown as an approval that is not recognised: by the desk, by `verify`, by
the export record, and signing the request is refused.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from requestdesk.app import Desk, OperationRefused
from requestdesk.domain.fingerprint import fingerprint
from requestdesk.domain.review import ApprovalStatus
from requestdesk.identity import Role, TrustStore
from requestdesk.identity.decisions import sign_decision
from requestdesk.store.events import append_event, read_events
from requestdesk.store.export_record import export_record
from tests.signers import administrator, key_for_store, make_key, trust, trusted_key

OFFICER = "Ст. лейтенант И. И. Иванов"
SUPERVISOR = "Подполковник П. П. Петров"


def _folder(store) -> Path:
    return Path(store.path).parent


def _in_review(officer, doc) -> str:
    officer.create(doc)
    officer.submit(doc["id"])
    return doc["id"]


def _kinds(store, rid):
    return [e.kind for e in store.read(read_events, rid)]


def _forge_decision(store, rid, signer=None, *, at=None, fingerprint_of=None, signature=None, request_for_signature=None):
    """What a forger with the database file does: a decision row, its event and the
    status, written by SQL. With `signer`, the row carries that key's real signature."""
    doc = store.get(rid)
    at = at or store.clock.now()
    digest = fingerprint_of or fingerprint(doc)
    signer_key = sig = ""
    if signer is not None:
        signer_key, sig = sign_decision(signer, request_for_signature or rid, "approved", digest, [], at)
    if signature is not None:
        sig = signature
    db = sqlite3.connect(store.path)
    with db:
        db.execute(
            "INSERT INTO review_decisions (request_id, seq, decision, reviewer, at, note, fingerprint, enclosures, marks, "
            "signer_key, signature) VALUES (?, 1, 'approved', ?, ?, '', ?, '[]', '[]', ?, ?)",
            (rid, SUPERVISOR, at.astimezone(UTC).replace(microsecond=0).isoformat(), digest, signer_key, sig))
        append_event(db, rid, at, SUPERVISOR, "approved", {"from": "in_review", "to": "approved", "note": "",
                                                          "fingerprint": digest, "enclosures": [], "marks": [],
                                                          "signer_key": signer_key, "signature": sig})
        db.execute("UPDATE requests SET status = 'approved' WHERE id = ?", (rid,))
    db.close()


def _assert_not_recognised(desk, store, rid, why):
    state = desk.approval(rid)
    assert state.status is ApprovalStatus.NOT_RECOGNISED and state.reasons == (why,)
    assert "not recognised" in state.message("en") and "не признано" in state.message("ru")
    with pytest.raises(OperationRefused) as refused:
        desk.sign(rid)
    assert "no valid approval" in refused.value.message("en") and "не признано" in refused.value.message("ru")
    assert store.status(rid) == "approved" and _kinds(store, rid)[-1] == "approved"  # nothing written
    record = export_record(store, store.get(rid))
    assert record.approval.status != "valid" and SUPERVISOR not in str(record.approval)  # the footer names no approver
    assert ("approval_unrecognised" in [p.what for p in desk.verify() if p.request_id == rid])


# -- the desk refuses -------------------------------------------------------------------------
def test_a_trusted_supervisor_approves_and_the_approval_names_the_key_holder(officer, store, complete_request):
    rid = _in_review(officer, complete_request)
    key = key_for_store(store, "Полковник С. С. Сидоров")
    typed = Desk(store, "whatever name is typed in Settings")
    typed.approve(rid, signer=key)
    state = typed.approval(rid)
    assert state.valid and state.decision.reviewer == "Полковник С. С. Сидоров"
    officer.sign(rid)
    assert store.status(rid) == "signed"


@pytest.mark.parametrize("role", [None, Role.OFFICER])
def test_a_key_not_trusted_as_supervisor_cannot_approve_or_return(officer, supervisor, store, complete_request, role):
    rid = _in_review(officer, complete_request)
    folder = _folder(store)
    administrator(folder)
    key = make_key(folder, SUPERVISOR if role is None else "Ст. лейтенант А. А. Другой", role or Role.SUPERVISOR)
    if role is not None:
        trust(folder, key)  # trusted, but as an officer's
    before = _kinds(store, rid)
    for decide in (supervisor.approve, lambda r, **kw: supervisor.return_for_changes(r, "Доработать", **kw)):
        with pytest.raises(OperationRefused) as refused:
            decide(rid, signer=key)
        assert "not trusted as a supervisor" in refused.value.message("en")
        assert "не значится" in refused.value.message("ru")
    assert store.status(rid) == "in_review" and _kinds(store, rid) == before


def test_nobody_approves_their_own_request(officer, store, complete_request):
    rid = _in_review(officer, complete_request)
    # The officer holds a supervisor's key too (trusted here), and uses it.
    own_key = key_for_store(store, "Подполковник И. И. Иванов")
    with pytest.raises(OperationRefused) as refused:
        officer.approve(rid, signer=own_key)
    assert "four eyes" in refused.value.message("en") and "четырех глаз" in refused.value.message("ru")
    # Under another desk name but with a key whose holder is the author: refused too.
    with pytest.raises(OperationRefused):
        Desk(store, "someone else").approve(rid, signer=key_for_store(store, OFFICER))
    assert store.status(rid) == "in_review" and _kinds(store, rid)[-1] == "submitted"


def test_the_last_editor_is_an_author_too(officer, supervisor, store, complete_request):
    rid = _in_review(officer, complete_request)
    key = key_for_store(store, SUPERVISOR)
    supervisor.return_for_changes(rid, "Уточните номер", signer=key)
    changed = store.get(rid)
    changed["number"] = "7/2-5"
    supervisor.edit(changed)  # the supervisor rewrites the text himself
    supervisor.submit(rid)
    with pytest.raises(OperationRefused) as refused:
        supervisor.approve(rid, signer=key)
    assert SUPERVISOR in refused.value.message("ru")
    other = key_for_store(store, "Полковник С. С. Сидоров")
    Desk(store, "Полковник С. С. Сидоров").approve(rid, signer=other)
    assert store.status(rid) == "approved"


def test_a_locked_key_decides_nothing(officer, supervisor, store, complete_request):
    rid = _in_review(officer, complete_request)
    key = key_for_store(store, SUPERVISOR)
    key.forget()
    with pytest.raises(OperationRefused) as refused:
        supervisor.approve(rid, signer=key)
    assert "unlock" in refused.value.message("en")
    with pytest.raises(OperationRefused):
        supervisor.approve(rid, signer=None)
    assert store.status(rid) == "in_review"


# -- forged around the program: not recognised ------------------------------------------------
def test_an_approval_inserted_by_sql_is_not_recognised(officer, store, complete_request):
    rid = _in_review(officer, complete_request)
    key_for_store(store, SUPERVISOR)  # a supervisor is trusted here, but did not sign this
    _forge_decision(store, rid)
    _assert_not_recognised(officer, store, rid, "unsigned")


def test_an_approval_with_a_made_up_signature_is_not_recognised(officer, store, complete_request):
    rid = _in_review(officer, complete_request)
    real = key_for_store(store, SUPERVISOR)
    _forge_decision(store, rid, real, signature="A" * 86 + "==")
    _assert_not_recognised(officer, store, rid, "signature")


def test_an_approval_signed_by_an_untrusted_key_is_not_recognised(officer, store, complete_request):
    rid = _in_review(officer, complete_request)
    administrator(_folder(store))
    _forge_decision(store, rid, make_key(_folder(store), SUPERVISOR, Role.SUPERVISOR))
    _assert_not_recognised(officer, store, rid, "untrusted")


def test_an_approval_signed_by_an_officer_key_is_not_recognised(officer, store, complete_request):
    rid = _in_review(officer, complete_request)
    _forge_decision(store, rid, key_for_store(store, "Ст. лейтенант А. А. Другой", Role.OFFICER))
    _assert_not_recognised(officer, store, rid, "untrusted")


def test_a_real_approval_copied_to_another_request_is_not_recognised(officer, store, complete_request):
    rid = _in_review(officer, complete_request)
    key = key_for_store(store, SUPERVISOR)
    # Signed in earnest for some other request id, then moved onto this one.
    _forge_decision(store, rid, key, request_for_signature="00000000-0000-4000-8000-000000000000")
    _assert_not_recognised(officer, store, rid, "signature")


def test_an_approval_whose_fingerprint_was_rewritten_to_a_new_text_is_not_recognised(officer, supervisor, store,
                                                                                     complete_request):
    rid = _in_review(officer, complete_request)
    supervisor.approve(rid, signer=key_for_store(store, SUPERVISOR))
    changed = store.get(rid)
    changed["number"] = "7/2-FORGED"
    db = sqlite3.connect(store.path)
    with db:
        # The new text, and the approval's fingerprint moved to it, as if approved so.
        db.execute("UPDATE documents SET doc = ? WHERE id = ?", (json.dumps(changed, ensure_ascii=False), rid))
        db.execute("UPDATE review_decisions SET fingerprint = ? WHERE request_id = ?", (fingerprint(changed), rid))
    db.close()
    state = officer.approval(rid)
    assert state.status is ApprovalStatus.NOT_RECOGNISED and state.reasons == ("signature",)


def test_a_revoked_supervisors_approval_after_the_revocation_is_not_recognised(officer, supervisor, store, complete_request,
                                                                              clock):
    first = _in_review(officer, complete_request)
    key = key_for_store(store, SUPERVISOR)
    supervisor.approve(first, signer=key)  # before the revocation: it stays valid
    tomorrow = clock.now().date() + timedelta(days=1)
    TrustStore(_folder(store)).revoke(key.fingerprint, tomorrow, "Переведен в другой отдел",
                                      administrator(_folder(store)), at=clock.now(), zone=UTC)
    clock.advance(days=2)
    later = dict(complete_request, id="11111111-2222-4333-8444-555555555555", number="2/2026")
    rid = _in_review(officer, later)
    with pytest.raises(OperationRefused):
        supervisor.approve(rid, signer=key)
    assert store.status(rid) == "in_review"
    # The revoked key signs anyway, dated after its revocation, the row put in by SQL.
    _forge_decision(store, rid, key)
    _assert_not_recognised(officer, store, rid, "revoked")
    assert officer.approval(first).valid and officer.approval(first).decision.reviewer == SUPERVISOR


def test_the_author_of_an_imported_request_is_who_wrote_it_not_who_imported_it(tmp_path, complete_request, clock):
    from requestdesk.store.requests import RequestStore

    sender = RequestStore(tmp_path / "officer" / "requests.sqlite3", clock=clock)
    receiver = RequestStore(tmp_path / "supervisor" / "requests.sqlite3", clock=clock)
    try:
        writer = Desk(sender, OFFICER)
        rid = _in_review(writer, complete_request)
        # The officer signs the package with his own key, which the supervisor's workstation trusts.
        own_key = trust(tmp_path / "supervisor", trusted_key(tmp_path / "officer", OFFICER, "officer"))
        writer.pack(rid, tmp_path / "p.requestpkg", signer=own_key)
        chief = Desk(receiver, SUPERVISOR)
        chief.unpack(tmp_path / "p.requestpkg")
        chief.approve(rid, signer=key_for_store(receiver, SUPERVISOR))  # he imported it, he did not write it
        assert chief.approval(rid).valid
        # The officer imports it at the supervisor's workstation and tries his own supervisor key: refused.
        other = dict(complete_request, id="22222222-3333-4444-8555-666666666666", number="3/2026")
        rid2 = _in_review(writer, other)
        writer.pack(rid2, tmp_path / "q.requestpkg", signer=own_key)
        Desk(receiver, "Подполковник И. И. Иванов").unpack(tmp_path / "q.requestpkg")
        with pytest.raises(OperationRefused):
            Desk(receiver, "Подполковник И. И. Иванов").approve(rid2, signer=key_for_store(receiver, OFFICER))
    finally:
        sender.close()
        receiver.close()


def _revoked_tomorrow(store, key, clock):
    TrustStore(_folder(store)).revoke(key.fingerprint, clock.now().date() + timedelta(days=1), "Переведен в другой отдел",
                                      administrator(_folder(store)), at=clock.now(), zone=UTC)


def test_a_revoked_supervisors_approval_dated_back_before_the_revocation_is_not_recognised(officer, store, complete_request,
                                                                                          clock):
    """The revoked key signs an approval dated to before its revocation: its signature
    holds and its date is trusted, but the log has the submission it approves dated days
    after it."""
    key = key_for_store(store, SUPERVISOR)
    _revoked_tomorrow(store, key, clock)
    moment = clock.now()
    clock.advance(days=3)
    rid = _in_review(officer, complete_request)  # submitted after the revocation
    _forge_decision(store, rid, key, at=moment)
    _assert_not_recognised(officer, store, rid, "backdated")
    assert "dated back" in officer.approval(rid).message("en") and "задним числом" in officer.approval(rid).message("ru")


def test_an_approval_dated_before_its_key_was_made_is_not_recognised(officer, store, complete_request, clock):
    key = trust(_folder(store), make_key(_folder(store), SUPERVISOR, "supervisor", at=clock.now() + timedelta(days=2)))
    clock.advance(days=3)
    rid = _in_review(officer, complete_request)
    _forge_decision(store, rid, key, at=clock.now() - timedelta(days=30))
    assert officer.approval(rid).reasons == ("predates_key",)


def test_an_approval_made_minutes_after_a_clock_adjustment_still_holds(officer, supervisor, store, complete_request, clock):
    """The slack: a decision a minute before the event ahead of it (a clock set back a little) is not dated back."""
    key = key_for_store(store, SUPERVISOR)
    rid = _in_review(officer, complete_request)
    clock.advance(minutes=-1)
    supervisor.approve(rid, signer=key)
    assert officer.approval(rid).valid
