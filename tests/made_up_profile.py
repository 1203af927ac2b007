"""A treaty profile that is not the Agreement's, written where an administrator would put
one: another confirmation period, one element fewer, other article numbers.

Nothing in the program knows it: whatever follows it (the check, the documents, the
interface) reads it from the profile.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from requestdesk.domain.profile import PROFILES_DIR_VARIABLE
from requestdesk.resources import resource_path

NAME = "made-up-2031"
DAYS = 5
CONFIRMATION_ARTICLE = {"ru": "п. 4 ст. 9", "en": "Art. 9(4)"}
REFERENCES = {
    "confirmation": {"ru": "Согласно пункту 4 статьи 9 Договора", "en": "Pursuant to Article 9(4) of the Treaty"},
    "acts": {"ru": "статьей 2 Договора", "en": "Article 2 of the Treaty"},
    "form": {"ru": "пункт «{letter}» статьи 10 Договора", "en": "Article 10({letter}) of the Treaty"},
    "confidentiality": {"ru": "Согласно статье 14 Договора", "en": "Pursuant to Article 14 of the Treaty"},
    "presence": {"ru": "Согласно пункту 2 статьи 12 Договора", "en": "Pursuant to Article 12(2) of the Treaty"},
    "requirements": {"ru": "статья 11", "en": "Article 11"},
}
LEGAL_BASIS = {"ru": "На основании статьи 11 Договора о взаимной помощи 2031 года",
               "en": "On the basis of Article 11 of the 2031 Treaty on Mutual Assistance"}


def element_article(letter: str, local_letter: str) -> dict[str, str]:
    return {"ru": f"подп. «{local_letter}» п. 2 ст. 11", "en": f"Art. 11(2)({letter})"}


def renumbered(article: str) -> str:
    return article.replace("ст. 6", "ст. 11").replace("Art. 6(", "Art. 11(")


def agreement() -> dict[str, Any]:
    with resource_path("profiles", "cis-2018-it.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def made_up(drop: str = "g", days: int = DAYS, unit: str = "days", name: str = NAME) -> dict[str, Any]:
    """The Agreement's profile renamed and renumbered, with `days` to confirm and without element `drop`."""
    raw = copy.deepcopy(agreement())
    raw["id"] = name
    raw["name"] = {"ru": "Договор о взаимной помощи 2031 года", "en": "2031 Treaty on Mutual Assistance"}
    raw["short_name"] = dict(raw["name"])
    raw["legal_basis"] = dict(LEGAL_BASIS)
    raw["confirmation"]["period"] = {"value": days, "unit": unit}
    raw["confirmation"]["article"] = dict(CONFIRMATION_ARTICLE)
    dropped = next(e for e in raw["elements"] if e["letter"] == drop)
    raw["elements"] = [e for e in raw["elements"] if e["letter"] != drop]
    for element in raw["elements"]:
        element["article"] = element_article(element["letter"], element["local_letter"])
    raw["rules"] = [r for r in raw["rules"] if r["code"] not in dropped["codes"]]
    for rule in raw["rules"]:
        if rule["code"].startswith("6.2."):
            rule["article"] = dict(CONFIRMATION_ARTICLE)
        elif "article" in rule:  # the Agreement's Art. 6 is this treaty's Art. 11
            rule["article"] = {lang: renumbered(text) for lang, text in rule["article"].items()}
    for exchange in raw["exchanges"].values():
        exchange["article"] = {lang: renumbered(text) for lang, text in exchange["article"].items()}
    raw["references"] = copy.deepcopy(REFERENCES)
    return raw


def install(folder: Path, raw: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{raw['id']}.json"
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def use_folder(monkeypatch: Any, folder: Path) -> None:
    """Points this process (and the commands it starts) at the administrator's profiles folder."""
    monkeypatch.setenv(PROFILES_DIR_VARIABLE, str(folder))
