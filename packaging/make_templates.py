"""Builds the DOCX templates in resources/templates/ from python-docx.

    python packaging/make_templates.py

The generated files are committed: an administrator adapts them in Word or LibreOffice
(letterhead, fonts, wording) and RequestDesk fills them with docxtpl. Run this script
only to start again from the shipped layout; it overwrites the three templates.

Inside a template, `{{ ... }}` prints a value, `{%p ... %}` in a paragraph of its own
(and `{%tr ... %}` in a table row of its own) repeats or hides the paragraphs or rows
up to its end tag. Paragraph styles named "RD ..." carry the fonts and spacing, so a
change of font is made once, in the style.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "templates"

FONT = "Times New Roman"
LANG_TAGS = {"ru": "ru-RU", "en": "en-GB"}
PAGE_WIDTH_MM = 180  # A4 less GOST R 7.0.97-2016 margins of 20 mm left and 10 mm right
HALF_MM = 90


# ---------------------------------------------------------------------------------
# The wording. Values in {{ }} come from the request; the rest is the template's text.
# ---------------------------------------------------------------------------------

W = {
    "ru": {
        "number": "№ {{ letter.number or '____________' }} от {{ letter.date|day('ru') if letter.date else '«___» __________ 20__ г.' }}",
        "contacts": "{% if request.requesting.phone %}Тел. {{ request.requesting.phone }}{% endif %}"
                    "{% if request.requesting.phone and request.requesting.email %}, {% endif %}"
                    "{% if request.requesting.email %}e-mail: {{ request.requesting.email }}{% endif %}",
        "title": "ЗАПРОС",
        "subtitle": "об оказании содействия",
        "confirmation_title": "ПОДТВЕРЖДЕНИЕ",
        "confirmation_subtitle": "запроса об оказании содействия",
        "urgent": "БЕЗОТЛАГАТЕЛЬНО",
        "urgency_reason": "{% if loop.first %}Безотлагательность: {% endif %}{{ para.ru }}",
        "confirmation": (
            "{{ treaty.references.confirmation.ru }} в письменной форме подтверждается запрос"
            "{% if request.number %} № {{ request.number }}{% endif %}{% if request.date %} от {{ request.date|day('ru') }}{% endif %}, "
            "переданный {{ request.transmission.channel.ru or '(способ передачи не указан)' }} "
            "{{ request.transmission.at|instant('ru') if request.transmission.at else '(дата и время передачи не указаны)' }}"
            "{% if request.transmission.arrangement.ru %} (основание использования технических каналов: {{ request.transmission.arrangement.ru }}){% endif %}. "
            "Адресат: {{ request.requested.authority.ru }}"
            "{% if request.requested.state.ru %} ({{ request.requested.state.ru }}){% endif %}"
            "{% if request.transmission.received_by.ru %}; запрос принял: {{ request.transmission.received_by.ru }}{% endif %}. "
            "Текст запроса приводится ниже."
        ),
        "confirmation_due": (
            "{% if confirmation.due %}Срок письменного подтверждения {{ 'истек' if confirmation.late else 'истекает' }} "
            "{{ confirmation.due|instant('ru', ending=True) }}. Правило исчисления срока — {{ confirmation.rule.ru }}."
            "{% if confirmation.late %} Подтверждение направляется по истечении этого срока.{% endif %}{% endif %}"
        ),
        "legal_basis": (
            "{{ treaty.legal_basis.ru }} {{ request.requesting.authority.ru }} обращается с запросом об оказании содействия"
            "{% if request.offences %} в связи с деяниями, предусмотренными {{ treaty.references.acts.ru }}:{% else %}.{% endif %}"
        ),
        "offence": "«{{ act.letter.ru }}) {{ act.quote.ru }}»{{ '.' if loop.last else ';' }}",
        "purpose": "{% if loop.first %}Цель запроса: {% endif %}{{ para.ru }}",
        "justification": "{% if loop.first %}Обоснование: {% endif %}{{ para.ru }}",
        "item": (
            "3.{{ item.number }}. {{ item.form.name.ru|capitalize if item.form.known else 'Форма сотрудничества: ' ~ item.form.letter.ru }}"
            "{% if item.form.known %} ({{ item.form.reference.ru }}){% endif %}"
            "{% if item.ground %}; основание: {{ item.ground.ru }}{% endif %}."
        ),
        "desired": "{% if request.desired_execution_by %}Просим исполнить запрос до {{ request.desired_execution_by|day('ru') }}{% else %}Срок не указан.{% endif %}",
        "no_other": "Иной информации нет.",
        "ident_type": "Тип",
        "ident_value": "Значение",
        "ident_window": "Период использования",
        "ident_no_window": "не указан",
        "confidential": (
            "{{ treaty.references.confidentiality.ru }} просим обеспечить конфиденциальность факта получения и содержания "
            "настоящего запроса. Если соблюсти конфиденциальность невозможно, просим сообщить об этом до начала "
            "исполнения запроса."
        ),
        "presence": (
            "{{ treaty.references.presence.ru }} просим предоставить возможность присутствия представителей "
            "запрашивающего компетентного органа при исполнении запроса."
        ),
        # GOST R 7.0.97-2016, 5.24: «Приложение: … на 3 л. в 1 экз.»
        "enclosure_label": "Приложение:",
        "enclosure": (
            "{% if loop.length > 1 %}{{ att.number }}. {% endif %}"
            "{{ att.title.ru }}{% if att.certified_copy %} (заверенная копия){% endif %}"
            # A number never ends a line without its unit: «в 1 / экз.» is sent back.
            "{% if att.pages %} на {{ att.pages|number('ru') }}\u00a0л.{% endif %}"
            "{% if att.copies %} в {{ att.copies|number('ru') }}\u00a0экз.{% endif %}"
            "{{ '' if loop.last else ';' }}"
        ),
        # An acting head signs "performing the duties of" the position (the template may say «Врио»).
        "position": (
            "{% if request.signatory.acting and not request.signatory.title.ru.says %}"
            "{% if request.signatory.title.ru.genitive %}Временно исполняющий обязанности {{ request.signatory.title.ru.genitive }}"
            "{% else %}Временно исполняющий обязанности — {{ request.signatory.position.ru }}{% endif %}"
            "{% else %}{{ request.signatory.position.ru }}{% endif %}"
        ),
        "acting": "{% if request.signatory.acting_basis.ru %}Основание: {{ request.signatory.acting_basis.ru }}{% endif %}",
        "seal": "М.П.{% if request.seal %} ({{ request.seal.ru }}){% endif %}",
        "executor": "{% if request.executor.name.ru or request.executor.phone %}Исп.: {{ request.executor.name.ru }}"
                    "{{ ', ' if request.executor.name.ru and request.executor.phone }}"
                    "{% if request.executor.phone %}тел. {{ request.executor.phone }}{% endif %}{% endif %}",
        "visa": (
            "Экземпляр для дела. {{ review.approval.ru if review.approval else 'Согласование в реестре не зарегистрировано' }}. "
            "Отпечаток текста: {{ review.fingerprint }}."
        ),
    },
    "en": {
        "number": "No. {{ letter.number or '____________' }} of {{ letter.date|day('en') if letter.date else '__ __________ 20__' }}",
        "contacts": "{% if request.requesting.phone %}Tel. {{ request.requesting.phone }}{% endif %}"
                    "{% if request.requesting.phone and request.requesting.email %}, {% endif %}"
                    "{% if request.requesting.email %}e-mail: {{ request.requesting.email }}{% endif %}",
        "title": "REQUEST",
        "subtitle": "for assistance",
        "confirmation_title": "CONFIRMATION",
        "confirmation_subtitle": "of the request for assistance",
        "urgent": "URGENT",
        "urgency_reason": "{% if loop.first %}Urgency: {% endif %}{{ para.en }}",
        "confirmation": (
            "{{ treaty.references.confirmation.en }}, this is the written confirmation of the request"
            "{% if request.number %} No. {{ request.number }}{% endif %}{% if request.date %} of {{ request.date|day('en') }}{% endif %} "
            "transmitted {{ request.transmission.channel.en or '(the channel is not given)' }} "
            "{{ 'on ' ~ request.transmission.at|instant('en') if request.transmission.at else '(the date and time of transmission are not given)' }}"
            "{% if request.transmission.arrangement.en %} (the basis for using technical channels: {{ request.transmission.arrangement.en }}){% endif %}. "
            "Addressee: {{ request.requested.authority.en|the }}"
            "{% if request.requested.state.en %} ({{ request.requested.state.en }}){% endif %}"
            "{% if request.transmission.received_by.en %}; received by: {{ request.transmission.received_by.en }}{% endif %}. "
            "The text of the request follows."
        ),
        "confirmation_due": (
            "{% if confirmation.due %}The written confirmation {{ 'was' if confirmation.late else 'is' }} due by "
            "{{ confirmation.due|instant('en', ending=True) }}. The period is counted as {{ confirmation.rule.en }}."
            "{% if confirmation.late %} This confirmation is sent after that time.{% endif %}{% endif %}"
        ),
        "legal_basis": (
            "{{ treaty.legal_basis.en }}, {{ request.requesting.authority.en|the }} requests assistance"
            "{% if request.offences %} in connection with acts referred to in {{ treaty.references.acts.en }}:{% else %}.{% endif %}"
        ),
        "offence": "“({{ act.letter.en }}) {{ act.quote.en }}”{{ '.' if loop.last else ';' }}",
        "purpose": "{% if loop.first %}Purpose of the request: {% endif %}{{ para.en }}",
        "justification": "{% if loop.first %}Justification: {% endif %}{{ para.en }}",
        "item": (
            "3.{{ item.number }}. {{ item.form.name.en|capitalize if item.form.known else 'Form of cooperation: ' ~ item.form.letter.en }}"
            "{% if item.form.known %} ({{ item.form.reference.en }}){% endif %}"
            "{% if item.ground %}; ground: {{ item.ground.en }}{% endif %}."
        ),
        "desired": "{% if request.desired_execution_by %}Please execute the request by {{ request.desired_execution_by|day('en') }}.{% else %}No date is given.{% endif %}",
        "no_other": "No other information.",
        "ident_type": "Type",
        "ident_value": "Value",
        "ident_window": "Time window",
        "ident_no_window": "not given",
        "confidential": (
            "{{ treaty.references.confidentiality.en }}, we ask you to keep confidential the fact of receipt and the "
            "content of this request. If confidentiality cannot be maintained, please inform us before executing the "
            "request."
        ),
        "presence": (
            "{{ treaty.references.presence.en }}, we ask that representatives of the requesting competent "
            "authority be allowed to be present during the execution of the request."
        ),
        "enclosure_label": "Enclosure{{ 's' if loop.length > 1 }}:",
        "enclosure": (
            "{% if loop.length > 1 %}{{ att.number }}. {% endif %}"
            "{{ att.title.en }}{% if att.certified_copy %} (certified copy){% endif %}"
            "{% if att.pages %}, {{ att.pages|count('en', 'sheet', 'sheets')|replace(' ', '\u00a0') }}{% endif %}"
            "{% if att.copies %}, {{ att.copies|count('en', 'copy', 'copies')|replace(' ', '\u00a0') }}{% endif %}"
            "{{ '.' if loop.last else ';' }}"
        ),
        "position": (
            "{% if request.signatory.acting and not request.signatory.title.en.says %}Acting {{ request.signatory.position.en }}"
            "{% else %}{{ request.signatory.position.en }}{% endif %}"
        ),
        "acting": "{% if request.signatory.acting_basis.en %}Basis: {{ request.signatory.acting_basis.en }}{% endif %}",
        "seal": "L.S.{% if request.seal %} ({{ request.seal.en }}){% endif %}",
        "executor": "{% if request.executor.name.en or request.executor.phone %}Executing officer: {{ request.executor.name.en }}"
                    "{{ ', ' if request.executor.name.en and request.executor.phone }}"
                    "{% if request.executor.phone %}tel. {{ request.executor.phone }}{% endif %}{% endif %}",
        "visa": (
            "File copy. {{ review.approval.en if review.approval else 'No approval is recorded in the register' }}. "
            "Text fingerprint: {{ review.fingerprint }}."
        ),
    },
}

def _runs(paragraph, parts) -> None:
    """Runs of text, each tagged with its language (None: punctuation between them)."""
    for text, lang in parts:
        run = paragraph.add_run(text)
        if lang:
            _set_lang(run._r.get_or_add_rPr(), lang)


def marks(box, ru: str, en: str, style: str):
    """A marking in the document's languages ("ПРОЕКТ / DRAFT", or one of them), each word in a
    run of its own language, so that Word checks the English as English."""
    para = box.p("", style=style)
    _runs(para, [
        ("{% if document.ru %}" + ru + "{% endif %}", "ru"),
        ("{% if document.ru and document.en %} / {% endif %}", None),
        ("{% if document.en %}" + en + "{% endif %}", "en"),
    ])
    return para


# ---------------------------------------------------------------------------------
# python-docx helpers
# ---------------------------------------------------------------------------------


def _set_fonts(rpr, size_pt: float | None = None, lang: str | None = None) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    if size_pt is not None:
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            el.set(qn("w:val"), str(int(size_pt * 2)))
    if lang is not None:
        _set_lang(rpr, lang)


def _set_lang(rpr, lang: str) -> None:
    """Marks text as Russian or English, so that Word checks its spelling in that language."""
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), LANG_TAGS[lang])


def new_document(orientation: str = "portrait"):
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if orientation == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(20), Mm(10)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance, section.footer_distance = Mm(8), Mm(8)

    defaults = doc.styles.element.find(qn("w:docDefaults"))
    _set_fonts(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")), 12, "ru")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    _set_fonts(normal.element.get_or_add_rPr(), 12)
    for name in ("Header", "Footer"):
        style = doc.styles[name] if name in [s.name for s in doc.styles] else doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        _set_fonts(style.element.get_or_add_rPr(), 10)

    def add(name: str, size: float = 12, bold: bool = False, align=None, before: float = 0, after: float = 0,
            keep: bool = False, indent_mm: float = 0, first_mm: float = 0, caps: bool = False, italic: bool = False):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        style.font.all_caps = caps
        fmt = style.paragraph_format
        if align is not None:
            fmt.alignment = align
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.keep_with_next = keep
        fmt.widow_control = True
        if indent_mm:
            fmt.left_indent = Mm(indent_mm)
        if first_mm:
            fmt.first_line_indent = Mm(first_mm)
        _set_fonts(style.element.get_or_add_rPr(), size)
        return style

    J, C, L, R = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT
    add("RD Letterhead", 12, bold=True, align=C)
    add("RD Letterhead Line", 11, align=C)
    add("RD Addressee", 12, bold=True, align=L)
    add("RD Title", 14, bold=True, align=C, before=12, after=10, keep=True)
    add("RD Subtitle", 13, bold=True, align=C, after=12, keep=True)
    add("RD Urgent", 12, bold=True, align=C, after=6, keep=True)
    add("RD Heading", 12, bold=True, align=L, before=8, after=3, keep=True)
    add("RD Body", 12, align=J, after=3, first_mm=10)
    add("RD List", 12, align=J, after=2, indent_mm=5)
    add("RD Item", 12, bold=True, align=J, before=4, after=2, keep=True)
    add("RD Table", 10.5, align=L)
    add("RD Table Head", 10.5, bold=True, align=C, keep=True)
    add("RD Signature", 12, align=L)
    add("RD Seal", 11, align=L, before=6)
    add("RD Small", 10, align=L)
    add("RD Mark", 12, bold=True, align=C)
    add("RD Mark Right", 11, bold=True, align=R)
    add("RD Tag", 8, align=L).font.color.rgb = RGBColor(0x70, 0x70, 0x70)  # service lines, removed when filled
    add("RD Spacer", 4, align=L)
    return doc


class Box:
    """Where paragraphs go: the document body or a table cell (whose first paragraph is reused)."""

    def __init__(self, container, lang: str | None = None):
        self.container = container
        self.lang = lang
        self._fresh = hasattr(container, "_tc")

    def p(self, text: str = "", style: str = "RD Body", lang: str | None = None, breaks: bool = False):
        if self._fresh and self.container.paragraphs:
            para = self.container.paragraphs[0]
            para.style = style
        else:
            para = self.container.add_paragraph(style=style)
        self._fresh = False
        lang = lang or self.lang
        parts = text.split("\n") if breaks else [text]
        for i, part in enumerate(parts):
            run = para.add_run(part)
            if lang:
                _set_lang(run._r.get_or_add_rPr(), lang)
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)
        return para

    def tag(self, text: str):
        return self.p(text, style="RD Tag")

    def table(self, widths_mm: list[float], borders: bool = False):
        table = self.container.add_table(rows=1, cols=len(widths_mm))
        table._rd_grid = list(widths_mm)
        _format_table(table, widths_mm, borders)
        self._fresh = False
        return table


Part = Callable[[Box, str], None]


def _format_table(table, widths_mm: list[float], borders: bool) -> None:
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_pr = table._tbl.tblPr
    width = tbl_pr.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        tbl_pr.append(width)
    width.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    width.set(qn("w:type"), "dxa")
    style = tbl_pr.find(qn("w:tblStyle"))
    if style is not None:
        tbl_pr.remove(style)
    value = "single" if borders else "nil"
    # CT_TblPr is a sequence: borders go before the layout, cell margins before tblLook.
    tbl_pr.insert_element_before(
        parse_xml(
            f'<w:tblBorders {nsdecls("w")}>'
            + "".join(f'<w:{side} w:val="{value}" w:sz="4" w:space="0" w:color="000000"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
            + "</w:tblBorders>"
        ),
        "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
    )
    tbl_pr.insert_element_before(
        parse_xml(
            f'<w:tblCellMar {nsdecls("w")}><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
            f'<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        ),
        "w:tblLook",
    )
    for column, mm in zip(table.columns, widths_mm):
        column.width = Mm(mm)
    for row in table.rows:
        for cell, mm in zip(row.cells, widths_mm):
            cell.width = Mm(mm)


def flush(table) -> None:
    """No inner margin left and right: the table's text stands on the page's margins, as the
    paragraphs around it do (GOST R 7.0.97-2016: the position from the left margin, the name
    at the right one)."""
    margins = table._tbl.tblPr.find(qn("w:tblCellMar"))
    for side in ("left", "right"):
        margins.find(qn("w:" + side)).set(qn("w:w"), "0")


def add_row(table):
    """The table's next row: its first, still empty one, or a new one."""
    rows = table.rows
    if len(rows) == 1 and not getattr(table, "_rd_used", False):
        table._rd_used = True
        return rows[0]
    row = table.add_row()
    # From the table's grid: the first row's cells may be merged.
    for cell, mm in zip(row.cells, table._rd_grid):
        cell.width = Mm(mm)
    return row


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def cant_split(row) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def tag_row(table, text: str) -> None:
    row = add_row(table)
    Box(row.cells[0]).tag(text)


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def add_field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text == instruction:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)


