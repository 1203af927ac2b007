"""User text is data; a document is written whole or not at all; failures say why."""

from __future__ import annotations

import errno
import os
import re

import pytest
from docx import Document

from tests.conftest import clone
from export_helpers import table_rows, NOW, body_text, export, flat, paragraphs
from requestdesk.documents import export as export_module
from requestdesk.documents import templates as templates_module
from requestdesk.documents.export import ExportError, export_document
from requestdesk.documents.templates import template_path
from requestdesk.domain.check import check_document
from requestdesk.domain.timeutil import FixedClock


def _check(doc):
    return check_document(doc, clock=FixedClock(NOW))


def test_template_syntax_typed_by_a_user_appears_literally(complete_request, tmp_path):
    doc = clone(complete_request)
    doc["case_summary"]["ru"] += " {{ 7*7 }} {% if true %}да{% endif %} {_{ x }_} {# c #}"
    doc["case_summary"]["en"] += " {{ 7*7 }} {{ request.number }}"
    doc["assistance"][0]["description"]["en"] = "Find {{ 7*7 }} and {%p endfor %}"
    doc["assistance"][0]["identifiers"][0]["value"] = "{{ 7*7 }}"
    for layout in ("parallel", "sequential"):
        text = body_text(export(doc, tmp_path / f"{layout}.docx", layout=layout, draft=True))
        assert "{{ 7*7 }} {% if true %}да{% endif %} {_{ x }_} {# c #}" in text
        assert "{{ 7*7 }} {{ request.number }}" in text
        assert "Find {{ 7*7 }} and {%p endfor %}" in text
        assert not re.search(r"\b49\b", text)


def test_xml_special_characters_and_line_breaks_are_kept(complete_request, tmp_path):
    doc = clone(complete_request)
    doc["purpose"]["en"] = 'Identify <b>"who"</b> & \'why\''
    doc["other_information"]["ru"] = "Первая строка\nВторая строка\r\nТретья\tс табуляцией"
    document = export(doc, tmp_path / "r.docx")
    assert "Purpose of the request: Identify <b>\"who\"</b> & 'why'" in paragraphs(document)
    # Each line the officer typed is a paragraph of its own (justified lines are not stretched),
    # the n-th Russian one beside the n-th English one.
    rows = [r for r in table_rows(document) if len(r) == 2]
    at = next(i for i, r in enumerate(rows) if r[0] == "Первая строка")
    assert [r[0] for r in rows[at:at + 3]] == ["Первая строка", "Вторая строка", "Третья\tс табуляцией"]
    assert rows[at][1] == "The statement of the victim's account is enclosed." and rows[at + 1][1] == ""


def test_characters_xml_cannot_hold_are_dropped(complete_request, tmp_path):
    doc = clone(complete_request)
    doc["case_summary"]["ru"] = "Начало\x00\x01\x07\x0b\x0c\x1b\x7f\ufffe конец"
    doc["signatory"]["name"]["en"] = "I. I.\x08 Ivanov"
    doc["requesting"]["authority"]["ru"] = "Министерство\x1f внутренних дел Российской Федерации"
    document = export(doc, tmp_path / "r.docx", draft=True)
    text = body_text(document)
    assert "Начало конец" in text
    assert "I. I. Ivanov" in text
    assert document.core_properties.author == "Министерство внутренних дел Российской Федерации"


def test_an_existing_document_survives_a_failed_rendering(complete_request, tmp_path, monkeypatch):
    out = tmp_path / "request.docx"
    out.write_bytes(b"the previous version")

    def broken(self, *args, **kwargs):
        raise RuntimeError("rendering failed half-way")

    monkeypatch.setattr(templates_module._Template, "render", broken)
    with pytest.raises(RuntimeError):
        export_document(complete_request, _check(complete_request), out, now=NOW)
    assert out.read_bytes() == b"the previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["request.docx"]


