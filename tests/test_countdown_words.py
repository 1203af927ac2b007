"""The confirmation countdown (register and watch panel) is written in units, never as a
clock: "overdue by 08:00" read as a time of day."""

import pytest

from requestdesk.domain.formatting import format_remaining

MINUTE, HOUR, DAY = 60, 3600, 86400


@pytest.mark.parametrize(("seconds", "en", "ru"), [
    (3 * DAY, "3 d left", "осталось 3 сут."),
    (2 * DAY + 3 * HOUR + 15 * MINUTE + 59, "2 d 3 h 15 min left", "осталось 2 сут. 3 ч 15 мин"),
    (DAY + 5 * MINUTE, "1 d 5 min left", "осталось 1 сут. 5 мин"),
    (23 * HOUR, "23 h left", "осталось 23 ч"),
    (HOUR + MINUTE, "1 h 1 min left", "осталось 1 ч 1 мин"),
    (59 * MINUTE, "59 min left", "осталось 59 мин"),
    (59, "less than a minute left", "осталось меньше минуты"),
    (0, "less than a minute left", "осталось меньше минуты"),
    (-1, "overdue by less than a minute", "просрочено менее чем на минуту"),
    (-8 * HOUR, "overdue by 8 h", "просрочено на 8 ч"),
    (-(30 * MINUTE + 30), "overdue by 30 min", "просрочено на 30 мин"),
    (-(12 * DAY + 1 * HOUR), "overdue by 12 d 1 h", "просрочено на 12 сут. 1 ч"),
])
def test_countdown_in_both_languages(seconds, en, ru):
    assert format_remaining(seconds, "en") == en
    assert format_remaining(seconds, "ru") == ru


def test_no_countdown_reads_as_a_time_of_day():
    for seconds in range(-3 * DAY, 3 * DAY, 7 * MINUTE + 13):
        for lang in ("en", "ru"):
            assert ":" not in format_remaining(seconds, lang)
