"""Dates, instants and counts written per language, with babel.

Babel is imported on first use, and the long date and the grouped whole number of the two
document languages are written without it: `requestdesk check` never pays for babel unless
a message counts, nor does the register for its dates and counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from functools import cache
from typing import Generic, TypeVar

from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.text import _

_Value = TypeVar("_Value")

# Official documents of the region write "20 November 2026", which is British usage.
_LOCALES = {"ru": "ru", "en": "en_GB"}


def locale_of(lang: str) -> str:
    return _LOCALES.get(lang, lang)


# CLDR's long date of the two document languages ("d MMMM y 'г'." and "d MMMM y"), written
# here because it is most of what a quick command formats and importing babel for it cost
# more than the whole rest of `requestdesk check`. tests/test_message_dates.py holds
# these to babel's output, day by day, in both languages (the Russian «г.» is kept to its
# year by a narrow no-break space, as CLDR writes it).
_LONG_DAY = {
    "ru": ("{d} {m} {y}\u202fг.", ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                              "октября", "ноября", "декабря")),
    "en": ("{d} {m} {y}", ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December")),
}
# Whole numbers grouped as babel groups them in the two languages (tests/test_formatting_without_babel.py
# compares them over many numbers): a large register's count is shown without loading babel.
_GROUPING = {"ru": "\xa0", "en": ","}


@cache
def format_day(day: date, lang: str) -> str:
    """20 ноября 2026 г. / 20 November 2026"""
    long_day = _LONG_DAY.get(lang)
    if long_day is not None:
        pattern, months = long_day
        return pattern.format(d=day.day, m=months[day.month - 1], y=day.year)
    from babel.dates import format_date

    return format_date(day, "long", locale=locale_of(lang))


class InEachLanguage(Mapping[str, str], Generic[_Value]):
    """A message parameter written differently per language (a date, an instant), written
    in a language only when a message is read in it: a check read in Russian writes no
    English date, and one whose messages are not read writes none at all."""

    __slots__ = ("_value", "_write", "_written")

    def __init__(self, write: Callable[[_Value, str], str], value: _Value):
        self._write = write
        self._value = value
        self._written: dict[str, str] = {}

    def __getitem__(self, lang: str) -> str:
        if lang not in SUPPORTED:
            raise KeyError(lang)
        text = self._written.get(lang)
        if text is None:
            text = self._written[lang] = self._write(self._value, lang)
        return text

    def __contains__(self, lang: object) -> bool:
        return lang in SUPPORTED

    def __iter__(self) -> Iterator[str]:
        return iter(SUPPORTED)

    def __len__(self) -> int:
        return len(SUPPORTED)

    def __repr__(self) -> str:
        return f"InEachLanguage({self._write.__name__}, {self._value!r})"


def format_offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def format_instant(moment: datetime, lang: str, with_zone: bool = True) -> str:
    """20 ноября 2026 г., 14:35 (UTC+03:00, Europe/Moscow) / 20 November 2026, 14:35 (...)"""
    text = f"{format_day(moment.date(), lang)}, {moment:%H:%M}"
    if with_zone:
        zone_name = getattr(moment.tzinfo, "key", "")
        text += f" ({format_offset(moment)}{', ' + zone_name if zone_name else ''})"
    return text


def format_number(value: float | int, lang: str) -> str:
    if type(value) is int and -1000 < value < 1000:
        return str(value)  # no grouping, no decimal sign: the same in every language, without babel
    if type(value) is int and lang in _GROUPING:
        return f"{value:,}".replace(",", _GROUPING[lang])
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale_of(lang))


@cache
def _plural_rule(lang: str):  # type: ignore[no-untyped-def]
    from babel import Locale

    return Locale.parse(locale_of(lang)).plural_form


def _whole_number_category(count: int, lang: str) -> str | None:
    """CLDR's plural category of a whole number in the two document languages, without
    babel (loading its locale data was a tenth of an export): Russian one (1, 21, 101),
    few (2–4, 22–24), many (0, 5–20, 25–30); English one (1), other. None elsewhere.
    tests/test_message_dates.py holds it to babel's rules."""
    n = abs(count)
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    if lang == "en":
        return "one" if n == 1 else "other"
    return None


def plural(count: int, lang: str, forms: dict[str, str]) -> str:
    """The form of a word for a count: forms keyed by CLDR category (one, few, many, other)."""
    category = _whole_number_category(count, lang) if type(count) is int else None
    if category is None:
        category = _plural_rule(lang)(count)
    return forms.get(category) or forms.get("other") or next(iter(forms.values()))


_LEFT = _("{time} left")
_OVERDUE = _("overdue by {time}")
# Units, not a clock: "overdue by 08:00" read as a time of day. The Russian day is «сут.»,
# the word of Art. 6(2) («в течение 3 суток»): «д» alone reads as nothing.
_DAYS = _("{n} d")
_HOURS = _("{n} h")
_MINUTES = _("{n} min")
_LEFT_UNDER_A_MINUTE = _("less than a minute left")
_OVERDUE_UNDER_A_MINUTE = _("overdue by less than a minute")


def format_remaining(seconds: float, lang: str) -> str:
    """A live countdown: "2 d 3 h 15 min left" / "осталось 2 сут. 3 ч 15 мин"; a unit
    that is zero is left out ("3 d left", "overdue by 30 min")."""
    overdue = seconds < 0
    minutes_total = int(abs(seconds) // 60)
    days, rest = divmod(minutes_total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [unit.render(lang, n=count) for unit, count in ((_DAYS, days), (_HOURS, hours), (_MINUTES, minutes)) if count]
    if not parts:
        return (_OVERDUE_UNDER_A_MINUTE if overdue else _LEFT_UNDER_A_MINUTE).render(lang)
    return (_OVERDUE if overdue else _LEFT).render(lang, time=" ".join(parts))


def format_size(size: int, lang: str) -> str:
    """A file's size, "9,2 кБ" / "9.2 kB": number and unit the language's way (CLDR units)."""
    from babel.units import format_unit

    locale = {"ru": "ru", "en": "en_GB"}.get(lang, "en_GB")
    for unit, scale in (("digital-megabyte", 1024 * 1024), ("digital-kilobyte", 1024)):
        if size >= scale:
            return format_unit(round(size / scale, 1), unit, length="short", locale=locale)
    return format_unit(size, "digital-byte", length="long", locale=locale)  # "512 байт", "512 bytes"
