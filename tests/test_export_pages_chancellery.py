"""Requests a chancellery makes of its own, printed by LibreOffice and read page by page:
an item's identifiers table stays with the item it lists, and the written confirmation
says in the tense of its own date when its period ended."""

from __future__ import annotations

import json
import shutil

import pytest

from export_cases import items, summary_paragraphs, with_languages
from export_helpers import export
from pdf_pages import Page, convert, pages
from tests.conftest import clone

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                       reason="LibreOffice (soffice) and poppler (pdftotext) are needed"),
]

TABLE_HEADS = ("Тип", "Type")


def _base() -> dict:
    from requestdesk.resources import resource_path

    with resource_path("examples", "example.request.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """One-language-after-the-other requests whose items fall everywhere on a page: {name: pages}."""
    folder = tmp_path_factory.mktemp("chancellery")
    base = _base()
    cases: dict[str, tuple[dict, dict]] = {}
    for languages in (("ru", "en"), ("ru",), ("en",)):
        for count in range(0, 10):
            doc = with_languages(base, languages)
            doc["case_summary"] = summary_paragraphs(count) if count else base["case_summary"]
            doc["assistance"] = items(6)
            cases[f"sequential-{'-'.join(languages)}-summary{count}"] = (doc, {"layout": "sequential"})
    files = []
    for name, (doc, options) in cases.items():
        export(doc, folder / f"{name}.docx", **options)
        files.append(folder / f"{name}.docx")
    pdfs = convert(files, folder)
    return {name: pages(pdf) for name, pdf in zip(cases, pdfs)}


def _starts_with_table_head(page: Page) -> bool:
    body = page.body()
    return bool(body) and body[0].text.split()[0] in TABLE_HEADS


def test_an_items_identifiers_table_never_starts_a_page_apart_from_its_description(printed):
    problems = [f"{name}: page {page.number} starts with an identifiers table, its item on the page before"
                for name, pages_ in printed.items() for page in pages_[1:] if _starts_with_table_head(page)]
    assert not problems, "\n".join(problems)
