"""Internal marks: none on the original that is signed and sent abroad; the file copy and
the checklist carry the approval visa with the text's fingerprint; the checklist lists the
event log it is given."""

from __future__ import annotations

from datetime import datetime, timezone

import docx
import pytest
from docx.oxml.ns import qn

from requestdesk.documents.export import export_document
from requestdesk.documents.review_record import ApprovalRecord, EventRecord, MarkRecord, ReviewRecord
from requestdesk.domain.check import check_document
from requestdesk.domain.fingerprint import fingerprint, short_fingerprint
from tests.signers import key_for_store

AT = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


def _everything(path) -> str:
    """Every word on the pages: body, headers and footers of every kind."""
    document = docx.Document(str(path))
    parts = [document.element.body]
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer, section.first_page_footer):
            parts.append(part._element)
    text = "\n".join("".join(t.text or "" for t in part.iter(qn("w:t"))) for part in parts)
    return text.replace("\xa0", " ").replace("\u202f", " ")


def _footer(path) -> str:
    return "\n".join(p.text for s in docx.Document(str(path)).sections for f in (s.footer, s.first_page_footer) for p in f.paragraphs)


@pytest.mark.parametrize("status", ["valid", "void", "none"])
@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_the_original_carries_no_internal_status(complete_request, tmp_path, status, layout):
    result = check_document(complete_request)
    record = ReviewRecord(ApprovalRecord(status, "Подполковник П. П. Петров", AT))
    out = export_document(complete_request, result, tmp_path / "r.docx", review=record, layout=layout)
    text = _everything(out)
    for internal in ("Согласован", "Approv", "Не согласован", "Not approved", "утратило силу", "Петров П.", "Подполковник",
                     "Отпечаток", "Fingerprint", short_fingerprint(fingerprint(complete_request)), "Экземпляр для дела", "File copy"):
        assert internal not in text
    out = export_document(complete_request, result, tmp_path / "c.docx", document="request",
                          review=None, layout=layout)
    assert "Fingerprint" not in _everything(out)


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_a_file_copy_carries_the_approval_visa_with_the_fingerprint(complete_request, tmp_path, layout):
    result = check_document(complete_request)
    short = short_fingerprint(fingerprint(complete_request))
    # A reviewer's name is data: template syntax in it is printed as typed.
    out = export_document(complete_request, result, tmp_path / "a.docx", layout=layout, file_copy=True,
                          review=ReviewRecord(ApprovalRecord("valid", "{{ 7*7 }}", AT)))
    text = _everything(out)
    assert "Экземпляр для дела / File copy" in text
    assert "Экземпляр для дела. Согласован: {{ 7*7 }}, 25 ноября 2026 г., 12:00 (UTC+03:00)." in text
    assert f"Отпечаток текста: {short}." in text and f"Text fingerprint: {short}." in text
    assert "File copy. Approved by {{ 7*7 }} at 25 November 2026, 12:00 (UTC+03:00)." in text
    out = export_document(complete_request, result, tmp_path / "v.docx", layout=layout, file_copy=True,
                          review=ReviewRecord(ApprovalRecord("void")))
    assert "Approval void" in _everything(out) and "утратило силу" in _everything(out)
    out = export_document(complete_request, result, tmp_path / "n.docx", layout=layout, file_copy=True,
                          review=ReviewRecord(ApprovalRecord("none")))
    assert "Not approved" in _everything(out) and "Не согласован" in _everything(out)
    out = export_document(complete_request, result, tmp_path / "f.docx", layout=layout, file_copy=True)
    assert "No approval is recorded in the register" in _everything(out) and short in _everything(out)


def test_the_checklist_carries_the_approval_and_the_fingerprint(complete_request, tmp_path):
    result = check_document(complete_request)
    out = export_document(complete_request, result, tmp_path / "c.docx", document="checklist",
                          review=ReviewRecord(ApprovalRecord("valid", "Подполковник П. П. Петров", AT)))
    footer = _footer(out)
    assert short_fingerprint(fingerprint(complete_request)) in footer
    assert "Approved by Подполковник П. П. Петров at 25 November 2026" in footer
    assert "Согласован: Подполковник П. П. Петров" in _everything(out)


def test_the_checklist_lists_the_event_log(complete_request, tmp_path):
    events = [EventRecord(AT, "Ст. лейтенант И. И. Иванов", "submitted", {"from": "draft", "to": "in_review", "fingerprint": "ab" * 32}),
              EventRecord(AT, "Подполковник П. П. Петров", "returned", {"from": "in_review", "to": "returned", "note": "Уточните"})]
    out = export_document(complete_request, check_document(complete_request), tmp_path / "c.docx", document="checklist",
                          review=ReviewRecord(ApprovalRecord("none"), tuple(events),
                                              {"6.3.b": MarkRecord("needs_change", "Уточните способ", "Петров")}))
    cells = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    # The supervisor's mark on its row of the checklist.
    assert any(c.startswith("Требует исправления\nNeeds change\nУточните способ") for c in cells)
    assert any("Sent for review" in c and "Направлен на проверку" in c for c in cells)
    assert any("Returned for changes" in c and "Уточните" in c for c in cells)
    assert "Подполковник П. П. Петров" in cells
    # Without a log (a request file exported alone) there is no empty table.
    out = export_document(complete_request, check_document(complete_request), tmp_path / "d.docx", document="checklist")
    assert not any("Event log" in p.text for p in docx.Document(str(out)).paragraphs)


def test_cli_export_states_the_approval_from_the_local_register(complete_request, tmp_path, monkeypatch, capsys):
    from requestdesk.cli.main import main
    from requestdesk.domain.requestfile import save_request_file
    from requestdesk.paths import DATA_DIR_VARIABLE, store_path
    from requestdesk.store.requests import RequestStore
    from requestdesk.store.review import Review

    folder = tmp_path / "data"
    store = RequestStore(store_path(folder))
    store.save(complete_request)
    review = Review(store, "Подполковник П. П. Петров")
    review.submit(complete_request["id"])
    review.approve(complete_request["id"], signer=key_for_store(store))
    store.close()
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    source = tmp_path / "r.request.json"
    save_request_file(complete_request, source)
    assert main(["export", str(source), "--out", str(tmp_path / "a.docx"), "--lang", "en", "--file-copy"]) == 0
    assert "Approved by Подполковник П. П. Петров" in _everything(tmp_path / "a.docx")
    assert main(["export", str(source), "--out", str(tmp_path / "o.docx"), "--lang", "en"]) == 0
    assert "Approved" not in _everything(tmp_path / "o.docx")
    # The same request changed since: the approval is void for this text.
    changed = dict(complete_request, case_summary={"ru": "Иное", "en": "Other"})
    save_request_file(changed, source)
    assert main(["export", str(source), "--out", str(tmp_path / "b.docx"), "--lang", "en", "--draft", "--file-copy"]) == 0
    text = _everything(tmp_path / "b.docx")
    assert "Approval void" in text and short_fingerprint(fingerprint(changed)) in text
