"""Persons named with their initials in one text and not named in the other (spec §2, lang.tokens).

Officers write a person as «И. И. Иванов» or «Иванов И. И.»; translators transliterate
the surname by one system or another (Ivanov, Ivanoff; Shcherbakov, Scherbakov; Akhmedov,
Ahmedov; Kovaleva, Kovalyova) and Russian declines it (Иванова, Ивановым). A surname is
compared by its skeleton: its consonants, with the letters systems spell differently taken
as one (х/kh/h, ф/f/v, щ/shch/sch), vowels and case endings left out. A surname written with
two initials in one text whose skeleton is not that of any capitalised word of the other
text is a difference a reviewer should look at: the names of persons are what a request
is about. Names written without initials are not compared: nothing marks them as names.

Every pattern is linear: it starts only at a capital letter and its runs are bounded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from requestdesk.domain.records import record

# «И. И. Иванов», «И.И. Иванов», «Иванов И. И.», «Иванов-Петров И.И.»; "I. I. Ivanov", "Yu. A. Kovaleva", "Ivanov I.I."
# Cyrillic letters of the CIS languages' names too (Олійник, Бекмұхамбетов, Ўринов).
_UPPER = "А-ЯЁІЇЄҐЎӘҒҚҢӨҰҮҺ"
_LOWER = "а-яёіїєґўәғқңөұүһ"
_RU_SURNAME = rf"[{_UPPER}][{_LOWER}]{{1,30}}(?:-[{_UPPER}][{_LOWER}]{{1,30}})?"
_RU_INITIALS = rf"[{_UPPER}]\.\s?[{_UPPER}]\."
_EN_SURNAME = r"[A-Z][a-z]{1,30}(?:-[A-Z][a-z]{1,30})?"
_EN_INITIALS = r"[A-Z][a-z]?\.\s?[A-Z][a-z]?\."
# Initials followed by a surname belong to it, not to the word before them ("Colonel B. B. Bekov").
_NAMED = {
    "ru": re.compile(rf"(?<![\w.])(?:{_RU_INITIALS}\s?(?P<after>{_RU_SURNAME})(?![\w\-])|(?P<before>{_RU_SURNAME})\s{_RU_INITIALS}(?!\w|\s?[{_UPPER}][{_LOWER}]))"),
    "en": re.compile(rf"(?<![\w.])(?:{_EN_INITIALS}\s?(?P<after>{_EN_SURNAME})(?![\w\-])|(?P<before>{_EN_SURNAME})\s{_EN_INITIALS}(?!\w|\s?[A-Z][a-z]))"),
}
_CAPITALISED = {"ru": re.compile(rf"(?<!\w)[{_UPPER}][{_LOWER}]{{1,30}}(?![{_LOWER}])"), "en": re.compile(r"(?<!\w)[A-Z][a-z]{1,30}(?![a-z])")}

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h",
}
# Spellings one sound has in the transliteration systems in use, to one letter each
# (longest first); then vowels (and y, j, which stand for one) are left out.
_SAME_SOUND = (("shch", "S"), ("sch", "S"), ("sh", "S"), ("dzh", ""), ("zh", ""), ("tch", "C"), ("ch", "C"), ("ts", "C"),
               ("tz", "C"), ("kh", "G"), ("th", "t"), ("ph", "V"), ("ck", "K"), ("ks", "X"), ("x", "X"))
_SAME_LETTER = str.maketrans({"c": "C", "h": "G", "g": "G", "f": "V", "v": "V", "w": "V", "q": "K", "k": "K", "j": None,
                              "a": None, "e": None, "i": None, "o": None, "u": None, "y": None, "'": None})
# Russian case endings that leave a consonant after the vowels are dropped (Ивановым, Иванову is vowels only).
_RU_ENDINGS = ("ыми", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем")


def _skeleton(latin: str) -> str:
    word = latin.lower()
    for spelling, sound in _SAME_SOUND:
        word = word.replace(spelling, sound)
    word = word.translate(_SAME_LETTER).lower()
    out: list[str] = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _latin(cyrillic: str) -> str:
    return "".join(_CYRILLIC.get(ch, ch) for ch in cyrillic.lower())


@lru_cache(maxsize=4096)  # a text's words repeat, and so do its names from one keystroke to the next
def _skeletons(word: str, lang: str) -> frozenset[str]:
    if lang == "en":
        # "x" is "ks" in Alexandrov and "kh" in the Uzbek Latin Xasanov.
        return frozenset({_skeleton(word), _skeleton(word.replace("x", "kh").replace("X", "Kh"))})
    low = word.lower()
    forms = {low} | {low[: -len(ending)] for ending in _RU_ENDINGS if low.endswith(ending) and len(low) - len(ending) >= 3}
    return frozenset(_skeleton(_latin(form)) for form in forms)


@record(slots=True)
class NamedPerson:
    shown: str  # as written: «И. И. Иванов»
    skeletons: frozenset[str]


def _parts(surname: str) -> list[str]:
    return [part for part in surname.split("-") if part]


@lru_cache(maxsize=256)
def named_persons(text: str, lang: str) -> tuple[NamedPerson, ...]:
    """The persons a text names with their initials, each by the skeletons of its surname."""
    if "." not in text:
        return ()
    out = []
    for m in _NAMED[lang].finditer(text):
        surname = m.group("after") or m.group("before")
        skeletons = frozenset(s for part in _parts(surname) for s in _skeletons(part, lang))
        out.append(NamedPerson(m.group(0).strip(), skeletons))
    return tuple(out)


@lru_cache(maxsize=256)
def _word_skeletons(text: str, lang: str) -> frozenset[str]:
    # Either script: a Russian text keeps a foreigner's name in Latin ("гражданин США J. R. Smith").
    return frozenset(s for script in ("ru", "en") for m in _CAPITALISED[script].finditer(text) for s in _skeletons(m.group(0), script))


@record(slots=True)
class MissingName:
    lang: str  # the text that names the person
    shown: str


def missing_names(ru_text: str, en_text: str) -> list[MissingName]:
    """Persons named with initials in one text whose surname no word of the other text spells."""
    out: list[MissingName] = []
    for lang, text, other_lang, other in (("ru", ru_text, "en", en_text), ("en", en_text, "ru", ru_text)):
        persons = named_persons(text, lang)
        if not persons:
            continue
        words = _word_skeletons(other, other_lang)
        out.extend(MissingName(lang, p.shown) for p in persons if not p.skeletons & words)
    return out