WATERMARK = """<w:r {ns}><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"
 path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/>
<v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>
<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/>
<v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>
<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800"
 o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight"
 xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>
<v:shape id="RequestDeskDraftMark" o:spid="_x0000_s1025" type="#_x0000_t136"
 style="position:absolute;margin-left:0;margin-top:0;width:460pt;height:100pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin"
 o:allowincell="f" fillcolor="#d9d9d9" stroked="f"><v:fill opacity=".5"/>
<v:textpath style="font-family:&quot;Times New Roman&quot;;font-size:1pt" string="{text}"/></v:shape></w:pict></w:r>"""


def add_watermark(paragraph, text: str) -> None:
    """A large diagonal text behind every page (Word's own watermark shape)."""
    namespaces = nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    xml = WATERMARK.replace("{ns}", namespaces).replace("{text}", text).replace("\n", " ")
    paragraph._p.append(parse_xml(xml))


def header_and_footer(doc, internal: bool = False) -> None:
    """Page numbers at the top centre from the second page on (GOST R 7.0.97-2016, 5.1),
    the draft, confidentiality and file-copy marks on every page.

    The original that is signed and sent abroad carries no internal mark; an internal
    document (the checklist) carries the text's fingerprint and its approval in the footer.
    """
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    for header, numbered in ((section.first_page_header, False), (section.header, True)):
        box = Box(header)
        box._fresh = True
        if numbered:
            para = box.p("", style="Header")
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_field(para, "PAGE")
        box.tag("{%p if document.draft %}")
        mark = marks(box, "ПРОЕКТ", "DRAFT", "RD Mark")
        for run in mark.runs:
            run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        add_watermark(mark, "ПРОЕКТ / DRAFT")
        box.tag("{%p endif %}")
        box.tag("{%p if request.confidential %}")
        marks(box, "Конфиденциально", "Confidential", "RD Mark Right")
        box.tag("{%p endif %}")
        if not internal:
            box.tag("{%p if document.file_copy %}")
            marks(box, "Экземпляр для дела", "File copy", "RD Mark Right")
            box.tag("{%p endif %}")
    if internal:
        for footer in (section.first_page_footer, section.footer):
            box = Box(footer)
            box._fresh = True
            para = box.p("", style="RD Small")
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(para, [("Отпечаток", "ru"), (" / ", None), ("Fingerprint", "en"), (": {{ review.fingerprint }}", None)])
            box.tag("{%p if review.approval %}")
            para = box.p("", style="RD Small")
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(para, [("{{ review.approval.ru }}", "ru"), (" / ", None), ("{{ review.approval.en }}", "en")])
            box.tag("{%p endif %}")


