"""The register forged around the program (issue 13, parts 3 and 4), by a forger who has
the database file and a key pair of their own, but not the workstation's key file nor a
supervisor's passphrase: each forgery is reported by `verify` and `log`, and an approval
the log does not account for is not recognised (the window, signing, the export)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from requestdesk.app import OperationRefused
from requestdesk.domain.review import ApprovalStatus
from requestdesk.store.events import EVENT_PURPOSE, event_hash
from requestdesk.store.export_record import export_record
from tests.cli_helpers import run_cli
from tests.signers import make_key


def _failures(desk, rid):
    return [p.what for p in desk.verify() if p.failure and p.request_id == rid]


def _append_signed(store, rid, key, kind, data, *, user="Forger", at=None):
    """An event appended by SQL, chained and hashed right, signed by `key` (a key pair the
    forger made: its signature holds, over the right hash)."""
    from requestdesk.domain.timeutil import iso_instant
    from requestdesk.identity.signing import b64

    db = sqlite3.connect(store.path)
    with db:
        seq, prev, last_at = db.execute("SELECT seq, hash, at FROM events WHERE request_id = ? ORDER BY seq DESC LIMIT 1",
                                        (rid,)).fetchone()
        when = at or last_at
        when = iso_instant(__import__("datetime").datetime.fromisoformat(when))
        digest = event_hash(prev, rid, seq + 1, when, user, kind, data)
        sig = b64(key.sign_payload(EVENT_PURPOSE, {"request_id": rid, "seq": seq + 1, "hash": digest}))
        db.execute("INSERT INTO events (request_id, seq, at, user, kind, data, prev_hash, hash, signer, signer_key, signature) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (rid, seq + 1, when, user, kind, json.dumps(data, ensure_ascii=False), prev, digest, key.fingerprint,
                    b64(key.public_key), sig))
        if isinstance(data.get("to"), str):
            db.execute("UPDATE requests SET status = ? WHERE id = ?", (data["to"], rid))
    db.close()


@pytest.fixture
def forgers_key(tmp_path):
    return make_key(tmp_path / "forger", "Подполковник П. П. Петров", "supervisor")


def test_events_appended_and_signed_by_a_key_nobody_trusts_do_not_verify(officer, approved, store, forgers_key):
    """Signed → the status set, the event signed by the forger's own key: the chain, the
    hashes, the signature and the head file all agree, the signer is nobody known here."""
    _append_signed(store, approved, forgers_key, "signed", {"from": "approved", "to": "signed", "note": ""})
    assert store.status(approved) == "signed"
    report = officer.request_log(approved)
    assert not report.verified
    assert "unknown_signer" in _failures(officer, approved)
    env = {"REQUESTDESK_DATA_DIR": str(store.path.parent)}
    for lang, said in (("en", "not signed by this workstation nor by a key it trusts"),
                       ("ru", "не этой рабочей станцией и не доверенным ключом")):
        verify = run_cli("verify", "--lang", lang, env=env)
        assert verify.returncode == 1 and said in verify.stdout, verify.stdout
        log = run_cli("log", approved, "--lang", lang, env=env)
        assert log.returncode == 1 and said in log.stdout, log.stdout


def test_a_returned_decision_removed_by_sql_leaves_no_valid_approval(officer, supervisor, supervisor_key, store,
                                                                     complete_request):
    """Approved, voided by an edit, returned; the text put back as approved. The forger
    deletes the return's row, un-voids the approval and sets the status to approved: the
    old approval's signature still holds, but the log has the return."""
    rid = complete_request["id"]
    officer.create(complete_request)
    officer.submit(rid)
    supervisor.approve(rid, signer=supervisor_key)
    doc = store.get(rid)
    approved_text = doc["case_summary"]["en"]
    doc["case_summary"]["en"] += " More."
    officer.edit(doc)
    supervisor.return_for_changes(rid, "Не то", signer=supervisor_key)
    doc["case_summary"]["en"] = approved_text
    officer.edit(doc)  # the approved text again, but returned since: no approval holds
    assert officer.approval(rid).status is ApprovalStatus.NONE
    db = sqlite3.connect(store.path)
    with db:
        db.execute("DELETE FROM review_decisions WHERE request_id = ? AND decision = 'returned'", (rid,))
        db.execute("UPDATE review_decisions SET voided_at = NULL, void_reason = '' WHERE request_id = ?", (rid,))
        db.execute("UPDATE requests SET status = 'approved' WHERE id = ?", (rid,))
    db.close()
    state = officer.approval(rid)
    assert state.status is ApprovalStatus.NOT_RECOGNISED and state.reasons == ("not_logged",)
    assert "changed outside the program" in state.message("en") and "в обход программы" in state.message("ru")
    with pytest.raises(OperationRefused):
        officer.sign(rid)
    assert store.status(rid) == "approved"  # nothing written by the refusal
    record = export_record(store, store.get(rid))
    assert record.approval.status != "valid" and "Петров" not in str(record.approval)
    assert {"approval_unrecognised", "review", "status"} <= set(_failures(officer, rid))


