"""Reading a produced DOCX the way a reader sees it (for the export tests)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from requestdesk.documents.export import export_document
from requestdesk.domain.check import check_document
from requestdesk.domain.timeutil import FixedClock

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


def export(doc: dict, out: Path, **kwargs) -> Document:
    result = check_document(doc, clock=FixedClock(kwargs.pop("clock_at", NOW)))
    export_document(doc, result, out, now=NOW, **kwargs)
    return Document(str(out))


def _seen(text: str) -> str:
    # babel writes "2026\u202fг." with a narrow no-break space; a reader sees a space.
    return text.replace("\xa0", " ").replace("\u202f", " ")


def paragraphs(document) -> list[str]:
    """Every paragraph of the body, tables included, in reading order."""
    return [_seen(Paragraph(p, document).text) for p in document.element.body.iter(qn("w:p"))]


def body_text(document) -> str:
    return "\n".join(paragraphs(document))


def header_texts(document) -> list[str]:
    """The header of the first page of each section (the other pages' add the page number)."""
    return [_seen("\n".join(Paragraph(p, document).text for p in s.first_page_header._element.iter(qn("w:p")))) for s in document.sections]


def flat(text: str) -> str:
    """Line breaks as spaces, for phrases a line break may split."""
    return " ".join(text.split())


def table_rows(document) -> list[list[str]]:
    """Every row of every table (nested ones too) as its cells' texts."""
    rows = []
    for tr in document.element.body.iter(qn("w:tr")):
        cells = []
        for tc in tr.iterchildren(qn("w:tc")):
            cells.append(_seen("\n".join(Paragraph(p, document).text for p in tc.iter(qn("w:p")))))
        rows.append(cells)
    return rows


def dump(doc: dict, path: Path) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path