# ---------------------------------------------------------------------------------
# The request and its confirmation: parts that each fill one language's box
# ---------------------------------------------------------------------------------

LANGS = ("ru", "en")


def keep_with_next(*paragraphs) -> None:
    for para in paragraphs:
        para.paragraph_format.keep_with_next = True


def keep_row(row) -> None:
    """The row stays on the page of the next one (LibreOffice and Word read it from every paragraph)."""
    for cell in row.cells:
        keep_with_next(*cell.paragraphs)


def emblem(box: Box) -> None:
    box.tag("{%p if letterhead.emblem %}")
    box.p("{{ letterhead.emblem }}", "RD Letterhead").alignment = WD_ALIGN_PARAGRAPH.CENTER
    box.tag("{%p endif %}")


def letterhead(box: Box, lang: str, number: bool = True) -> None:
    party = "request.requesting."
    box.p("{{ " + party + "authority." + lang + " }}", "RD Letterhead")
    box.tag("{%p if " + party + "subdivision." + lang + " %}")
    box.p("{{ " + party + "subdivision." + lang + " }}", "RD Letterhead Line")
    box.tag("{%p endif %}")
    box.p("{{ " + party + "state." + lang + " }}", "RD Letterhead Line")
    box.tag("{%p if " + party + "address." + lang + " %}")
    box.p("{{ " + party + "address." + lang + " }}", "RD Letterhead Line")
    box.tag("{%p endif %}")
    box.tag("{%p if " + party + "phone or " + party + "email %}")
    box.p(W[lang]["contacts"], "RD Letterhead Line")
    box.tag("{%p endif %}")
    if number:
        number_line(box, lang)


