"""The baseline of bench_export: python-docx alone writing a 20-row Russian/English table document.

Imported by the benchmark for the in-process figure, and run as a process of its own
(`python bench_export_bare.py REQUEST.json OUT.docx TEMPLATE.docx`) for the whole-process
one, where it opens the template the export fills (issue 17: "bare python-docx" is a
process that imports python-docx, opens the template and saves a document).
"""

from __future__ import annotations

import json
import sys


def bare_python_docx(path, doc: dict, template=None) -> None:  # type: ignore[no-untyped-def]
    from docx import Document
    from docx.shared import Mm

    document = Document(template)
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


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        bare_python_docx(sys.argv[2], json.load(fh), sys.argv[3] if len(sys.argv) > 3 else None)
