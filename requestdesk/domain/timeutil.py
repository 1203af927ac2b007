"""Dates, instants and the clock."""

from __future__ import annotations

import os
import re
import zoneinfo
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_TZDATA_VERSION = re.compile(r"#\s*version\s+(\d{4}[a-z]+)")


def system_tzdata_version(paths: Sequence[str]) -> str | None:
    """The IANA release of the first time zone database on `paths` ("2024a"), if it says."""
    for base in paths:
        try:
            with open(os.path.join(base, "tzdata.zi"), encoding="ascii", errors="replace") as fh:
                match = _TZDATA_VERSION.match(fh.readline())
        except OSError:
            continue
        if match:
            return match.group(1)
    return None


def prefer_newest_tzdata() -> bool:
    """Reads zones from the bundled `tzdata` package when it is newer than the system's
    database, or when the system's does not say its release.

    Zone rules change: an outdated system database still puts Kazakhstan at UTC+6 and
    shows its deadlines an hour late on the wall clock. Returns whether the bundled
    database is now the one used.
    """
    try:
        import tzdata
    except ImportError:  # not installed: only the system's database is there
        return False
    system = system_tzdata_version(zoneinfo.TZPATH)
    if system is not None and system >= tzdata.IANA_VERSION:
        return False
    # The package's own folder of zone files as the only search path: zoneinfo reads them
    # as files (an empty path would read them through importlib.resources, which loads
    # zipfile and its kin into every `requestdesk check`). Empty when the package is not
    # a folder (a zipped bundle).
    folder = os.path.join(os.path.dirname(tzdata.__file__), "zoneinfo")
    zoneinfo.reset_tzpath(to=[folder] if os.path.isdir(folder) else [])
    ZoneInfo.clear_cache()
    return True


prefer_newest_tzdata()

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?")


def parse_date(text: str) -> date:
    """A calendar date written YYYY-MM-DD; ValueError for anything else (2026-02-30 too)."""
    if not _DATE.fullmatch(text):
        raise ValueError(text)
    return date.fromisoformat(text)


# Instants a request can hold; beyond them, adding 72 hours or moving between zones
# would leave the calendar Python can count in (year 9999).
_EARLIEST_YEAR, _LATEST_YEAR = 1900, 9000


def parse_instant(text: str) -> datetime:
    """An ISO 8601 date-time; may be naive (the caller decides whether that is allowed)."""
    if not _DATETIME.fullmatch(text.strip()):
        raise ValueError(text)
    moment = datetime.fromisoformat(text.strip())
    if not _EARLIEST_YEAR <= moment.year <= _LATEST_YEAR:
        raise ValueError(text)
    return moment


def is_aware(moment: datetime) -> bool:
    return moment.tzinfo is not None and moment.utcoffset() is not None


def zone(name: str) -> ZoneInfo | None:
    """The IANA time zone of that name, or None when the name is not one."""
    if not name or len(name) > 64 or ".." in name or name.startswith("/"):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def iso_instant(moment: datetime) -> str:
    """ISO 8601 with offset, to the second (what request files and `check --json` carry)."""
    return moment.replace(microsecond=0).isoformat()


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock:
    """A clock that says what it is told: for tests and `check --now`."""

    def __init__(self, moment: datetime):
        if not is_aware(moment):
            raise ValueError("a fixed clock needs an instant with an offset")
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        """Moves the clock on (timedelta's keywords: days=2, hours=1...)."""
        self.moment = self.moment + timedelta(**delta)
