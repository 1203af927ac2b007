"""The request document as a reader sees it: contents, both languages, page, properties."""

from __future__ import annotations

import getpass

import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from requestdesk.resources import resource_path
from tests.conftest import clone
from export_helpers import body_text, export, flat, header_texts, paragraphs, table_rows

LEGAL_BASIS_RU = (
    "В соответствии со статьей 6 Соглашения о сотрудничестве государств – участников Содружества Независимых "
    "Государств в борьбе с преступлениями в сфере информационных технологий (Душанбе, 28 сентября 2018 года)"
)
LEGAL_BASIS_EN = (
    "In accordance with Article 6 of the Agreement on Cooperation of the Member States of the Commonwealth of "
    "Independent States in Combating Crimes in the Field of Information Technologies (Dushanbe, 28 September 2018)"
)


@pytest.fixture
def parallel(complete_request, tmp_path):
    return export(complete_request, tmp_path / "request.docx")


def test_parallel_layout_puts_russian_and_english_side_by_side(parallel):
    rows = table_rows(parallel)
    title_rows = [r for r in rows if len(r) == 2 and "ЗАПРОС" in r[0]]
    assert title_rows, "no two-column row with the Russian title"
    ru, en = title_rows[0]
    assert flat(ru) == "ЗАПРОС об оказании содействия"
    assert flat(en) == "REQUEST for assistance"
    summary = [r for r in rows if len(r) == 2 and "ПРИМЕР. 20 октября 2026 г." in r[0]]
    assert summary and "EXAMPLE. On 20 October 2026" in summary[0][1]


def test_letterhead_number_date_and_addressee(parallel):
    text = body_text(parallel)
    assert "Министерство внутренних дел Российской Федерации" in text
    assert "Ministry of Internal Affairs of the Russian Federation" in text
    assert "Управление по организации борьбы с противоправным использованием" in text
    assert "№ 1/ПРИМЕР-2026 от 20 ноября 2026 г." in text
    assert "No. 1/ПРИМЕР-2026 of 20 November 2026" in text
    assert "Министерство внутренних дел Республики Армения" in text
    assert "Republic of Armenia" in text


def test_legal_basis_sentence_cites_article_6_with_the_agreement_name_and_date(parallel):
    text = flat(body_text(parallel))
    assert LEGAL_BASIS_RU + " Министерство внутренних дел Российской Федерации обращается с запросом" in text
    assert LEGAL_BASIS_EN + ", the Ministry of Internal Affairs of the Russian Federation requests assistance" in text
    # The Art. 3(1) acts in the Agreement's own words, not a paraphrase.
    assert ("«а) уничтожение, блокирование, модификация либо копирование информации, нарушение работы информационной "
            "(компьютерной) системы путем несанкционированного доступа к охраняемой законом компьютерной информации»;") in text
    assert ("«г) хищение имущества путем изменения информации, обрабатываемой в компьютерной системе, хранящейся на машинных "
            "носителях или передаваемой по сетям передачи данных, либо путем введения в компьютерную систему ложной информации, "
            "либо сопряженное с несанкционированным доступом к охраняемой законом компьютерной информации».") in text
    # English quotes the Agreement with typographic quotation marks, as the Russian does with «».
    assert ("“(d) theft of property by altering information processed in a computer system, stored on machine media or "
            "transmitted over data networks, or by entering false information into a computer system, or involving "
            "unauthorised access to computer information protected by law”.") in text


