"""The signed log tried as a forger with the register file would (issue 13, part 4):
a log rewritten consistently (every hash recomputed), its last events deleted, its
signatures stripped or made up, the head file edited. Each is reported by `verify`, by
`log` and by the command line; what the workstation key cannot prove is said."""

from __future__ import annotations

import json
import os
import sqlite3
import stat

from requestdesk.identity.workstation_key import WORKSTATION_KEY_FILE
from requestdesk.store.events import event_hash
from requestdesk.store.heads import HEADS_FILE
from tests.cli_helpers import run_cli


def _problems(desk, rid=None):
    return [p.what for p in desk.verify() if p.failure and (rid is None or p.request_id == rid)]


def _rewrite_consistently(store, rid, *, new_user="Forger", keep_signatures=True):
    """Every event from the second on rewritten, each hash recomputed over the new chain."""
    db = sqlite3.connect(store.path)
    rows = db.execute("SELECT seq, at, user, kind, data, prev_hash FROM events WHERE request_id = ? ORDER BY seq",
                      (rid,)).fetchall()
    prev = ""
    with db:
        for seq, at, user, kind, data, _ in rows:
            user = new_user if seq >= 2 else user
            digest = event_hash(prev, rid, seq, at, user, kind, json.loads(data))
            db.execute("UPDATE events SET user = ?, prev_hash = ?, hash = ? WHERE request_id = ? AND seq = ?",
                       (user, prev, digest, rid, seq))
            if not keep_signatures:
                db.execute("UPDATE events SET signature = '', signer_key = '', signer = '' WHERE request_id = ? AND seq = ?",
                           (rid, seq))
            prev = digest
    db.close()


def test_events_made_through_the_desk_are_signed_and_verify(officer, approved, store):
    report = officer.request_log(approved)
    assert report.verified and all(e.signed is True for e in report.events)
    signers = [e.signer for e in report.events]
    # The decision by the supervisor's own key, the rest by the workstation's.
    assert signers == ["workstation", "workstation", "Подполковник П. П. Петров"]
    key = store.path.parent / WORKSTATION_KEY_FILE
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(store.path.parent / HEADS_FILE).st_mode) == 0o600


def test_a_log_rewritten_consistently_does_not_verify(officer, approved, store):
    _rewrite_consistently(store, approved)
    report = officer.request_log(approved)
    assert all(e.linked and e.intact for e in report.events)  # the chain alone says nothing
    assert not report.verified and [e.signed for e in report.events] == [True, False, False]
    assert "bad_signature" in _problems(officer, approved)
    assert "head_differs" in _problems(officer, approved)


def test_a_log_rewritten_with_its_signatures_stripped_does_not_verify(officer, approved, store):
    _rewrite_consistently(store, approved, keep_signatures=False)
    problems = _problems(officer, approved)
    assert "head_differs" in problems
    report = officer.request_log(approved)
    assert [e.signed for e in report.events] == [None, None, None] and not report.verified


def test_its_last_events_deleted_is_found(officer, approved, store):
    db = sqlite3.connect(store.path)
    with db:
        db.execute("DELETE FROM events WHERE request_id = ? AND seq >= 3", (approved,))
    db.close()
    report = officer.request_log(approved)
    assert all(e.linked and e.intact and e.signed for e in report.events)  # what is left is a clean chain
    problems = officer.verify()
    removed = [p for p in problems if p.what == "tail_removed" and p.request_id == approved]
    assert removed and "were removed" in removed[0].message("en") and "удалены" in removed[0].message("ru")


def test_a_whole_log_deleted_is_found(officer, approved, store):
    db = sqlite3.connect(store.path)
    with db:
        db.execute("DELETE FROM events WHERE request_id = ?", (approved,))
    db.close()
    assert "tail_removed" in _problems(officer, approved)


def test_an_edited_head_file_is_reported(officer, approved, store):
    path = store.path.parent / HEADS_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    forged = json.loads(lines[-1])
    forged["seq"] = 1  # "only one event was ever counted": to hide a deletion
    path.write_text("\n".join([*lines, json.dumps(forged)]) + "\n", encoding="utf-8")
    assert "heads_damaged" in _problems(officer)


def test_the_command_line_says_it(officer, approved, store):
    _rewrite_consistently(store, approved)
    env = {"REQUESTDESK_DATA_DIR": str(store.path.parent)}
    log = run_cli("log", approved, "--json", env=env)
    assert log.returncode == 1
    events = json.loads(log.stdout)["events"]
    assert [e["signature"] for e in events] == [True, False, False]
    verify = run_cli("verify", "--lang", "ru", env=env)
    assert verify.returncode == 1 and "подпись события 2 не сходится" in verify.stdout


# -- the head in a second place: each backup ---------------------------------------------------
def _backup(store):
    from datetime import date

    from requestdesk.store.backup import BACKUP_FOLDER, make_backup

    return make_backup(store, store.path.parent / BACKUP_FOLDER, date(2026, 11, 20))


def _cut_tail_and_heads_file(store, rid, keep):
    """The last events deleted by SQL, and log-heads.jsonl deleted along with them (a
    forger who knows both places but not the backups)."""
    db = sqlite3.connect(store.path)
    with db:
        db.execute("DELETE FROM events WHERE request_id = ? AND seq > ?", (rid, keep))
    db.close()
    (store.path.parent / HEADS_FILE).unlink()


def test_a_log_cut_short_is_found_through_the_head_a_backup_carries(officer, approved, store):
    _backup(store)
    _cut_tail_and_heads_file(store, approved, keep=2)
    removed = [p for p in officer.verify() if p.request_id == approved and p.what == "tail_removed"]
    assert removed and removed[0].failure
    assert "2 event(s) where 3 were counted" in removed[0].message("en")
    assert not officer.request_log(approved).verified
    env = {"REQUESTDESK_DATA_DIR": str(store.path.parent)}
    verify = run_cli("verify", "--lang", "en", env=env)
    assert verify.returncode == 1 and "its last events were removed" in verify.stdout


def test_a_whole_log_deleted_is_found_through_a_backup(officer, approved, store):
    _backup(store)
    _cut_tail_and_heads_file(store, approved, keep=0)
    assert "tail_removed" in _problems(officer, approved)


def test_without_a_backup_or_the_heads_file_a_cut_cannot_be_seen(officer, approved, store):
    """What README says: the chain cannot show its own tail was cut when both places are gone."""
    _cut_tail_and_heads_file(store, approved, keep=2)
    assert "tail_removed" not in _problems(officer, approved)


def test_a_backup_whose_heads_were_edited_is_reported_and_not_believed(officer, approved, store):
    backup = _backup(store)
    db = sqlite3.connect(backup.path)
    with db:
        db.execute("UPDATE backup_log_heads SET seq = 1 WHERE request_id = ?", (approved,))  # to hide a cut
    db.close()
    _cut_tail_and_heads_file(store, approved, keep=1)
    problems = _problems(officer)
    assert "backup_heads_damaged" in problems


def test_a_register_restored_from_a_backup_verifies_and_keeps_no_backup_heads(officer, approved, store, tmp_path):
    from requestdesk.store.backup import restore

    backup = _backup(store)
    target = tmp_path / "restored" / "requests.sqlite3"
    target.parent.mkdir()
    restore(backup.path, target)
    db = sqlite3.connect(target)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    db.close()
    assert "backup_log_heads" not in tables and "backup_log_heads_seal" not in tables
    assert _problems(officer) == []
