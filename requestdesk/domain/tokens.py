"""What must agree between the Russian and English texts, compared by meaning (spec §2, lang.tokens).

Each text is read into typed values: dates, times with their UTC offsets, ranges,
numbers, amounts with their currency, percentages, durations, article references and
identifiers in canonical form. Two texts agree when every value one of them states is
stated by the other, in whatever notation a careful translator uses: `1 250 000,50` and
`1,250,000.50`; `20 октября 2026 г.`, `20 October 2026`, `20/10/2026` and `2026-10-20`;
`трое суток` and `72 hours`; `ч. 2 ст. 272` and `Article 272(2)`; `пример.рф` and
`xn--e1afmkfd.xn--p1ai`; `8 (495) 123-45-67` and `+7 495 123 45 67`.

Reading is linear in the length of the text, whatever it holds (a pasted blob of
base64, a log line, 50,000 digits): the lexer's patterns only start where a token
starts (each is guarded by a look-behind on its own first character) and every
pattern that could scan far is bounded, so no character is scanned more than a
bounded number of times. The parser looks a bounded number of tokens ahead.
"""

from __future__ import annotations
import ipaddress
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from urllib.parse import unquote

from requestdesk.domain import notation as N
from requestdesk.domain.hosts import canonical_host
from requestdesk.domain.records import record

_SP = "[ \u00a0\u202f\u2009]"  # the spaces that group digits
# Numbers as both languages group them: "1 250 000,50" and "1,250,000.50"; which of
# "," and "." is the decimal sign is the reading's business (_dec), per language.
# "1.250.000" (groups marked by dots, as some Russian texts do) needs two dots to be a number.
_NUMBER = (rf"\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d)(?:[.,]\d{{1,12}})?|\d{{1,3}}(?:,\d{{3}})+(?!\d)(?:\.\d{{1,12}})?"
           rf"|\d{{1,3}}(?:\.\d{{3}}){{2,6}}(?![\d.])(?:,\d{{1,12}})?"
           rf"|\d+(?:[.,]\d{{1,12}})?")
_EMAIL_CHARS = r"\w.+\-!#$%&'*/=?^`{|}~"

# The order of the branches is their priority where two could start at one place.
_LEXER = r"""
 (?P<plain>(?!(?:UTC|GMT|МСК|MSK)(?![^\W\d_]))(?>[^\W\d_]+(?:['’\-][^\W\d_]+)*)(?![\w@.:/'’+\-−]))
|(?P<url>(?<![\w@/])(?:(?:https?|hxxps?|ftps?|wss?)://[^\s<>"«»{}|\\^`]{1,2048}|t\.me/[A-Za-z0-9_]{4,32}(?![\w])))
|(?P<email>(?<![EMAIL])[EMAIL]{1,64}@(?:[\w\-]{1,63}\.){1,8}(?:[^\W\d_]{2,24}|xn--[a-z0-9\-]{1,59})(?![\w\-]))
|(?P<domain>(?<![\w@.\-])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}(?:[a-z]{2,24}|[A-Z]{2,4}|xn--[a-z0-9\-]{1,59})(?![\w\-]|\.\w)|(?<![\w@.\-])(?:[a-zA-Zа-яёА-ЯЁ0-9](?:[a-zA-Zа-яёА-ЯЁ0-9\-]{0,61}[a-zA-Zа-яёА-ЯЁ0-9])?\.){1,8}(?:рф|рус|бел|укр|қаз|срб|дети|онлайн|сайт|орг|ком|москва|РФ|РУС|БЕЛ|УКР|ҚАЗ|СРБ)(?![\w\-]|\.\w))
|(?P<handle>(?<![\w@.])@[A-Za-z][A-Za-z0-9_]{3,31}(?![\w@]))
|(?P<iso>(?<![\w.\-])\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s?(?:Z|(?:UTC|GMT)?\s?[+\-−]\d{1,2}(?::?\d{2})?|UTC|GMT))?)?(?![\w]|-\d))
|(?P<mac>(?<![\w:\-])[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:(?P=sep)[0-9A-Fa-f]{2}){4}(?![\w:\-]))
|(?P<ipv6>(?<![\w:.])(?=[0-9A-Fa-f:.]{0,45}::|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})[0-9A-Fa-f:.]{1,44}[0-9A-Fa-f:](?![\w:]))
|(?P<ipv4>(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?(?:/\d{1,2})?(?![\w]|\.\d))
|(?P<ddate>(?<![\w.,/])\d{1,2}([./])\d{1,2}(?P=dsep)\d{4}(?=г(?![^\W\d_])|(?![\w]|[.,/]\d)))
|(?P<time>(?<![\w:.,])\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:Z(?![\w])|[+−](?:0\d|1[0-4]):?\d{2}))?(?=[AaPp]\.?[Mm](?![^\W\d_])|(?![\w:]|[.,]\d)))
|(?P<offset>(?<![\w])(?:UTC|GMT|МСК|MSK)(?:\s?[+\-−]\s?\d{1,2}(?::?\d{2})?)?(?![\w])|(?<![\w+])[+−](?:0\d|1[0-4]):\d{2}(?![\w:]))
|(?P<phone>(?<![\w+])\+\s?\d{1,3}(?:[\s\-]?\(?\d{1,5}\)?){2,6}(?![\w])|(?<![\w+])[80][\s\-]?\(\d{2,5}\)[\s\-]?\d{1,4}(?:[\s\-]?\d{1,4}){1,4}(?![\w])|(?<![\w+(])\(0\d{1,4}\)[\s\-]?\d{1,4}(?:[\s\-]?\d{1,4}){1,4}(?![\w])|(?<![\w+(])\([1-9]\d{2,4}\)\s?\d{1,3}[\s\-]?\d{2}[\s\-]?\d{2}(?![\w]|[\-.,]\d)|(?<![\w+\-])8-\d{3}-\d{3}-\d{2}-\d{2}(?![\w\-])|(?<![\w+])8\s\d{3}\s\d{3}[\s\-]\d{2}[\s\-]\d{2}(?![\w]))
|(?P<run>(?<![0-9A-Za-z])(?=[0-9A-Za-z]*\d)(?=[0-9A-Za-z]*[A-Za-z])[0-9A-Za-z]+)
|(?P<num>NUMBER)
|(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)
|(?P<punct>[^\s\w]|_)
""".replace("EMAIL", _EMAIL_CHARS)
# Python's re wants distinct group names; the back-references above name theirs.
_LEXER = _LEXER.replace("([:\\-])", "(?P<sep>[:\\-])", 1).replace("([./])", "(?P<dsep>[./])", 1)