def number_line(box: Box, lang: str) -> None:
    box.p(W[lang]["number"], "RD Letterhead Line").paragraph_format.space_before = Pt(6)


def addressee(box: Box, lang: str) -> None:
    box.p("{{ request.requested.authority." + lang + " }}", "RD Addressee")
    box.tag("{%p if request.requested.subdivision." + lang + " %}")
    box.p("{{ request.requested.subdivision." + lang + " }}", "RD Signature")
    box.tag("{%p endif %}")
    box.p("{{ request.requested.state." + lang + " }}", "RD Signature")


def title(box: Box, lang: str) -> None:
    w = W[lang]
    box.tag("{%p if document.confirmation %}")
    box.p(w["confirmation_title"] + "\n" + w["confirmation_subtitle"], "RD Title", breaks=True)
    box.tag("{%p else %}")
    box.p(w["title"] + "\n" + w["subtitle"], "RD Title", breaks=True)
    box.tag("{%p endif %}")
    box.tag("{%p if request.urgent %}")
    box.p(w["urgent"], "RD Urgent")
    box.tag("{%p endif %}")


def heading(number: int, letter: str) -> Part:
    def part(box: Box, lang: str) -> None:
        box.p(f"{number}. {{{{ treaty.elements.{letter}.label.{lang} }}}}", "RD Heading")

    return part


def text_part(template: str) -> Part:
    def part(box: Box, lang: str) -> None:
        box.p(W[lang][template] if template in W[lang] else template.replace("{lang}", lang))

    return part


def offences(box: Box, lang: str) -> None:
    box.tag("{%p for act in request.offences %}")
    box.p(W[lang]["offence"], "RD List")
    box.tag("{%p endfor %}")


# Where the enclosures' text starts after «Приложение:» / "Enclosures:".
ENCLOSURE_INDENT_MM = {"ru": 27, "en": 25}


def enclosures(box: Box, lang: str, keep: bool = False) -> None:
    """GOST R 7.0.97-2016, 5.24: the enclosures after «Приложение:», every line of each one
    (the numbers 2., 3. … too) aligned where the first one's text starts."""
    indent = Mm(ENCLOSURE_INDENT_MM[lang])
    box.tag("{%p for att in request.attachments %}")
    box.tag("{%p if loop.first %}")
    first = box.p(W[lang]["enclosure_label"] + "\t" + W[lang]["enclosure"], "RD Signature")
    first.paragraph_format.first_line_indent = -indent
    first.paragraph_format.tab_stops.add_tab_stop(indent)
    box.tag("{%p else %}")
    rest = box.p(W[lang]["enclosure"], "RD Signature")
    box.tag("{%p endif %}")
    box.tag("{%p endfor %}")
    for para in (first, rest):
        para.paragraph_format.left_indent = indent
        para.paragraph_format.space_before = Pt(2)
        if keep:
            keep_with_next(para)


def identifiers_table(box: Box, langs: tuple[str, ...]) -> None:
    """The identifiers of the current item: type, value, time window with offset."""
    box.tag("{%p if item.identifiers %}")
    table = box.table([40, 55, 85], borders=True)
    head = add_row(table)
    repeat_header(head)
    cant_split(head)
    keep_row(head)
    for cell, key in zip(head.cells, ("ident_type", "ident_value", "ident_window")):
        cell_box = Box(cell)
        for lang in langs:
            cell_box.p(W[lang][key], "RD Table Head", lang=lang)
        shade(cell, "EDEDED")
    tag_row(table, "{%tr for ident in item.identifiers %}")
    row = add_row(table)
    cant_split(row)
    type_box, value_box, window_box = (Box(c) for c in row.cells)
    for lang in langs:
        type_box.p("{{ ident.type." + lang + " }}", "RD Table", lang=lang)
        window_box.p(
            "{{ window(ident.start, ident.end, '" + lang + "') or '" + W[lang]["ident_no_window"] + "' }}", "RD Table", lang=lang
        )
    value_box.p("{{ ident.value }}", "RD Table", lang="en")
    tag_row(table, "{%tr endfor %}")
    box.tag("{%p endif %}")


def executor(box: Box, langs: tuple[str, ...]) -> None:
    """The executing officer, in a frame at the foot of the last page (GOST R 7.0.97-2016, 5.26).

    The frame is anchored just before the closing block and kept with it, so it stands on
    the page of the signature; placed after it, its anchor could start a page of its own.
    Without a name or a telephone it stays empty, not a bare «Исп.:».
    """
    para = box.p("", "RD Small")
    for i, lang in enumerate(langs):
        if len(langs) > 1:
            opening = "{% if document." + lang + " %}" + ("{% if document.ru %}" if i else "")
            closing = "{% endif %}" * (2 if i else 1)
        else:
            opening = closing = ""
        run = para.add_run(opening + W[lang]["executor"] + closing)
        _set_lang(run._r.get_or_add_rPr(), lang)
        if i < len(langs) - 1:
            run.add_break(WD_BREAK.LINE)
    frame = parse_xml(
        f'<w:framePr {nsdecls("w")} w:w="{int(PAGE_WIDTH_MM * 56.7)}" w:wrap="around" w:vAnchor="margin" w:hAnchor="margin" w:xAlign="left" w:yAlign="bottom"/>'
    )
    para._p.get_or_add_pPr().insert(0, frame)
    keep_with_next(para)


# ---------------------------------------------------------------------------------
# One language after the other
# ---------------------------------------------------------------------------------


def _paragraphs(box: Box, text: str, lang: str, template: str = "{{ para }}", keep_last: bool = False) -> None:
    """The officer's paragraphs of a text, each a paragraph of the document; the last one kept
    with what follows when it leads to the signature."""
    source = f"{text}.{lang}|paragraphs"
    if not keep_last:
        box.tag("{%p for para in " + source + " %}")
        box.p(template)
        box.tag("{%p endfor %}")
        return
    box.tag("{%p for para in (" + source + ")[:-1] %}")
    box.p(template)
    box.tag("{%p endfor %}")
    box.tag("{%p for para in (" + source + ")[-1:] %}")
    keep_with_next(box.p(template))
    box.tag("{%p endfor %}")


def _seq(template: str, lang: str) -> str:
    """A wording written for a side-by-side pair ("para.ru"), for one language's paragraph ("para")."""
    return template.replace("para." + lang, "para")


