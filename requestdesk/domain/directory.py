"""The directory of states and competent authorities (Art. 4): data the user updates."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from requestdesk.domain.records import field, record
from requestdesk.resources import resource_path
from requestdesk.domain.timeutil import parse_date

Bilingual = dict[str, str]

# The starter directory names some subdivisions "… (наименование подлежит уточнению)" /
# "(name to be confirmed)": an entry to be completed, never a name to print.
_PLACEHOLDER_MARKERS = ("подлежит уточнению", "to be confirmed")


def is_placeholder(name: str) -> bool:
    folded = name.casefold()
    return any(marker in folded for marker in _PLACEHOLDER_MARKERS)


@record
class State:
    code: str
    name: Bilingual
    short: Bilingual
    time_zone: str
    in_force: date | None  # when the Agreement entered into force for it, if a source says
    in_force_source: Bilingual

    def in_force_on(self, day: date) -> bool:
        return self.in_force is not None and day >= self.in_force


@record
class Subdivision:
    name: Bilingual
    specialised: bool


@record
class Authority:
    id: str
    state: str
    name: Bilingual
    short: Bilingual
    time_zone: str  # "" means the state's zone
    subdivisions: tuple[Subdivision, ...]
    # The letterhead's requisites, where the directory holds them.
    address: Bilingual = field(default_factory=dict)
    phone: str = ""
    email: str = ""
    emblem: str = ""  # an image file, relative to the directory's folder


@record
class Directory:
    updated: str
    source: Bilingual
    states: dict[str, State]
    authorities: tuple[Authority, ...]
    # Marks of a name the directory offers only until the real one is known
    # ("(наименование подлежит уточнению)"): such a name is never printed in a letter.
    placeholder_marks: tuple[str, ...] = ()

    def is_placeholder(self, name: str) -> bool:
        folded = name.casefold()
        return any(mark.casefold() in folded for mark in self.placeholder_marks if mark)

    def state(self, code: str) -> State | None:
        return self.states.get(code)

    def authorities_of(self, state: str) -> list[Authority]:
        return [a for a in self.authorities if a.state == state]

    def find_authority(self, state: str, name: str, lang: str) -> Authority | None:
        wanted = name.strip().casefold()
        for authority in self.authorities_of(state):
            if authority.name.get(lang, "").strip().casefold() == wanted:
                return authority
        return None

    def zone_of(self, state: str) -> str:
        entry = self.states.get(state)
        return entry.time_zone if entry else ""

    def authority_named(self, state: str, names: list[str]) -> Authority | None:
        """The state's authority whose full or short name, in either language, is one of `names`."""
        wanted = {n.strip().casefold() for n in names if n.strip()}
        for authority in self.authorities_of(state):
            known = {v.strip().casefold() for table in (authority.name, authority.short) for v in table.values()}
            if wanted & known:
                return authority
        return None

    def zone_for(self, state: str, authority_names: list[str]) -> str:
        """The authority's own zone in the directory, else its state's ("" when neither is known)."""
        authority = self.authority_named(state, authority_names)
        return (authority.time_zone if authority else "") or self.zone_of(state)


class DirectoryError(ValueError):
    pass


def _optional_date(raw: Any) -> date | None:
    if not raw:
        return None
    return parse_date(str(raw))


def _bilingual(raw: Any) -> Bilingual:
    if isinstance(raw, str):
        return {"ru": raw, "en": raw}
    if isinstance(raw, dict):
        return {str(k): str(v) for k, v in raw.items() if isinstance(v, str)}
    return {}


def parse_directory(raw: Any) -> Directory:
    if not isinstance(raw, dict) or raw.get("format") != "requestdesk.directory":
        raise DirectoryError("not a RequestDesk directory file")
    try:
        states = {}
        for s in raw["states"]:
            in_force = s.get("in_force") or {}
            states[s["code"]] = State(
                code=s["code"],
                name=s["name"],
                short=s.get("short") or s["name"],
                time_zone=s["time_zone"],
                in_force=_optional_date(in_force.get("date")),
                in_force_source=in_force.get("source") or {},
            )
        authorities = tuple(
            Authority(
                id=a["id"],
                state=a["state"],
                name=a["name"],
                short=a.get("short") or a["name"],
                time_zone=a.get("time_zone") or "",
                subdivisions=tuple(
                    Subdivision(d["name"], bool(d.get("specialised"))) for d in a.get("subdivisions") or ()
                ),
                address=_bilingual(a.get("address")),
                phone=str(a.get("phone") or ""),
                email=str(a.get("email") or ""),
                emblem=str(a.get("emblem") or ""),
            )
            for a in raw.get("authorities") or ()
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DirectoryError(f"malformed directory entry: {exc}") from exc
    marks = raw.get("placeholder_marks") or {}
    placeholder_marks = tuple(str(m) for m in (marks.values() if isinstance(marks, dict) else marks))
    return Directory(raw.get("updated", ""), raw.get("source") or {}, states, authorities, placeholder_marks)


def load_directory_file(path: Path) -> Directory:
    with path.open(encoding="utf-8") as fh:
        return parse_directory(json.load(fh))


@cache
def bundled_directory() -> Directory:
    return load_directory_file(resource_path("directory.json"))