@pytest.mark.parametrize("name", ["request-parallel.docx", "request-sequential.docx", "checklist.docx"])
def test_the_shipped_templates_write_no_typewriter_quotes(name):
    """What a template writes in its own words (outside its {{ }} and {% %} tags, which are
    code) has no straight double quote: a chancellery prints typographic ones."""
    import re
    import zipfile

    xml = zipfile.ZipFile(resource_path("templates", name)).read("word/document.xml").decode()
    words = re.sub(r"{{.*?}}|{%.*?%}", "", "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))
    assert '"' not in words and "&quot;" not in words


def test_sections_have_headings_from_the_profile(parallel):
    text = paragraphs(parallel)
    for heading in (
        "1. Изложение существа дела",
        "2. Цель и обоснование запроса",
        "3. Содержание запрашиваемого содействия",
        "4. Желательные сроки исполнения запроса",
        "5. Иная информация, полезная для исполнения, включая документы или их заверенные копии",
        "1. Statement of the substance of the case",
        "4. Desired time for execution",
    ):
        assert heading in text
    assert "Просим исполнить запрос до 20 декабря 2026 г." in text
    assert not any(p.endswith("г..") for p in text)
    assert "Please execute the request by 20 December 2026." in text


def test_assistance_items_are_numbered_with_form_and_ground(parallel):
    text = paragraphs(parallel)
    # Items are numbered within their section (3.1, 3.2 …): "item 3" would be ambiguous beside section 3.
    items_ru = [p for p in text if "статьи 5 Соглашения" in p and not p.startswith("В соответствии")]
    assert [p[:4] for p in items_ru] == ["3.1.", "3.2.", "3.3."]
    assert items_ru[0].startswith("3.1. Исполнение запроса о получении информации")
    assert "основание: преступление совершено в отношении гражданина запрашивающей Стороны" in items_ru[0]
    assert items_ru[1].startswith("3.2. Неотложное обеспечение сохранности")
    assert "(подпункт «и» статьи 5 Соглашения)" in items_ru[1]
    items_en = [p for p in text if "of the Agreement)" in p and p[:4] in ("3.1.", "3.2.", "3.3.")]
    assert items_en[0].startswith("3.1. Obtaining information and conducting operational-search measures (Article 5(b)")
    assert text.index("3. Содержание запрашиваемого содействия") < text.index(items_ru[0]) < text.index("4. Желательные сроки исполнения запроса")
    assert "ground: the crime was committed against a citizen of the requesting Party" in items_en[0]


def test_identifiers_table_shows_type_value_and_time_window_with_offset(parallel):
    rows = table_rows(parallel)
    ip_rows = [r for r in rows if len(r) == 3 and r[1] == "192.0.2.15"]
    assert ip_rows, "no identifier row for the IP address"
    kind, _, window = ip_rows[0]
    assert kind == "IP-адрес\nIP address"
    assert "20 октября 2026 г., 14:30–14:40 (UTC+03:00)" in window
    assert "20 October 2026, 14:30–14:40 (UTC+03:00)" in window
    domain = [r for r in rows if len(r) == 3 and r[1] == "example.am"][0]
    assert "с 19 октября 2026 г., 00:00:00 (UTC+04:00) по 21 октября 2026 г., 23:59:59 (UTC+04:00)" in flat(domain[2])
    email = [r for r in rows if len(r) == 3 and r[1] == "fraud@example.am"][0]
    assert email[2] == "не указан\nnot given"
    headers = [r for r in rows if len(r) == 3 and r[0] == "Тип\nType"]
    assert len(headers) == 3  # one table per assistance item


def test_enclosure_line_counts_pages_and_copies_with_plural_forms(complete_request, tmp_path):
    # A tab stands between «Приложение:» and the list, whose lines it aligns: a reader sees a gap.
    text = [p.replace("\t", " ") for p in paragraphs(export(complete_request, tmp_path / "r.docx"))]
    # The chancellery's form: «на N л. в M экз.»; in English, sheets.
    assert "Приложение: Выписка по счету потерпевшего (заверенная копия) на 3 л. в 1 экз." in text
    assert "Enclosure: Statement of the victim's account (certified copy), 3 sheets, 1 copy." in text

    doc = clone(complete_request)
    doc["attachments"] = [
        {"title": {"ru": "Справка", "en": "Note"}, "pages": 1, "copies": 2, "certified_copy": False},
        {"title": {"ru": "Протокол", "en": "Record"}, "pages": 5, "copies": 5, "certified_copy": True},
        {"title": {"ru": "Схема", "en": "Diagram"}, "pages": 21, "copies": 1, "certified_copy": False},
    ]
    text = [p.replace("\t", " ") for p in paragraphs(export(doc, tmp_path / "r2.docx"))]
    assert "Приложение: 1. Справка на 1 л. в 2 экз.;" in text
    assert "2. Протокол (заверенная копия) на 5 л. в 5 экз.;" in text
    assert "3. Схема на 21 л. в 1 экз." in text
    assert "Enclosures: 1. Note, 1 sheet, 2 copies;" in text
    assert "2. Record (certified copy), 5 sheets, 5 copies;" in text


def test_signature_block_seal_and_executing_officer(parallel):
    rows = table_rows(parallel)
    signature = [r for r in rows if len(r) == 3 and "Начальник Управления" in r[0]]
    assert signature, "no signature block"
    position, line, name = signature[0]
    assert position == "Начальник Управления\nHead of Department"
    assert "____" in line
    assert name == "И. И. Иванов\nI. I. Ivanov"
    text = paragraphs(parallel)
    assert "М.П. (гербовая печать самостоятельного центрального профильного подразделения)" in text
    assert "L.S. (official coat-of-arms seal of the independent central specialised subdivision)" in text
    assert "Исп.: П. П. Петров, тел. +7 495 000-00-00\nExecuting officer: P. P. Petrov, tel. +7 495 000-00-00" in text


def test_seal_of_the_authority_for_a_non_specialised_exchange(complete_request, tmp_path):
    doc = clone(complete_request)
    doc.update(exchange="non_specialised", seal="authority")
    doc["signatory"]["role"] = "authority_head"
    text = paragraphs(export(doc, tmp_path / "r.docx"))
    assert "М.П. (гербовая печать компетентного органа)" in text


def test_page_is_a4_with_gost_margins_and_a_serif_font(parallel):
    section = parallel.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
    for margin, mm in ((section.left_margin, 20), (section.right_margin, 10), (section.top_margin, 20), (section.bottom_margin, 20)):
        assert abs(margin - Mm(mm)) < Mm(0.5)
    normal = parallel.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert 12 <= normal.font.size.pt <= 14
    assert parallel.styles["RD Body"].font.size.pt >= 12


def test_page_numbers_at_the_top_from_the_second_page(parallel):
    section = parallel.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in "".join(t.text or "" for t in section.header._element.iter(qn("w:instrText")))
    assert not list(section.first_page_header._element.iter(qn("w:instrText")))
    assert not list(section.footer._element.iter(qn("w:instrText")))


def test_confidential_request_is_marked_in_the_header_and_cites_article_8(parallel, complete_request, tmp_path):
    assert all("Конфиденциально / Confidential" in h for h in header_texts(parallel))
    text = flat(body_text(parallel))
    assert "В соответствии со статьей 8 Соглашения просим обеспечить конфиденциальность" in text
    assert "In accordance with Article 8 of the Agreement, we ask you to keep confidential" in text

    doc = clone(complete_request)
    doc["confidential"] = False
    plain = export(doc, tmp_path / "open.docx")
    assert not any("Конфиденциально" in h for h in header_texts(plain))
    assert "статьей 8" not in body_text(plain)


def test_presence_request_cites_article_7_5_only_when_asked(complete_request, tmp_path):
    assert "пунктом 5 статьи 7" not in body_text(export(complete_request, tmp_path / "a.docx"))
    doc = clone(complete_request)
    doc["presence_requested"] = True
    text = flat(body_text(export(doc, tmp_path / "b.docx")))
    assert "В соответствии с пунктом 5 статьи 7 Соглашения просим предоставить возможность присутствия" in text
    assert "In accordance with Article 7(5) of the Agreement, we ask that representatives" in text


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_draft_marks_the_header_of_every_section(complete_request, tmp_path, layout):
    draft = export(complete_request, tmp_path / "d.docx", draft=True, layout=layout)
    headers = header_texts(draft)
    assert headers and all("ПРОЕКТ / DRAFT" in h for h in headers)
    watermark = [s.get("string") for s in draft.sections[0].header._element.iter() if s.tag.endswith("}textpath")]
    assert "ПРОЕКТ / DRAFT" in watermark
    final = export(complete_request, tmp_path / "f.docx", layout=layout)
    assert not any("DRAFT" in h for h in header_texts(final))
    assert "textpath" not in final.sections[0].header._element.xml


def test_sequential_layout_gives_all_russian_then_all_english(complete_request, tmp_path):
    document = export(complete_request, tmp_path / "s.docx", layout="sequential")
    text = paragraphs(document)
    title_ru = text.index("ЗАПРОС\nоб оказании содействия")
    title_en = text.index("REQUEST\nfor assistance")
    assert title_ru < title_en
    assert text.index("Исп.: П. П. Петров, тел. +7 495 000-00-00") < title_en
    breaks = [br for br in document.element.body.iter(qn("w:br")) if br.get(qn("w:type")) == "page"]
    assert len(breaks) == 1
    # Written out, not side by side: no table row holds both titles.
    assert not [r for r in table_rows(document) if any("ЗАПРОС" in c for c in r) and any("REQUEST" in c for c in r)]


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_a_russian_only_request_has_no_english(complete_request, tmp_path, layout):
    doc = clone(complete_request)
    doc["languages"] = ["ru"]
    document = export(doc, tmp_path / "ru.docx", layout=layout)
    text = body_text(document)
    assert "ЗАПРОС\nоб оказании содействия" in text
    assert LEGAL_BASIS_RU in flat(text)
    for english in ("REQUEST", "In accordance with", "Enclosure", "Executing officer", "IP address", "L.S."):
        assert english not in text
    assert header_texts(document)[0].strip() == "Конфиденциально"
    assert document.sections[0].header.paragraphs[0].text == "1"  # the page number, then the mark
    assert [p.text for p in document.sections[0].header.paragraphs[1:] if p.text] == ["Конфиденциально"]


def test_an_english_only_request_has_no_russian(complete_request, tmp_path):
    doc = clone(complete_request)
    doc["languages"] = ["en"]
    text = body_text(export(doc, tmp_path / "en.docx"))
    assert "REQUEST\nfor assistance" in text
    for russian in ("ЗАПРОС", "В соответствии", "Приложение", "Исп.", "М.П."):
        assert russian not in text


def test_document_properties_name_the_request_and_its_authority(parallel):
    props = parallel.core_properties
    assert props.title == "Запрос об оказании содействия № 1/ПРИМЕР-2026 / Request for assistance No. 1/ПРИМЕР-2026"
    assert props.author == "Министерство внутренних дел Российской Федерации"
    assert props.last_modified_by == props.author
    for default in ("python-docx", "RequestDesk", getpass.getuser()):
        assert props.author != default and props.last_modified_by != default
    assert "python-docx" not in (props.comments or "")
    app = next(p.blob for p in parallel.part.package.iter_parts() if str(p.partname) == "/docProps/app.xml")
    assert b"Macintosh" not in app and b"<Application>RequestDesk</Application>" in app


def test_runs_carry_their_language_for_spell_checking(parallel):
    langs = {}
    for run in parallel.element.body.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        lang = run.find(qn("w:rPr") + "/" + qn("w:lang"))
        if text and lang is not None:
            langs[text] = lang.get(qn("w:val"))
    assert langs["REQUEST"] == "en-GB"
    assert langs["ЗАПРОС"] == "ru-RU"
    summary_en = next(v for k, v in langs.items() if k.startswith("EXAMPLE. On 20 October"))
    assert summary_en == "en-GB"


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_the_executor_line_says_only_what_is_known(complete_request, tmp_path, layout):
    # A missing executor is a warning, so the letter is signed without one: no bare «Исп.:» at its foot.
    doc = clone(complete_request)
    doc["executor"] = {"name": {"ru": "", "en": ""}, "phone": ""}
    lines = paragraphs(export(doc, tmp_path / "none.docx", layout=layout))
    assert not [line for line in lines if line.startswith(("Исп.:", "Executing officer:")) or "\nExecuting officer:" in line]
    # A telephone without a name: no comma before it.
    doc["executor"]["phone"] = "+7 495 000-00-00"
    text = flat("\n".join(paragraphs(export(doc, tmp_path / "phone.docx", layout=layout))))
    assert "Исп.: тел. +7 495 000-00-00" in text and "Executing officer: tel. +7 495 000-00-00" in text
    assert "Исп.: ," not in text and "officer: ," not in text


@pytest.mark.parametrize("layout", ["parallel", "sequential"])
def test_an_enclosures_count_never_leaves_its_unit_at_the_next_line(complete_request, tmp_path, layout):
    # «на 21 л. в 2 экз.»: a no-break space between each number and its unit, so «2» never ends a line.
    doc = clone(complete_request)
    doc["attachments"] = [{"title": {"ru": "Заключение специалиста", "en": "Expert's report"}, "pages": 21, "copies": 2,
                           "certified_copy": False}]
    document = export(doc, tmp_path / "a.docx", layout=layout)
    raw = "".join(t.text or "" for t in document.element.body.iter(qn("w:t")))
    assert "Заключение специалиста на 21\xa0л. в 2\xa0экз." in raw
    assert "Expert's report, 21\xa0sheets, 2\xa0copies." in raw
