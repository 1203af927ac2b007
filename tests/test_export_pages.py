"""The documents as LibreOffice prints them, page by page, as a chancellery reads them
before the chief signs: page numbers at the top centre from the second page, no page that
holds only the signature or only the seal place, no heading or first line left at the foot
of a page, each Russian paragraph beside its English one, the executor at the foot of the
last page. Many shapes of request, so that the signature falls everywhere on a page."""

from __future__ import annotations

import re
import shutil

import pytest

from export_cases import long_request, other_lines, summary_paragraphs, with_languages
from export_helpers import export
from pdf_pages import TOP_MARGIN, Page, convert, find, pages
from tests.conftest import clone

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                       reason="LibreOffice (soffice) and poppler (pdftotext) are needed"),
]

LAYOUTS = [
    ("parallel", ("ru", "en")),
    ("sequential", ("ru", "en")),
    ("parallel", ("ru",)),  # one language: written out whatever the layout asked
    ("sequential", ("en",)),
]
SIGNATURE_LINE = "________________"
SEALS = ("М.П.", "L.S.")
EXECUTORS = ("Исп.:", "Executing officer:")
HEADING = re.compile(r"^(\d\.|3\.\d+\.) ")


def _closing(doc: dict) -> tuple[str, ...]:
    """What the closing block prints: signature, position, name, basis, seal, executor, visa."""
    signatory = doc["signatory"]
    words = [SIGNATURE_LINE, *SEALS, *EXECUTORS, "Основание:", "Basis:", "Временно исполняющий", "Acting",
             "обязанности", "Экземпляр для дела.", "File copy.", "гербовая печать", "coat-of-arms seal", "подразделения)",
             "specialised subdivision)", "competent authority)", "органа)"]
    for key in ("name", "position"):
        words += [v for v in signatory[key].values() if v]
    return tuple(words)


def _is_closing(text: str, closing: tuple[str, ...]) -> bool:
    return any(text.startswith(w) or w in text for w in closing if w) or text.strip("_ ") == ""


def _is_enclosure(text: str) -> bool:
    return text.startswith(("Приложение:", "Enclosure", "1. ", "2. ", "3. ")) or " л. в " in text or "sheets" in text


def _check_pages(name: str, doc: dict, printed: list[Page]) -> list[str]:
    problems = []
    closing = _closing(doc)
    for page in printed:
        # Page numbers: none on the first page; the number at the top centre of the others.
        numbers = [line for line in page.header() if line.text.strip().isdigit()]
        if page.number == 1:
            if numbers:
                problems.append(f"{name}: a page number on the first page")
        elif not any(line.text.strip() == str(page.number) and abs(line.centre - page.text_centre) < 8 for line in numbers):
            problems.append(f"{name}: page {page.number} has no number at the top centre")
        if any(line.text.strip().isdigit() and line.y0 > page.height - TOP_MARGIN for line in page.lines):
            problems.append(f"{name}: a page number at the foot of page {page.number}")

        body = page.body()
        texts = [line.text for line in body]
        has_signature = any(SIGNATURE_LINE in t for t in texts)
        letter_text = [t for t in texts if not _is_closing(t, closing) and not _is_enclosure(t)]
        if has_signature and not letter_text:
            problems.append(f"{name}: page {page.number} holds the signature without a line of the letter")
        if any(t.startswith(SEALS) for t in texts) and not has_signature:
            problems.append(f"{name}: the seal place on page {page.number} is away from the signature")
        if any(t.startswith(EXECUTORS) for t in texts) and not has_signature:
            problems.append(f"{name}: the executor on page {page.number} is away from the signature")

        # No heading as the last line of its column on a page.
        for heading in (line for line in body if HEADING.match(line.text)):
            left = heading.x0 < page.text_centre
            below = [line for line in body if line.y0 > heading.y1 - 1 and (line.x0 < page.text_centre) == left
                     and not HEADING.match(line.text) and not line.text.startswith(EXECUTORS)]
            if not below:
                problems.append(f"{name}: heading {heading.text!r} ends page {page.number}")
    last = printed[-1]
    executors = [line for line in last.lines if line.text.startswith(EXECUTORS)]
    if not executors:
        problems.append(f"{name}: no executor on the last page")
    elif max(line.y1 for line in executors) < last.height - 20 * 72 / 25.4 - 40:
        problems.append(f"{name}: the executor is not at the foot of the last page")
    return problems