def test_a_write_failing_half_way_leaves_nothing_behind(complete_request, tmp_path, monkeypatch):
    out = tmp_path / "request.docx"
    real_fsync = os.fsync

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError) as caught:
        export_document(complete_request, _check(complete_request), out, now=NOW)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert caught.value.problem == "disk_full"
    assert str(out) in caught.value.message("ru") and "недостаточно места" in caught.value.message("ru")
    assert "the disk is full" in caught.value.message("en")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_gives_a_clear_message(complete_request, tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    out = folder / "request.docx"

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    # Root may write anywhere, so a read-only folder is simulated where the file is created.
    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(ExportError) as caught:
        export_document(complete_request, _check(complete_request), out, now=NOW)
    assert caught.value.problem == "not_writable"
    assert caught.value.message("ru") == f"{out}: нет права записи в папку «{folder}»"
    assert caught.value.message("en") == f'{out}: the folder "{folder}" cannot be written to'
    assert list(folder.iterdir()) == []


def test_a_missing_folder_is_named(complete_request, tmp_path):
    out = tmp_path / "no-such-folder" / "r.docx"
    with pytest.raises(ExportError) as caught:
        export_document(complete_request, _check(complete_request), out, now=NOW)
    assert caught.value.message("ru") == f"{out}: папка «{out.parent}» не существует"
    assert caught.value.message("en") == f'{out}: the folder "{out.parent}" does not exist'


def test_a_file_standing_where_the_folder_should_be_is_named_as_a_file(complete_request, tmp_path):
    blocking = tmp_path / "reports"
    blocking.write_text("a file, not a folder")
    out = blocking / "2026" / "r.docx"
    with pytest.raises(ExportError) as caught:
        export_document(complete_request, _check(complete_request), out, now=NOW)
    assert caught.value.message("ru") == f"{out}: «{blocking}» — это файл, а не папка"
    assert caught.value.message("en") == f'{out}: "{blocking}" is a file, not a folder'
    assert blocking.read_text() == "a file, not a folder"


def _template_with(tmp_path, paragraph: str):
    document = Document(str(template_path("request-parallel.docx")))
    document.add_paragraph(paragraph)
    path = tmp_path / "custom.docx"
    document.save(str(path))
    return path


def test_a_template_asking_for_unknown_fields_is_refused_by_name(complete_request, tmp_path, monkeypatch):
    custom = _template_with(tmp_path, "{{ requst.number }} {{ signatory_name }}")
    monkeypatch.setattr(export_module, "template_path", lambda name: custom)
    out = tmp_path / "r.docx"
    with pytest.raises(ExportError) as caught:
        export_document(complete_request, _check(complete_request), out, now=NOW)
    assert caught.value.problem == "template_variables"
    assert "requst, signatory_name" in caught.value.message("en")
    assert "custom.docx" in caught.value.message("ru") and "нет в данных запроса" in caught.value.message("ru")
    assert not out.exists()


def test_a_broken_template_is_reported_not_crashed_on(complete_request, tmp_path, monkeypatch):
    custom = _template_with(tmp_path, "{% if request.urgent %} never closed")
    monkeypatch.setattr(export_module, "template_path", lambda name: custom)
    with pytest.raises(ExportError) as caught:
        export_document(complete_request, _check(complete_request), tmp_path / "r.docx", now=NOW)
    assert caught.value.problem == "template_broken"
    assert "custom.docx" in caught.value.message("en")

    not_docx = tmp_path / "not.docx"
    not_docx.write_bytes(b"plain text, not a package")
    monkeypatch.setattr(export_module, "template_path", lambda name: not_docx)
    with pytest.raises(ExportError) as caught:
        export_document(complete_request, _check(complete_request), tmp_path / "r.docx", now=NOW)
    assert caught.value.problem == "template_broken"


def test_an_edited_template_is_used_at_once(complete_request, tmp_path, monkeypatch):
    custom = _template_with(tmp_path, "Наш бланк {{ request.number }}")
    monkeypatch.setattr(export_module, "template_path", lambda name: custom)
    result = _check(complete_request)
    export_document(complete_request, result, tmp_path / "a.docx", now=NOW)
    assert "Наш бланк 1/ПРИМЕР-2026" in paragraphs(Document(str(tmp_path / "a.docx")))
    edited = Document(str(custom))
    edited.add_paragraph("Вторая правка")
    edited.save(str(custom))
    export_document(complete_request, result, tmp_path / "b.docx", now=NOW)
    assert "Вторая правка" in paragraphs(Document(str(tmp_path / "b.docx")))


def test_a_confirmation_of_a_written_request_is_refused(complete_request, tmp_path):
    with pytest.raises(ExportError) as caught:
        export_document(complete_request, _check(complete_request), tmp_path / "c.docx", document="confirmation")
    assert caught.value.problem == "not_oral"
    assert "передан в письменной форме" in flat(caught.value.message("ru"))
    assert "was transmitted in writing" in caught.value.message("en")
    assert not (tmp_path / "c.docx").exists()
