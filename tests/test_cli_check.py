"""`requestdesk check` as spec §3 describes it: exit codes, JSON, --lang, --now."""

import json

from requestdesk.domain.document import set_path
from tests.cli_helpers import run_cli
from tests.conftest import clone


def test_a_correct_request_exits_0_and_prints_json(write_request, complete_request):
    result = run_cli("check", str(write_request(complete_request)), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["ok"] is True
    assert out["deadlines"] == {"confirmation_due": None}
    assert all(set(f) == {"code", "severity", "field", "message"} for f in out["findings"])


def test_errors_exit_1_with_messages_in_the_chosen_language(write_request, complete_request):
    doc = clone(complete_request)
    doc["case_summary"] = {"ru": "", "en": ""}
    path = write_request(doc)
    ru = run_cli("check", str(path), "--json", "--lang", "ru")
    assert ru.returncode == 1
    finding = next(f for f in json.loads(ru.stdout)["findings"] if f["code"] == "6.3.b")
    assert finding == {"code": "6.3.b", "severity": "error", "field": "case_summary", "message": finding["message"]}
    assert "существо дела" in finding["message"]
    en = run_cli("check", str(path), "--lang", "en")
    assert en.returncode == 1 and "substance of the case" in en.stdout


def test_now_fixes_the_clock_for_the_confirmation_deadline(write_request, complete_request):
    doc = clone(complete_request)
    doc["urgent"] = True
    doc["urgency_reason"] = {"ru": "Данные будут удалены", "en": "The data will be deleted"}
    set_path(doc, "transmission.channel", "oral")
    set_path(doc, "transmission.at", "2026-11-20T10:00:00+03:00")
    path = write_request(doc)
    pending = run_cli("check", str(path), "--json", "--now", "2026-11-22T10:00:00+03:00")
    assert pending.returncode == 0
    out = json.loads(pending.stdout)
    assert out["deadlines"]["confirmation_due"] == "2026-11-23T10:00:00+03:00"
    assert [f["severity"] for f in out["findings"] if f["code"] == "6.2.confirmation"] == ["warning"]
    overdue = run_cli("check", str(path), "--json", "--now", "2026-11-23T10:00:01+03:00")
    assert overdue.returncode == 1
    assert [f["severity"] for f in json.loads(overdue.stdout)["findings"] if f["code"] == "6.2.confirmation"] == ["error"]
    whole_days = run_cli("check", str(path), "--json", "--counting", "whole_days")
    assert json.loads(whole_days.stdout)["deadlines"]["confirmation_due"] == "2026-11-24T00:00:00+03:00"


def test_a_file_that_is_not_a_request_exits_2_naming_the_file(write_request, tmp_path):
    for content in (b"", b"\x00\x01\x02binary", b"not json", b'{"format": "x"}'):
        path = write_request(content)
        result = run_cli("check", str(path), "--lang", "en")
        assert result.returncode == 2
        assert str(path) in result.stderr and result.stdout == ""
        assert "Traceback" not in result.stderr
    missing = run_cli("check", str(tmp_path / "absent.request.json"), "--lang", "ru")
    assert missing.returncode == 2 and "absent.request.json" in missing.stderr


def test_a_bad_now_is_refused_with_exit_2(write_request, complete_request):
    result = run_cli("check", str(write_request(complete_request)), "--now", "2026-11-22 10:00")
    assert result.returncode == 2 and "--now" in result.stderr


def test_check_never_imports_qt_or_python_docx(write_request, complete_request):
    path = write_request(complete_request)
    code = (
        f"import sys, runpy; sys.argv = ['requestdesk', 'check', {str(path)!r}];"
        "from requestdesk.__main__ import main; rc = main(sys.argv[1:]);"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'docx', 'docxtpl', 'jinja2')];"
        "print('IMPORTED', bad)"
    )
    import subprocess
    import sys

    from tests.cli_helpers import ROOT

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert "IMPORTED []" in result.stdout, result.stdout + result.stderr


def test_russian_output_names_the_severity_in_russian(write_request, complete_request):
    from tests.cli_helpers import run_cli

    doc = dict(complete_request)
    doc["offences"] = []  # 3.offences: a warning
    shown = run_cli("check", str(write_request(doc)), "--lang", "ru")
    assert "предупр." in shown.stdout and "warning" not in shown.stdout
