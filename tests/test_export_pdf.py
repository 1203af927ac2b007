"""The documents as LibreOffice prints them: the text survives, the page count is sane."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from conftest import clone
from export_helpers import export

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"),
]


def _pdf_text(pdf) -> tuple[str, int]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return " ".join(text.replace("\xa0", " ").split()), pages


def test_every_document_prints_in_both_languages(complete_request, tmp_path):
    oral = clone(complete_request)
    oral.update(urgent=True, urgency_reason={"ru": "Срочно.", "en": "Urgent."})
    oral["transmission"] = {"channel": "oral", "at": "2026-11-19T10:00:00+03:00"}
    export(complete_request, tmp_path / "request.docx")
    export(oral, tmp_path / "confirmation.docx", document="confirmation", layout="sequential")
    export(complete_request, tmp_path / "checklist.docx", document="checklist", draft=True)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path)]
        + [str(tmp_path / f"{name}.docx") for name in ("request", "confirmation", "checklist")],
        capture_output=True,
        check=True,
        timeout=120,
    )
    request, pages = _pdf_text(tmp_path / "request.pdf")
    assert "ЗАПРОС" in request and "REQUEST" in request
    assert "об оказании содействия" in request and "for assistance" in request
    # Side-by-side columns interleave in the extracted text: look for short phrases.
    assert "Министерство внутренних дел" in request and "Приложение:" in request and "Enclosure:" in request
    assert 2 <= pages <= 5

    confirmation, pages = _pdf_text(tmp_path / "confirmation.pdf")
    assert "ПОДТВЕРЖДЕНИЕ" in confirmation and "CONFIRMATION" in confirmation
    assert "переданный устно 19 ноября 2026 г., 10:00" in confirmation
    assert 2 <= pages <= 6

    checklist, pages = _pdf_text(tmp_path / "checklist.pdf")
    assert "ЛИСТ ПРОВЕРКИ" in checklist and "REVIEW CHECKLIST" in checklist
    assert "ПРОЕКТ / DRAFT" in checklist
    assert 1 <= pages <= 4