def sequential_closing(body: Box, lang: str) -> None:
    """Signature, acting basis, seal and file-copy visa: one table, every row kept with the next,
    so that none of them starts a page without the text before it."""
    table = body.table([80, 45, 55])
    flush(table)
    row = add_row(table)
    cant_split(row)
    position, line, name = (Box(c, lang) for c in row.cells)
    position.p(W[lang]["position"], "RD Signature")
    line.p("________________", "RD Signature").alignment = WD_ALIGN_PARAGRAPH.CENTER
    row.cells[1].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    row.cells[2].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    name.p("{{ request.signatory.name." + lang + " }}", "RD Signature").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    keep_row(row)
    for condition, text, style in (
        ("request.signatory.acting_basis." + lang, W[lang]["acting"], "RD Small"),
        (None, W[lang]["seal"], "RD Seal"),
        ("document.file_copy", W[lang]["visa"], "RD Small"),
    ):
        if condition:
            tag_row(table, "{%tr if " + condition + " %}")
        row = add_row(table)
        cell = row.cells[0].merge(row.cells[2])
        para = Box(cell, lang).p(text, style)
        if condition is None:
            para.paragraph_format.space_before = Pt(6)
        cant_split(row)
        if condition != "document.file_copy":
            keep_row(row)
        if condition:
            tag_row(table, "{%tr endif %}")


def sequential_language(doc, lang: str) -> None:
    body = Box(doc, lang)
    top = body.table([HALF_MM, HALF_MM])
    row = add_row(top)
    left = Box(row.cells[0], lang)
    emblem(left)
    letterhead(left, lang)
    right = Box(row.cells[1], lang)
    right.p("", "RD Signature")
    addressee(right, lang)
    title(body, lang)
    w = W[lang]
    body.tag("{%p if request.urgent and request.urgency_reason." + lang + " %}")
    _paragraphs(body, "request.urgency_reason", lang, _seq(w["urgency_reason"], lang))
    body.tag("{%p endif %}")
    body.tag("{%p if document.confirmation %}")
    body.p(w["confirmation"])
    body.tag("{%p if confirmation.due %}")
    body.p(w["confirmation_due"])
    body.tag("{%p endif %}")
    body.tag("{%p endif %}")
    body.p(w["legal_basis"])
    offences(body, lang)
    heading(1, "b")(body, lang)
    _paragraphs(body, "request.case_summary", lang)
    heading(2, "c")(body, lang)
    _paragraphs(body, "request.purpose", lang, _seq(w["purpose"], lang))
    _paragraphs(body, "request.justification", lang, _seq(w["justification"], lang))
    heading(3, "d")(body, lang)
    body.tag("{%p for item in request.assistance %}")
    body.p(w["item"], "RD Item")
    # An item's identifiers table never starts a page without the description it lists.
    body.tag("{%p if item.identifiers %}")
    _paragraphs(body, "item.description", lang, keep_last=True)
    body.tag("{%p else %}")
    _paragraphs(body, "item.description", lang)
    body.tag("{%p endif %}")
    identifiers_table(body, (lang,))
    body.tag("{%p endfor %}")
    heading(4, "e")(body, lang)
    body.p(w["desired"])
    heading(5, "f")(body, lang)
    # What comes last before the signature is kept with it: the last paragraph of other
    # information, the clauses and the enclosures.
    body.tag("{%p if request.other_information." + lang + " %}")
    _paragraphs(body, "request.other_information", lang, keep_last=True)
    body.tag("{%p else %}")
    keep_with_next(body.p(w["no_other"]))
    body.tag("{%p endif %}")
    for condition, key in (("request.confidential", "confidential"), ("request.presence_requested", "presence")):
        body.tag("{%p if " + condition + " %}")
        para = body.p(w[key])
        para.paragraph_format.space_before = Pt(6)
        keep_with_next(para)
        body.tag("{%p endif %}")
    keep_with_next(body.p("", "RD Signature"))
    enclosures(body, lang, keep=True)
    keep_with_next(body.p("", "RD Signature"))
    executor(body, (lang,))
    sequential_closing(body, lang)


def request_sequential() -> Document:
    doc = new_document()
    header_and_footer(doc)
    body = Box(doc)
    body._fresh = True  # the default document's single empty paragraph
    body.tag("{%p if document.ru %}")
    sequential_language(doc, "ru")
    body.tag("{%p endif %}")
    body.tag("{%p if document.ru and document.en %}")
    body.p("", "RD Signature").add_run().add_break(WD_BREAK.PAGE)
    body.tag("{%p endif %}")
    body.tag("{%p if document.en %}")
    sequential_language(doc, "en")
    body.tag("{%p endif %}")
    return doc


# ---------------------------------------------------------------------------------
# Russian and English side by side: one table row per pair of paragraphs
# ---------------------------------------------------------------------------------

# Two 90 mm halves for the texts; the signature row uses the inner columns for its line.
PARALLEL_GRID = [80, 10, 35, 55]
# An item's table: the two halves, and the identifiers' type (40), value (55) and window (85).
ITEM_GRID = [40, 40, 10, 5, 30, 55]


def _bordered(cell) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:tcBorders {nsdecls("w")}>'
        + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for side in ("top", "left", "bottom", "right"))
        + "</w:tcBorders>"))


def identifier_rows(table) -> None:
    """The current item's identifiers as rows of its table: type, value, time window with offset."""
    def cells(row):
        return row.cells[0], row.cells[1].merge(row.cells[3]), row.cells[4].merge(row.cells[5])

    tag_row(table, "{%tr if item.identifiers %}")
    head = add_row(table)
    cant_split(head)
    for cell, key in zip(cells(head), ("ident_type", "ident_value", "ident_window")):
        box = Box(cell)
        for lang in LANGS:
            box.p(W[lang][key], "RD Table Head", lang=lang)
        shade(cell, "EDEDED")
        _bordered(cell)
    keep_row(head)
    tag_row(table, "{%tr endif %}")
    tag_row(table, "{%tr for ident in item.identifiers %}")
    row = add_row(table)
    cant_split(row)
    type_cell, value_cell, window_cell = cells(row)
    type_box, window_box = Box(type_cell), Box(window_cell)
    for lang in LANGS:
        type_box.p("{{ ident.type." + lang + " }}", "RD Table", lang=lang)
        window_box.p("{{ window(ident.start, ident.end, '" + lang + "') or '" + W[lang]["ident_no_window"] + "' }}",
                     "RD Table", lang=lang)
    Box(value_cell).p("{{ ident.value }}", "RD Table", lang="en")
    for cell in (type_cell, value_cell, window_cell):
        _bordered(cell)
    tag_row(table, "{%tr endfor %}")


def _halves(table) -> tuple[tuple[int, int], tuple[int, int]]:
    """The grid columns of the left and the right half of a side-by-side table."""
    edges, total = [], 0.0
    for width in table._rd_grid:
        total += width
        edges.append(total)
    middle = edges.index(HALF_MM)
    return (0, middle), (middle + 1, len(edges) - 1)


def pair_row(table, fill: Part | None = None, keep: bool = False, cant: bool = False):
    """A row of two halves, Russian on the left and English on the right, each filled by `fill`."""
    row = add_row(table)
    (a, b), (c, d) = _halves(table)
    cells = (row.cells[a].merge(row.cells[b]), row.cells[c].merge(row.cells[d]))
    if fill is not None:
        for cell, lang in zip(cells, LANGS):
            fill(Box(cell, lang), lang)
    if cant:
        cant_split(row)
    if keep:
        keep_row(row)
    return row


def pair_rows(table, fill: Part, condition: str | None = None, keep: bool = False, cant: bool = False) -> None:
    if condition:
        tag_row(table, "{%tr if " + condition + " %}")
    pair_row(table, fill, keep=keep, cant=cant)
    if condition:
        tag_row(table, "{%tr endif %}")


