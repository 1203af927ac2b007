"""Reading a date-time an officer types into a table cell."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from requestdesk.domain.timeutil import is_aware, parse_instant

# 20.10.2026 14:30, 20/10/26 14:30:05, optionally followed by an offset (+03:00, UTC+3, Z).
_LOCAL = re.compile(
    r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4}|\d{2})[ T,]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"\s*(?:\(?\s*(?:UTC|GMT)?\s*(?P<off>Z|[+-]\d{1,2}(?::?\d{2})?)\s*\)?)?"
)


def _offset(text: str) -> timezone:
    if text == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def read_instant(text: str, default_zone: ZoneInfo) -> str:
    """The ISO 8601 form (with offset) of what was typed; a time typed without an offset is
    taken in `default_zone`. Text that is not a date-time comes back as it is, so that the
    officer's input is kept and the cell shows it as wrong."""
    text = text.strip()
    if not text:
        return ""
    try:
        moment = parse_instant(text)
    except ValueError:
        match = _LOCAL.fullmatch(text)
        if not match:
            return text
        try:
            year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)  # as the date fields read it
            moment = datetime(year, int(match["m"]), int(match["d"]), int(match["H"]), int(match["M"]),
                              int(match["S"] or 0))
            if match["off"]:
                moment = moment.replace(tzinfo=_offset(match["off"]))
        except ValueError:
            return text
    if not is_aware(moment):
        moment = moment.replace(tzinfo=default_zone)
    return moment.isoformat(timespec="seconds")
