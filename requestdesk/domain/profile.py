"""The treaty profile: what the Agreement requires, read from resources/profiles/."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from requestdesk.domain.findings import MessageCatalog
from requestdesk.domain.records import record
from requestdesk.resources import resource_path

DEFAULT_TREATY = "cis-2018-it"

Bilingual = dict[str, str]


@record
class Element:
    """One of the required elements a–g of Article 6(3)."""

    letter: str
    local_letter: str
    article: Bilingual
    label: Bilingual
    fields: tuple[str, ...]
    codes: tuple[str, ...]


@record
class RuleInfo:
    code: str
    article: Bilingual
    label: Bilingual


@record
class Exchange:
    """A case of Article 6(4): who signs and which seal is affixed."""

    key: str
    name: Bilingual
    article: Bilingual
    roles: tuple[str, ...]
    seal: str
    rule: Bilingual


@record
class TreatyProfile:
    id: str
    name: Bilingual
    short_name: Bilingual
    legal_basis: Bilingual
    signed_date: str
    signed_place: Bilingual
    confirmation_hours: int
    confirmation_rules: dict[str, Bilingual]
    elements: tuple[Element, ...]
    rules: tuple[RuleInfo, ...]
    acts: dict[str, dict[str, Any]]
    forms: dict[str, dict[str, Any]]
    grounds: dict[str, Bilingual]
    exchanges: dict[str, Exchange]
    roles: dict[str, dict[str, Any]]
    seals: dict[str, Bilingual]
    channels: dict[str, Bilingual]
    seals_with: dict[str, Bilingual]  # "скрепляется гербовой печатью …" (instrumental)
    transmissions: dict[str, Bilingual]  # "дата устной передачи" / "the date of the oral transmission"
    identifier_types: dict[str, Bilingual]
    messages: MessageCatalog

    def rule(self, code: str) -> RuleInfo:
        for info in self.rules:
            if info.code == code:
                return info
        raise KeyError(code)

    def label(self, table: str, key: str, lang: str) -> str:
        """The name of a code (an act, form, role, seal...) in a language; the code itself if unknown."""
        entry = getattr(self, table).get(key)
        if entry is None:
            return key
        if isinstance(entry, Exchange):
            return entry.name.get(lang, key)
        return entry.get(lang, key)


def _exchange(key: str, raw: dict[str, Any]) -> Exchange:
    return Exchange(
        key=key,
        name={"ru": raw["ru"], "en": raw["en"]},
        article=raw["article"],
        roles=tuple(raw["roles"]),
        seal=raw["seal"],
        rule=raw["rule"],
    )


def parse_profile(raw: dict[str, Any]) -> TreatyProfile:
    return TreatyProfile(
        id=raw["id"],
        name=raw["name"],
        short_name=raw["short_name"],
        legal_basis=raw["legal_basis"],
        signed_date=raw["signed"]["date"],
        signed_place=raw["signed"]["place"],
        confirmation_hours=int(raw["confirmation"]["period_hours"]),
        confirmation_rules=raw["confirmation"]["rules"],
        elements=tuple(
            Element(e["letter"], e["local_letter"], e["article"], e["label"], tuple(e["fields"]), tuple(e["codes"]))
            for e in raw["elements"]
        ),
        rules=tuple(RuleInfo(r["code"], r["article"], r["label"]) for r in raw["rules"]),
        acts=raw["acts"],
        forms=raw["forms"],
        grounds=raw["grounds"],
        exchanges={k: _exchange(k, v) for k, v in raw["exchanges"].items()},
        roles=raw["roles"],
        seals=raw["seals"],
        channels=raw["channels"],
        seals_with=raw.get("seals_with") or raw["seals"],
        transmissions=raw.get("transmissions") or raw["channels"],
        identifier_types=raw["identifier_types"],
        messages=MessageCatalog(raw["messages"]),
    )


def profile_path(treaty: str) -> Path:
    return resource_path("profiles", f"{treaty}.json")


@cache
def load_profile(treaty: str = DEFAULT_TREATY) -> TreatyProfile:
    with profile_path(treaty).open(encoding="utf-8") as fh:
        return parse_profile(json.load(fh))


@cache
def load_articles(treaty: str = DEFAULT_TREATY) -> dict[str, dict[str, Bilingual]]:
    """The Articles' texts for help: {"6": {"title": {...}, "text": {...}}, ...}."""
    with resource_path("profiles", f"{treaty}.articles.json").open(encoding="utf-8") as fh:
        return json.load(fh)["articles"]
