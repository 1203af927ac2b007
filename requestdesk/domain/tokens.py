"""What must agree between the Russian and English texts: identifiers, numbers, dates.

Each text is reduced to canonical tokens, so that `1 250 000,50` and `1,250,000.50`,
or `20 октября 2026 г.`, `20 October 2026`, `20.10.2026` and `2026-10-20`, compare
equal (spec §2, lang.tokens).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

_RU_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("января", "январь", "янв"),
            ("февраля", "февраль", "фев"),
            ("марта", "март", "мар"),
            ("апреля", "апрель", "апр"),
            ("мая", "май"),
            ("июня", "июнь", "июн"),
            ("июля", "июль", "июл"),
            ("августа", "август", "авг"),
            ("сентября", "сентябрь", "сен", "сент"),
            ("октября", "октябрь", "окт"),
            ("ноября", "ноябрь", "ноя"),
            ("декабря", "декабрь", "дек"),
        ),
        start=1,
    )
    for m in names
}
_EN_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}
_RU_MONTH_RE = "|".join(sorted(_RU_MONTHS, key=len, reverse=True))
_EN_MONTH_RE = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
_SP = r"[ \u00a0\u202f\u2009]"
_I = re.IGNORECASE

_URL = re.compile(r"\b(?:https?|ftps?|wss?)://[^\s<>\"«»]+", _I)
_EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]+\.)+[\w-]{2,}")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
_DOTTED_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_RU_DATE = re.compile(rf"\b(\d{{1,2}}){_SP}+({_RU_MONTH_RE})\.?{_SP}+(\d{{4}})(?:{_SP}*(?:года|г\.?))?", _I)
_EN_DATE_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?{_SP}+({_EN_MONTH_RE})\.?,?{_SP}+(\d{{4}})\b", _I)
_EN_DATE_MDY = re.compile(rf"\b(?=[jfmasond])({_EN_MONTH_RE})\.?{_SP}+(\d{{1,2}})(?:st|nd|rd|th)?,?{_SP}+(\d{{4}})\b", _I)
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])", _I)
_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d:])")
_WALLET = re.compile(r"\b(?:0x[0-9a-f]{40}|bc1[a-z0-9]{25,62}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b")
_HASH = re.compile(r"\b[0-9a-f]{32,128}\b", _I)
_HASH_LENGTHS = {32, 40, 56, 64, 96, 128}
_PHONE = re.compile(r"\+\d[\d \u00a0()\-]{5,20}\d")
# Lowercase labels only: "St.Petersburg" or "г.Москва" in prose are not domains.
_DOMAIN = re.compile(r"(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:[a-z]{2,24}|рф|рус|бел|укр|қаз)(?![\w-])")
_EN_NUMBER = re.compile(rf"(?<![^\W\d_])(?<![\d.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:{_SP}\d{{3}})+|\d+)(?:\.\d+)?(?![\d])")
_RU_NUMBER = re.compile(rf"(?<![^\W\d_])(?<![\d.,])(?:\d{{1,3}}(?:{_SP}\d{{3}})+|\d+)(?:[,.]\d+)?(?![\d])")


def _canonical_date(year: int, month: int, day: int, shown: str) -> str:
    try:
        return "date:" + date(year, month, day).isoformat()
    except ValueError:
        return "text:" + shown.casefold()


def _time(m: re.Match[str]) -> str:
    hours, minutes, seconds = int(m.group(1)), m.group(2), m.group(3)
    suffix = f":{seconds}" if seconds and seconds != "00" else ""
    return f"time:{hours:02d}:{minutes}{suffix}"


def _iso(m: re.Match[str]) -> list[str]:
    out = [_canonical_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(0))]
    if m.group(4):
        seconds = m.group(6)
        suffix = f":{seconds}" if seconds and seconds != "00" else ""
        out.append(f"time:{m.group(4)}:{m.group(5)}{suffix}")
    return out


def _ip(m: re.Match[str]) -> list[str]:
    try:
        return ["ip:" + ipaddress.ip_address(m.group(0)).compressed]
    except ValueError:
        return []


def _number(text: str, lang: str) -> str | None:
    digits = re.sub(_SP, "", text)
    if lang == "ru":
        digits = digits.replace(",", ".")
    else:
        digits = digits.replace(",", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    # Single digits are as often written as words ("3 суток", "three days").
    if value == value.to_integral_value() and value < 10:
        return None
    return "number:" + format(value.normalize(), "f")


Extractor = Callable[[re.Match[str]], list[str]]
Needs = Callable[[str, str], bool]  # (text, language) -> whether the pattern can match


def _has(*parts: str) -> Needs:
    return lambda text, lang: any(part in text for part in parts)


def _in(language: str) -> Needs:
    # Dates in words are written in the text's own language.
    return lambda text, lang: lang == language


_LONG_RUN = re.compile(r"[0-9A-Za-z]{25}")


def _long_run(text: str, lang: str) -> bool:
    # Wallets and hashes are runs of 25 and more letters and digits.
    return _LONG_RUN.search(text) is not None


def _hash(m: re.Match[str]) -> list[str]:
    value = m.group(0)
    return ["hash:" + value.casefold()] if len(value) in _HASH_LENGTHS else []


_DIGIT = re.compile(r"\d")

# Order matters: each match is blanked out so that, say, the digits of an IP address
# or a date are not also read as numbers. Each pattern has a cheap precondition: a
# check runs on every keystroke, and most texts hold few identifiers.
_EXTRACTORS: tuple[tuple[re.Pattern[str], Extractor, Needs], ...] = (
    (_URL, lambda m: ["url:" + m.group(0).rstrip(".,;:)]»").rstrip("/").casefold()], _has("://")),
    (_EMAIL, lambda m: ["email:" + m.group(0).casefold()], _has("@")),
    (_ISO, _iso, _has("-")),
    (_DOTTED_DATE, lambda m: [_canonical_date(int(m.group(3)), int(m.group(2)), int(m.group(1)), m.group(0))], _has(".")),
    (_RU_DATE, lambda m: [_canonical_date(int(m.group(3)), _RU_MONTHS[m.group(2).lower()], int(m.group(1)), m.group(0))],
     _in("ru")),
    (_EN_DATE_DMY, lambda m: [_canonical_date(int(m.group(3)), _EN_MONTHS[m.group(2).lower()], int(m.group(1)), m.group(0))], _in("en")),
    (_EN_DATE_MDY, lambda m: [_canonical_date(int(m.group(3)), _EN_MONTHS[m.group(1).lower()], int(m.group(2)), m.group(0))], _in("en")),
    (_IPV4, _ip, _has(".")),
    (_IPV6, _ip, _has(":")),
    (_TIME, lambda m: [_time(m)], _has(":")),
    (_WALLET, lambda m: ["wallet:" + m.group(0)], _long_run),
    (_HASH, _hash, _long_run),
    (_PHONE, lambda m: ["phone:+" + re.sub(r"\D", "", m.group(0))], _has("+")),
    (_DOMAIN, lambda m: ["domain:" + m.group(0).casefold()], _has(".")),
)
# Without a digit only these can match (a hex-only IPv6 address or hash is not worth the scan).
_EXTRACTORS_WITHOUT_DIGITS = tuple(e for e in _EXTRACTORS if e[0] in (_URL, _EMAIL, _DOMAIN))


def extract_tokens(text: str, lang: str) -> dict[str, str]:
    """Canonical token -> the text as first written, for one language's text."""
    found: dict[str, str] = {}
    if not text:
        return found
    has_digit = _DIGIT.search(text) is not None
    if not has_digit and "." not in text and "@" not in text:
        return found  # names, positions, plain prose: nothing to compare
    work = text
    for pattern, extract, needs in _EXTRACTORS if has_digit else _EXTRACTORS_WITHOUT_DIGITS:
        if not needs(work, lang):
            continue

        def take(m: re.Match[str], extract: Extractor = extract) -> str:
            for token in extract(m):
                found.setdefault(token, m.group(0).strip())
            return " "

        work = pattern.sub(take, work)
    if not has_digit:
        return found
    number_pattern = _RU_NUMBER if lang == "ru" else _EN_NUMBER
    for m in number_pattern.finditer(work):
        token = _number(m.group(0), lang)
        if token:
            found.setdefault(token, m.group(0))
    return found


def missing_tokens(source: dict[str, str], target: dict[str, str]) -> list[str]:
    """How the tokens of `source` that `target` lacks were written in the source."""
    return [shown for token, shown in source.items() if token not in target]