def _paired(name: str, printed: list[Page], count: int) -> list[str]:
    """Each Russian paragraph starts on the same page and line as its English one."""
    problems = []
    for n in range(1, count + 1):
        ru = find(printed, f"Абзац {n}. ")
        en = find(printed, f"Paragraph {n}. ")
        if not ru or not en:
            problems.append(f"{name}: paragraph {n} is missing ({len(ru)} Russian, {len(en)} English)")
            continue
        (ru_page, ru_line), (en_page, en_line) = ru[0], en[0]
        if ru_page.number != en_page.number or abs(ru_line.y0 - en_line.y0) > 2:
            problems.append(f"{name}: «Абзац {n}» on page {ru_page.number} at {ru_line.y0:.0f} pt, "
                            f"Paragraph {n} on page {en_page.number} at {en_line.y0:.0f} pt")
    return problems


def _lone_lines(name: str, printed: list[Page]) -> list[str]:
    """No paragraph leaves one line alone at the top of a page (its last) or at the foot (its first).

    Read from the indents: a paragraph's first line starts further right than its other lines,
    so a page whose column starts with an unindented line followed by an indented one (or by
    nothing) holds the last line of a paragraph begun on the page before, alone.
    """
    problems = []
    for page in printed[1:]:
        body = [line for line in page.body() if not line.text.startswith(EXECUTORS) and len(line.text) > 12]
        for left in (True, False):
            column = [line for line in body if (line.x0 < page.text_centre) == left]
            if len(column) < 2:
                continue
            base = min(line.x0 for line in column[:6])
            first, second = column[0], column[1]
            indented = second.x0 > base + 8 and second.x0 < base + 40
            if first.x0 <= base + 1 and indented and not HEADING.match(first.text) and first.text.rstrip().endswith("."):
                problems.append(f"{name}: one line alone at the top of page {page.number}: {first.text!r}")
    return problems


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Every case exported and printed in one LibreOffice run: {name: (doc, pages)}."""
    from requestdesk.resources import resource_path
    import json

    folder = tmp_path_factory.mktemp("pages")
    with resource_path("examples", "example.request.json").open(encoding="utf-8") as fh:
        base = json.load(fh)
    cases: dict[str, tuple[dict, dict]] = {}
    for layout, languages in LAYOUTS:
        tag = f"{layout}-{'-'.join(languages)}"
        for count in range(0, 46, 3):
            doc = with_languages(base, languages)
            doc["other_information"] = other_lines(count) if count else {"ru": "", "en": ""}
            doc["confidential"] = bool(count % 2)
            doc["presence_requested"] = count % 4 == 0
            cases[f"{tag}-other{count}"] = (doc, {"layout": layout})
        long = with_languages(long_request(base), languages)
        cases[f"{tag}-long"] = (long, {"layout": layout})
        acting = clone(long)
        acting["signatory"].update(role="acting_subdivision_head", acting_basis={"ru": "приказ № 15 л/с от 1 ноября 2026 г.",
                                                                                   "en": "order No. 15 of 1 November 2026"})
        acting["case_summary"] = summary_paragraphs(9)
        cases[f"{tag}-acting"] = (acting, {"layout": layout})
        oral = clone(long)
        oral.update(urgent=True, urgency_reason={"ru": "Журналы хранятся 30 суток.", "en": "Logs are kept for 30 days."})
        oral["transmission"] = {"channel": "oral", "at": "2026-11-19T10:00:00+03:00"}
        cases[f"{tag}-confirmation"] = (oral, {"layout": layout, "document": "confirmation"})
        cases[f"{tag}-filecopy"] = (clone(long), {"layout": layout, "file_copy": True})
    # Checklists whose table grows finding by finding, so that its end falls everywhere on a page.
    for count in range(0, 40):
        doc = clone(base)
        doc["assistance"][0]["identifiers"] += [{"type": "ip", "value": f"999.0.2.{n}"} for n in range(count)]
        cases[f"checklist-{count}"] = (doc, {"document": "checklist"})
    files = []
    for name, (doc, options) in cases.items():
        export(doc, folder / f"{name}.docx", **options)
        files.append(folder / f"{name}.docx")
    pdfs = convert(files, folder)
    return {name: (cases[name][0], pages(pdf)) for name, pdf in zip(cases, pdfs)}


def test_page_numbers_signature_seal_headings_and_executor_as_printed(printed):
    problems = []
    for name, (doc, pages_) in printed.items():
        if not name.startswith("checklist"):
            problems += _check_pages(name, doc, pages_)
    assert not problems, "\n".join(problems)


RESULTS = ("соответствует", "ошибка", "предупреждение", "не применяется")


def test_the_reviewers_signature_stands_with_the_checklist(printed):
    problems = []
    for name, (_doc, pages_) in printed.items():
        if not name.startswith("checklist"):
            continue
        for page in pages_:
            numbers = [line for line in page.header() if line.text.strip().isdigit()]
            if (page.number == 1) == bool(numbers):
                problems.append(f"{name}: page number on page {page.number}: {[n.text for n in numbers]}")
            texts = page.text()
            if "Проверил / Reviewed by:" in texts and not any(word in texts for word in RESULTS):
                problems.append(f"{name}: the reviewer's signature on page {page.number} without a row of the checklist")
        if not any("Проверил / Reviewed by:" in p.text() for p in pages_):
            problems.append(f"{name}: no reviewer's signature")
    assert not problems, "\n".join(problems)


def test_the_long_request_runs_to_several_pages(printed):
    doc, pages_ = printed["parallel-ru-en-long"]
    assert 4 <= len(pages_) <= 6


def test_each_russian_paragraph_stands_beside_its_english_one(printed):
    problems = []
    for name, (_doc, pages_) in printed.items():
        if name.startswith("parallel-ru-en") and ("long" in name or "acting" in name or "filecopy" in name):
            count = 6 if "acting" not in name else 9
            problems += _paired(name, pages_, count)
    assert not problems, "\n".join(problems)


def test_no_last_line_of_a_paragraph_alone_at_the_top_of_a_page(printed):
    problems = []
    for name, (_doc, pages_) in printed.items():
        if not name.startswith("checklist"):
            problems += _lone_lines(name, pages_)
    assert not problems, "\n".join(problems)


def test_the_acting_head_signs_as_acting(printed):
    for name, (doc, pages_) in printed.items():
        if name.endswith("acting"):
            text = " ".join(" ".join(p.text() for p in pages_).split())
            if "ru" in doc["languages"]:
                assert "Временно исполняющий обязанности начальника Управления" in text, name
                assert "Основание: приказ № 15 л/с от 1 ноября 2026 г." in text, name
            if "en" in doc["languages"]:
                assert "Acting Head of Department" in text, name


def test_items_are_numbered_within_their_section(printed):
    doc, pages_ = printed["sequential-ru-en-long"]
    text = "\n".join(p.text() for p in pages_)
    numbers = re.findall(r"^(3\.\d+)\. ", text, re.M)
    assert numbers[:8] == [f"3.{n}" for n in range(1, 9)]
    assert not re.search(r"^[4-9]\. (Исполнение|Обмен|Obtaining|Exchange)", text, re.M)
