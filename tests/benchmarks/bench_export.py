"""Export speed against a bare python-docx document, measured in the same run.

    python -m pytest tests/benchmarks/bench_export.py --benchmark-only -p no:cacheprovider

Not part of the default test run (pyproject's norecursedirs). The goal of issue 3: the
export of the example request takes at most 1.5 times the bare script.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm

from requestdesk.documents.export import export_document
from requestdesk.documents.templates import template_path
from requestdesk.domain.check import check_document
from requestdesk.domain.timeutil import FixedClock
from requestdesk.resources import resource_path

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def example():
    doc = json.loads(resource_path("examples", "example.request.json").read_text(encoding="utf-8"))
    return doc, check_document(doc, clock=FixedClock(NOW))


def bare_python_docx(path: Path, doc: dict, start: Path | None = None) -> None:
    """A 20-row Russian/English table document, written with python-docx alone.

    `start` is the document python-docx starts from: its own default one, or the
    export's slimmed template (the same parts to read and write, no templating).
    """
    document = Document(str(start) if start else None)
    if start:
        body = document.element.body
        for child in list(body)[:-1]:  # everything but the section properties
            body.remove(child)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    document.add_paragraph(doc["requesting"]["authority"]["ru"])
    document.add_paragraph("ЗАПРОС об оказании содействия / REQUEST for assistance")
    table = document.add_table(rows=20, cols=2)
    texts = [doc["case_summary"], doc["purpose"], doc["justification"], doc["other_information"]]
    for i, row in enumerate(table.rows):
        text = texts[i % len(texts)]
        row.cells[0].text = text["ru"]
        row.cells[1].text = text["en"]
    document.add_paragraph(doc["signatory"]["name"]["ru"] + " / " + doc["signatory"]["name"]["en"])
    document.save(path)


def test_bare_python_docx(benchmark, tmp_path, example):
    doc, _ = example
    benchmark(bare_python_docx, tmp_path / "bare.docx", doc)


def test_bare_python_docx_on_the_slim_template(benchmark, tmp_path, example):
    doc, _ = example
    benchmark(bare_python_docx, tmp_path / "bare.docx", doc, template_path("request-parallel.docx"))


@pytest.mark.parametrize("document", ["request", "checklist"])
@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_export(benchmark, tmp_path, example, document, layout):
    doc, result = example
    out = tmp_path / "out.docx"
    benchmark(export_document, doc, result, out, document=document, layout=layout, now=NOW)
    assert out.stat().st_size > 0


def test_check_and_export(benchmark, tmp_path, example):
    """What `requestdesk export` does in-process: check, then write."""
    doc, _ = example
    out = tmp_path / "out.docx"

    def run():
        export_document(doc, check_document(doc, clock=FixedClock(NOW)), out, now=NOW)

    benchmark(run)
