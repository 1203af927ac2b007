"""`requestdesk export ID`, `log ID` and `verify` as a user's script runs them."""

from __future__ import annotations

import copy
import json
import sqlite3

from requestdesk.app import Desk
from requestdesk.store.events import read_events
from requestdesk.store.requests import RequestStore
from tests.cli_helpers import run_cli
from tests.signers import key_for_store


def _register(folder, complete_request, *, approve=True):
    store = RequestStore(folder / "requests.sqlite3")
    officer, supervisor = Desk(store, "Ст. лейтенант И. И. Иванов"), Desk(store, "Подполковник П. П. Петров")
    rid = complete_request["id"]
    officer.create(complete_request)
    officer.submit(rid)
    if approve:
        supervisor.approve(rid, signer=key_for_store(store, supervisor.user))
    store.close()
    return rid


def _env(folder):
    return {"REQUESTDESK_DATA_DIR": str(folder)}


def test_export_by_id_writes_the_document_and_logs_it(tmp_path, complete_request):
    rid = _register(tmp_path, complete_request)
    out = tmp_path / "out.docx"
    done = run_cli("export", rid[:8], "--out", str(out), "--lang", "en", env=_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0 and str(out) in done.stdout
    store = RequestStore(tmp_path / "requests.sqlite3")
    exported = store.read(read_events, rid)[-1]
    store.close()
    assert exported.kind == "exported" and exported.data["document"] == "request" and exported.data["file"] == "out.docx"


def test_export_by_id_of_a_request_with_errors_is_refused_and_logs_nothing(tmp_path, complete_request):
    broken = copy.deepcopy(complete_request)
    broken["case_summary"] = {"ru": "", "en": ""}
    rid = _register(tmp_path, broken, approve=False)
    out = tmp_path / "out.docx"
    refused = run_cli("export", rid, "--out", str(out), "--lang", "ru", env=_env(tmp_path))
    assert refused.returncode == 1 and "6.3.b" in refused.stderr and "ошибки" in refused.stderr
    assert not out.exists()
    draft = run_cli("export", rid, "--out", str(out), "--draft", env=_env(tmp_path))
    assert draft.returncode == 0 and out.exists()


def test_export_into_a_folder_that_does_not_exist_logs_nothing(tmp_path, complete_request):
    rid = _register(tmp_path, complete_request)
    failed = run_cli("export", rid, "--out", str(tmp_path / "missing" / "out.docx"), "--lang", "ru", env=_env(tmp_path))
    assert failed.returncode == 2 and "Traceback" not in failed.stderr and failed.stderr.strip()
    store = RequestStore(tmp_path / "requests.sqlite3")
    assert store.read(read_events, rid)[-1].kind == "approved"
    store.close()


def test_unknown_ids_and_missing_registers_exit_2(tmp_path, complete_request):
    assert run_cli("log", "deadbeef-0000", env=_env(tmp_path)).returncode == 2  # no register at all
    _register(tmp_path, complete_request)
    unknown = run_cli("log", "deadbeef-0000", "--lang", "ru", env=_env(tmp_path))
    assert unknown.returncode == 2 and "нет такого файла и нет запроса" in unknown.stderr
    assert run_cli("export", "deadbeef-0000", "--out", str(tmp_path / "x.docx"), env=_env(tmp_path)).returncode == 2


def test_log_lists_the_events_oldest_first_and_verifies(tmp_path, complete_request):
    rid = _register(tmp_path, complete_request)
    shown = run_cli("log", rid, "--lang", "ru", env=_env(tmp_path))
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert any("created" in line for line in lines) and "Журнал подтверждается." in shown.stdout
    created, submitted, approved = (next(i for i, line in enumerate(lines) if f"  {k}  " in line)
                                    for k in ("created", "submitted", "approved"))
    assert created < submitted < approved
    assert "Подполковник П. П. Петров" in lines[approved]
    as_json = json.loads(run_cli("log", rid, "--json", env=_env(tmp_path)).stdout)
    assert as_json["verified"] and [e["kind"] for e in as_json["events"]] == ["created", "submitted", "approved"]
    assert all(e["linked"] and e["intact"] for e in as_json["events"])


def test_log_and_verify_report_a_forged_status_and_an_altered_event(tmp_path, complete_request):
    rid = _register(tmp_path, complete_request)
    assert run_cli("verify", env=_env(tmp_path)).returncode == 0
    db = sqlite3.connect(tmp_path / "requests.sqlite3")
    with db:
        db.execute("UPDATE requests SET status = 'signed' WHERE id = ?", (rid,))
        db.execute("UPDATE events SET data = json_set(data, '$.note', 'forged') WHERE request_id = ? AND seq = 2", (rid,))
    db.close()
    log = run_cli("log", rid, "--lang", "en", env=_env(tmp_path))
    assert log.returncode == 1 and "event 2 was altered" in log.stdout and "Signed" in log.stdout
    verify = run_cli("verify", "--json", env=_env(tmp_path))
    assert verify.returncode == 1
    problems = {p["what"] for p in json.loads(verify.stdout)["problems"]}
    assert {"altered", "status"} <= problems


def test_a_name_with_terminal_controls_cannot_forge_the_log_output(tmp_path, complete_request):
    store = RequestStore(tmp_path / "requests.sqlite3")
    forger = Desk(store, "Petrov\x1b[2K\rApproval valid \u202eok")
    forger.create(complete_request)
    store.close()
    shown = run_cli("log", complete_request["id"], "--lang", "en", env=_env(tmp_path))
    assert "\x1b" not in shown.stdout and "\u202e" not in shown.stdout and "\r" not in shown.stdout
    assert "⟨U+001B⟩" in shown.stdout and "⟨U+202E⟩" in shown.stdout


def test_verify_of_a_damaged_register_exits_2(tmp_path):
    (tmp_path / "requests.sqlite3").write_bytes(b"garbage" * 1000)
    damaged = run_cli("verify", "--lang", "ru", env=_env(tmp_path))
    assert damaged.returncode == 2 and "поврежден" in damaged.stderr


def test_an_archived_request_keeps_its_log_and_the_register_verifies(tmp_path, complete_request):
    """Deleted after it left the draft stage, a request is archived: `log` shows its whole
    log with the archiving last, and `verify` finds the register intact, before and
    after it is brought back."""
    rid = _register(tmp_path, complete_request)
    store = RequestStore(tmp_path / "requests.sqlite3")
    officer = Desk(store, "Ст. лейтенант И. И. Иванов")
    kinds_before = [e.kind for e in store.read(read_events, rid)]
    officer.delete([rid])
    store.close()
    log = run_cli("log", rid, "--json", env=_env(tmp_path))
    assert log.returncode == 0, log.stderr
    shown = json.loads(log.stdout)
    events = shown["events"] if isinstance(shown, dict) else shown
    assert [e["kind"] for e in events] == [*kinds_before, "archived"]
    russian = run_cli("log", rid, "--lang", "ru", env=_env(tmp_path))
    assert russian.returncode == 0 and "archived" in russian.stdout.splitlines()[-3] and "Журнал подтверждается" in russian.stdout
    assert run_cli("verify", env=_env(tmp_path)).returncode == 0
    store = RequestStore(tmp_path / "requests.sqlite3")
    Desk(store, "Ст. лейтенант И. И. Иванов").unarchive([rid])
    store.close()
    assert run_cli("verify", env=_env(tmp_path)).returncode == 0