def text_row(table, fill: Part, keep: bool = False) -> None:
    """The row of one pair of paragraphs (`para`). A pair that fits in a quarter of a page is
    never split: LibreOffice keeps no widow or orphan control inside a table cell, so a split
    row could leave one line of it alone on a page. A longer pair may break across pages."""
    tag_row(table, "{%tr if para.whole %}")
    pair_row(table, fill, keep=keep, cant=True)
    tag_row(table, "{%tr else %}")
    pair_row(table, fill, keep=keep)
    tag_row(table, "{%tr endif %}")


def paragraph_rows(table, text: str, template: str = "{{ para.{lang} }}", keep_last: bool = False) -> None:
    """A text's paragraphs, the n-th Russian one beside the n-th English one."""
    def fill(box: Box, lang: str) -> None:
        box.p(template.replace("{lang}", lang) if "{lang}" in template else W[lang][template])

    if not keep_last:
        tag_row(table, "{%tr for para in pairs(" + text + ") %}")
        text_row(table, fill)
        tag_row(table, "{%tr endfor %}")
        return
    tag_row(table, "{%tr for para in pairs(" + text + ")[:-1] %}")
    text_row(table, fill)
    tag_row(table, "{%tr endfor %}")
    tag_row(table, "{%tr for para in pairs(" + text + ")[-1:] %}")
    text_row(table, fill, keep=True)
    tag_row(table, "{%tr endfor %}")


def heading_row(table, number: int, letter: str) -> None:
    # A heading never ends a page: its row stays whole and with the first row of its text.
    pair_row(table, heading(number, letter), keep=True, cant=True)


def parallel_closing(table) -> None:
    row = add_row(table)
    cant_split(row)
    position = Box(row.cells[0])
    line_cell = row.cells[1].merge(row.cells[2])
    name = Box(row.cells[3])
    for lang in LANGS:
        position.p(W[lang]["position"], "RD Signature", lang=lang)
        name.p("{{ request.signatory.name." + lang + " }}", "RD Signature", lang=lang).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    Box(line_cell).p("________________", "RD Signature").alignment = WD_ALIGN_PARAGRAPH.CENTER
    line_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    row.cells[3].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    keep_row(row)
    pair_rows(table, lambda b, lang: b.p(W[lang]["acting"], "RD Small"),
              condition="request.signatory.acting_basis.ru or request.signatory.acting_basis.en", keep=True, cant=True)

    def seal_part(box: Box, lang: str) -> None:
        box.p(W[lang]["seal"], "RD Seal")

    pair_rows(table, seal_part, keep=False, cant=True)
    pair_rows(table, lambda b, lang: b.p(W[lang]["visa"], "RD Small"), condition="document.file_copy", cant=True)


def _fit_columns(doc) -> None:
    """Half-page columns: ragged right (justified text gapes there) and a short first-line indent.

    "Keep with next" is set on the rows that must stay together, never in a style: in a
    cell it makes LibreOffice move the whole row to the next page.
    """
    for name in ("RD Body", "RD List", "RD Item", "RD Heading", "RD Title", "RD Urgent"):
        fmt = doc.styles[name].paragraph_format
        fmt.keep_with_next = False
        if name in ("RD Body", "RD List", "RD Item"):
            fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
        if name == "RD Body":
            fmt.first_line_indent = Mm(5)


def request_parallel() -> Document:
    doc = new_document()
    _fit_columns(doc)
    header_and_footer(doc)
    body = Box(doc)
    body._fresh = True
    emblem(body)
    top = body.table(PARALLEL_GRID)
    pair_row(top, lambda b, lang: letterhead(b, lang, number=False))
    # A row of its own: the number and date stand level in both languages however long the names.
    pair_row(top, number_line)

    def to(box: Box, lang: str) -> None:
        box.p("", "RD Signature")
        addressee(box, lang)

    pair_row(top, to)
    pair_row(top, title, keep=True, cant=True)
    tag_row(top, "{%tr if request.urgent %}")
    paragraph_rows(top, "request.urgency_reason", "urgency_reason")
    tag_row(top, "{%tr endif %}")
    pair_rows(top, lambda b, lang: b.p(W[lang]["confirmation"]), condition="document.confirmation")
    pair_rows(top, lambda b, lang: b.p(W[lang]["confirmation_due"]), condition="document.confirmation and confirmation.due")
    pair_row(top, lambda b, lang: b.p(W[lang]["legal_basis"]))
    tag_row(top, "{%tr for act in request.offences %}")
    pair_row(top, lambda b, lang: b.p(W[lang]["offence"], "RD List"))
    tag_row(top, "{%tr endfor %}")
    heading_row(top, 1, "b")
    paragraph_rows(top, "request.case_summary")
    heading_row(top, 2, "c")
    paragraph_rows(top, "request.purpose", "purpose")
    paragraph_rows(top, "request.justification", "justification")
    heading_row(top, 3, "d")

    body.tag("{%p for item in request.assistance %}")
    # An item and its identifiers are one table, so that its text keeps with them.
    items = body.table(ITEM_GRID)
    pair_row(items, lambda b, lang: b.p(W[lang]["item"], "RD Item"), keep=True, cant=True)
    paragraph_rows(items, "item.description", keep_last=True)
    identifier_rows(items)
    # Adjacent tables merge in Word and LibreOffice: a small paragraph keeps them apart.
    body.p("", "RD Spacer")
    body.tag("{%p endfor %}")

    body.p("", "RD Spacer")
    end = body.table(PARALLEL_GRID)
    heading_row(end, 4, "e")
    pair_row(end, lambda b, lang: b.p(W[lang]["desired"]))
    # Other information but its last paragraph; the rest goes with the signature below.
    other = "request.other_information"
    tag_row(end, "{%tr if pairs(" + other + ")|length > 1 %}")
    heading_row(end, 5, "f")
    tag_row(end, "{%tr for para in pairs(" + other + ")[:-1] %}")
    text_row(end, lambda b, lang: b.p("{{ para." + lang + " }}"))
    tag_row(end, "{%tr endfor %}")
    tag_row(end, "{%tr endif %}")

    # The closing block: one table whose every row keeps with the next, so that the
    # signature and the seal place stand on the page of the letter's last lines; the
    # executor's frame is anchored before it, on the same page.
    executor(body, LANGS)
    closing = body.table(PARALLEL_GRID)
    tag_row(closing, "{%tr if pairs(" + other + ")|length <= 1 %}")
    heading_row(closing, 5, "f")
    tag_row(closing, "{%tr endif %}")
    tag_row(closing, "{%tr if pairs(" + other + ") %}")
    tag_row(closing, "{%tr for para in pairs(" + other + ")[-1:] %}")
    text_row(closing, lambda b, lang: b.p("{{ para." + lang + " }}"), keep=True)
    tag_row(closing, "{%tr endfor %}")
    tag_row(closing, "{%tr else %}")
    pair_row(closing, lambda b, lang: b.p(W[lang]["no_other"]), keep=True)
    tag_row(closing, "{%tr endif %}")

    def clause(key: str) -> Part:
        def part(box: Box, lang: str) -> None:
            box.p(W[lang][key]).paragraph_format.space_before = Pt(6)

        return part

    pair_rows(closing, clause("confidential"), condition="request.confidential", keep=True)
    pair_rows(closing, clause("presence"), condition="request.presence_requested", keep=True)
    pair_rows(closing, lambda b, lang: b.p("", "RD Signature"), keep=True, cant=True)
    tag_row(closing, "{%tr if request.attachments %}")
    pair_row(closing, enclosures, keep=True)
    pair_row(closing, lambda b, lang: b.p("", "RD Signature"), keep=True, cant=True)
    tag_row(closing, "{%tr endif %}")
    parallel_closing(closing)
    return doc


