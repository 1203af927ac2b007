"""What the supervisor reads beside the checklist: the request itself in both languages,
and the document as it will print.

Plain Python over the request document and the documents package: the review window
only shows the HTML these return. The document preview is the very DOCX the export
writes (same templates, same context), read back paragraph by paragraph and table by
table, so that what the supervisor approves is what the officer prints.
"""

from __future__ import annotations

import html
import io
from datetime import datetime
from pathlib import Path
from typing import Any

from requestdesk.domain.check import CheckResult, profile_for
from requestdesk.domain.formatting import format_day, format_instant
from requestdesk.domain.languages import SUPPORTED, normalise_language
from requestdesk.domain.timeutil import parse_date, parse_instant

_CAPTIONS = {
    "number": {"ru": "Исходящий номер", "en": "Outgoing number"},
    "date": {"ru": "Дата", "en": "Date"},
    "requesting": {"ru": "Запрашивающий орган", "en": "Requesting authority"},
    "requested": {"ru": "Запрашиваемый орган", "en": "Requested authority"},
    "offences": {"ru": "Деяния (ст. 3)", "en": "Acts (Art. 3)"},
    "case_summary": {"ru": "Существо дела", "en": "Substance of the case"},
    "purpose": {"ru": "Цель запроса", "en": "Purpose"},
    "justification": {"ru": "Обоснование", "en": "Justification"},
    "assistance": {"ru": "Содержание запрашиваемой помощи", "en": "Assistance requested"},
    "identifiers": {"ru": "Идентификаторы", "en": "Identifiers"},
    "desired_execution_by": {"ru": "Желательный срок исполнения", "en": "Desired time of execution"},
    "other_information": {"ru": "Иные сведения", "en": "Other information"},
    "attachments": {"ru": "Приложения", "en": "Enclosures"},
    "urgency_reason": {"ru": "Причина срочности", "en": "Why it is urgent"},
    "signatory": {"ru": "Подписывает", "en": "Signed by"},
    "executor": {"ru": "Исполнитель", "en": "Executed by"},
}


