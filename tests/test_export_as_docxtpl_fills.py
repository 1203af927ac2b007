"""An export writes exactly what docxtpl writes when it fills the template as it is.

The export takes shortcuts so that a process fills a template fast (the template kept
without its body and compiled in the data folder, the elements it prints read once, the
package loaded from memory): none of them may change a word or a mark of the document.
Each part docxtpl fills (the body, every header and footer) must come out byte for byte
as docxtpl's own `DocxTemplate(template).render(...)` writes it, for a fresh workstation
and for one whose data folder holds the compiled templates.
"""

from __future__ import annotations

import copy
import io
import zipfile
from datetime import datetime, timezone

import pytest
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import Environment, StrictUndefined

from export_cases import long_request, with_languages
from requestdesk.documents import environment as environment_module
from requestdesk.documents import export as export_module
from requestdesk.documents import templates
from requestdesk.documents.context import build_context, document_languages
from requestdesk.documents.environment import environment
from requestdesk.documents.export import render_document
from requestdesk.domain.check import check_document
from requestdesk.domain.directory import bundled_directory
from requestdesk.domain.timeutil import FixedClock
from requestdesk.paths import DATA_DIR_VARIABLE

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


def _oral(doc: dict) -> dict:
    return dict(copy.deepcopy(doc), urgent=True, urgency_reason={"ru": "Срочно.", "en": "Urgent."},
                transmission={"channel": "oral", "at": "2026-11-19T10:00:00+03:00"})


def _typed_like_markup(doc: dict) -> dict:
    """Texts an officer may type that look like template tags, XML or Word's own breaks."""
    doc = copy.deepcopy(doc)
    doc["case_summary"] = {"ru": "{{ 7*7 }} {% if 1 %}да{% endif %} <w:p> & «кавычки»\tпосле табуляции\nвторая строка",
                           "en": "{{ config }} }} {%p if %} & <b>bold</b>\tafter a tab\x0cpage"}
    doc["purpose"] = {"ru": "Цель {_{ не шаблон }_}", "en": "Purpose {_% not a tag %_}"}
    return doc


def _cases(example: dict) -> list[tuple[str, dict, dict]]:
    oral = _oral(example)
    out = []
    for name, doc in (("both languages", example), ("Russian only", with_languages(example, ("ru",))),
                      ("English only", with_languages(example, ("en",))), ("five pages", long_request(example)),
                      ("typed like markup", _typed_like_markup(example))):
        for layout in ("parallel", "sequential"):
            out.append((f"{name}, {layout}", doc, {"layout": layout}))
        out.append((f"{name}, draft file copy", doc, {"draft": True, "file_copy": True}))
        out.append((f"{name}, checklist", doc, {"document": "checklist"}))
    for name, doc in (("oral, both languages", oral), ("oral, Russian only", with_languages(oral, ("ru",))),
                      ("oral, English only", with_languages(oral, ("en",)))):
        out.append((f"{name}, confirmation", doc, {"document": "confirmation"}))
    return out


def _filled_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()
                if name == "word/document.xml" or name.startswith(("word/header", "word/footer"))}


def _plain_environment() -> Environment:
    """Jinja as docxtpl is given it, without the parse-once machinery: the same options and filters."""
    ours = environment()
    plain = Environment(autoescape=True, finalize=environment_module._finalize, undefined=StrictUndefined,
                        keep_trailing_newline=True)
    plain.filters.update({name: ours.filters[name] for name in ("day", "instant", "number", "count", "paragraphs", "the")})
    plain.globals.update(window=ours.globals["window"], pairs=ours.globals["pairs"])
    return plain


def _docxtpl_fills(doc: dict, result, document: str = "request", layout: str = "parallel", draft: bool = False,
                   file_copy: bool = False) -> bytes:
    """docxtpl filling the template file as it is, the way its documentation shows."""
    directory = bundled_directory()
    context = build_context(doc, result, directory, kind=document, draft=draft, now=NOW, file_copy=file_copy)
    name = export_module.template_name(document, layout, document_languages(result))
    template = DocxTemplate(str(templates.template_path(name)))
    emblem = export_module._emblem(document, None, result, directory, templates.template_path(name))
    if emblem is not None:
        context = {**context, "letterhead": {**context["letterhead"],
                                             "emblem": InlineImage(template, str(emblem), height=Mm(templates.EMBLEM_HEIGHT_MM))}}
    template.render(context, _plain_environment(), autoescape=True)
    templates._order_cell_shading(template.docx)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


@pytest.mark.parametrize("data_folder", ["fresh", "holding the compiled templates"])
def test_every_filled_part_is_byte_for_byte_what_docxtpl_writes(complete_request, tmp_path, monkeypatch, data_folder):
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "data"))
    environment.cache_clear()
    templates._shell.cache_clear()
    cases = _cases(complete_request)
    if data_folder != "fresh":
        for _, doc, options in cases:
            render_document(doc, check_document(doc, clock=FixedClock(NOW)), tmp_path / "x.docx", now=NOW, **options)
        environment.cache_clear()  # a later process: what it fills comes from the data folder
        templates._shell.cache_clear()
    compared = 0
    for name, doc, options in cases:
        result = check_document(doc, clock=FixedClock(NOW))
        ours = _filled_parts(render_document(doc, result, tmp_path / "x.docx", now=NOW, **options))
        expected = _filled_parts(_docxtpl_fills(doc, result, **options))
        assert ours.keys() == expected.keys(), name
        for part, xml in expected.items():
            assert ours[part] == xml, f"{name}: {part}"
            compared += 1
    assert compared >= 4 * len(cases)  # the body and at least three headers and footers each
    environment.cache_clear()
    templates._shell.cache_clear()
