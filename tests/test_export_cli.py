"""`requestdesk export` (spec §3): exit codes, refusal without --draft, messages."""

from __future__ import annotations

import pytest
from docx import Document

from conftest import clone
from export_helpers import body_text, dump, header_texts
from requestdesk.cli.main import main


@pytest.fixture
def with_errors(complete_request):
    doc = clone(complete_request)
    doc["case_summary"] = {"ru": "", "en": ""}
    doc["seal"] = "authority"
    return doc


def test_a_clean_request_is_written_with_exit_0(complete_request, tmp_path, capsys):
    source = dump(complete_request, tmp_path / "r.request.json")
    out = tmp_path / "r.docx"
    assert main(["export", str(source), "--out", str(out), "--lang", "en"]) == 0
    assert f"Document written: {out}" in capsys.readouterr().out
    assert "ЗАПРОС" in body_text(Document(str(out)))


@pytest.mark.parametrize("document", ["request", "confirmation"])
def test_a_request_with_errors_is_refused_without_draft(with_errors, tmp_path, capsys, document):
    with_errors["urgent"] = True
    with_errors["urgency_reason"] = {"ru": "Срочно.", "en": "Urgent."}
    with_errors["transmission"] = {"channel": "oral", "at": "2026-11-19T10:00:00+03:00"}
    source = dump(with_errors, tmp_path / "r.request.json")
    out = tmp_path / "r.docx"
    assert main(["export", str(source), "--out", str(out), "--document", document, "--lang", "ru"]) == 1
    err = capsys.readouterr().err
    assert "в запросе есть ошибки, документ не создан" in err
    assert "6.3.b" in err and "6.4.seal" in err
    assert not out.exists()


def test_draft_writes_a_request_with_errors_marked_on_every_page(with_errors, tmp_path):
    source = dump(with_errors, tmp_path / "r.request.json")
    out = tmp_path / "r.docx"
    assert main(["export", str(source), "--out", str(out), "--draft", "--layout", "sequential"]) == 0
    assert all("ПРОЕКТ / DRAFT" in h for h in header_texts(Document(str(out))))


def test_the_checklist_is_produced_whatever_the_findings(with_errors, tmp_path):
    source = dump(with_errors, tmp_path / "r.request.json")
    out = tmp_path / "check.docx"
    assert main(["export", str(source), "--out", str(out), "--document", "checklist", "--lang", "en"]) == 0
    assert "6.3.b" not in body_text(Document(str(out)))  # rows show articles, not codes
    assert "ошибк" in body_text(Document(str(out)))


def test_a_folder_that_does_not_exist_exits_2_with_a_message(complete_request, tmp_path, capsys):
    source = dump(complete_request, tmp_path / "r.request.json")
    out = tmp_path / "missing" / "r.docx"
    assert main(["export", str(source), "--out", str(out), "--lang", "ru"]) == 2
    assert capsys.readouterr().err.strip() == f"{out}: папка «{out.parent}» не существует"


def test_a_confirmation_of_a_written_request_exits_2(complete_request, tmp_path, capsys):
    source = dump(complete_request, tmp_path / "r.request.json")
    out = tmp_path / "c.docx"
    assert main(["export", str(source), "--out", str(out), "--document", "confirmation", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert str(out) in err and "orally or by technical means" in err
    assert not out.exists()


def test_an_unreadable_request_file_exits_2(tmp_path, capsys):
    source = tmp_path / "broken.request.json"
    source.write_text("{not json", encoding="utf-8")
    assert main(["export", str(source), "--out", str(tmp_path / "r.docx"), "--lang", "en"]) == 2
    assert "broken.request.json" in capsys.readouterr().err
    assert not (tmp_path / "r.docx").exists()


def test_an_overdue_confirmation_can_still_be_produced_it_is_the_remedy(complete_request, tmp_path, capsys):
    doc = clone(complete_request)
    doc["urgent"] = True
    doc["urgency_reason"] = {"ru": "Данные будут удалены.", "en": "The data will be deleted."}
    doc["transmission"] = {"channel": "oral", "at": "2026-11-19T10:00:00+03:00"}
    source = dump(doc, tmp_path / "r.request.json")
    confirmation = tmp_path / "c.docx"
    assert main(["export", str(source), "--out", str(confirmation), "--document", "confirmation", "--lang", "en"]) == 0
    text = body_text(Document(str(confirmation)))
    assert "CONFIRMATION" in text and "ПОДТВЕРЖДЕНИЕ" in text
    # the request itself is still refused while its confirmation is overdue
    request = tmp_path / "r.docx"
    assert main(["export", str(source), "--out", str(request), "--document", "request", "--lang", "en"]) == 1
    assert "6.2.confirmation" in capsys.readouterr().err
    assert not request.exists()
