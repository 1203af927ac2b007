"""lang.tokens compares the Russian and English texts by meaning (spec §2).

Correct translations stay silent in every notation of tests/bilingual_corpus.py;
texts that state different values are flagged in both directions, and the message
quotes what was compared from both texts.
"""

from __future__ import annotations

import itertools
import re

import pytest

from requestdesk.domain.tokens import compare_texts
from tests.bilingual_corpus import CLASSES, DIFFERING_PAIRS, SILENT_PAIRS, SLIPS

SILENT = [
    pytest.param(ru_frame.format(ru), en_frame.format(en), id=f"{kind}:{ru}|{en}")
    for kind, (ru_frame, en_frame, classes) in CLASSES.items()
    for ru_notations, en_notations in classes
    for ru, en in itertools.product(ru_notations, en_notations)
]


def _states_figures(*texts: str) -> bool:
    # Numbers under ten written in words are not demanded of the other text (they are
    # as often pronouns or enumerations): only pairs with a figure must be flagged.
    return any(re.search(r"\d", t) for t in texts)


DIFFERENT = [
    pytest.param(ru_frame.format(ru), en_frame.format(en), id=f"{kind}:{ru}|{en}")
    for kind, (ru_frame, en_frame, classes) in CLASSES.items()
    for (a, b) in itertools.permutations(range(len(classes)), 2)
    for ru, en in itertools.product(classes[a][0], classes[b][1])
    if _states_figures(ru, en)
]


def shown(differences) -> list[tuple[str | None, str | None]]:
    return [(d.ru.shown if d.ru else None, d.en.shown if d.en else None) for d in differences]


@pytest.mark.parametrize(("ru", "en"), SILENT)
def test_the_same_value_in_another_notation_is_silent(ru, en):
    assert shown(compare_texts(ru, en)) == []


@pytest.mark.parametrize(("ru", "en"), [pytest.param(ru, en, id=f"{ru}|{en}") for ru, en in SILENT_PAIRS])
def test_prose_that_states_nothing_different_is_silent(ru, en):
    assert shown(compare_texts(ru, en)) == []


@pytest.mark.parametrize(("ru", "en"), DIFFERENT)
def test_a_different_value_is_flagged(ru, en):
    assert compare_texts(ru, en), "no difference found"


@pytest.mark.parametrize(("ru", "en", "ru_value", "en_value"), DIFFERING_PAIRS)
def test_the_finding_quotes_both_texts(ru, en, ru_value, en_value):
    found = shown(compare_texts(ru, en))
    assert (ru_value, en_value) in found, found
    # And the other way round: the English text's value missing from the Russian.
    back = shown(compare_texts(en.replace(en, ru), ru.replace(ru, en)))
    assert back, "swapping the texts hides the difference"


def test_a_correct_set_has_no_false_alarm_and_reports_the_rate():
    pairs = [p.values for p in SILENT] + SILENT_PAIRS
    alarms = [(ru, en) for ru, en in pairs if compare_texts(ru, en)]
    assert len(pairs) > 400
    assert alarms == [], f"{len(alarms)} false alarms in {len(pairs)} correct pairs"


@pytest.mark.parametrize(("ru", "en"), [pytest.param(ru, en, id=f"{ru}|{en}") for ru, en in SLIPS])
def test_a_translator_s_slip_is_flagged(ru, en):
    assert compare_texts(ru, en), "the slip passed unseen"