@pytest.mark.parametrize("field, value", [
    ("arrangement", {"ru": "Соглашение о технических каналах от 01.01.2020", "en": "Arrangement on technical channels of 1 January 2020"}),
    ("received_by", {"ru": "дежурный П. П. Сидоров", "en": "duty officer P. P. Sidorov"}),
    ("channel", "technical"),
])
def test_a_transmission_record_the_letter_prints_changed_after_approval_voids_it(officer, approved, store, field, value):
    """The fingerprint leaves the transmission record out (the Tracker writes it after
    signature), but the letter prints it: typed into an approved request, it voids the
    approval, and putting it back does not restore it (the signature never covered it)."""
    doc = store.get(approved)
    before = json.loads(json.dumps(doc.get("transmission", {})))
    doc.setdefault("transmission", {})[field] = value
    edited = officer.edit(doc).value
    assert edited.voided is not None
    state = officer.approval(approved)
    assert state.status is ApprovalStatus.VOID and state.reasons == ("transmission",)
    assert "transmission" in state.message("en") and "передач" in state.message("ru")
    assert store.status(approved) == "in_review"
    assert export_record(store, store.get(approved)).approval.status == "void"
    doc["transmission"] = before
    officer.edit(doc)
    assert officer.approval(approved).status is ApprovalStatus.VOID
    assert [p.what for p in officer.verify() if p.failure] == []


def test_a_status_only_an_approval_gives_reached_without_one_is_reported(officer, store, complete_request):
    """A forger who has the workstation's key file too writes, by SQL, events it signs: a
    request in review made "signed" and "sent". Every signature holds and is the
    workstation's; no supervisor signed an approval, and `verify` says so."""
    from requestdesk.identity.workstation_key import workstation_key

    rid = complete_request["id"]
    officer.create(complete_request)
    officer.submit(rid)
    own = workstation_key(store.path.parent)
    _append_signed(store, rid, own, "signed", {"from": "in_review", "to": "signed", "note": ""})
    _append_signed(store, rid, own, "transmitted", {"from": "signed", "to": "sent", "channel": "courier"})
    problems = [p for p in officer.verify() if p.failure and p.request_id == rid]
    assert [p.what for p in problems] == ["unapproved"]
    assert "Signed" in problems[0].message("en") and "no approval" in problems[0].message("en")
    assert "«Подписан»" in problems[0].message("ru") and "без действующего согласования" in problems[0].message("ru")
    assert not officer.request_log(rid).verified


def test_a_file_with_the_approved_fingerprint_but_another_transmission_record_is_not_exported_as_approved(
        officer, approved, store, tmp_path):
    """`export FILE` of a file holding the approved request's id and text, with a
    transmission record the letter prints that the register's request does not have: the
    footer names no approver (the approval is of the register's document, not this one)."""
    import docx

    doc = store.get(approved)
    doc["transmission"] = {"channel": "technical", "at": "2026-11-19T10:00:00+03:00",
                           "arrangement": {"ru": "Подложная договоренность", "en": "A forged arrangement"}}
    assert export_record(store, doc).approval.status != "valid"
    path = tmp_path / "forged.request.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "forged.docx"
    result = run_cli("export", str(path), "--out", str(out), "--draft", "--file-copy", env={"REQUESTDESK_DATA_DIR": str(store.path.parent)})
    assert result.returncode == 0, result.stderr
    from docx.oxml.ns import qn

    document = docx.Document(str(out))
    parts = [document.element.body, *(f._element for s in document.sections for f in (s.footer, s.first_page_footer))]
    text = "\n".join("".join(t.text or "" for t in part.iter(qn("w:t"))) for part in parts)
    assert "Approved by" not in text and "Согласован:" not in text
    assert "Not approved" in text or "Approval void" in text
