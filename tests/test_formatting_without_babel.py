"""The register's dates and counts are written without babel (domain.formatting): exactly,
byte for byte, as babel writes them in both languages, so what an officer reads does not
depend on whether babel was loaded yet."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from babel.dates import format_date
from babel.numbers import format_decimal

from requestdesk.domain.formatting import format_day, format_instant, format_number, locale_of


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_day_of_several_years_is_written_as_babel_writes_it(lang):
    day, last = date(1999, 1, 1), date(2031, 12, 31)  # leap years, centuries' turns, every month and weekday
    while day <= last:
        assert format_day(day, lang) == format_date(day, "long", locale=locale_of(lang)), day
        day += timedelta(days=1)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_far_dates_too(lang):
    for day in (date(1, 1, 1), date(999, 5, 3), date(1000, 12, 31), date(9999, 12, 31)):
        assert format_day(day, lang) == format_date(day, "long", locale=locale_of(lang))


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_whole_numbers_are_grouped_as_babel_groups_them(lang):
    numbers = [0, 7, 999, 1000, 1001, 9999, 10_000, 99_999, 100_000, 123_456, 1_000_000, 10**12, 10**18]
    numbers += [-n for n in numbers]
    rng = random.Random(17)
    numbers += [rng.randrange(-10**15, 10**15) for _ in range(5000)]
    for n in numbers:
        assert format_number(n, lang) == format_decimal(n, locale=locale_of(lang)), n


def test_the_russian_date_keeps_its_narrow_no_break_space_and_the_english_is_british():
    assert format_day(date(2026, 11, 20), "ru") == "20 ноября 2026\u202fг."
    assert format_day(date(2026, 11, 20), "en") == "20 November 2026"
    assert format_number(100_000, "ru") == "100\xa0000" and format_number(100_000, "en") == "100,000"


def test_fractions_and_other_languages_are_still_babel_s():
    assert format_number(1234.5, "ru") == format_decimal(1234.5, locale="ru") == "1\xa0234,5"
    assert format_day(date(2026, 11, 20), "de") == format_date(date(2026, 11, 20), "long", locale="de")


def test_an_instant_is_its_day_and_its_time():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    moment = datetime(2026, 3, 8, 9, 5, tzinfo=ZoneInfo("Asia/Almaty"))
    assert format_instant(moment, "ru").startswith(format_date(moment.date(), "long", locale="ru") + ", 09:05 (UTC+")
