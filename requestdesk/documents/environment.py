"""The one Jinja environment documents are filled with, and its formatting filters.

Every value a template prints passes through `_finalize`: it is made XML-safe and
escaped, so a user's text is always data. Braces are written as character references
because docxtpl rewrites "{_{" and "%_}" in its output; written that way, text typed by
a user reaches the document exactly as typed.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

from jinja2 import Environment, StrictUndefined
from markupsafe import Markup, escape

from requestdesk.documents.xmltext import xml_safe
from requestdesk.domain.formatting import format_day, format_instant, format_number, format_offset, plural

# Words the filters add around dates ("с ... по ..."); the rest of the wording is in the templates.
_WINDOW_WORDS = {
    "ru": {"from": "с {}", "to": "по {}", "both": "с {} по {}"},
    "en": {"from": "from {}", "to": "until {}", "both": "from {} to {}"},
}


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    text = escape(xml_safe(str(value)))
    return Markup(str(text).replace("{", "&#123;").replace("}", "&#125;"))


def day(value: date | datetime | None, lang: str) -> str:
    """20 ноября 2026 г. / 20 November 2026"""
    if value is None:
        return ""
    return format_day(value.date() if isinstance(value, datetime) else value, lang)


def instant(value: datetime | None, lang: str, with_zone: bool = True) -> str:
    """20 ноября 2026 г., 14:35 (UTC+03:00, Europe/Moscow)"""
    if value is None:
        return ""
    return format_instant(value, lang, with_zone=with_zone)


def _clock(moment: datetime) -> str:
    # A provider matches log lines to the second: keep seconds whenever they are given.
    return f"{moment:%H:%M:%S}" if moment.second else f"{moment:%H:%M}"


def _moment(moment: datetime, lang: str) -> str:
    return f"{day(moment, lang)}, {_clock(moment)} ({format_offset(moment)})"


def window(start: datetime | None, end: datetime | None, lang: str) -> str:
    """The time window of an identifier's use, with its offset from UTC."""
    words = _WINDOW_WORDS.get(lang, _WINDOW_WORDS["en"])
    if start and end and start.date() == end.date() and start.utcoffset() == end.utcoffset():
        return f"{day(start, lang)}, {_clock(start)}–{_clock(end)} ({format_offset(start)})"
    if start and end:
        return words["both"].format(_moment(start, lang), _moment(end, lang))
    if start:
        return words["from"].format(_moment(start, lang))
    if end:
        return words["to"].format(_moment(end, lang))
    return ""


def number(value: int | float | None, lang: str) -> str:
    return "" if value is None else format_number(value, lang)


def count(value: int | None, lang: str, *forms: str) -> str:
    """A number with the noun in its plural form: count(3, "ru", "лист", "листа", "листов") -> "3 листа".

    Forms are given in CLDR order for the language: Russian one, few, many; English one, other.
    """
    if value is None:
        return ""
    categories = ("one", "few", "many") if lang == "ru" else ("one", "other")
    by_category = dict(zip(categories, forms))
    by_category.setdefault("other", forms[-1])
    return f"{number(value, lang)} {plural(value, lang, by_category)}"


@cache
def environment() -> Environment:
    """Undefined names raise: a template that asks for something the data lacks is an error."""
    env = Environment(autoescape=True, finalize=_finalize, undefined=StrictUndefined, keep_trailing_newline=True)
    env.filters.update(day=day, instant=instant, number=number, count=count)
    env.globals.update(window=window)
    return env
