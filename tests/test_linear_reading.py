"""No input freezes the check: reading a text is linear in its length (issue 17, point 1).

Runs of 50,000 characters of every character class, with and without the characters
identifiers are made of (`@`, `.`, `:`, digits), are read at most a bounded factor
slower per character than runs of 5,000: a quadratic pattern would be a hundred times
slower, a linear one about ten. Measured against a linear baseline (a plain scan of
the same text) in the same test, so a busy machine moves both.
"""

from __future__ import annotations

import time

import pytest

from requestdesk.domain import identifiers
from requestdesk.domain.tokens import _Reader

UNITS = {
    "latin letters": "a", "cyrillic letters": "ж", "digits": "7", "hex": "a1f", "base64": "aGVsbG8gd29ybGQ+/=",
    "letters and dots": "a.", "digits and dots": "1.", "digits and colons": "1:", "hex and colons": "a:",
    "letters and at": "a@", "at and dots": "a@b.", "at, dots, colons, digits": "a1@b.c:2", "digits and spaces": "1 ",
    "plus and digits": "+1", "digits and dashes": "1-", "parentheses": "(1)", "url-like": "http://a.b/", "e-mail": "x@y.ru ",
    "cyrillic domain": "а.", "cyrillic at": "ж@ж.", "ipv6-like": "::1", "ordinals": "1st ", "number words": "тысяч ",
    "roman": "XII ", "article words": "ст. 1, ", "quotes": "«1»", "offsets": "UTC+3 ", "percent": "1%", "currency": "$1",
    "underscores": "a_", "spaces": " ", "dotted date": "20.10.2026 ", "time": "14:05:17 ", "mixed prose":
    "Вход 20.10.2026 в 14:05 с 10.0.0.1, ущерб 5 000 руб., ст. 272 ",
    # The patterns issue 14's acceptance touched: each with runs that almost match.
    "capitals and dots": "A.", "capital domains": "Ab.CD", "dotted thousands": "1.000", "close-set year": "20.11.2026г",
    "close-set p.m.": "1:05pm", "area code": "(495) 1", "iso with UTC+3": "2026-11-20 14:05 UTC+3 ", "letters and number": "TRC-20",
    "ordinal words": "четвертой ", "day parts": "8 часов вечера ", "ranges of amounts": "5–10 тыс. руб. ",
    "hours and minutes": "1 hour 2 minutes ", "scales": "2 млн 350 тыс. ", "plates": "А123ВС", "decades": "1990s ",
    "ranges of per cent": "10–15 % ", "numbered adjectives": "десятидневный ", "sheets": "3 л. ", "dotted times": "в 14.05 ", "zones after по": "14:05 по Гринвичу ", "spaced parts": "ст. 1 (2) ", "hyphenated periods": "three-day ", "halves": "half a million ", "adjectives between": "2 последних месяца ", "day ranges": "23–25.10.2026 ",
}


def _best(fn, text: str, repeat: int = 5) -> float:
    """The least time one call takes, each measure repeating calls for at least 20 ms so
    that the timer's grain and a busy moment weigh little."""
    best = float("inf")
    for _ in range(repeat):
        calls, start = 0, time.perf_counter()
        while True:
            fn(text)
            calls += 1
            spent = time.perf_counter() - start
            if spent >= 0.02:
                break
        best = min(best, spent / calls)
    return best


def _read_both(text: str) -> None:
    _Reader(text, "ru").read()
    _Reader(text, "en").read()


def _validate_all(text: str) -> None:
    for kind in identifiers.IDENTIFIER_TYPES:
        identifiers.is_valid(kind, text)


def _baseline(text: str) -> None:
    # One Python step per character: what any reading of the text must cost at least.
    sum(1 for c in text if c.isalnum())


@pytest.mark.parametrize("unit", list(UNITS.values()), ids=list(UNITS))
@pytest.mark.parametrize("reader", [_read_both, _validate_all], ids=["texts", "identifiers"])
def test_reading_50000_characters_is_linear(unit, reader):
    small = (unit * (5_000 // len(unit) + 1))[:5_000]
    large = (unit * (50_000 // len(unit) + 1))[:50_000]
    # A busy moment can slow one measure of either size; a quadratic reading is slow in
    # every attempt, so the least growth of three attempts is the reading's own.
    growth = per_character = float("inf")
    for _ in range(3):
        large_time = _best(reader, large)
        growth = min(growth, large_time / max(_best(reader, small), 1e-9))
        per_character = min(per_character, large_time / _best(_baseline, large))
        if growth < 30 and per_character < 2_000:
            break
    # Ten times the text, about ten times the work; quadratic work would be a hundredfold.
    assert growth < 30, f"{growth:.0f}× the time for 10× the text"
    assert per_character < 2_000, f"{per_character:.0f}× a plain scan of the text"


@pytest.mark.parametrize("unit", ["7", "1 ", "ст. 1", "(1)", "x@y.", "12:"], ids=repr)
def test_fifty_thousand_digits_or_values_are_read_without_error(unit):
    from requestdesk.domain.tokens import MAX_VALUES, compare_texts

    text = unit * (50_000 // len(unit))
    assert compare_texts(text, text) == []
    values = _Reader(text, "ru").read()
    assert len(values) <= MAX_VALUES


def _names_both(text: str) -> None:
    from requestdesk.domain import names

    for lang in ("ru", "en"):
        names.named_persons.__wrapped__(text, lang)
        names._word_skeletons.__wrapped__(text, lang)


NAME_UNITS = {"initials": "И. ", "latin initials": "Yu. ", "names": "И. И. Иванов ", "names before": "Ivanov I. I. ",
              "capitals and dots": "A.B.", "capitalised words": "Аааа ", "almost names": "Xx X. ", "dotted capitals": "И.И.",
              "long capitalised": "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ", "hyphens": "Ив-Ив "}


@pytest.mark.parametrize("unit", list(NAME_UNITS.values()), ids=list(NAME_UNITS))
def test_reading_names_in_50000_characters_is_linear(unit):
    small = (unit * (5_000 // len(unit) + 1))[:5_000]
    large = (unit * (50_000 // len(unit) + 1))[:50_000]
    growth = float("inf")
    for _ in range(3):
        growth = min(growth, _best(_names_both, large) / max(_best(_names_both, small), 1e-9))
        if growth < 30:
            break
    assert growth < 30, f"{growth:.0f}× the time for 10× the text"
