"""The footer of exported documents: the short fingerprint always, the approval record
when the caller has one; the checklist lists the event log it is given."""

from __future__ import annotations

from datetime import datetime, timezone

import docx

from requestdesk.documents.export import export_document
from requestdesk.documents.review_record import ApprovalRecord, EventRecord, MarkRecord, ReviewRecord
from requestdesk.domain.check import check_document
from requestdesk.domain.fingerprint import fingerprint, short_fingerprint

AT = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


def _footer(path) -> str:
    return "\n".join(p.text for s in docx.Document(str(path)).sections for p in s.footer.paragraphs)


def test_without_a_register_the_footer_has_the_fingerprint_alone(complete_request, tmp_path):
    out = export_document(complete_request, check_document(complete_request), tmp_path / "r.docx")
    footer = _footer(out)
    assert short_fingerprint(fingerprint(complete_request)) in footer
    assert "Approved" not in footer and "approved" not in footer


def test_the_approval_record_and_its_absence_are_stated(complete_request, tmp_path):
    result = check_document(complete_request)
    # A reviewer's name is data: template syntax in it is printed as typed.
    out = export_document(complete_request, result, tmp_path / "a.docx", review=ReviewRecord(ApprovalRecord("valid", "{{ 7*7 }}", AT)))
    footer = _footer(out)
    assert "Approved by {{ 7*7 }} at 25 November 2026" in footer and "Согласован: {{ 7*7 }}" in footer
    out = export_document(complete_request, result, tmp_path / "v.docx", review=ReviewRecord(ApprovalRecord("void")))
    assert "Approval void" in _footer(out) and "утратило силу" in _footer(out)
    out = export_document(complete_request, result, tmp_path / "n.docx", review=ReviewRecord(ApprovalRecord("none")))
    assert "Not approved" in _footer(out) and "Не согласован" in _footer(out)


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
    review.approve(complete_request["id"])
    store.close()
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    source = tmp_path / "r.request.json"
    save_request_file(complete_request, source)
    assert main(["export", str(source), "--out", str(tmp_path / "a.docx"), "--lang", "en"]) == 0
    assert "Approved by Подполковник П. П. Петров" in _footer(tmp_path / "a.docx")
    # The same request changed since: the approval is void for this text.
    changed = dict(complete_request, case_summary={"ru": "Иное", "en": "Other"})
    save_request_file(changed, source)
    assert main(["export", str(source), "--out", str(tmp_path / "b.docx"), "--lang", "en", "--draft"]) == 0
    footer = _footer(tmp_path / "b.docx")
    assert "Approval void" in footer and short_fingerprint(fingerprint(changed)) in footer