# ---------------------------------------------------------------------------------
# The supervisor's checklist
# ---------------------------------------------------------------------------------

CHECK = {
    "title": ("ЛИСТ ПРОВЕРКИ ЗАПРОСА ОБ ОКАЗАНИИ СОДЕЙСТВИЯ", "REQUEST FOR ASSISTANCE: REVIEW CHECKLIST"),
    "basis": ("{{ treaty.short_name.ru }}, {{ treaty.references.requirements.ru }}", "{{ treaty.short_name.en }}, {{ treaty.references.requirements.en }}"),
    "identity": [
        ("Исходящий номер", "Outgoing number", ["{{ request.number or '—' }}"]),
        ("Дата запроса", "Date of the request", ["{{ request.date|day('ru') }}", "{{ request.date|day('en') }}"]),
        (
            "Запрашивающий орган",
            "Requesting authority",
            [
                "{{ request.requesting.authority.ru }}{% if request.requesting.state.ru %} ({{ request.requesting.state.ru }}){% endif %}",
                "{{ request.requesting.authority.en }}{% if request.requesting.state.en %} ({{ request.requesting.state.en }}){% endif %}",
            ],
        ),
        (
            "Запрашиваемый орган",
            "Requested authority",
            [
                "{{ request.requested.authority.ru }}{% if request.requested.state.ru %} ({{ request.requested.state.ru }}){% endif %}",
                "{{ request.requested.authority.en }}{% if request.requested.state.en %} ({{ request.requested.state.en }}){% endif %}",
            ],
        ),
        (
            "Способ передачи",
            "Transmission",
            [
                "{{ request.transmission.channel.ru or '—' }}{% if request.transmission.at %}, {{ request.transmission.at|instant('ru') }}{% endif %}",
                "{{ request.transmission.channel.en or '—' }}{% if request.transmission.at %}, {{ request.transmission.at|instant('en') }}{% endif %}",
            ],
        ),
        (
            "Срок письменного подтверждения",
            "Written confirmation due",
            [
                "{{ checklist.confirmation_due|instant('ru', ending=True) if checklist.confirmation_due else 'не требуется' }}",
                "{{ checklist.confirmation_due|instant('en', ending=True) if checklist.confirmation_due else 'not required' }}",
            ],
        ),
        ("Правило исчисления срока", "How the period is counted", ["{{ checklist.counting_rule.ru }}", "{{ checklist.counting_rule.en }}"]),
        (
            "Подписывает",
            "Signed by",
            [
                "{{ request.signatory.position.ru or '—' }}{% if request.signatory.name.ru %}, {{ request.signatory.name.ru }}{% endif %}"
                "{% if request.signatory.acting %} ({{ request.signatory.role.ru }}{% if request.signatory.acting_basis.ru %}; основание: {{ request.signatory.acting_basis.ru }}{% endif %}){% endif %}",
                "{{ request.signatory.position.en or '—' }}{% if request.signatory.name.en %}, {{ request.signatory.name.en }}{% endif %}"
                "{% if request.signatory.acting %} ({{ request.signatory.role.en }}{% if request.signatory.acting_basis.en %}; basis: {{ request.signatory.acting_basis.en }}{% endif %}){% endif %}",
            ],
        ),
        (
            "Печать",
            "Seal",
            ["{{ request.seal.ru if request.seal else 'без печати' }}", "{{ request.seal.en if request.seal else 'no seal' }}"],
        ),
        (
            "Согласование",
            "Approval",
            [
                "{{ review.approval.ru if review.approval else 'в реестре не зарегистрировано' }}",
                "{{ review.approval.en if review.approval else 'none recorded in the register' }}",
            ],
        ),
        ("Отпечаток текста", "Text fingerprint", ["{{ review.fingerprint }}"]),
        ("Лист сформирован", "Generated", ["{{ document.generated_at|instant('ru') }}", "{{ document.generated_at|instant('en') }}"]),
    ],
    "verdict": [
        "{% if checklist.ready and not checklist.warnings %}Готов к подписи"
        "{% elif checklist.ready %}Готов к подписи; {{ checklist.warnings|count('ru', 'предупреждение', 'предупреждения', 'предупреждений') }}"
        "{% else %}{{ checklist.errors|count('ru', 'ошибка', 'ошибки', 'ошибок') }}, "
        "{{ checklist.warnings|count('ru', 'предупреждение', 'предупреждения', 'предупреждений') }}: не готов к подписи{% endif %}",
        "{% if checklist.ready and not checklist.warnings %}Ready for signature"
        "{% elif checklist.ready %}Ready for signature; {{ checklist.warnings|count('en', 'warning', 'warnings') }}"
        "{% else %}{{ checklist.errors|count('en', 'error', 'errors') }}, "
        "{{ checklist.warnings|count('en', 'warning', 'warnings') }}: not ready for signature{% endif %}",
    ],
    "columns": [
        ("Статья", "Article", 22),
        ("Требование", "Requirement", 39),
        ("Результат", "Result", 31),
        ("Замечания", "Findings", 60),
        ("Отметка проверяющего", "Reviewer’s mark", 28),
    ],
    "status": {
        "ru": "{{ {'pass': 'соответствует', 'error': 'ошибка', 'warning': 'предупреждение', 'not_applicable': 'не применяется'}[row.status] }}",
        "en": "{{ {'pass': 'pass', 'error': 'error', 'warning': 'warning', 'not_applicable': 'not applicable'}[row.status] }}",
    },
    "reviewer": ("Проверил", "Reviewed by"),
    "reviewer_lines": [
        ("_______________________", ("(подпись", "signature)")),
        ("_______________________", ("(фамилия, инициалы", "name)")),
        ("«___» __________ 20__ г.", ("(дата", "date)")),
    ],
}


def events_log(body: Box) -> None:
    """The request's event log (when the register that exported it holds one)."""
    body.tag("{%p if review.has_log %}")
    body.p("", "RD Signature")
    keep_with_next(marks(body, "Журнал событий запроса", "Event log of the request", "RD Letterhead Line"))
    table = body.table([42, 38, 100], borders=True)
    head = add_row(table)
    repeat_header(head)
    for cell, (ru, en) in zip(head.cells, (("Время", "Time"), ("Пользователь", "User"), ("Событие", "What"))):
        box = Box(cell)
        box.p(ru, "RD Table Head", lang="ru")
        box.p(en, "RD Table Head", lang="en")
        shade(cell, "EDEDED")
    tag_row(table, "{%tr for event in review.events %}")
    row = add_row(table)
    cant_split(row)
    when, who, what = (Box(c) for c in row.cells)
    when.p("{{ event.at|instant('ru') }}", "RD Table", lang="ru")
    who.p("{{ event.user }}", "RD Table")
    what.p("{{ event.what.ru }}", "RD Table", lang="ru")
    what.p("{{ event.what.en }}", "RD Table", lang="en").runs[0].italic = True
    tag_row(table, "{%tr endfor %}")
    body.tag("{%p endif %}")


