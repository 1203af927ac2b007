"""Dates and times as officers type them: `20.12.2026`, `20.12.26`, `20/12/2026`,
`2026-12-20`, `20122026`, and with a time `20.10.2026 14:35`.

Plain Python (no Qt), so the rule for reading a typed date is one function the fields,
the dialogs and the tests share. Day comes before month in every form but ISO 8601: both
interface languages write dates that way (Russian `20.12.2026`, British `20/12/2026`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

# Two-digit years are this century's: requests are drafted about recent events.
_CENTURY = 2000
_EARLIEST, _LATEST = 1900, 9000  # the years a request can hold (see timeutil.parse_instant)

_DMY = re.compile(r"(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{4}|\d{2})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?")
_SPLIT = re.compile(r"\s*(?:T|,|\s)\s*")

# How each interface language shows a date in a field (Qt-free strftime patterns) and
# the hint an empty field shows.
_PATTERNS = {"ru": "%d.%m.%Y", "en": "%d/%m/%Y"}
_HINTS = {"ru": "дд.мм.гггг", "en": "dd/mm/yyyy"}
_TIME_HINTS = {"ru": "чч:мм", "en": "hh:mm"}


class TypedDateError(ValueError):
    """The text is not a date (or date and time) in any form the fields read."""


def _year(text: str) -> int:
    return _CENTURY + int(text) if len(text) == 2 else int(text)


def _make_date(year: int, month: int, day: int, text: str) -> date:
    if not _EARLIEST <= year <= _LATEST:
        raise TypedDateError(text)
    try:
        return date(year, month, day)
    except ValueError:
        raise TypedDateError(text) from None


def parse_typed_date(text: str) -> date:
    """The calendar date in `text`; TypedDateError when it is not one (31.02.2026 neither)."""
    stripped = text.strip()
    for pattern, order in ((_YMD, "ymd"), (_DMY, "dmy"), (_DIGITS, "dmy")):
        match = pattern.fullmatch(stripped)
        if match:
            parts = dict(zip(order, match.groups()))
            return _make_date(_year(parts["y"]), int(parts["m"]), int(parts["d"]), text)
    raise TypedDateError(text)


def parse_typed_time(text: str) -> time:
    match = _TIME.fullmatch(text.strip())
    if not match:
        raise TypedDateError(text)
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise TypedDateError(text)
    return time(hour, minute, second)


def parse_typed_datetime(text: str) -> datetime:
    """A date and a time of day (naive: the field says in which zone it is read)."""
    stripped = text.strip()
    parts = [p for p in _SPLIT.split(stripped, maxsplit=1) if p]
    if len(parts) != 2:
        raise TypedDateError(text)
    return datetime.combine(parse_typed_date(parts[0]), parse_typed_time(parts[1]))


def format_typed_date(day: date, lang: str) -> str:
    return day.strftime(_PATTERNS.get(lang, _PATTERNS["en"]))


def format_typed_datetime(moment: datetime, lang: str) -> str:
    return f"{format_typed_date(moment.date(), lang)} {moment:%H:%M}"


def date_hint(lang: str) -> str:
    """What an empty date field shows: the form to type (дд.мм.гггг, dd/mm/yyyy)."""
    return _HINTS.get(lang, _HINTS["en"])


def datetime_hint(lang: str) -> str:
    return f"{date_hint(lang)} {_TIME_HINTS.get(lang, _TIME_HINTS['en'])}"