@lru_cache(maxsize=1)
def _lexer() -> re.Pattern[str]:
    # Compiled on first use (some 10 ms): importing the module costs nothing of it.
    # Spaces are skipped inside the match (not one match each): a token's own text is its
    # group. They are taken possessively, and trailing ones end at the end of the text, so
    # that no run of spaces is ever scanned twice.
    return re.compile(r"\s*+(?:" + _LEXER.replace("NUMBER", _NUMBER) + r"|(?P<tail>\Z))", re.VERBOSE)

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s?(Z|(?:UTC|GMT)?\s?[+\-−]\d{1,2}(?::?\d{2})?|UTC|GMT)?)?")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s?(Z|[+−]\d{2}:?\d{2})?")
_OFFSET = re.compile(r"(UTC|GMT|МСК|MSK)?\s?(?:([+\-−])\s?(\d{1,2})(?::?(\d{2}))?)?")
_ROMAN = re.compile(r"L?X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_HEX = re.compile(r"[0-9a-fA-F]+")
_BASE58 = re.compile(r"[1-9A-HJ-NP-Za-km-z]+")
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")
_IBAN_START = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{0,2}")
_NUMBER_UNIT = re.compile(r"(\d+)([A-Za-z]{1,4})")
_ORDINAL = re.compile(r"(\d{1,4})(st|nd|rd|th)", re.IGNORECASE)
_HASH_LENGTHS = {32, 40, 56, 64, 96, 128}
_SPACES = frozenset(" \u00a0\u202f\u2009\t")
_LOOKAHEAD = 40
# A text stating more values than this is not a letter's text (a pasted table or log):
# what follows is not compared, so that no input holds the check up.
MAX_VALUES = 20_000
_BARE_SCALES = frozenset({"тысяча", "тысячу", "миллион", "миллиард", "thousand", "million", "billion"})
_WORD_TRIGGERS = (N.ARTICLE_WORDS | N.PART_WORDS | N.POINT_WORDS | set(N.MONTHS) | set(N.SMALL_NUMBERS) | _BARE_SCALES
                  | set(N.FRACTION_WORDS) | {words[0] for words in N.MOSCOW_TIME} | set(N.ORDINAL_WORDS) | set(N.NAMED_TIMES)
                  | set(N.NUMBERED_ADJECTIVES) | {"half"})
_DOTTED_TIME = re.compile(r"(\d{1,2})\.(\d{2})")
_DOTTED_TIME_BEFORE = frozenset({"в", "с", "до", "около", "примерно", "по"})
_PER_WORDS = frozenset({"за", "per", "в", "a", "an", "each", "каждый", "каждые"})
_AMOUNT_RANGE_JOINERS = frozenset({"–", "—", "-", "до", "to", "through"})
_ONE_UNIT_BEFORE = frozenset({"течение", "a", "an", "per", "в"})
_NUMBER_FOLLOWERS = "%-–—(" + "".join(N.CURRENCY_SYMBOLS)
_MAX_DESIGNATORS = 20  # "ст. 272, 273, 274": a list longer than this is not a reference
# What can follow the hour of a time written without a colon ("2 p.m.", "14 ч 05 мин", "from 2 to 3 p.m.").
_TIME_FOLLOWERS = N.HOUR_WORDS | N.RANGE_JOINERS | {"am", "pm", "a", "p"} | set(N.DAY_PARTS) | set(N.NAMED_TIMES)
# "TRC20", "SHA256", "A40": letters and a number written close; "TRC-20", "А40" (a Cyrillic
# letter, as case numbers are written) are the same code.
_LETTERS_NUMBER = re.compile(r"[A-Za-z]{1,8}(\d{1,6})")
_LATIN_LOOKALIKES = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")


# What a value states, as the other text must state it too: its kind, then the value
# itself ("date", "2026-02-10"), ("year", 2026), ("time", seconds, "Z" or None) ...
Key = tuple[str | int | None, ...]


@record(slots=True)
class Value:
    """One value a text states: what it is (`keys`, any of which the other text may
    state), what it also vouches for (`covers`: a date vouches for its year), and how
    it was written."""

    kind: str
    keys: tuple[Key, ...]
    shown: str
    start: int
    demands: bool = True  # written in figures: the other text must state it too
    covers: tuple[Key, ...] = ()
    # Readings by which the other text may state it that it does not itself vouch for:
    # "+380 44 123 45 67" is what "(044) 123-45-67" states, not the other way round.
    alts: tuple[Key, ...] = ()


@record(slots=True)
class Difference:
    """A value of one text that the other does not state, with the other text's value
    of the same kind it was most likely meant to be (None when there is none)."""

    ru: Value | None
    en: Value | None


class _Tok:
    __slots__ = ("end", "kind", "low", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int, low: str = ""):
        self.kind, self.text, self.start, self.end, self.low = kind, text, start, end, low

    def __repr__(self) -> str:
        return f"_Tok({self.kind!r}, {self.text!r}, {self.start}, {self.end})"


_END = _Tok("end", "", 0, 0, "")  # what lies beyond the last token


_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _dec(text: str, lang: str) -> Decimal | None:
    digits = "".join(c for c in text if c not in _SPACES)
    if digits.count(".") >= 2:
        digits = digits.replace(".", "").replace(",", ".")  # "1.250.000,50"
    elif lang == "ru":
        digits = digits.replace(",", ".")  # Russian writes the decimal comma
    elif "," in digits:
        if not _EN_GROUPED.fullmatch(digits):
            return None  # "1,5" in English: a list, or a decimal comma out of place
        digits = digits.replace(",", "")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _norm(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value else "nan"


def _number_demands(value: Decimal) -> bool:
    # Single digits are as often written in words ("3 суток", "three days") and in
    # enumerations; as a count of a unit (an amount, a duration, a part of an article)
    # they are compared.
    return value != value.to_integral_value() or value >= 10


def _valid_date(y: int, m: int, d: int) -> bool:
    if not (1 <= m <= 12 and 1 <= d <= 31 and 1000 <= y <= 2999):
        return False
    from datetime import date

    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _roman(word: str) -> int | None:
    if len(word) < 2 or not _ROMAN.fullmatch(word):
        return None
    total, prev = 0, 0
    for ch in reversed(word):
        v = _ROMAN_VALUES[ch]
        total, prev = (total - v, prev) if v < prev else (total + v, v)
    return total


def _iban_valid(value: str) -> bool:
    if not _IBAN.fullmatch(value):
        return False
    moved = value[4:] + value[:4]
    digits = "".join(str(int(c, 36)) for c in moved)
    return int(digits) % 97 == 1


_ADJECTIVE_UNITS = (("часов", ("s", N.HOUR)), ("суточн", ("s", N.DAY)), ("дневн", ("s", N.DAY)),
                    ("минутн", ("s", N.MINUTE)), ("секундн", ("s", N.SECOND)), ("недельн", ("s", 7 * N.DAY)),
                    ("месячн", ("mo", 1)), ("летн", ("y", 1)), ("годичн", ("y", 1)))


def _adjective_unit(word: str) -> tuple[str, int] | None:
    unit = N.DURATION_UNITS.get(word)
    if unit is not None:
        return unit
    for stem, unit in _ADJECTIVE_UNITS:
        if word.startswith(stem):
            return unit
    return None


def _hyphenated_period(word: str) -> tuple[int, tuple[str, int]] | None:
    number, _, unit = word.rpartition("-")
    if number and unit in N.DURATION_UNITS and _is_number_word(number):
        return sum(N.SMALL_NUMBERS[p] for p in number.split("-")), N.DURATION_UNITS[unit]
    return None


def _figure_key(value: int) -> Key:
    """The key a whole number written alone is read with: a year, or a number."""
    return ("year", value) if 1900 <= value <= 2100 else ("number", str(value))


def _is_number_word(word: str) -> bool:
    return bool(word) and all(p in N.SMALL_NUMBERS for p in word.split("-"))


def _offset_minutes(text: str) -> int | None:
    m = _OFFSET.fullmatch(text.strip())
    if not m:
        return None
    base = 180 if m.group(1) in ("МСК", "MSK") else 0
    if not m.group(2):
        return base if m.group(1) else None
    hours = int(m.group(3))
    minutes = int(m.group(4) or 0)
    if hours > 14 or minutes > 59:
        return None
    sign = -1 if m.group(2) in "-−" else 1
    return base + sign * (hours * 60 + minutes)


class _Reader:
    """Reads one text into values: a single pass over its tokens, a few tokens ahead."""

    def __init__(self, text: str, lang: str):
        self.text = text
        self.lang = lang
        self.toks: list[_Tok] = []
        append = self.toks.append
        for m in _lexer().finditer(text):
            kind = m.lastgroup or "punct"
            if kind == "tail":
                break
            if kind == "plain":  # a word that starts no identifier: the common case, tried first
                word = m.group(kind)
                append(_Tok("word", word, m.start(kind), m.end(), word.casefold().replace("ё", "е")))
                continue
            if kind in ("sep", "dsep"):  # a back-reference inside a branch, not a branch
                kind = "mac" if kind == "sep" else "ddate"
            word = m.group(kind)
            append(_Tok(kind, word, m.start(kind), m.end(), word.casefold().replace("ё", "е") if kind == "word" else word))
        self.count = len(self.toks)
        self.toks.extend([_END] * _LOOKAHEAD)
        self.values: list[Value] = []

    # --- small helpers over the token list -------------------------------------------

    # The token list ends with _LOOKAHEAD empty tokens, so that reading ahead needs no
    # bounds check (the parser never looks further ahead than that).

    def tok(self, i: int) -> _Tok | None:
        t = self.toks[i]
        return None if t.kind == "end" else t

    def low(self, i: int) -> str:
        return self.toks[i].low

    def is_punct(self, i: int, chars: str) -> bool:
        t = self.toks[i]
        return t.kind == "punct" and t.text in chars

    def tight(self, i: int) -> bool:
        """Token i follows token i-1 with no space."""
        return i > 0 and self.toks[i].start == self.toks[i - 1].end and self.toks[i].kind != "end"

    def spaced(self, i: int) -> bool:
        """Token i follows token i-1 after one space."""
        if i <= 0 or self.toks[i].kind == "end":
            return False
        gap = self.text[self.toks[i - 1].end : self.toks[i].start]
        return len(gap) == 1 and gap in _SPACES

    def skip_dot(self, i: int) -> int:
        """Past the dot of an abbreviation at i-1 ("руб.", "г.", "Oct."); a sentence's full stop stays."""
        if self.is_punct(i, ".") and self.tight(i) and self.toks[i - 1].low in N.ABBREVIATIONS:
            return i + 1
        return i

    def shown(self, i: int, j: int) -> str:
        """The text of tokens i..j-1 as written."""
        return self.text[self.toks[i].start : self.toks[j - 1].end].strip()

    def add(self, kind: str, keys: tuple[Key, ...], i: int, j: int, *, demands: bool = True, covers: tuple[Key, ...] = (), alts: tuple[Key, ...] = ()) -> None:
        self.values.append(Value(kind, keys, self.shown(i, j), self.toks[i].start, demands, covers, alts))

    def int_at(self, i: int) -> int | None:
        t = self.toks[i]
        if t.kind != "num" or len(t.text) > 9 or not t.text.isdigit():
            return None
        return int(t.text)

    # --- values ------------------------------------------------------------------------

    def number_value(self, value: Decimal, i: int, j: int, demands: bool | None = None) -> None:
        # "2 000 пользователей", "2,000 users": a year is never written with its thousands apart.
        if value == value.to_integral_value() and 1900 <= value <= 2100 and self.toks[i].text.isdigit():
            self.add("year", (("year", int(value)),), i, j, demands=True if demands is None else demands)
            return
        self.add("number", (("number", _norm(value)),), i, j, demands=_number_demands(value) if demands is None else demands)

    def date_value(self, y: int | None, m: int, d: int | None, i: int, j: int, demands: bool = True) -> None:
        if y is not None and d is not None:
            if not _valid_date(y, m, d):
                return
            iso = f"{y:04d}-{m:02d}-{d:02d}"
            self.add("date", (("date", iso),), i, j, demands=demands,
                     covers=(("month", iso[:7]), ("year", y), ("daymonth", iso[5:])))
        elif y is not None:
            self.add("date", (("month", f"{y:04d}-{m:02d}"),), i, j, demands=demands, covers=(("year", y),))
        elif d is not None and 1 <= d <= 31:
            self.add("date", (("daymonth", f"{m:02d}-{d:02d}"),), i, j, demands=demands)

    def time_value(self, h: int, mi: int, s: int, offset: int | None, i: int, j: int, extra: tuple[Key, ...] = ()) -> None:
        if h > 24 or mi > 59 or s > 59:
            return
        secs = (h * 3600 + mi * 60 + s) % 86400
        if offset is None:
            self.add("time", (("time", secs, None),) + extra, i, j)
        else:
            utc = (secs - offset * 60) % 86400
            self.add("time", (("time", utc, "Z"),) + extra, i, j, covers=(("offset", offset),))

    # --- the pass ------------------------------------------------------------------------

    def read(self) -> list[Value]:
        i, n = 0, self.count
        while i < n and len(self.values) < MAX_VALUES:
            j = self.step(i)
            i = j if j > i else i + 1
        self.apply_default_offset()
        return self.values

    def step(self, i: int) -> int:
        t = self.toks[i]
        kind = t.kind
        if kind == "num":
            return self.from_number(i)
        if kind == "word":
            return self.from_word(i)
        if kind == "punct":
            return self.from_punct(i)
        handler: Callable[[int], int] = getattr(self, "_" + kind)
        return handler(i)

    # identifiers ---------------------------------------------------------------------

    def _url(self, i: int) -> int:
        raw = self.toks[i].text.rstrip(".,;:!?)]»\"'")
        if raw.lower().startswith("t.me/"):
            self.add("handle", (("telegram", raw[5:].casefold()),), i, i + 1)
            return i + 1
        scheme, _, rest = raw.partition("://")
        scheme = scheme.lower().replace("hxxp", "http")
        host, slash, path = rest.partition("/")
        userinfo, at, hostport = host.rpartition("@")
        hostname, colon, port = hostport.partition(":")
        canon_host = canonical_host(hostname) or hostname.casefold()
        path = unquote(path)  # "/%D0%B2%D1%85%D0%BE%D0%B4" is "/вход"
        canon = f"{scheme}://{userinfo}{at}{canon_host}{colon}{port}{slash}{path}".rstrip("/")
        keys: tuple[Key, ...] = (("url", canon),)
        if canon_host in ("t.me", "telegram.me") and path:
            keys += (("telegram", path.split("/")[0].casefold()),)
        # "https://example.com" and "example.com" name one site; a path or port is more than the host.
        bare = not userinfo and not port and not path.strip("/")
        self.add("url", keys, i, i + 1, covers=(("domain", canon_host),), alts=(("site", canon_host),) if bare else ())
        return i + 1

    def _email(self, i: int) -> int:
        local, _, domain = self.toks[i].text.rpartition("@")
        host = canonical_host(domain)
        if host:
            self.add("email", (("email", local.casefold() + "@" + host),), i, i + 1, covers=(("domain", host),))
        return i + 1

    def _domain(self, i: int) -> int:
        host = canonical_host(self.toks[i].text)
        if host:
            self.add("domain", (("domain", host),), i, i + 1, covers=(("site", host),))
        return i + 1

    def _handle(self, i: int) -> int:
        self.add("handle", (("telegram", self.toks[i].text[1:].casefold()),), i, i + 1)
        return i + 1

    def _mac(self, i: int) -> int:
        self.add("mac", (("mac", self.toks[i].text.lower().replace("-", ":")),), i, i + 1)
        return i + 1

    def _ipv6(self, i: int) -> int:
        try:
            address = ipaddress.ip_address(self.toks[i].text)
        except ValueError:
            return i + 1
        self.add("ip", (("ip", address.compressed),), i, i + 1)
        return i + 1

    def _ipv4(self, i: int) -> int:
        text = self.toks[i].text
        address, _, port = text.partition(":")
        address, _, prefix = address.partition("/")
        try:
            canon = ipaddress.ip_address(address).compressed
        except ValueError:
            return i + 1
        self.add("ip", (("ip", canon + (f"/{int(prefix)}" if prefix else "")),), i, i + 1)
        if port:
            self.values.append(Value("number", (("number", str(int(port))),), port, self.toks[i].start))
        return i + 1

    def _phone(self, i: int) -> int:
        text = self.toks[i].text
        digits = "".join(c for c in text if c.isdigit())
        if text.startswith("+"):
            if not 7 <= len(digits) <= 15:
                return i + 1
            canon = "+" + digits
        elif len(digits) == 11 and digits.startswith("80"):
            canon = "+375" + digits[2:]  # Belarus: trunk prefix 8 0
        elif len(digits) == 11 and digits.startswith("8"):
            canon = "+7" + digits[1:]  # Russia, Kazakhstan: trunk prefix 8
        elif digits.startswith("0") and 9 <= len(digits) <= 11:
            # A national number with trunk prefix 0: the country is not written.
            self.add("phone", (("phone-tail", digits[1:]),), i, i + 1, covers=(("phone-national", digits[1:]),))
            return i + 1
        elif text.startswith("(") and len(digits) == 10:
            # "(495) 123-45-67": the area code in brackets, the country and trunk prefix unwritten.
            self.add("phone", (("phone-tail", digits),), i, i + 1, covers=(("phone-national", digits),))
            return i + 1
        else:
            return i + 1
        tails = tuple(("phone-tail", canon[-k:]) for k in (8, 9, 10))
        national = tuple(("phone-national", canon[-k:]) for k in (8, 9, 10))
        self.add("phone", (("phone", canon),), i, i + 1, covers=tails, alts=national)
        return i + 1

    def _run(self, i: int) -> int:
        text = self.toks[i].text
        low = text.lower()
        if m := _ORDINAL.fullmatch(text):
            if j := self.day_led_date(i):
                return j
            return self.after_number(i, i + 1, Decimal(m.group(1)))
        if low.startswith("0x") and len(text) == 42 and _HEX.fullmatch(text[2:]):
            self.add("wallet", (("wallet", low),), i, i + 1)
        elif text.startswith("T") and len(text) == 34 and _BASE58.fullmatch(text):
            self.add("wallet", (("wallet", text),), i, i + 1)
        elif low.startswith("bc1") and 28 <= len(text) <= 65:
            self.add("wallet", (("wallet", low),), i, i + 1)
        elif text[0] in "13" and 26 <= len(text) <= 35 and _BASE58.fullmatch(text):
            self.add("wallet", (("wallet", text),), i, i + 1)
        elif _iban_valid(text):
            self.add("iban", (("iban", text),), i, i + 1)
        elif _IBAN_START.fullmatch(text) and (j := self.grouped_iban(i)):
            return j
        elif len(text) in _HASH_LENGTHS and _HEX.fullmatch(text):
            self.add("hash", (("hash", low),), i, i + 1)
        elif (m := _NUMBER_UNIT.fullmatch(text)) and m.group(2).lower() in ("am", "pm") and 1 <= int(m.group(1)) <= 12:
            # "2pm": an hour and its half of the clock written close.
            return self.time_group(i)
        elif (m := _NUMBER_UNIT.fullmatch(text)) and m.group(2) == "s" and len(m.group(1)) == 4 and m.group(1).endswith("0"):
            # "the 1990s" is "90-е годы": the decade, by its full year or its last two figures.
            short = str(int(m.group(1)[2:]))
            self.add("decade", (("number", m.group(1)), ("number", short)), i, i + 1, covers=(("number", short),))
        elif m := _LETTERS_NUMBER.fullmatch(text):
            figure = _figure_key(int(m.group(1)))
            # "Khaker2000" is how "Хакер2000" is transliterated: a word's figure may be all the other text shares.
            alts = (figure,) if len(text) - len(m.group(1)) >= 4 else ()
            self.add("code", (("code", text.upper()),), i, i + 1, covers=(figure,), alts=alts,
                     demands=_number_demands(Decimal(m.group(1))))
        elif (m := _NUMBER_UNIT.fullmatch(text)) and (m.group(2).upper() in N.CURRENCY_CODES or len(m.group(2)) <= 3):
            unit = m.group(2)
            value = Decimal(m.group(1))
            currency = N.CURRENCY_ALIASES.get(unit.upper(), unit.upper())
            if currency in N.CURRENCY_CODES:
                self.add("amount", (("amount", _norm(value), currency),), i, i + 1, covers=(("number", _norm(value)),))
            elif unit.lower() in N.DURATION_UNITS:
                self.duration(value, N.DURATION_UNITS[unit.lower()], i, i + 1, True)
            else:
                self.add("number", (("number", _norm(value)),), i, i + 1, demands=_number_demands(value))
        elif len(text) >= 6:
            self.add("code", (("code", text),), i, i + 1)
        return i + 1

    def grouped_iban(self, i: int) -> int | None:
        joined, j = self.toks[i].text, i + 1
        while len(joined) < 34 and self.spaced(j) and self.tok(j) is not None:
            part = self.toks[j].text
            if self.toks[j].kind not in ("run", "num", "word") or len(part) > 4 or not part.isalnum() or part.upper() != part:
                break
            joined += part
            j += 1
            if len(joined) >= 15 and _iban_valid(joined):
                self.add("iban", (("iban", joined),), i, j)
                return j
        return None

    # dates and times ---------------------------------------------------------------------

    def _iso(self, i: int) -> int:
        m = _ISO.fullmatch(self.toks[i].text)
        if not m:
            return i + 1
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        self.date_value(y, mo, d, i, i + 1)
        if m.group(4):
            offset = None
            if m.group(7):
                offset = 0 if m.group(7) in ("Z", "UTC") else _offset_minutes(m.group(7))
            self.time_value(int(m.group(4)), int(m.group(5)), int(m.group(6) or 0), offset, i, i + 1)
        return i + 1

    def _ddate(self, i: int) -> int:
        text = self.toks[i].text
        sep = "/" if "/" in text else "."
        d, m, y = (int(p) for p in text.split(sep))
        end = self.skip_year_word(i + 1)
        self.date_value(y, m, d, i, end)
        return end

    def skip_year_word(self, j: int) -> int:
        if self.low(j) in N.YEAR_WORDS:
            return self.skip_dot(j + 1)
        return j

    def _time(self, i: int) -> int:
        return self.time_group(i)

    def parse_time_at(self, i: int, bare_hour: bool = False) -> tuple[int, int, int, int | None, int, int | None] | None:
        """(h, m, s, offset or None, next, a.m./p.m. or None) for a time written at i.

        An hour written with its word alone ("15 часов") is a time only where it cannot
        be a duration: with its part of the day ("8 часов вечера") or, `bare_hour`, as
        the end of a range of the clock ("с 10 до 15 часов")."""
        t = self.tok(i)
        if t is None:
            return None
        if t.kind == "time":
            m = _TIME.fullmatch(t.text)
            if not m:
                return None
            h, mi, s = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
            offset = None
            if m.group(4):
                offset = 0 if m.group(4) == "Z" else _offset_minutes(m.group(4))
            meridiem, j = self.meridiem_at(i + 1)
            if meridiem is not None:
                if not 1 <= h <= 12:
                    return None
                h = h % 12 + meridiem
            return h, mi, s, offset, j, meridiem
        if t.kind == "run" and (m := _NUMBER_UNIT.fullmatch(t.text)) and m.group(2).lower() in ("am", "pm"):
            h = int(m.group(1))
            if not 1 <= h <= 12:
                return None
            meridiem = N.MERIDIEM[m.group(2).lower()]
            return h % 12 + meridiem, 0, 0, None, self.skip_dot(i + 1), meridiem
        if t.kind == "num" and len(t.text) <= 2 and t.text.isdigit():
            h = int(t.text)
            meridiem, j = self.meridiem_at(i + 1)
            if meridiem is not None and 1 <= h <= 12:
                return h % 12 + meridiem, 0, 0, None, j, meridiem
            if h == 12 and (named := N.NAMED_TIMES.get(self.low(i + 1))) is not None:
                return named, 0, 0, None, i + 2, None  # "12 noon", "12 midnight"
            if h <= 23 and self.low(i + 1) in N.HOUR_WORDS:
                j = self.skip_dot(i + 2)
                minutes = self.int_at(j)
                if minutes is not None and minutes <= 59 and self.low(j + 1) in N.MINUTE_WORDS:
                    j = self.skip_dot(j + 2)
                    seconds = self.int_at(j)
                    if seconds is not None and seconds <= 59 and self.low(j + 1) in N.SECOND_WORDS:
                        j, minutes_seconds = self.skip_dot(j + 2), (minutes, seconds)
                    else:
                        minutes_seconds = (minutes, 0)
                    part = N.DAY_PARTS_AFTER_HOUR.get(self.low(j))
                    if part is not None and 1 <= h <= 12:
                        return h % 12 + part, *minutes_seconds, None, j + 1, part
                    return h, *minutes_seconds, None, j, None
                part = N.DAY_PARTS_AFTER_HOUR.get(self.low(j))
                if part is not None and 1 <= h <= 12:
                    return h % 12 + part, 0, 0, None, j + 1, part  # "в 8 часов вечера"
                if bare_hour:
                    return h, 0, 0, None, j, None
        return None

    def meridiem_at(self, j: int) -> tuple[int | None, int]:
        low = self.low(j)
        if low in ("am", "pm"):
            return N.MERIDIEM[low], self.skip_dot(j + 1)
        if low in ("a", "p") and self.is_punct(j + 1, ".") and self.low(j + 2) == "m":
            return N.MERIDIEM[low + ".m"], self.skip_dot(j + 3)
        if low in N.DAY_PARTS:
            return N.DAY_PARTS[low], j + 1  # "в 8 вечера", "в 2:15 ночи"
        return None, j

    def offset_after(self, j: int) -> tuple[int | None, int]:
        """An offset qualifying the value that ends before j ("(UTC+3)", "по московскому времени")."""
        k = j
        for _ in range(3):
            t = self.tok(k)
            if t is None:
                break
            if t.kind == "offset":
                offset = _offset_minutes(t.text)
                end = k + 1
                if self.is_punct(end, ")]"):
                    end += 1
                return offset, end
            if self.low(k - 1) == "по" and (named := N.ZONES_AFTER_PO.get(self.low(k))) is not None:
                end = k + 1  # "по Гринвичу", "по Москве"
                if self.is_punct(end, ")"):
                    end += 1
                return named, end
            words = (self.low(k), self.low(k + 1))
            if words in N.MOSCOW_TIME:
                end = k + 2
                if self.is_punct(end, ")"):
                    end += 1
                return 180, end
            if t.text.casefold() not in N.OFFSET_FILLERS:
                break
            k += 1
        return None, j

    def time_group(self, i: int) -> int:
        """Times at i, joined as a range ("с 14:00 до 15:30 (UTC+3)", "from 2:00 to 3:30 p.m.",
        "from 2 to 3 p.m."), sharing the offset and the a.m./p.m. written once after the last."""
        first = self.parse_time_at(i)
        hours_only = False  # "с 10 до 15 часов": hours of the clock, or a span of hours
        if first is None:
            h = self.int_at(i)
            if h is None or h > 23 or self.low(i + 1) not in N.RANGE_JOINERS:
                return i
            # Opened by "с"/"from" and closed by an hour word, the ends are hours of the clock.
            opened = i > 0 and self.low(i - 1) in N.RANGE_OPENERS and self.low(i + 3) in N.HOUR_WORDS
            second = self.parse_time_at(i + 2, bare_hour=opened)
            if second is None or (second[5] is None and not opened) or (second[5] is not None and not 1 <= h <= 12):
                return i
            hours_only = second[5] is None
            first = (h, 0, 0, None, i + 1, None)
        times = [(*first, i)]
        j = first[4]
        while len(times) < 4 and self.low(j) in N.RANGE_JOINERS:
            nxt = self.parse_time_at(j + 1, bare_hour=True)
            if nxt is None:
                break
            times.append((*nxt, j + 1))
            j = nxt[4]
        meridiem = times[-1][5]
        offset, end = self.offset_after(j)
        last = len(times) - 1
        for n, (h, mi, s, own, b, half, a) in enumerate(times):
            if half is None and meridiem is not None and 1 <= h <= 12:
                h = h % 12 + meridiem  # the a.m./p.m. written once, after the range
            extra: tuple[Key, ...] = ()
            if self.low(a + 1) in N.HOUR_WORDS or hours_only:  # "14 ч 05 мин" may also be a duration
                extra = (("duration", "s", str(h * 3600 + mi * 60 + s)),)
            self.time_value(h, mi, s, own if own is not None else offset, a, end if n == last else b, extra)
        return max(end, j)

    def _offset(self, i: int) -> int:
        text = self.toks[i].text
        offset = _offset_minutes(text)
        if offset is not None:
            # "an offset from UTC" names the reference, not an offset: a bare UTC or GMT
            # is not demanded of the other text (one with a sign, or after a time, is).
            bare = text in ("UTC", "GMT")
            self.add("offset", (("offset", offset),), i, i + 1, demands=not bare)
        return i + 1

    def apply_default_offset(self) -> None:
        """A text that names one UTC offset (and no other) gives its times that offset:
        "times are UTC+3 … at 14:05" says what "at 14:05 (UTC+3)" says."""
        offsets = {k[1] for v in self.values for k in (*v.keys, *v.covers) if k[0] == "offset"}
        if len(offsets) != 1:
            return
        offset = next(iter(offsets))
        for n, v in enumerate(self.values):
            if v.kind != "time":
                continue
            seconds, zone = v.keys[0][1], v.keys[0][2]
            if zone is None and isinstance(seconds, int) and isinstance(offset, int):
                aware = ("time", (seconds - offset * 60) % 86400, "Z")
                self.values[n] = Value(v.kind, v.keys + (aware,), v.shown, v.start, v.demands, v.covers, v.alts)

    # numbers and what follows them ------------------------------------------------------

    def number_at(self, i: int, after_currency: bool = False) -> tuple[Decimal, int, bool] | None:
        """(value, next, in figures) for a number in figures or in words at i, with its scale.

        After a currency symbol or code ("$5,000", "USD 5,000") a number is written the
        English way, in a Russian text too: the currency first is the English order."""
        t = self.tok(i)
        if t is None:
            return None
        if t.kind == "num":
            value = _dec(t.text, "en" if after_currency and _EN_GROUPED.fullmatch(t.text) else self.lang)
            if value is None:
                return None
            j = i + 1
            figures = True
        elif t.kind == "word":
            parsed = self.words_number(i)
            if parsed is None:
                return None
            value, j = parsed
            figures = False
        else:
            return None
        scale = N.SCALES.get(self.low(j))
        if scale is not None:
            value, j = value * scale, self.skip_dot(j + 1)
            # "2 млн 350 тыс.": a smaller scale's figure after a larger one adds to it.
            while figures and self.toks[j].kind == "num" and (smaller := N.SCALES.get(self.low(j + 1))) is not None and smaller < scale:
                more = _dec(self.toks[j].text, self.lang)
                if more is None:
                    break
                value, j, scale = value + more * smaller, self.skip_dot(j + 2), smaller
        return value, j, figures

    def words_number(self, i: int) -> tuple[Decimal, int] | None:
        total = current = 0
        j, seen = i, False
        fraction = N.FRACTION_WORDS.get(self.low(i))
        if fraction is not None:
            return fraction, i + 1
        if self.low(i) == "half" and self.low(i + 1) in ("a", "an") and self.low(i + 2) in N.SCALES:
            return Decimal(N.SCALES[self.low(i + 2)]) / 2, i + 3  # "half a million"
        while True:
            word = self.low(j)
            parts = word.split("-") if "-" in word else [word]
            if all(p in N.SMALL_NUMBERS for p in parts):
                current += sum(N.SMALL_NUMBERS[p] for p in parts)
            elif word in N.HUNDRED and seen:
                current *= 100
            elif word in N.SCALES and word not in ("тыс", "млн", "млрд", "mn", "bn", "mln") and (seen or word in _BARE_SCALES):
                # "тысяча рублей", "миллион": a scale written alone is one of it.
                total += max(current, 1) * N.SCALES[word]
                current = 0
            elif word == "and" and seen and _is_number_word(self.low(j + 1)):
                j += 1
                continue
            else:
                break
            seen = True
            j += 1
        if not seen:
            return None
        return Decimal(total + current), j

    def from_number(self, i: int) -> int:
        t = self.toks[i]
        text = t.text
        nxt = self.toks[i + 1]
        if len(text) == 1 and nxt.kind not in ("word", "run") and not (nxt.kind == "punct" and nxt.text in _NUMBER_FOLLOWERS):
            return i + 1  # a lone digit ("1)", "1:"): counts nothing, demanded of no text
        digits_only = text.isdigit()
        # Identifiers written in figures: cards in groups of four, long account numbers.
        if digits_only and len(text) == 4 and (j := self.card(i)):
            return j
        if digits_only and len(text) == 11 and text[0] in "78":
            # "89161234567", "79161234567": a Russian or Kazakh number written without + or spaces.
            canon = "+375" + text[2:] if text.startswith("80") else "+7" + text[1:]
            tails = tuple(("phone-tail", canon[-k:]) for k in (8, 9, 10))
            self.add("phone", (("number", text), ("phone", canon)), i, i + 1, covers=tails,
                     alts=tuple(("phone-national", canon[-k:]) for k in (8, 9, 10)))
            return i + 1
        if digits_only and len(text) >= 12:
            self.add("digits", (("digits", text),), i, i + 1)
            return i + 1
        # "23–25.10.2026", "с 23 по 25.10.2026": a day whose month and year the range's end gives.
        if digits_only and len(text) <= 2 and 1 <= int(text) <= 31 and self.low(i + 1) in N.RANGE_JOINERS:
            end = self.tok(i + 2)
            if end is not None and end.kind == "ddate":
                sep = "/" if "/" in end.text else "."
                _, m, y = (int(p) for p in end.text.split(sep))
                self.date_value(y, m, int(text), i, i + 1)
                return i + 1
        # "с 10.02 по 12.02.2026": a day and month whose year the range's end gives.
        if self.lang == "ru" and "." in text and re.fullmatch(r"\d{1,2}[.]\d{2}", text) and self.low(i + 1) in N.RANGE_JOINERS:
            end = self.tok(i + 2)
            if end is not None and end.kind == "ddate":
                d, m = (int(p) for p in text.split("."))
                y = int(end.text[-4:])
                self.date_value(y, m, d, i, i + 1)
                return i + 1
        # "в 14.05", "с 9.30 до 18.00": Russian texts also write the time of day with a dot.
        if self.lang == "ru" and (clock := _DOTTED_TIME.fullmatch(text)) and self.low(i - 1) in _DOTTED_TIME_BEFORE:
            h, mi = int(clock.group(1)), int(clock.group(2))
            if h <= 23 and mi <= 59:
                self.add("time", (("time", h * 3600 + mi * 60, None), ("number", _norm(Decimal(f"{h}.{clock.group(2)}")))), i, i + 1)
                return i + 1
        if digits_only and nxt.kind in ("word", "punct", "run"):
            n = int(text)
            # Dates with the month in words, day first; a range of days before them.
            if 1 <= n <= 31 and (nxt.low in N.MONTHS or nxt.low in ("of", "-")) and (j := self.day_led_date(i)):
                return j
            if 1 <= n <= 31 and nxt.low in N.RANGE_JOINERS and (j := self.day_range(i)):
                return j
            if 1000 <= n <= 2999:
                if self.low(i + 1) in N.YEAR_WORDS:
                    self.add("year", (("year", n),), i, self.skip_dot(i + 2))
                    return self.skip_dot(i + 2)
                if self.low(i + 1) in N.RANGE_JOINERS and (last := self.int_at(i + 2)) and 1000 <= last <= 2999:
                    self.add("year", (("year", n),), i, i + 1)
                    self.add("year", (("year", last),), i + 2, i + 3)
                    return self.skip_year_word(i + 3)
            if nxt.low in _TIME_FOLLOWERS:
                j = self.time_group(i)
                if j > i:
                    return j
        parsed = self.number_at(i)
        if parsed is None:
            return i + 1
        value, j, _ = parsed
        if self.is_punct(j, "-") and self.tight(j) and self.low(j + 1) in N.ORDINAL_SUFFIXES and self.tight(j + 1):
            j += 2  # "12-й", "1-го"
        elif self.is_punct(j, "-") and self.tight(j) and self.tok(j + 1) is not None and self.toks[j + 1].kind == "word":
            # "72-hour", "72-часовой", "30-дневный": a quantity inside an adjective.
            unit = _adjective_unit(self.toks[j + 1].low)
            if unit is not None:
                self.duration(value, unit, i, j + 2, True)
                return j + 2
            self.number_value(value, i, j, demands=_number_demands(value))
            return j
        return self.after_number(i, j, value)

    def card(self, i: int) -> int | None:
        groups, j = [self.toks[i].text], i + 1
        while len(groups) < 5:
            if self.spaced(j) and self.int_at(j) is not None and len(self.toks[j].text) == 4:
                groups.append(self.toks[j].text)
                j += 1
            elif self.is_punct(j, "-") and self.tight(j) and self.tight(j + 1) and self.int_at(j + 1) is not None and len(self.toks[j + 1].text) in (4,):
                groups.append(self.toks[j + 1].text)
                j += 2
            else:
                break
        if len(groups) >= 3 and 12 <= len("".join(groups)) <= 20:  # cards; 20-digit accounts in fours
            self.add("digits", (("digits", "".join(groups)),), i, j)
            return j
        return None

    def after_number(self, i: int, j: int, value: Decimal, figures: bool = True) -> int:
        """A number read from i to j: what it counts (a currency, a unit of time, per cent)."""
        k = j
        # "5 000 (пять тысяч) рублей": a number repeated in words before its unit.
        if self.is_punct(k, "(") and (inner := self.number_at(k + 1)) and inner[1] < len(self.toks) and self.is_punct(inner[1], ")"):
            k = inner[1] + 1
        word = self.low(k)
        if self.is_punct(k, "%") or word in N.PERCENT_WORDS or (word == "per" and self.low(k + 1) == "cent"):
            end = k + (2 if word == "per" else 1)
            self.add("percent", (("percent", _norm(value)),), i, end, demands=figures, covers=(("number", _norm(value)),))
            return end
        joiners = _AMOUNT_RANGE_JOINERS | {"and", "и"} if self.low(i - 1) in ("between", "между") else _AMOUNT_RANGE_JOINERS
        if figures and word in joiners and self.toks[k + 1].kind == "num" and (
                self.is_punct(k + 2, "%") or self.low(k + 2) in N.PERCENT_WORDS or (self.low(k + 2), self.low(k + 3)) == ("per", "cent")):
            # "от 10 до 15 %", "10–15 %": the per cent written once, after the range's end.
            self.add("percent", (("percent", _norm(value)),), i, j, covers=(("number", _norm(value)),))
            return j
        if figures and word in N.COUNT_UNITS:
            # "на 3 л. в 2 экз.", "3 pages": a count of sheets or copies is demanded however small.
            self.add("number", (("number", _norm(value)),), i, j)
            return j
        currency, end = self.currency_after(k)
        if currency is None and figures and self.low(k) in _AMOUNT_RANGE_JOINERS:
            # "от 5 000 до 10 000 руб.", "5–10 тыс. руб.": the currency (and the scale) written
            # once, after the range's end, are the start's too.
            later = self.number_at(k + 1)
            if later is not None and self.toks[k + 1].kind == "num":
                currency = self.currency_after(later[1])[0]
                scale = N.SCALES.get(self.low(k + 2))
                if currency is not None:
                    if scale is not None and j == i + 1:
                        value *= scale
                    self.add("amount", (("amount", _norm(value), currency),), i, j, covers=(("number", _norm(value)),))
                    return j
        if currency is not None:
            sub, end = self.subunit_after(end)
            total = value + sub if sub is not None else value
            # "за 1 доллар" is as often "per dollar": one unit after "за"/"per" is not demanded of
            # the other text; "1 BTC" transferred is.
            per_unit = total == 1 and self.low(i - 1) in _PER_WORDS
            # A sum in words ("пять тысяч рублей") is as much a fact of the case as one in figures.
            self.add("amount", (("amount", _norm(total), currency),), i, end, demands=(figures or total >= 2) and not per_unit,
                     covers=(("number", _norm(total)),))
            return end
        unit = N.DURATION_UNITS.get(word)
        if unit is None and word in N.PERIOD_ADJECTIVES and (unit := N.DURATION_UNITS.get(self.low(k + 1))) is not None:
            k, word = k + 1, self.low(k + 1)  # "за 2 последних месяца", "the next 3 days"
        if unit is not None and not (word in N.YEAR_WORDS and 1000 <= value <= 2999):
            end = self.skip_dot(k + 1)
            # "1 hour 25 minutes", "2 h 30 min": a smaller unit's figure after a larger one adds to it.
            while unit[0] == "s" and (more := self.int_at(end)) is not None and (smaller := N.DURATION_UNITS.get(self.low(end + 1))) is not None \
                    and smaller[0] == "s" and smaller[1] < unit[1]:
                value, unit, end = value * unit[1] + more * smaller[1], ("s", 1), self.skip_dot(end + 2)
                value, unit = value / smaller[1], smaller
            self.duration(value, unit, i, end, figures)
            return end
        if figures:
            self.number_value(value, i, j)
        else:
            self.add("number", (("number", _norm(value)),), i, j, demands=False)
        return j

    def duration(self, value: Decimal, unit: tuple[str, int], i: int, j: int, figures: bool) -> None:
        kind, size = unit
        amount = value * size
        keys: tuple[Key, ...] = (("duration", kind, _norm(amount)),)
        if size == N.HOUR and value == value.to_integral_value() and 0 <= value <= 23:
            keys += (("time", int(value) * 3600, None),)  # "около 14 часов" is also "at about 2 p.m."
        per_unit = value == 1 and self.low(i - 1) in _PER_WORDS  # "0,5 % за 1 день", "per 1 hour"
        # A period in words ("трое суток", "two days") is a term of the request: compared as one in figures.
        in_words = value >= 2 and value == value.to_integral_value()
        self.add("duration", keys, i, j, demands=(figures or in_words) and not per_unit, covers=(("number", _norm(value)),))

    def range_end_amount(self, j: int, code: str) -> int:
        """"RUB 5,000–10,000", "$5,000 to 10,000": the end of a range of amounts in the
        currency written once, before its start."""
        if self.low(j) not in _AMOUNT_RANGE_JOINERS or self.toks[j + 1].kind != "num":
            return j
        later = self.number_at(j + 1)
        if later is None or self.currency_after(later[1])[0] is not None:
            return j
        value, end, _ = later
        self.add("amount", (("amount", _norm(value), code),), j + 1, end, covers=(("number", _norm(value)),))
        return end

    def currency_after(self, k: int) -> tuple[str | None, int]:
        """A currency named at k ("руб.", "долларов США", "US dollars", "USD", "$")."""
        country: str | None = None
        start = k
        for _ in range(2):
            adjective = self.low(k)
            if adjective in N.CURRENCY_ADJECTIVES:
                country = N.CURRENCY_ADJECTIVES[adjective] or country
                k = self.skip_dot(k + 1)
            else:
                break
        t = self.tok(k)
        if t is None:
            return None, start
        code: str | None = None
        if t.kind == "word" and t.low in N.CURRENCY_WORDS:
            code = N.CURRENCY_WORDS[t.low]
            if t.low == "р" and not self.is_punct(k + 1, "."):
                return None, start
        elif t.kind == "word" and t.text.upper() == t.text and N.CURRENCY_ALIASES.get(t.text, t.text) in N.CURRENCY_CODES:
            code = N.CURRENCY_ALIASES.get(t.text, t.text)
        elif t.kind == "punct" and t.text in N.CURRENCY_SYMBOLS:
            code = N.CURRENCY_SYMBOLS[t.text]
        if code is None:
            return None, start
        if (country, code) in (("BYN", "RUB"), ("TMT", "AZN")):
            code = country
        end = self.skip_dot(k + 1)
        if self.low(end) in N.CURRENCY_COUNTRY_AFTER:
            end += 1
        return code, end

    def subunit_after(self, k: int) -> tuple[Decimal | None, int]:
        cents = self.int_at(k)
        if cents is not None and cents < 100 and self.low(k + 1) in N.SUBUNITS:
            return Decimal(cents) / 100, self.skip_dot(k + 2)
        return None, k

    def day_at(self, i: int) -> int | None:
        """A day of the month written at i: "20", "1st", "20th"."""
        t = self.tok(i)
        if t is not None and t.kind == "run" and (m := _ORDINAL.fullmatch(t.text)):
            return int(m.group(1))
        return self.int_at(i)

    def day_led_date(self, i: int) -> int | None:
        """20 октября 2026 г., 1st March 2026, the 1st of March 2026, 20 October (no year)."""
        d = self.day_at(i)
        j = i + 1
        if self.is_punct(j, "-") and self.tight(j) and self.low(j + 1) in N.ORDINAL_SUFFIXES:
            j += 2  # "1-го марта"
        if self.low(j) == "of":
            j += 1
        month = self.month_at(j)
        if month is None or d is None:
            return None
        j = self.skip_dot(j + 1)
        if self.is_punct(j, ","):
            j += 1
        y = self.int_at(j)
        if y is not None and 1000 <= y <= 2999:
            end = self.skip_year_word(j + 1)
            self.date_value(y, month, d, i, end)
            return end
        # "с 10 февраля по 12 февраля 2026 г.": the year is written once, at the end.
        range_end = self.tok(j + 1)
        if self.low(j) in N.RANGE_JOINERS and range_end is not None and range_end.kind in ("num", "run"):
            later = len(self.values)
            k = self.step(j + 1)
            first = self.values[later].keys[0] if len(self.values) > later else ()
            written = first[1] if first[:1] == ("date",) else None
            if isinstance(written, str):
                year = int(written[:4])
                self.date_value(year, month, d, i, j)
                self.values.insert(later, self.values.pop())
                return k
            del self.values[later:]
        self.date_value(None, month, d, i, j)
        return j

    def day_range(self, i: int) -> int | None:
        """10–12 февраля 2026 г., from 10 to 12 February 2026: the first end borrows the rest."""
        first = self.int_at(i)
        later = len(self.values)
        j = self.day_led_date(i + 2) if self.tok(i + 2) is not None and self.toks[i + 2].kind == "num" else None
        if j is None or first is None or len(self.values) == later:
            return None
        key = self.values[-1].keys[0]
        kind, written = key[0], key[1] if len(key) > 1 else None
        if not isinstance(written, str):
            return None
        if kind == "date":
            y, m = int(written[:4]), int(written[5:7])
        elif kind == "daymonth":
            y, m = None, int(written[:2])
        else:
            return None
        end_value = self.values.pop()
        self.date_value(y, m, first, i, i + 1)
        self.values.append(end_value)
        return j

    def month_at(self, j: int) -> int | None:
        t = self.tok(j)
        if t is None or t.kind != "word":
            return None
        month = N.MONTHS.get(t.low)
        if month is not None and t.low in N.ENGLISH_MONTHS and not t.text[0].isupper():
            return None  # "may", "march" as verbs
        return month

    # words ----------------------------------------------------------------------------

    def from_word(self, i: int) -> int:
        t = self.toks[i]
        low = t.low
        if low in _ONE_UNIT_BEFORE and self.low(i + 1) in N.DURATION_UNITS:
            # "в течение суток", "within a day": one unit, the number unwritten.
            j = self.skip_dot(i + 2)
            self.duration(Decimal(1), N.DURATION_UNITS[self.low(i + 1)], i, j, False)
            return j
        if low not in _WORD_TRIGGERS and "-" not in low and not t.text.isupper():
            return i + 1  # most words of a text start no value
        if low in N.ARTICLE_WORDS or low in N.PART_WORDS or low in N.POINT_WORDS:
            after = self.article_ref(i)
            if after:
                return after
        month = self.month_at(i)
        if month is not None:
            return self.month_led_date(i, month)
        if (low, self.low(i + 1)) in N.MOSCOW_TIME:
            self.add("offset", (("offset", 180),), i, i + 2)
            return i + 2
        if t.text.isupper() and len(t.text) <= 8 and (coded := self.letters_code(i)):
            return coded
        if t.text.isupper() and N.CURRENCY_ALIASES.get(t.text, t.text) in N.CURRENCY_CODES:
            parsed = self.number_at(i + 1, after_currency=True)
            if parsed is not None and self.toks[i + 1].kind == "num":
                value, j, _ = parsed
                code = N.CURRENCY_ALIASES.get(t.text, t.text)
                self.add("amount", (("amount", _norm(value), code),), i, j, covers=(("number", _norm(value)),))
                return self.range_end_amount(j, code)
            return i + 1
        if t.text.isupper() and (roman := _roman(t.text)) is not None:
            self.number_value(Decimal(roman), i, i + 1, demands=roman >= 10)
            return i + 1
        if (unit := N.NUMBERED_ADJECTIVES.get(low)) is not None:
            # "десятидневный срок" is "a 10-day period"; written in words, it demands no figure.
            count, size = unit
            self.duration(Decimal(count), size, i, i + 1, False)
            return i + 1
        if (ordinal := N.ORDINAL_WORDS.get(low)) is not None:
            # "двенадцатого эпизода" states what "the 12th episode" does; a word demands no figure.
            self.add("number", (("number", str(ordinal)),), i, i + 1, demands=False)
            return i + 1
        if (hour := N.NAMED_TIMES.get(low)) is not None:
            self.add("time", (("time", hour * 3600, None),), i, i + 1, demands=False)
            return i + 1
        if "-" in low and (period := _hyphenated_period(low)) is not None:
            # "a three-day period", "a ten-day term": a number word and a unit made one adjective.
            self.duration(Decimal(period[0]), period[1], i, i + 1, False)
            return i + 1
        if low in N.SMALL_NUMBERS or low in N.FRACTION_WORDS or low in _BARE_SCALES or "-" in low or low == "half":
            parsed = self.number_at(i)
            if parsed is not None:
                value, j, _ = parsed
                return self.after_number(i, j, value, figures=False)
        return i + 1

    def letters_code(self, i: int) -> int | None:
        """"TRC-20", "SHA-256", "А40-12345": capitals and a number joined into one code, as
        "TRC20", "SHA256", "A40-12345" write it."""
        j = i + 1
        if self.is_punct(j, "-") and self.tight(j):
            j += 1
        number = self.toks[j]
        if number.kind != "num" or not self.tight(j) or not number.text.isdigit() or len(number.text) > 6:
            return None
        letters = self.toks[i].text.translate(_LATIN_LOOKALIKES)
        if not letters.isascii():
            return None  # a Cyrillic letter with no Latin twin: how it is transliterated varies
        figure = _figure_key(int(number.text))
        if N.CURRENCY_ALIASES.get(letters, letters) in N.CURRENCY_CODES and j == i + 2:
            return None  # "USD-5": not a code
        value, end, code = int(number.text), j + 1, letters + number.text
        after = self.toks[end]
        if after.kind == "word" and self.tight(end) and after.text.isupper() and len(after.text) <= 3:
            tail = after.text.translate(_LATIN_LOOKALIKES)
            if tail.isascii():
                code, end = code + tail, end + 1  # "А123ВС", as a registration plate is written
        # "PRIMER-2026" is how "ПРИМЕР-2026" is transliterated: a word's figure may be all the other text shares.
        self.add("code", (("code", code),), i, end, covers=(figure,), alts=(figure,) if len(letters) >= 4 else (),
                 demands=_number_demands(Decimal(value)))
        return end

    def month_led_date(self, i: int, month: int) -> int:
        """October 20, 2026; February 10–12, 2026; октябрь 2026 г.; в октябре 2026 года; March 2026."""
        j = self.skip_dot(i + 1)
        d = self.day_at(j)
        if d is not None and 1 <= d <= 31:
            days = [(d, j)]
            k = j + 1
            if self.low(k) in N.RANGE_JOINERS and (d2 := self.int_at(k + 1)) is not None and 1 <= d2 <= 31:
                days.append((d2, k + 1))
                k += 2
            if self.is_punct(k, ","):
                k += 1
            y = self.int_at(k)
            if y is not None and 1000 <= y <= 2999:
                end = self.skip_year_word(k + 1)
                for day, at in days:
                    self.date_value(y, month, day, i if at == j else at, end)
                return end
            if 1000 <= d <= 2999:
                pass
            else:
                for day, at in days:
                    self.date_value(None, month, day, i, at + 1)
                return days[-1][1] + 1
        y = self.int_at(j)
        if y is not None and 1000 <= y <= 2999:
            end = self.skip_year_word(j + 1)
            self.date_value(y, month, None, i, end)
            return end
        return i + 1

    def from_punct(self, i: int) -> int:
        t = self.toks[i]
        if t.text in N.CURRENCY_SYMBOLS:
            parsed = self.number_at(i + 1, after_currency=True)
            if parsed is not None and self.toks[i + 1].kind == "num" and (self.tight(i + 1) or self.spaced(i + 1)):
                value, j, _ = parsed
                code = N.CURRENCY_SYMBOLS[t.text]
                self.add("amount", (("amount", _norm(value), code),), i, j, covers=(("number", _norm(value)),))
                return self.range_end_amount(j, code)
        if t.text in "«\"“" and self.int_at(i + 1) is not None and self.is_punct(i + 2, "»\"”"):
            # «20» октября 2026 г.
            d = self.int_at(i + 1)
            month = self.month_at(i + 3)
            if month is not None and d is not None:
                y = self.int_at(i + 4)
                if y is not None and 1000 <= y <= 2999:
                    end = self.skip_year_word(i + 5)
                    self.date_value(y, month, d, i, end)
                    return end
        return i + 1

    # article references ------------------------------------------------------------------

    def designators(self, j: int) -> tuple[list[tuple[str, str | None, int | str | None]], int]:
        """Numbers or letters after an article word: "272, 273", "1 и 2", "«б»", "(a)",
        each with the parts written after an article number ("272(3)(b)")."""
        out: list[tuple[str, str | None, int | str | None]] = []
        while len(out) < _MAX_DESIGNATORS:
            t = self.tok(j)
            if t is None:
                break
            if t.kind == "num":
                number = t.text
                j += 1
                part: str | None = None
                point: int | str | None = None
                # "Article 272(3)", and "Article 272 (3)" as some translators space it.
                while self.is_punct(j, "(") and (self.tight(j) or (self.spaced(j) and part is None)) and self.is_punct(j + 2, ")"):
                    inner = self.tok(j + 1)
                    if inner is not None and inner.kind == "num" and inner.text.isdigit() and part is None:
                        part = inner.text.lstrip("0") or "0"
                    elif inner is not None and inner.kind == "num" and inner.text.isdigit() and point is None:
                        point = inner.text.lstrip("0") or "0"  # "Article 6(1)(2)": a numbered point of a part
                    elif inner is not None and inner.kind == "word" and inner.low in N.LETTER_INDEX and len(inner.low) == 1:
                        point = N.LETTER_INDEX[inner.low]
                    else:
                        break
                    j += 3
                out.append((number.replace(",", "."), part, point))
                # "Article 272(1) and (2)": more parts of the same article.
                while part is not None and self.low(j) in N.LIST_JOINERS and self.is_punct(j + 1, "(") and self.int_at(j + 2) is not None and self.is_punct(j + 3, ")"):
                    out.append((number.replace(",", "."), str(self.int_at(j + 2)), None))
                    j += 4
            elif (letter := self.letter_at(j)) is not None:
                index, j = letter
                out.append(("", None, index))
            elif t.kind == "word" and t.low in N.ORDINAL_WORDS:
                out.append((str(N.ORDINAL_WORDS[t.low]), None, None))  # "частью четвертой"
                j += 1
            else:
                break
            if self.low(j) in N.LIST_JOINERS and (self.int_at(j + 1) is not None or self.letter_at(j + 1) is not None):
                j += 1
                continue
            break
        return out, j

    def letter_at(self, j: int) -> tuple[int, int] | None:
        """«б», "(a)", "б)" as the letter of an enumeration."""
        if self.is_punct(j, "«\"(“") and self.tok(j + 1) is not None and self.toks[j + 1].kind == "word":
            word = self.toks[j + 1].low
            if len(word) == 1 and word in N.LETTER_INDEX and self.is_punct(j + 2, "»\")”"):
                return N.LETTER_INDEX[word], j + 3
        t = self.tok(j)
        if t is not None and t.kind == "word" and len(t.low) == 1 and t.low in N.LETTER_INDEX and self.is_punct(j + 1, ")"):
            return N.LETTER_INDEX[t.low], j + 2
        return None

    def article_ref(self, i: int) -> int | None:
        """ч. 2 ст. 272; п. «б» ч. 2 ст. 158; подп. «а» п. 3 ст. 6; ст. 272, 273;
        Article 272(3); Part 2 of Article 272; Art. 6(3)(a); Article 272, Part 3."""
        articles: list[tuple[str, str | None, int | str | None]] = []
        parts: list[str] = []
        # Points are letters (by their place, an int) or numbers (a str): "п. «б»" is not "п. 2".
        points: list[int | str] = []
        numbered: list[tuple[str, bool]] = []  # the parts' numbers, and whether a "п." word gave them
        j, start, end = i, i, i
        while True:
            low = self.low(j)
            level = "article" if low in N.ARTICLE_WORDS else "part" if low in N.PART_WORDS else "point" if low in N.POINT_WORDS else None
            if level is None:
                break
            k = self.skip_dot(j + 1)
            if low == "ст" and self.is_punct(k, "ст"):  # "ст.ст. 272, 273"
                k = self.skip_dot(k + 1)
            found, after = self.designators(k)
            if not found:
                break
            if level == "article":
                if articles:
                    break
                articles = [d for d in found if d[0]]
            else:
                for number, _, index in found:
                    if index is not None and not number:
                        points.append(index)
                    elif level == "point":
                        points.append(number.lstrip("0") or "0" if number.isdigit() else number)
                    else:
                        numbered.append((number.lstrip("0") or "0" if number.isdigit() else number, low in N.POINT_OF_PART_WORDS))
            end = after
            j = after
            # Joined to the next part of the same reference by "of", "к", a comma.
            if self.low(j) in ("of", "к") or (self.is_punct(j, ",") and self.low(j + 1) in N.PART_WORDS | N.POINT_WORDS | N.ARTICLE_WORDS):
                if self.low(j + 1) in N.ARTICLE_WORDS and articles:
                    break
                j += 1
                continue
            if articles and self.low(j) in N.PART_WORDS:
                continue  # "ст. 272 ч. 2"
            if not articles and self.low(j) in N.ARTICLE_WORDS | N.PART_WORDS | N.POINT_WORDS:
                continue  # "п. «б» ч. 2 ст. 158"
            break
        if not articles:
            return None
        # "п. 2 ч. 1 ст. 6": where an article has parts, its "пункты" are the parts' points.
        has_parts = any(not of_point for _, of_point in numbered)
        for number, of_point in numbered:
            (points if of_point and has_parts else parts).append(number)
        shown = self.shown(start, end)
        for number, inline_part, inline_point in articles:
            part_choices: list[str | None] = [inline_part] if inline_part else list(parts)
            point_choices: list[int | str | None] = [inline_point] if inline_point else list(points)
            for part in part_choices or [None]:
                for point in point_choices or [None]:
                    key = ("article", number, part, point)
                    covers: list[Key] = []
                    if point is not None:
                        covers.append(("article", number, part, None))
                    if part is not None:
                        covers.append(("article", number, None, None))
                    covers.append(("number", number))
                    self.values.append(Value("article", (key,), shown, self.toks[start].start, True, tuple(covers)))
        return end


# Texts re-read on every keystroke are mostly the ones that did not change: keep their values.
_CACHED_TEXT_CHARS = 100_000


@lru_cache(maxsize=256)
def _cached_values(text: str, lang: str) -> tuple[Value, ...]:
    return tuple(_Reader(text, lang).read())


@lru_cache(maxsize=8)  # a few long texts (up to 1 MB each), not hundreds of their versions
def _cached_long_values(text: str, lang: str) -> tuple[Value, ...]:
    return tuple(_Reader(text, lang).read())


def read_values(text: str, lang: str) -> tuple[Value, ...]:
    """The values one language's text states, in the order written."""
    if not text or text.isspace() or not _may_state_values(text):
        return ()
    lang = "ru" if lang == "ru" else "en"
    if len(text) <= _CACHED_TEXT_CHARS:
        return _cached_values(text, lang)
    return _cached_long_values(text, lang)


# Characters without which a text states no value in figures and no identifier.
_FIGURE_CHARS = re.compile(r"[\d@:+$€₽₸£¥₴₼֏%]|\.[^\W\d_]")
_WORDS = re.compile(r"[^\W\d_]+")
_WORDS_STATING_VALUES = (set(N.SMALL_NUMBERS) | set(N.FRACTION_WORDS) | set(N.SCALES) | {words[0] for words in N.MOSCOW_TIME}
                         | set(N.ORDINAL_WORDS) | set(N.NAMED_TIMES) | N.ONE_UNIT_WORDS | set(N.NUMBERED_ADJECTIVES) | {"half"})


def _may_state_values(text: str) -> bool:
    """False for a text that surely states nothing (a name, a position, plain prose):
    a plain scan, several times cheaper than reading it."""
    if _FIGURE_CHARS.search(text):
        return True
    for word in _WORDS.findall(text):
        if word.casefold() in _WORDS_STATING_VALUES or (word.isupper() and (word in ("UTC", "GMT", "МСК", "MSK") or _roman(word))):
            return True
    return False


_FAMILIES = {"date": "date", "year": "date", "number": "number", "amount": "amount", "percent": "number",
             "duration": "duration", "time": "time", "offset": "time"}


def compare(ru: tuple[Value, ...], en: tuple[Value, ...]) -> list[Difference]:
    """The values one text states that the other does not, each paired with the value of
    the same kind the other text has instead (in the order written)."""
    ru_has = {k for v in ru for k in (*v.keys, *v.covers)}
    en_has = {k for v in en for k in (*v.keys, *v.covers)}
    ru_missing = [v for v in ru if not any(k in en_has for k in (*v.keys, *v.alts))]
    en_missing = [v for v in en if not any(k in ru_has for k in (*v.keys, *v.alts))]
    ru_demanded = [v for v in ru_missing if v.demands]
    en_demanded = [v for v in en_missing if v.demands]
    if not ru_demanded and not en_demanded:
        return []
    out: list[Difference] = []
    used: set[int] = set()
    for v in ru_demanded:
        partner = _partner(v, en_missing, used)
        out.append(Difference(v, partner))
    paired = {id(d.en) for d in out if d.en is not None}
    for v in en_demanded:
        if id(v) in paired:
            continue
        partner = _partner(v, [w for w in ru_missing if not w.demands], used)
        out.append(Difference(partner, v))
    return out


def _partner(v: Value, candidates: list[Value], used: set[int]) -> Value | None:
    family = _FAMILIES.get(v.kind, v.kind)
    for w in candidates:
        if id(w) not in used and _FAMILIES.get(w.kind, w.kind) == family:
            used.add(id(w))
            return w
    return None


def compare_texts(ru_text: str, en_text: str) -> list[Difference]:
    return compare(read_values(ru_text, "ru"), read_values(en_text, "en"))
