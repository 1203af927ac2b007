"""The letterhead as an official blank: emblem, authority, address, telephone, e-mail (spec §1
`party.address`, `phone`, `email`, defaulting to the directory's entry), the signatory's
title when an acting head signs, and no placeholder name from the directory."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from export_helpers import NOW, export, flat, paragraphs, table_rows
from requestdesk.documents.acting import genitive_position, says_acting
from requestdesk.documents.export import ExportError, export_document
from requestdesk.domain.check import check_document
from requestdesk.domain.directory import parse_directory
from requestdesk.domain.timeutil import FixedClock
from requestdesk.resources import resource_path
from tests.conftest import clone


def png(path: Path, size: int = 24) -> Path:
    """A small red square, written by hand (no imaging library needed)."""
    raw = b"".join(b"\x00" + b"\xc0\x20\x20" * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def _directory(**entry_changes):
    with resource_path("directory.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    for authority in raw["authorities"]:
        if authority["id"].startswith("ru-") and "Министерство внутренних дел" in authority["name"]["ru"]:
            authority.update(entry_changes)
            return parse_directory(raw), authority
    raise AssertionError("no MIA of Russia in the directory")


def _letterhead(document) -> list[str]:
    rows = [r for r in table_rows(document) if len(r) == 2]
    return rows[0]


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_the_requests_own_requisites_are_printed(complete_request, tmp_path, layout):
    doc = clone(complete_request)
    doc["requesting"].update(address={"ru": "ул. Житная, д. 16, Москва, 119049", "en": "16 Zhitnaya St., Moscow, 119049"},
                             phone="+7 495 667-02-99", email="office@example.ru")
    text = paragraphs(export(doc, tmp_path / "r.docx", layout=layout))
    assert "ул. Житная, д. 16, Москва, 119049" in text
    assert "Тел. +7 495 667-02-99, e-mail: office@example.ru" in text
    assert "16 Zhitnaya St., Moscow, 119049" in text
    assert "Tel. +7 495 667-02-99, e-mail: office@example.ru" in text
    # The letterhead stands above the number and date.
    assert text.index("ул. Житная, д. 16, Москва, 119049") < text.index("№ 1/ПРИМЕР-2026 от 20 ноября 2026 г.")


def test_the_directory_gives_what_the_request_leaves_out(complete_request, tmp_path):
    directory, _ = _directory(address={"ru": "Москва, ул. Житная, 16", "en": "16 Zhitnaya St., Moscow"}, phone="+7 495 000-11-22",
                              email="mvd@example.ru")
    doc = clone(complete_request)
    doc["requesting"]["authority"] = {"ru": "Министерство внутренних дел Российской Федерации", "en": ""}
    out = export_document(doc, check_document(doc, clock=FixedClock(NOW)), tmp_path / "r.docx", now=NOW, directory=directory,
                          draft=True)
    from docx import Document

    text = paragraphs(Document(str(out)))
    assert "Москва, ул. Житная, 16" in text and "Тел. +7 495 000-11-22, e-mail: mvd@example.ru" in text
    # The request's own value wins over the directory's.
    doc["requesting"]["phone"] = "+7 495 999-99-99"
    out = export_document(doc, check_document(doc, clock=FixedClock(NOW)), tmp_path / "s.docx", now=NOW, directory=directory,
                          draft=True)
    assert "Тел. +7 495 999-99-99, e-mail: mvd@example.ru" in paragraphs(Document(str(out)))


def test_no_requisites_no_empty_lines(complete_request, tmp_path):
    text = paragraphs(export(complete_request, tmp_path / "r.docx"))
    assert not any(p.startswith(("Тел.", "Tel.", "e-mail:")) for p in text)


def _pictures(path: Path) -> int:
    from docx import Document

    return len(list(Document(str(path)).element.body.iter(qn("w:drawing"))))


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_the_emblem_heads_the_letterhead(complete_request, tmp_path, layout):
    emblem = png(tmp_path / "emblem.png")
    result = check_document(complete_request, clock=FixedClock(NOW))
    out = export_document(complete_request, result, tmp_path / "r.docx", now=NOW, layout=layout, emblem=emblem)
    assert _pictures(out) == (1 if layout == "parallel" else 2)  # written out, each language's letter has its blank
    assert _pictures(export_document(complete_request, result, tmp_path / "n.docx", now=NOW, layout=layout)) == 0
    # The directory's emblem for the authority, when the settings give none.
    directory, _ = _directory(emblem=str(emblem))
    out = export_document(complete_request, result, tmp_path / "d.docx", now=NOW, layout=layout, directory=directory)
    assert _pictures(out) >= 1
    # The checklist is an internal document: no blank.
    out = export_document(complete_request, result, tmp_path / "c.docx", now=NOW, document="checklist", emblem=emblem)
    assert _pictures(out) == 0


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_the_emblem_is_printed_on_the_first_page_only(complete_request, tmp_path):
    from pdf_pages import convert

    emblem = png(tmp_path / "emblem.png")
    result = check_document(complete_request, clock=FixedClock(NOW))
    out = export_document(complete_request, result, tmp_path / "r.docx", now=NOW, emblem=emblem)
    pdf = convert([out], tmp_path)[0]
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert [line.split()[0] for line in listing] == ["1"]


def test_an_emblem_that_is_no_image_is_refused_in_the_users_language(complete_request, tmp_path):
    bad = tmp_path / "emblem.png"
    bad.write_bytes(b"not an image")
    out = tmp_path / "r.docx"
    result = check_document(complete_request, clock=FixedClock(NOW))
    with pytest.raises(ExportError) as raised:
        export_document(complete_request, result, out, now=NOW, emblem=bad)
    assert "emblem.png" in raised.value.message("ru") and "герба" in raised.value.message("ru")
    assert "emblem" in raised.value.message("en")
    assert not out.exists()
    with pytest.raises(ExportError) as raised:
        export_document(complete_request, result, out, now=NOW, emblem=tmp_path / "missing.png")
    assert "missing.png" in raised.value.message("en") and not out.exists()


@pytest.mark.parametrize("side", ["requesting", "requested"])
def test_a_placeholder_subdivision_from_the_directory_is_never_printed(complete_request, tmp_path, side):
    with resource_path("directory.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    placeholder = next(s for a in raw["authorities"] for s in a.get("subdivisions") or ()
                       if "(наименование подлежит уточнению)" in s["name"]["ru"])
    doc = clone(complete_request)
    doc[side]["subdivision"] = dict(placeholder["name"])
    for kind in ("request", "checklist"):
        text = flat("\n".join(paragraphs(export(doc, tmp_path / f"{side}-{kind}.docx", document=kind, draft=True))))
        assert "подлежит уточнению" not in text and "to be confirmed" not in text


@pytest.mark.parametrize(
    "position, expected",
    [
        ("Начальник Управления", "начальника Управления"),
        ("Первый заместитель начальника Главного управления", "первого заместителя начальника Главного управления"),
        ("Старший прокурор отдела", "старшего прокурора отдела"),
        ("Генеральный директор Агентства", "генерального директора Агентства"),
        ("Руководитель Службы", "руководителя Службы"),
        ("Старший оперуполномоченный по особо важным делам", "старшего оперуполномоченного по особо важным делам"),
        ("Старший следователь по особо важным делам", "старшего следователя по особо важным делам"),
        ("Оперуполномоченный отдела «К»", "оперуполномоченного отдела «К»"),
        ("Главный специалист", ""),  # no head word known: left as typed
    ],
)
def test_a_position_in_the_genitive(position, expected):
    assert genitive_position(position) == expected


def test_an_acting_title_typed_already_is_kept():
    assert says_acting("Врио начальника Управления", "ru") and says_acting("Временно исполняющий обязанности начальника", "ru")
    assert says_acting("И. о. начальника", "ru") and says_acting("Acting Head of Department", "en")
    assert not says_acting("Начальник Управления", "ru") and not says_acting("Head of Department", "en")


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_an_acting_head_signs_as_acting_with_the_basis(complete_request, tmp_path, layout):
    doc = clone(complete_request)
    doc["signatory"].update(role="acting_subdivision_head",
                            acting_basis={"ru": "приказ № 15 л/с от 1 ноября 2026 г.", "en": "order No. 15 of 1 November 2026"})
    text = flat("\n".join(paragraphs(export(doc, tmp_path / "a.docx", layout=layout))))
    assert "Временно исполняющий обязанности начальника Управления" in text
    assert "Acting Head of Department" in text
    assert "Основание: приказ № 15 л/с от 1 ноября 2026 г." in text and "Basis: order No. 15 of 1 November 2026" in text
    # Typed as the authority writes it: printed as typed.
    doc["signatory"]["position"] = {"ru": "Врио начальника Управления", "en": "Acting Head of Department"}
    text = flat("\n".join(paragraphs(export(doc, tmp_path / "b.docx", layout=layout))))
    assert "Врио начальника Управления" in text and "Временно исполняющий" not in text and "Acting Acting" not in text
    # A head's own signature says nothing of acting.
    text = flat("\n".join(paragraphs(export(complete_request, tmp_path / "c.docx", layout=layout))))
    assert "Временно исполняющий" not in text and "Acting" not in text


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_an_acting_officer_whose_position_is_an_adjective_signs_in_the_genitive(complete_request, tmp_path, layout):
    # «Старший оперуполномоченный по особо важным делам» is declined, not printed after a dash.
    doc = clone(complete_request)
    doc["signatory"].update(role="acting_subdivision_head", acting_basis={"ru": "приказ № 77", "en": "order No. 77"},
                            position={"ru": "Старший оперуполномоченный по особо важным делам",
                                      "en": "Senior Detective for Especially Important Cases"})
    text = flat("\n".join(paragraphs(export(doc, tmp_path / "a.docx", layout=layout))))
    assert "Временно исполняющий обязанности старшего оперуполномоченного по особо важным делам" in text
    assert "обязанности —" not in text
    assert "Acting Senior Detective for Especially Important Cases" in text