def _text(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        chosen = value.get(lang)
        return chosen if isinstance(chosen, str) else ""
    return value if isinstance(value, str) else ""


def _day(value: Any, lang: str) -> str:
    try:
        return format_day(parse_date(str(value or "")), lang)
    except ValueError:
        return str(value or "")


def _moment(value: Any, lang: str) -> str:
    try:
        moment = parse_instant(str(value or ""))
    except ValueError:
        return str(value or "")
    return format_instant(moment, lang) if moment.tzinfo else str(value)


def _party(party: Any, lang: str) -> str:
    if not isinstance(party, dict):
        return ""
    parts = [_text(party.get("authority"), lang), _text(party.get("subdivision"), lang)]
    return "\n".join(p for p in parts if p.strip())


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def rows(doc: dict[str, Any]) -> list[tuple[dict[str, str], dict[str, str]]]:
    """(caption, {lang: text}) for each part of the request, in the order of Article 6."""
    profile = profile_for(str(doc.get("treaty") or ""))
    out: list[tuple[dict[str, str], dict[str, str]]] = []

    def add(caption: dict[str, str], texts: dict[str, str]) -> None:
        if any(t.strip() for t in texts.values()):
            out.append((caption, texts))

    langs = SUPPORTED
    add(_CAPTIONS["number"], {lang: str(doc.get("number") or "") for lang in langs})
    add(_CAPTIONS["date"], {lang: _day(doc.get("date"), lang) for lang in langs})
    for side in ("requesting", "requested"):
        add(_CAPTIONS[side], {lang: _party(doc.get(side), lang) for lang in langs})
    offences = _list(doc.get("offences"))
    acts = getattr(profile, "acts", {}) or {}
    add(_CAPTIONS["offences"], {lang: "\n".join(
        _text(acts.get(code, {}), lang) if isinstance(acts.get(code), dict) else str(code) for code in offences)
        for lang in langs})
    for key in ("case_summary", "purpose", "justification"):
        add(_CAPTIONS[key], {lang: _text(doc.get(key), lang) for lang in langs})
    items = _list(doc.get("assistance"))
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            continue
        caption = {lang: f"{_CAPTIONS['assistance'][lang]}, {number}" for lang in langs}
        add(caption, {lang: _text(item.get("description"), lang) for lang in langs})
        identifiers = _list(item.get("identifiers"))
        lines = {lang: "\n".join(
            f"{i.get('type', '')}: {i.get('value', '')} ({_moment(i.get('from'), lang)} — {_moment(i.get('to'), lang)})"
            for i in identifiers if isinstance(i, dict)) for lang in langs}
        add({lang: f"{_CAPTIONS['identifiers'][lang]}, {number}" for lang in langs}, lines)
    add(_CAPTIONS["desired_execution_by"], {lang: _day(doc.get("desired_execution_by"), lang) for lang in langs})
    add(_CAPTIONS["other_information"], {lang: _text(doc.get("other_information"), lang) for lang in langs})
    attachments = _list(doc.get("attachments"))
    add(_CAPTIONS["attachments"], {lang: "\n".join(
        _text(a.get("title"), lang) for a in attachments if isinstance(a, dict)) for lang in langs})
    if doc.get("urgent") is True:
        add(_CAPTIONS["urgency_reason"], {lang: _text(doc.get("urgency_reason"), lang) for lang in langs})
    for key in ("signatory", "executor"):
        found = doc.get(key)
        person: dict[str, Any] = found if isinstance(found, dict) else {}
        add(_CAPTIONS[key], {lang: "\n".join(p for p in (_text(person.get("position"), lang), _text(person.get("name"), lang),
                                                           str(person.get("phone") or "")) if p) for lang in langs})
    return out


def _cell(text: str) -> str:
    return html.escape(text).replace("\n", "<br>") if text.strip() else "<i style='color:#b00020'>—</i>"


def request_html(doc: dict[str, Any], lang: str) -> str:
    """The request as a table: what each part says, in Russian and in English side by side."""
    heads = {"ru": ("Русский", "Английский"), "en": ("Russian", "English")}[normalise_language(lang)]
    body = [f"<tr><th></th><th width='42%'>{heads[0]}</th><th width='42%'>{heads[1]}</th></tr>"]
    for caption, texts in rows(doc):
        body.append(f"<tr><td><b>{html.escape(caption[lang])}</b></td><td>{_cell(texts['ru'])}</td>"
                    f"<td>{_cell(texts['en'])}</td></tr>")
    return ("<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse:collapse'>"
            + "".join(body) + "</table>")


def docx_html(data: bytes) -> str:
    """A DOCX read back as HTML: its paragraphs in order, its tables as tables."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    parts: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(block, document).text
            parts.append(f"<p>{html.escape(text)}</p>" if text.strip() else "")
        elif tag == "tbl":
            table = Table(block, document)
            cells = []
            for row in table.rows:
                seen: list[int] = []
                tds = []
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue  # a merged cell appears once
                    seen.append(id(cell._tc))
                    tds.append("<td valign='top'>" + "<br>".join(html.escape(p.text) for p in cell.paragraphs) + "</td>")
                cells.append("<tr>" + "".join(tds) + "</tr>")
            parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>" + "".join(cells) + "</table>")
    footer = []
    for section in document.sections[:1]:
        footer = [p.text for p in section.footer.paragraphs if p.text.strip()]
    if footer:
        parts.append("<hr><p style='color:#555'>" + "<br>".join(html.escape(t) for t in footer) + "</p>")
    return "".join(parts)


def document_preview_html(doc: dict[str, Any], result: CheckResult, *, layout: str, review: Any, now: datetime) -> str:
    """The request document as the export would write it now (a draft while it has errors)."""
    from requestdesk.documents.export import ExportError, render_document

    try:
        data = render_document(doc, result, Path("preview.docx"), document="request", layout=layout,
                               draft=bool(result.errors), now=now, review=review)
    except ExportError as exc:
        return f"<p style='color:#b00020'>{html.escape(exc.message('ru'))}<br>{html.escape(exc.message('en'))}</p>"
    return docx_html(data)
