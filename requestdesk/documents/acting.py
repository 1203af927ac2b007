"""The title of an acting head: «Временно исполняющий обязанности начальника …» / "Acting Head of …".

An officer types the head's position as it stands in the staff list («Начальник
Управления»); an acting head signs "performing the duties of" that position, which in
Russian puts it in the genitive. Only the leading words of a position change
(«Первый заместитель начальника» → «первого заместителя начальника»): the rest is
already a genitive phrase. A position whose head word is not known here is left as
typed, and the template prints it after a dash rather than decline it wrongly.
"""

from __future__ import annotations

import re

# Head words of positions in the competent authorities' staff lists, nominative → genitive.
_HEAD_NOUNS = {
    "начальник": "начальника",
    "заместитель": "заместителя",
    "руководитель": "руководителя",
    "директор": "директора",
    "председатель": "председателя",
    "министр": "министра",
    "командир": "командира",
    "прокурор": "прокурора",
    "глава": "главы",
    "комиссар": "комиссара",
    "управляющий": "управляющего",
    "генеральный": "генерального",
    "следователь": "следователя",
    "инспектор": "инспектора",
    "помощник": "помощника",
    "советник": "советника",
    # Adjectives that are the head word themselves («старший оперуполномоченный по …»).
    "оперуполномоченный": "оперуполномоченного",
    "уполномоченный": "уполномоченного",
    "дежурный": "дежурного",
}
# Adjectives before the head word («первый», «главный», «старший»).
_ADJECTIVE_ENDINGS = (("ый", "ого"), ("ой", "ого"), ("ий", "его"))

_ALREADY_ACTING = {
    "ru": re.compile(r"^\s*(врио|вр\.\s*и\.\s*о\.|и\.\s*о\.|временно\s+исполняющ|исполняющ)", re.IGNORECASE),
    "en": re.compile(r"^\s*(acting|a/)", re.IGNORECASE),
}


def says_acting(position: str, lang: str) -> bool:
    """The typed position already says that its holder is acting («Врио начальника …»)."""
    pattern = _ALREADY_ACTING.get(lang)
    return bool(pattern and pattern.match(position))


def genitive_position(position: str) -> str:
    """«Начальник Управления» → «начальника Управления»; "" when the head word is unknown."""
    words = position.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        lower = word.casefold()
        if lower in _HEAD_NOUNS:
            out.append(_HEAD_NOUNS[lower])
            # «генеральный директор»: the adjective-like head word is followed by the noun.
            if lower == "генеральный" and i + 1 < len(words) and words[i + 1].casefold() in _HEAD_NOUNS:
                out.append(_HEAD_NOUNS[words[i + 1].casefold()])
                return " ".join(out + words[i + 2:])
            return " ".join(out + words[i + 1:])
        ending = next((new for old, new in _ADJECTIVE_ENDINGS if lower.endswith(old) and len(lower) > 3), None)
        if ending is None:
            return ""
        out.append(lower[: -2] + ending)
    return ""


def acting_title(position: str, lang: str) -> dict[str, str | bool]:
    """What the template needs to write an acting head's title in `lang`.

    `says`: the position already says acting (print it as typed); `genitive`: the
    position to follow «Временно исполняющий обязанности» ("" when it cannot be declined);
    in English the position follows "Acting" as typed.
    """
    return {
        "says": says_acting(position, lang),
        "genitive": genitive_position(position) if lang == "ru" else position,
    }
