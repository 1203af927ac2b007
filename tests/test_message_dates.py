"""Dates in findings' messages: written only in the language a message is read in, and the
long date and the plural forms of both document languages without babel (a quick command
does not import it), exactly as babel's CLDR data has them."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from babel.dates import format_date
from requestdesk.domain.check import check_document
from requestdesk.domain.findings import MessageCatalog
from babel import Locale
from requestdesk.domain.formatting import InEachLanguage, format_day, locale_of, plural
from requestdesk.domain.timeutil import FixedClock
from tests.conftest import clone

LANGUAGES = ("ru", "en")


def _days():
    # Every day of a third of a century around now (each month length, each leap day),
    # and the first and last days of each month in years of one to four digits.
    day, last = date(1999, 1, 1), date(2032, 12, 31)
    while day <= last:
        yield day
        day += timedelta(days=1)
    for year in (1, 9, 10, 99, 100, 999, 1000, 1582, 1900, 2000, 2100, 2400, 9999):
        for month in range(1, 13):
            first = date(year, month, 1)
            yield first
            yield date(year, 12, 31) if month == 12 else date(year, month + 1, 1) - timedelta(days=1)


def test_every_day_reads_as_babel_writes_it_byte_for_byte():
    written = 0
    for day in _days():
        for lang in LANGUAGES:
            assert format_day.__wrapped__(day, lang).encode() == format_date(day, "long", locale=locale_of(lang)).encode(), (day, lang)
            written += 1
    assert written > 24_000


def test_an_instant_is_written_by_its_own_day():
    moment = datetime(2026, 11, 20, 23, 30, tzinfo=timezone(timedelta(hours=3)))
    assert format_day(moment, "ru") == "20 ноября 2026\u202fг."
    assert format_day(moment, "en") == "20 November 2026"


def test_another_language_is_still_written_by_babel():
    assert format_day(date(2026, 11, 20), "de") == format_date(date(2026, 11, 20), "long", locale="de") == "20. November 2026"


def test_a_message_writes_its_date_in_the_language_it_is_read_in_only():
    written = []

    def write(day, lang):
        written.append(lang)
        return format_day(day, lang)

    catalog = MessageCatalog({"k": {"ru": "в силе на {date}?", "en": "in force on {date}?"}})
    messages = catalog.render("k", {"date": InEachLanguage(write, date(2026, 11, 20))})
    assert written == []
    assert messages["ru"] == "в силе на 20 ноября 2026\u202fг.?"
    assert messages["ru"] == "в силе на 20 ноября 2026\u202fг.?"
    assert written == ["ru"]
    assert dict(messages) == {"ru": "в силе на 20 ноября 2026\u202fг.?", "en": "in force on 20 November 2026?"}
    assert written == ["ru", "en"]


def test_the_dates_of_a_checks_findings_read_the_same_in_both_languages(complete_request):
    # Every rule that names a date or an instant: 4.parties (not in force), 6.3.e (desired
    # date before the request's), 6.2.confirmation (oral, urgent, confirmation pending).
    doc = clone(complete_request)
    doc["desired_execution_by"] = "2026-11-01"
    doc.update(urgent=True, urgency_reason={"ru": "Срочно.", "en": "Urgent."},
               transmission={"channel": "oral", "at": "2026-11-20T10:00:00+03:00"})
    result = check_document(doc, clock=FixedClock(datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)))
    by_code = {f.code: f for f in result.findings}
    assert {"4.parties", "6.3.e", "6.2.confirmation"} <= by_code.keys()
    assert "1 ноября 2026\u202fг." in by_code["6.3.e"].message("ru") and "1 November 2026" in by_code["6.3.e"].message("en")
    assert "23 ноября 2026\u202fг., 10:00" in by_code["6.2.confirmation"].message("ru")
    assert "23 November 2026, 10:00" in by_code["6.2.confirmation"].message("en")
    for finding in result.findings:
        assert "{" not in finding.message("ru") + finding.message("en")


def test_the_plural_form_of_every_count_is_babels():
    forms = {"one": "1", "few": "2", "many": "5", "other": "x"}
    counts = [*range(-1000, 20_001), 10**6 + 1, 10**9 + 12, 10**12 + 22, 10**25 + 111]
    for lang in LANGUAGES:
        rule = Locale.parse(locale_of(lang)).plural_form
        for n in counts:
            assert plural(n, lang, forms) == forms[rule(n)], (n, lang)
    assert plural(3, "ru", {"one": "лист", "few": "листа", "many": "листов"}) == "листа"
    assert plural(3, "en", {"one": "sheet", "other": "sheets"}) == "sheets"
