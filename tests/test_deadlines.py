"""The written confirmation of Art. 6(2): 72 elapsed hours, shown in the authority's zone."""

import json
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from requestdesk.domain.check import check_document
from requestdesk.domain.deadlines import Counting, confirmation_due
from requestdesk.domain.document import set_path
from tests.conftest import clone
from requestdesk.domain.profile import load_profile

AGREEMENT_HOURS = load_profile().confirmation_hours  # Art. 6(2): «в течение 3 суток»

CHISINAU = ZoneInfo("Europe/Chisinau")


def test_chisinau_summer_time_friday_10_00_is_due_monday_11_00():
    # Moldova moves its clocks forward on Sunday 29 March 2026: 72 elapsed hours after
    # Friday 10:00 (+02:00) is Monday 11:00 (+03:00), not 10:00.
    sent = datetime(2026, 3, 27, 10, 0, tzinfo=CHISINAU)
    due = confirmation_due(sent, CHISINAU, AGREEMENT_HOURS)
    assert (due.day, due.hour, due.minute) == (30, 11, 0)
    assert due.utcoffset().total_seconds() == 3 * 3600
    assert (due.astimezone(timezone.utc) - sent.astimezone(timezone.utc)).total_seconds() == 72 * 3600


def test_chisinau_autumn_back_gives_an_hour_earlier_wall_clock():
    sent = datetime(2026, 10, 23, 10, 0, tzinfo=CHISINAU)  # clocks go back on 25 October
    due = confirmation_due(sent, CHISINAU, AGREEMENT_HOURS)
    assert (due.day, due.hour) == (26, 9)


def test_due_is_shown_in_the_requesting_authoritys_zone_not_the_senders_offset():
    vladivostok = ZoneInfo("Asia/Vladivostok")
    sent = datetime.fromisoformat("2026-11-20T23:50:00+03:00")  # typed at a Moscow workstation
    due = confirmation_due(sent, vladivostok, AGREEMENT_HOURS)
    assert due.isoformat() == "2026-11-24T06:50:00+10:00"


def test_whole_days_counting_ends_at_midnight_after_the_third_full_day():
    sent = datetime(2026, 11, 20, 23, 59, tzinfo=ZoneInfo("Europe/Moscow"))
    due = confirmation_due(sent, ZoneInfo("Europe/Moscow"), AGREEMENT_HOURS, counting=Counting.WHOLE_DAYS)
    assert due.isoformat() == "2026-11-24T00:00:00+03:00"
    # and across Chisinau's spring change: still local midnight
    spring = confirmation_due(datetime(2026, 3, 27, 10, 0, tzinfo=CHISINAU), CHISINAU, AGREEMENT_HOURS, counting=Counting.WHOLE_DAYS)
    assert spring.isoformat() == "2026-03-31T00:00:00+03:00"


def test_the_default_counting_is_elapsed_hours(complete_request):
    doc = clone(complete_request)
    doc["requesting"]["state"] = "MD"
    doc["requesting"]["time_zone"] = ""
    doc["urgent"] = True
    set_path(doc, "transmission.channel", "oral")
    set_path(doc, "transmission.at", "2026-03-27T10:00:00+02:00")
    result = check_document(doc)
    assert result.counting is Counting.ELAPSED_72H
    assert result.confirmation_due.isoformat() == "2026-03-30T11:00:00+03:00"


def test_transmission_just_before_midnight_in_a_zone_other_than_the_workstation(complete_request):
    doc = clone(complete_request)
    doc["requesting"]["time_zone"] = "Asia/Vladivostok"
    doc["urgent"] = True
    set_path(doc, "transmission.channel", "technical")
    set_path(doc, "transmission.at", "2026-11-20T23:59:00+10:00")
    result = check_document(doc)
    assert result.confirmation_due.isoformat() == "2026-11-23T23:59:00+10:00"


def test_deadlines_are_right_on_a_machine_without_system_time_zone_data(write_request, complete_request):
    # Windows workstations have no tz database: the tzdata package must provide it.
    from tests.cli_helpers import run_cli

    doc = clone(complete_request)
    doc["requesting"].update(state="MD", time_zone="Europe/Chisinau")
    doc["urgent"] = True
    set_path(doc, "transmission.channel", "oral")
    set_path(doc, "transmission.at", "2026-03-27T10:00:00+02:00")
    result = run_cli("check", str(write_request(doc)), "--json", env={"PYTHONTZPATH": ""})
    assert json.loads(result.stdout)["deadlines"]["confirmation_due"] == "2026-03-30T11:00:00+03:00", result.stderr
