"""The template filters: counts with plural forms, time windows with offsets."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from requestdesk.documents.environment import count, window

MSK = timezone(timedelta(hours=3))


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "1 лист"), (2, "2 листа"), (3, "3 листа"), (5, "5 листов"), (11, "11 листов"), (21, "21 лист"), (22, "22 листа"), (1000, "1 000 листов")],
)
def test_russian_counts(n, expected):
    assert count(n, "ru", "лист", "листа", "листов").replace("\xa0", " ") == expected


@pytest.mark.parametrize(("n", "expected"), [(1, "1 page"), (2, "2 pages"), (1000, "1,000 pages")])
def test_english_counts(n, expected):
    assert count(n, "en", "page", "pages") == expected


def test_windows_keep_seconds_and_offsets():
    start = datetime(2026, 10, 20, 14, 30, tzinfo=MSK)
    assert window(start, start + timedelta(seconds=59), "en") == "20 October 2026, 14:30:00–14:30:59 (UTC+03:00)"
    assert window(start, None, "ru").replace("\u202f", " ") == "с 20 октября 2026 г., 14:30 (UTC+03:00)"
    assert window(None, start, "en") == "until 20 October 2026, 14:30 (UTC+03:00)"
    other_day = datetime(2026, 10, 21, 1, 0, tzinfo=timezone.utc)
    assert window(start, other_day, "en") == "from 20 October 2026, 14:30 (UTC+03:00) to 21 October 2026, 01:00 (UTC+00:00)"
    late = datetime(2026, 10, 21, 23, 59, 59, tzinfo=MSK)
    assert window(start, late, "en") == "from 20 October 2026, 14:30:00 (UTC+03:00) to 21 October 2026, 23:59:59 (UTC+03:00)"
    assert window(None, None, "ru") == ""
