"""verify and the log, played by a forger who edits the register around the program."""

from __future__ import annotations

import copy
import json
import sqlite3

import pytest

from requestdesk.store.events import event_hash


def _sql(store, statement, *params):
    db = sqlite3.connect(store.path)
    with db:
        db.execute(statement, params)
    db.close()


def _problems(desk):
    return [(p.request_id, p.what) for p in desk.verify() if p.failure]


def test_a_register_made_through_the_desk_verifies(officer, supervisor, supervisor_key, approved, complete_request, store):
    changed = copy.deepcopy(store.get(approved))
    changed["number"] = "7/2-1"
    officer.edit(changed)
    supervisor.approve(approved, signer=supervisor_key)
    officer.sign(approved)
    assert _problems(officer) == []
    report = officer.request_log(approved)
    assert report.verified and [e.event.kind for e in report.events] == [
        "created", "submitted", "approved", "edited", "approval_voided", "approved", "signed"]
    assert all(e.linked and e.intact for e in report.events)


def test_a_status_set_by_sql_does_not_verify(officer, approved, store):
    _sql(store, "UPDATE requests SET status = 'sent' WHERE id = ?", approved)
    assert _problems(officer) == [(approved, "status")]
    message = [p for p in officer.verify() if p.failure][0].message("ru")
    assert "Направлен" in message and "Согласован" in message


def test_a_text_changed_by_sql_does_not_verify(officer, approved, store):
    doc = store.get(approved)
    doc["assistance"][0]["identifiers"][0]["value"] = "203.0.113.99"
    _sql(store, "UPDATE documents SET doc = ? WHERE id = ?", json.dumps(doc, ensure_ascii=False), approved)
    assert (approved, "text") in _problems(officer)


def test_an_approval_inserted_by_sql_does_not_verify(officer, store, complete_request):
    rid = complete_request["id"]
    officer.create(complete_request)
    officer.submit(rid)
    from requestdesk.domain.fingerprint import fingerprint

    _sql(store, "INSERT INTO review_decisions (request_id, seq, decision, reviewer, at, note, fingerprint, enclosures, marks) "
                "VALUES (?, 1, 'approved', 'Подполковник П. П. Петров', '2026-11-20T09:00:00+00:00', '', ?, '[]', '[]')",
         rid, fingerprint(complete_request))
    _sql(store, "UPDATE requests SET status = 'approved' WHERE id = ?", rid)
    problems = _problems(officer)
    # Inserted without a supervisor's signature: not recognised, whatever name it carries.
    assert (rid, "review") in problems and (rid, "status") in problems and (rid, "approval_unrecognised") in problems


def test_an_event_edited_in_place_or_removed_is_found(officer, approved, store):
    _sql(store, "UPDATE events SET user = 'Someone else' WHERE request_id = ? AND seq = 3", approved)
    assert (approved, "altered") in _problems(officer)
    report = officer.request_log(approved)
    assert [e.intact for e in report.events] == [True, True, False]
    _sql(store, "DELETE FROM events WHERE request_id = ? AND seq = 2", approved)
    assert (approved, "missing") in _problems(officer)


def test_an_event_rewritten_with_its_hash_recomputed_breaks_the_next_link(officer, approved, store):
    db = sqlite3.connect(store.path)
    seq, at, kind, data, prev = db.execute(
        "SELECT seq, at, kind, data, prev_hash FROM events WHERE request_id = ? AND seq = 2", (approved,)).fetchone()
    digest = event_hash(prev, approved, seq, at, "Forger", kind, json.loads(data))
    with db:
        db.execute("UPDATE events SET user = 'Forger', hash = ? WHERE request_id = ? AND seq = 2", (digest, approved))
    db.close()
    assert (approved, "unlinked") in _problems(officer)


def test_a_deleted_request_keeps_a_log_that_verifies(officer, store, complete_request):
    officer.create(complete_request)
    officer.delete([complete_request["id"]])
    report = officer.request_log(complete_request["id"])
    assert report is not None and not report.in_register and report.verified
    assert officer.request_log("no-such-request") is None


def test_a_request_from_before_the_log_recorded_texts_is_noted_not_failed(officer, store, complete_request):
    store.save(complete_request)  # as an older version left it: no event at all
    problems = officer.verify()
    assert [(p.what, p.failure) for p in problems] == [("uncovered", False)]


@pytest.mark.parametrize("corrupt", [b"not a database at all" * 100])
def test_verify_names_a_damaged_file(tmp_path, corrupt):
    from requestdesk.store.requests import RequestStore, StoreError

    path = tmp_path / "requests.sqlite3"
    path.write_bytes(corrupt)
    with pytest.raises(StoreError) as failed:
        RequestStore(path)
    assert "поврежден" in failed.value.message("ru")
