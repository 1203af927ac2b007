"""Dates, instants and counts written per language, with babel.

Babel is imported on first use: `requestdesk check` on a clean request never pays for it,
nor does the register for its dates and counts (written here as babel writes them).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

# Official documents of the region write "20 November 2026", which is British usage.
_LOCALES = {"ru": "ru", "en": "en_GB"}


def locale_of(lang: str) -> str:
    return _LOCALES.get(lang, lang)


# The long date and the grouped whole number of the two interface languages, written as
# babel writes them from CLDR's data (tests/test_formatting_without_babel.py compares them
# over every day of several years and many numbers, so a babel that changes them fails
# it): a large register's first rows and its count are then shown without loading babel
# and a locale, some 15 ms before its first paint (issue 17). Other languages, and any
# other value, are babel's.
_MONTHS = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
_LONG_DATE = {"ru": "{day} {month} {year}\u202fг.", "en": "{day} {month} {year}"}  # a narrow no-break space in ru
_GROUPING = {"ru": "\xa0", "en": ","}


@cache
def format_day(day: date, lang: str) -> str:
    """20 ноября 2026 г. / 20 November 2026"""
    if lang in _LONG_DATE:
        return _LONG_DATE[lang].format(day=day.day, month=_MONTHS[lang][day.month - 1], year=day.year)
    from babel.dates import format_date

    return format_date(day, "long", locale=locale_of(lang))


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


def plural(count: int, lang: str, forms: dict[str, str]) -> str:
    """The form of a word for a count: forms keyed by CLDR category (one, few, many, other)."""
    category = _plural_rule(lang)(count)
    return forms.get(category) or forms.get("other") or next(iter(forms.values()))


_REMAINING = {
    # «сут.» is the word of Art. 6(2) («в течение 3 суток»); «д» alone reads as nothing.
    "ru": {"left": "осталось {days}{clock}", "overdue": "просрочено на {days}{clock}", "day": "{n} сут. ",
           "clock": "{h:02d} ч {m:02d} мин"},
    "en": {"left": "{days}{clock} left", "overdue": "overdue by {days}{clock}", "day": "{n} d ", "clock": "{h:02d}:{m:02d}"},
}


def format_remaining(seconds: float, lang: str) -> str:
    """A live countdown: "2 d 03:15 left" / "осталось 2 сут. 03 ч 15 мин" (hours and minutes)."""
    words = _REMAINING.get(lang, _REMAINING["en"])
    overdue = seconds < 0
    minutes_total = int(abs(seconds) // 60)
    days, rest = divmod(minutes_total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    day_part = words["day"].format(n=days) if days else ""
    return words["overdue" if overdue else "left"].format(days=day_part, clock=words["clock"].format(h=hours, m=minutes))


def format_size(size: int, lang: str) -> str:
    """A file's size, "9,2 кБ" / "9.2 kB": number and unit the language's way (CLDR units)."""
    from babel.units import format_unit

    locale = {"ru": "ru", "en": "en_GB"}.get(lang, "en_GB")
    for unit, scale in (("digital-megabyte", 1024 * 1024), ("digital-kilobyte", 1024)):
        if size >= scale:
            return format_unit(round(size / scale, 1), unit, length="short", locale=locale)
    return format_unit(size, "digital-byte", length="long", locale=locale)  # "512 байт", "512 bytes"
