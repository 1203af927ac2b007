"""Properties of the comparison by meaning (spec §2, lang.tokens).

A text compared with itself, or with its own value-preserving re-notation (the same
values written the way the other language writes them), gives no finding; reading any
text never raises.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from requestdesk.domain.tokens import compare, compare_texts, read_values

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def _ru_group(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


@st.composite
def dates(draw):
    d = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
    ru = draw(st.sampled_from([f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} г.", f"{d:%d.%m.%Y}", d.isoformat()]))
    en = draw(st.sampled_from([f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
                               f"{d:%d/%m/%Y}", d.isoformat()]))
    return ru, en


@st.composite
def times(draw):
    h, m, s = draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.integers(0, 59))
    offset = draw(st.sampled_from([None, 0, 2, 3, 5, 6, -4]))
    clock = f"{h:02d}:{m:02d}:{s:02d}"
    twelve = f"{(h % 12) or 12}:{m:02d}:{s:02d} {'a.m.' if h < 12 else 'p.m.'}"
    ru, en = f"в {clock}", draw(st.sampled_from([f"at {clock}", f"at {twelve}"]))
    if offset is not None:
        sign = "+" if offset >= 0 else "-"
        ru += draw(st.sampled_from([f" (UTC{sign}{abs(offset)})", f" (UTC{sign}{abs(offset):02d}:00)"]))
        en += draw(st.sampled_from([f" (UTC{sign}{abs(offset):02d}:00)", f" UTC{sign}{abs(offset)}"]))
    return ru, en


@st.composite
def amounts(draw):
    whole = draw(st.integers(10, 10**9))
    cents = draw(st.integers(0, 99))
    ru_cur, en_cur = draw(st.sampled_from([("руб.", "RUB"), ("долларов США", "USD"), ("евро", "EUR"), ("тенге", "KZT")]))
    ru = f"{_ru_group(whole)},{cents:02d} {ru_cur}" if cents else f"{_ru_group(whole)} {ru_cur}"
    en = f"{en_cur} {whole:,}.{cents:02d}" if cents else f"{en_cur} {whole:,}"
    return ru, en


@st.composite
def numbers(draw):
    n = draw(st.integers(10, 10**7))
    return f"{_ru_group(n)} записей", f"{n:,} records"


@st.composite
def identifiers(draw):
    a, b, c, d = (draw(st.integers(1, 254)) for _ in range(4))
    ip = f"{a}.{b}.{c}.{d}"
    digits = draw(st.text(alphabet="0123456789", min_size=7, max_size=7))
    return draw(st.sampled_from([
        (f"IP-адрес {ip}", f"IP address {ip}"),
        (f"8 (495) {digits[:3]}-{digits[3:5]}-{digits[5:]}", f"+7 495 {digits[:3]} {digits[3:5]} {digits[5:]}"),
        (f"ч. {draw(st.integers(1, 6))} ст. {draw(st.integers(100, 400))}", None),
    ]))


def _article(ru: str) -> tuple[str, str]:
    part, article = ru[3:].split(" ст. ")
    return ru, f"Article {article}({part})"


PIECES = st.one_of(dates(), times(), amounts(), numbers(), identifiers())


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=8))
def test_a_text_and_its_renotation_state_the_same_values(pieces):
    ru_parts, en_parts = [], []
    for ru, en in pieces:
        if en is None:
            ru, en = _article(ru)
        ru_parts.append(ru)
        en_parts.append(en)
    ru_text = "Установлено: " + "; ".join(ru_parts) + "."
    en_text = "Established: " + "; ".join(en_parts) + "."
    assert compare_texts(ru_text, en_text) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")), max_size=300))
def test_any_text_compared_with_itself_states_the_same(text):
    for lang in ("ru", "en"):
        values = read_values(text, lang)
        assert compare(values, values) == []
