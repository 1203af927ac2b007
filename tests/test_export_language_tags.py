"""Every run of text is marked with its language, and no run holds both, so that Word checks the
English as English: the body, every header and footer, and the checklist's bilingual lines."""

from __future__ import annotations

import re

import pytest
from docx.oxml.ns import qn

from export_helpers import export
from tests.conftest import clone

CYRILLIC = re.compile("[А-Яа-яЁё]")
# English words, leaving out what is not prose: e-mail addresses, domains, URLs, hex fingerprints.
# Registration numbers ("1/ПРИМЕР-2026") and offsets ("UTC+03:00") belong to both languages.
_NOT_WORDS = re.compile(r"\S*[@/]\S*|\S+\.(am|ru|com|org)\b|\b[0-9a-f]{4}(-[0-9a-f]{4})+\b|\b[IVX]+\b|UTC")
ENGLISH = re.compile(r"\b[A-Za-z]{3,}\b")


def _language(run, defaults: str) -> str:
    lang = run.find(qn("w:rPr") + "/" + qn("w:lang"))
    return lang.get(qn("w:val")) if lang is not None else defaults


def _runs(document):
    parts = [("body", document.element.body)]
    for section in document.sections:
        for name in ("header", "first_page_header", "footer", "first_page_footer"):
            parts.append((name, getattr(section, name)._element))
    for where, part in parts:
        for run in part.iter(qn("w:r")):
            text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            if text.strip():
                yield where, run, text


def _problems(document) -> list[str]:
    problems = []
    for where, run, text in _runs(document):
        words = _NOT_WORDS.sub(" ", text)
        english = ENGLISH.findall(words)
        cyrillic = bool(CYRILLIC.search(words))
        lang = _language(run, "ru-RU")  # the documents' default language
        if english and cyrillic and len(english) > 1:
            problems.append(f"{where}: one run holds both languages: {text!r}")
        elif english and not cyrillic and lang != "en-GB":
            problems.append(f"{where}: English marked {lang}: {text!r}")
        elif cyrillic and not english and lang != "ru-RU":
            problems.append(f"{where}: Russian marked {lang}: {text!r}")
    return problems


@pytest.mark.parametrize("options", [
    {"layout": "parallel"},
    {"layout": "sequential"},
    {"layout": "parallel", "file_copy": True, "draft": True},
    {"document": "checklist"},
    {"document": "confirmation", "layout": "parallel"},
])
def test_every_run_carries_its_language(complete_request, tmp_path, options):
    doc = clone(complete_request)
    doc.update(urgent=True, urgency_reason={"ru": "Журналы хранятся 30 суток.", "en": "Logs are kept for 30 days."})
    doc["transmission"] = {"channel": "oral", "at": "2026-11-19T10:00:00+03:00"}
    document = export(doc, tmp_path / "d.docx", **options)
    assert not _problems(document), "\n".join(_problems(document))
