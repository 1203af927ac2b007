"""The one Jinja environment documents are filled with, and its formatting filters.

Every value a template prints passes through `_finalize`: it is made XML-safe and
escaped, so a user's text is always data. Braces are written as character references
because docxtpl rewrites "{_{" and "%_}" in its output; written that way, text typed by
a user reaches the document exactly as typed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from decimal import localcontext
from functools import cache
from itertools import zip_longest
from typing import Any

from jinja2 import Environment, StrictUndefined, TemplateError, meta
from markupsafe import Markup, escape

from requestdesk.documents import compiled
from requestdesk.documents.xmltext import xml_safe
from requestdesk.domain.formatting import format_day, format_instant, format_number, format_offset, plural
from requestdesk.domain.text import _c

# Words the filters add around dates ("с ... по ..."); the rest of the wording is in the templates.
_FROM = _c("time window", "from {start}")
_UNTIL = _c("time window", "until {end}")
_FROM_TO = _c("time window", "from {start} to {end}")


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    if hasattr(value, "__html__"):
        # A picture docxtpl places (the letterhead's emblem): markup made by the program, never user text.
        return Markup(value.__html__())
    text = escape(xml_safe(str(value)))
    return Markup(str(text).replace("{", "&#123;").replace("}", "&#125;"))


def day(value: date | datetime | None, lang: str) -> str:
    """20 ноября 2026 г. / 20 November 2026"""
    if value is None:
        return ""
    return format_day(value.date() if isinstance(value, datetime) else value, lang)


def instant(value: datetime | None, lang: str, with_offset: bool = True, ending: bool = False) -> str:
    """20 ноября 2026 г., 14:35 (UTC+03:00)

    A letter names the moment by its offset from UTC, which both sides read alike; the
    IANA name of a zone ("Europe/Moscow") is a computer's word, not a letter's. The `ending`
    of a period that falls at midnight is written as 24:00 of its last day («23 ноября
    2026 г., 24:00»), as a term is said to expire, not as 00:00 of the day after.
    """
    if value is None:
        return ""
    if ending and (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
        text = f"{day(value.date() - timedelta(days=1), lang)}, 24:00"
    else:
        text = format_instant(value, lang, with_zone=False)
    return f"{text} ({format_offset(value)})" if with_offset else text


def paragraphs(text: str | None) -> list[str]:
    """The paragraphs an officer typed: each line of the text, empty lines dropped."""
    if not text:
        return []
    return [line.strip() for line in xml_safe(str(text)).split("\n") if line.strip()]


# A pair of paragraphs up to this long (a quarter of a page in a half-page column) is kept
# whole on one page; a longer one may break across pages.
WHOLE_PAIR_CHARS = 700


def pairs(text: Mapping[str, str]) -> list[dict[str, Any]]:
    """A bilingual text's paragraphs side by side: the n-th Russian one with the n-th English one."""
    ru, en = paragraphs(text.get("ru")), paragraphs(text.get("en"))
    return [{"ru": r or "", "en": e or "", "whole": max(len(r or ""), len(e or "")) <= WHOLE_PAIR_CHARS}
            for r, e in zip_longest(ru, en)]


def the(name: str | None) -> str:
    """An English authority's name after a verb: "the Ministry of …" (unless it has its article)."""
    name = (name or "").strip()
    if not name or name.casefold().startswith("the "):
        return name
    return "the " + name


def _clocks(*moments: datetime) -> list[str]:
    # A provider matches log lines to the second: when one end has seconds, both show them.
    pattern = "%H:%M:%S" if any(m.second for m in moments) else "%H:%M"
    return [m.strftime(pattern) for m in moments]


def window(start: datetime | None, end: datetime | None, lang: str) -> str:
    """The time window of an identifier's use, with its offset from UTC."""
    given = [m for m in (start, end) if m is not None]
    clocks = iter(_clocks(*given))
    shown = [f"{day(m, lang)}, {next(clocks)} ({format_offset(m)})" for m in given]
    if start and end:
        if start.date() == end.date() and start.utcoffset() == end.utcoffset():
            first, last = _clocks(start, end)
            return f"{day(start, lang)}, {first}–{last} ({format_offset(start)})"
        return _FROM_TO.render(lang, start=shown[0], end=shown[1])
    if start:
        return _FROM.render(lang, start=shown[0])
    if end:
        return _UNTIL.render(lang, end=shown[0])
    return ""


def number(value: int | float | None, lang: str) -> str:
    if value is None:
        return ""
    # babel rounds within the decimal context: its 28 digits fail on a count of 10^25 sheets.
    with localcontext() as context:
        context.prec = max(context.prec, len(f"{abs(value):.0f}") + 10)
        return format_number(value, lang)


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


class _CompilingOnceEnvironment(Environment):
    """Parses and compiles each template part once.

    docxtpl cleans each part's XML up and hands it to Jinja on every export. Here a part is
    known by its raw XML: the clean-up, the parse and the compilation happen once, and
    the names the part uses are read from the very syntax tree that is compiled (not
    from a second parse). The compiled code is kept on disk (`compiled`), so a later
    process neither cleans up nor parses the template at all.
    """

    _MAX_KEPT = 32
    _TOKEN = "\x00requestdesk-part:"

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._compiled: dict[str, tuple[Any, frozenset[str]]] = {}

    def prepare(self, raw_xml: str, make_source: Callable[[str], str]) -> tuple[str, frozenset[str]]:
        """A token that stands for the compiled part, and the names it needs from the context.

        `make_source` turns the raw XML into the template text (docxtpl's clean-up); it is
        called only when the part is compiled.
        """
        part_key = compiled.key(raw_xml)
        token = self._TOKEN + part_key
        kept = self._compiled.get(token)
        if kept is None:
            if len(self._compiled) >= self._MAX_KEPT:
                self._compiled.clear()
            loaded = compiled.load(part_key)
            if loaded is None:
                tree = self.parse(make_source(raw_xml))
                loaded = (self.compile(tree), frozenset(meta.find_undeclared_variables(tree)))
                compiled.store(part_key, *loaded)
            code, names = loaded
            kept = self._compiled[token] = (self.template_class.from_code(self, code, self.make_globals(None), None), names)
        return token, kept[1]

    def from_string(self, source, globals=None, template_class=None):  # type: ignore[no-untyped-def,override]
        if isinstance(source, str) and source.startswith(self._TOKEN) and globals is None and template_class is None:
            kept = self._compiled.get(source)
            if kept is None:
                raise TemplateError("a template part was filled before it was prepared")
            return kept[0]
        return super().from_string(source, globals, template_class)


@cache
def environment() -> _CompilingOnceEnvironment:
    """Undefined names raise: a template that asks for something the data lacks is an error."""
    env = _CompilingOnceEnvironment(autoescape=True, finalize=_finalize, undefined=StrictUndefined, keep_trailing_newline=True)
    env.filters.update(day=day, instant=instant, number=number, count=count, paragraphs=paragraphs, the=the)
    env.globals.update(window=window, pairs=pairs)
    return env
