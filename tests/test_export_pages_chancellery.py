"""Requests a chancellery makes of its own, printed by LibreOffice and read page by page:
an item's identifiers table stays with the item it lists, the signature stands on the
page's margins as the letter's lines do, and the number and date stand level in both
languages however long the letterhead's names."""

from __future__ import annotations

import json
import shutil

import pytest

from export_cases import items, summary_paragraphs, with_languages
from export_helpers import export
from pdf_pages import LEFT_MARGIN, RIGHT_MARGIN, Page, convert, find, pages
from tests.conftest import clone

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                       reason="LibreOffice (soffice) and poppler (pdftotext) are needed"),
]

TABLE_HEADS = ("Тип", "Type")
ENCLOSURES = [
    {"title": {"ru": f"Протокол допроса свидетеля № {n} с приложением фототаблицы и схемы места происшествия",
               "en": f"Record of the interview of witness No. {n} with the photographs and the plan of the scene"},
     "pages": 10 + n, "copies": n, "certified_copy": bool(n % 2)}
    for n in range(1, 5)
]


def _base() -> dict:
    from requestdesk.resources import resource_path

    with resource_path("examples", "example.request.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """One-language-after-the-other requests whose items fall everywhere on a page, and side by
    side ones whose letterheads differ in length: {name: pages}."""
    folder = tmp_path_factory.mktemp("chancellery")
    base = _base()
    cases: dict[str, tuple[dict, dict]] = {}
    for languages in (("ru", "en"), ("ru",), ("en",)):
        for count in range(0, 10):
            doc = with_languages(base, languages)
            doc["case_summary"] = summary_paragraphs(count) if count else base["case_summary"]
            doc["assistance"] = items(6)
            cases[f"sequential-{'-'.join(languages)}-summary{count}"] = (doc, {"layout": "sequential"})
    # The Russian names run a line or two longer than the English ones in the letterhead.
    for extra in range(0, 3):
        doc = clone(base)
        doc["requesting"]["authority"] = {
            "ru": "Главное управление Министерства внутренних дел Российской Федерации по г. Санкт-Петербургу"
                  + " и Ленинградской области" * (extra + 1),
            "en": "Main Department of the MIA of Russia for St Petersburg"}
        cases[f"parallel-long-names{extra}"] = (doc, {"layout": "parallel"})
    for layout, languages in (("parallel", ("ru", "en")), ("sequential", ("ru", "en")), ("sequential", ("ru",)),
                              ("sequential", ("en",))):
        doc = with_languages(base, languages)
        doc["attachments"] = ENCLOSURES
        cases[f"{layout}-{'-'.join(languages)}-enclosures"] = (doc, {"layout": layout})
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


def test_the_signature_stands_on_the_margins_like_the_letter_around_it(printed):
    """The position from the left margin, the name ending at the right one: not 1.5 mm inside
    them, where a table's cell margins put it while the enclosure line above starts at the margin."""
    problems = []
    for name, pages_ in printed.items():
        if not name.startswith("sequential"):
            continue  # side by side, every line stands in a cell, the signature's too
        last = pages_[-1]
        for position, signer in (("Начальник Управления", "И. И. Иванов"), ("Head of Department", "I. I. Ivanov")):
            lines = [line for page in pages_ for line in page.body() if line.text.startswith(position)]
            names = [line for page in pages_ for line in page.body() if line.text.endswith(signer)]
            if not lines:
                continue
            if abs(lines[-1].x0 - LEFT_MARGIN) > 1:
                problems.append(f"{name}: {position!r} starts {lines[-1].x0 - LEFT_MARGIN:.1f} pt from the left margin")
            if not names or abs(names[-1].x1 - (last.width - RIGHT_MARGIN)) > 1.5:
                problems.append(f"{name}: {signer!r} does not end at the right margin")
    assert not problems, "\n".join(problems)


def test_the_number_and_date_stand_level_in_both_languages(printed):
    problems = []
    for name, pages_ in printed.items():
        if not name.startswith("parallel"):
            continue
        ru, en = find(pages_[:1], "№ 1/ПРИМЕР-2026 от"), find(pages_[:1], "No. 1/ПРИМЕР-2026 of")
        if not ru or not en or abs(ru[0][1].y0 - en[0][1].y0) > 2:
            problems.append(f"{name}: the number line at {[round(l.y0) for _, l in ru]} in Russian, "
                            f"{[round(l.y0) for _, l in en]} in English")
    assert not problems, "\n".join(problems)


def test_the_enclosures_stand_in_a_column_after_the_word_enclosure(printed):
    """GOST R 7.0.97-2016, 5.24: «Приложение: 1. …» with every further line of the list,
    2., 3. … and the lines they wrap to, starting where the first enclosure's text does."""
    problems = []
    for name, pages_ in printed.items():
        if not name.endswith("enclosures"):
            continue
        for page in pages_:
            for label in ("Приложение:", "Enclosures:"):
                heads = [line for line in page.body() if line.text.startswith(label)]
                if not heads:
                    continue
                head = heads[0]
                left = head.x0 < page.text_centre
                below = [line for line in page.body() if line.y0 > head.y0 + 5 and (line.x0 < page.text_centre) == left
                         and line.y0 < head.y1 + 160]
                listed = [line for line in below if not line.text.startswith(("Начальник", "Head of", "М.П.", "L.S.", "_"))]
                listed = listed[: next((i for i, line in enumerate(listed) if line.y0 - (listed[i - 1].y1 if i else head.y1) > 8),
                                       len(listed))]
                starts = {round(line.x0) for line in listed}
                if len(listed) < 3 or len(starts) != 1 or min(starts) <= head.x0 + 40:
                    problems.append(f"{name}: the list after {label!r} starts at {sorted(starts)} ({len(listed)} lines), "
                                    f"the label at {head.x0:.0f}")
    assert not problems, "\n".join(problems)