def _rule_row(table, keep: bool) -> None:
    """One rule of the checklist: article, requirement, result, findings, the reviewer's mark."""
    row = add_row(table)
    cant_split(row)
    article, label, status, messages, mark = (Box(c) for c in row.cells)
    for lang in ("ru", "en"):
        article.p("{{ row.article." + lang + " }}", "RD Table", lang=lang)
        label.p("{{ row.label." + lang + " }}", "RD Table", lang=lang)
    status.p("{% cellbg 'F6CFCF' if row.status == 'error' else ('FFF0C2' if row.status == 'warning' else 'FFFFFF') %}"
             + CHECK["status"]["ru"], "RD Table", lang="ru").runs[0].bold = True
    status.p(CHECK["status"]["en"], "RD Table", lang="en")
    messages.tag("{%p for message in row.messages %}")
    messages.p("{{ message.ru }}", "RD Table", lang="ru")
    para = messages.p("{{ message.en }}", "RD Table", lang="en")
    para.paragraph_format.space_after = Pt(3)
    for run in para.runs:
        run.italic = True
    messages.tag("{%p endfor %}")
    messages.p("", "RD Spacer")  # a cell must keep a paragraph when the row has no findings
    # The supervisor's mark recorded in the register; empty for a mark by hand.
    mark.tag("{%p if row.code in review.marks %}")
    mark.p("{{ review.marks[row.code].ru }}", "RD Table", lang="ru").runs[0].bold = True
    mark.p("{{ review.marks[row.code].en }}", "RD Table", lang="en")
    mark.tag("{%p if review.marks[row.code].comment %}")
    mark.p("{{ review.marks[row.code].comment }}", "RD Table").runs[0].italic = True
    mark.tag("{%p endif %}")
    mark.tag("{%p endif %}")
    mark.p("", "RD Spacer")
    if keep:
        keep_row(row)


def _no_borders(cell, keep_top: bool = False) -> None:
    sides = ("left", "bottom", "right") if keep_top else ("top", "left", "bottom", "right")
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:tcBorders {nsdecls("w")}>' + "".join(f'<w:{side} w:val="nil"/>' for side in sides) + "</w:tcBorders>"))


def _reviewer_rows(table) -> None:
    """The reviewer's signature as the last rows of the checklist's table, the last rule kept
    with them: a signature never stands on a page of its own."""
    from docx.enum.text import WD_TAB_ALIGNMENT

    row = add_row(table)
    cant_split(row)
    cell = row.cells[0].merge(row.cells[-1])
    _no_borders(cell, keep_top=True)
    box = Box(cell)
    box.p("", "RD Signature")
    reviewer = box.p("", "RD Signature")
    _runs(reviewer, [(CHECK["reviewer"][0], "ru"), (" / ", None), (CHECK["reviewer"][1], "en"), (":", None)])
    keep_row(row)
    row = add_row(table)
    cant_split(row)
    cell = row.cells[0].merge(row.cells[-1])
    _no_borders(cell)
    box = Box(cell)
    lines = box.p("", "RD Signature")
    captions = box.p("", "RD Small")
    for para in (lines, captions):
        for mm in (30, 90, 150):
            para.paragraph_format.tab_stops.add_tab_stop(Mm(mm), WD_TAB_ALIGNMENT.CENTER)
    lines.paragraph_format.space_before = Pt(14)
    _runs(lines, [("\t" + line, None) for line, _ in CHECK["reviewer_lines"]])
    parts = []
    for _, (ru, en) in CHECK["reviewer_lines"]:
        parts += [("\t" + ru, "ru"), (" / ", None), (en, "en")]
    _runs(captions, parts)


def checklist() -> Document:
    doc = new_document()
    header_and_footer(doc, internal=True)
    body = Box(doc)
    body._fresh = True
    ru, en = CHECK["title"]
    body.p(ru, "RD Title", lang="ru").paragraph_format.space_after = Pt(0)
    body.p(en, "RD Title", lang="en").paragraph_format.space_before = Pt(0)
    ru, en = CHECK["basis"]
    body.p(ru, "RD Letterhead Line", lang="ru")
    body.p(en, "RD Letterhead Line", lang="en").paragraph_format.space_after = Pt(8)

    identity = body.table([60, 120], borders=True)
    for ru, en, values in CHECK["identity"] + [("Итог проверки", "Verdict", CHECK["verdict"])]:
        row = add_row(identity)
        cant_split(row)
        label = Box(row.cells[0])
        label.p(ru, "RD Table", lang="ru").runs[0].bold = True
        label.p(en, "RD Table", lang="en")
        value = Box(row.cells[1])
        for i, text in enumerate(values):
            value.p(text, "RD Table", lang="ru" if i == 0 and len(values) > 1 else "en" if len(values) > 1 else None)
        if ru == "Итог проверки":
            for para in row.cells[1].paragraphs:
                for run in para.runs:
                    run.bold = True
    body.p("", "RD Signature")

    table = body.table([c[2] for c in CHECK["columns"]], borders=True)
    head = add_row(table)
    repeat_header(head)
    for cell, (ru, en, _) in zip(head.cells, CHECK["columns"]):
        box = Box(cell)
        box.p(ru, "RD Table Head", lang="ru")
        box.p(en, "RD Table Head", lang="en")
        shade(cell, "EDEDED")
    tag_row(table, "{%tr for row in checklist.rows[:-1] %}")
    _rule_row(table, keep=False)
    tag_row(table, "{%tr endfor %}")
    tag_row(table, "{%tr for row in checklist.rows[-1:] %}")
    _rule_row(table, keep=True)
    tag_row(table, "{%tr endfor %}")
    _reviewer_rows(table)

    events_log(body)

    return doc


_UNNEEDED_PARTS = ("stylesWithEffects", "customXml", "thumbnail")


def slim(doc) -> None:
    """Drops what python-docx's starting document carries and these templates never use.

    Its 150 built-in style definitions, latent styles and a second styles part are most
    of the file: every export would read and write them again.
    """
    for rels in (doc.part.package.rels, doc.part.rels):
        for r_id, rel in list(rels.items()):
            if any(rel.reltype.endswith(name) for name in _UNNEEDED_PARTS):
                del rels[r_id]
    styles = doc.styles.element
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    used_xml = doc.element.xml + "".join(
        part._element.xml for section in doc.sections for part in (section.header, section.footer)
    )
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    keep: set[str] = set()
    pending = [sid for sid, s in by_id.items() if f'w:val="{sid}"' in used_xml or s.get(qn("w:default")) == "1"]
    while pending:
        sid = pending.pop()
        if sid in keep or sid not in by_id:
            continue
        keep.add(sid)
        for link in ("w:basedOn", "w:next", "w:link"):
            ref = by_id[sid].find(qn(link))
            if ref is not None:
                pending.append(ref.get(qn("w:val")))
    for sid, style in by_id.items():
        if sid not in keep:
            styles.remove(style)


APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>RequestDesk</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _set_template_properties(doc, title_text: str) -> None:
    # python-docx's starting document claims to come from a Macintosh Word and to be in US English.
    for part in doc.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = APP_XML.encode("utf-8")
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.attrib.clear()
        theme_lang.set(qn("w:val"), "ru-RU")
    props = doc.core_properties
    props.title = title_text
    props.author = "RequestDesk"
    props.last_modified_by = "RequestDesk"
    props.comments = "Шаблон RequestDesk / RequestDesk template"
    props.subject = ""
    props.keywords = ""
    props.language = "ru-RU"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    builds = {
        "request-parallel.docx": (request_parallel, "Шаблон: запрос, русский и английский рядом / Template: request, side by side"),
        "request-sequential.docx": (request_sequential, "Шаблон: запрос, русский, затем английский / Template: request, one language after the other"),
        "checklist.docx": (checklist, "Шаблон: лист проверки / Template: review checklist"),
    }
    for name, (build, title_text) in builds.items():
        doc = build()
        slim(doc)
        _set_template_properties(doc, title_text)
        doc.save(OUT / name)
        print(OUT.relative_to(ROOT) / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
