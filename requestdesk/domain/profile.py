"""The treaty profile: what a treaty requires, read from its JSON file.

A request names its profile in `treaty`. The profiles shipped with RequestDesk are in
resources/profiles/; an administrator adds others in the profiles folder
(`REQUESTDESK_PROFILES_DIR`, else `profiles/` in the data folder). A shipped profile
is never shadowed by one of the same name in that folder: the Agreement's rules are the
ones the program was released with.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

from requestdesk.domain.findings import MessageCatalog
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.problems import Problem
from requestdesk.domain.text import _, _n, _nc
from requestdesk.domain.records import record
from requestdesk.paths import data_dir
from requestdesk.resources import resource_path

DEFAULT_TREATY = "cis-2018-it"
PROFILES_DIR_VARIABLE = "REQUESTDESK_PROFILES_DIR"
SUFFIX = ".json"
_ARTICLES_SUFFIX = ".articles.json"
# A profile's name is also its file's name: nothing that could climb out of the folder.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")

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


# How a period is said after "within" ("в течение 3 суток", "within 3 days") and as a count
# of hours ("72 часа"): the catalog counts each language its own way.
_WITHIN = {
    # TRANSLATORS: after "within" (в течение): the Agreement's own word, «сутки».
    "days": _n("{n} day", "{n} days"),
    # TRANSLATORS: after "within" (в течение): genitive, «1 часа», «5 часов».
    "hours": _nc("within", "{n} hour", "{n} hours"),
}
_HOURS = _n("{n} hour", "{n} hours")
UNITS = ("days", "hours")


@record
class Period:
    """The written-confirmation period of an urgent request ("в течение 3 суток")."""

    value: int
    unit: str  # "days" or "hours"

    @property
    def hours(self) -> int:
        return self.value * 24 if self.unit == "days" else self.value

    def within(self, lang: str) -> str:
        """"3 суток" / "3 days", as said after "в течение" / "within"."""
        return _WITHIN[self.unit].render(lang, n=self.value)

    def in_hours(self, lang: str) -> str:
        """"72 часа" / "72 hours"."""
        return _HOURS.render(lang, n=self.hours)

    def words(self) -> dict[str, Bilingual]:
        """What a profile's texts may name of the period: {period}, {hours}, {count}."""
        return {
            "period": {lang: self.within(lang) for lang in SUPPORTED},
            "hours": {lang: self.in_hours(lang) for lang in SUPPORTED},
            "count": {lang: str(self.value) for lang in SUPPORTED},
        }


@record
class TreatyProfile:
    id: str
    name: Bilingual
    short_name: Bilingual
    legal_basis: Bilingual
    signed_date: str
    signed_place: Bilingual
    confirmation: Period
    confirmation_article: Bilingual
    elements: tuple[Element, ...]
    rule_articles: dict[str, Bilingual]  # code -> article, in the profile's order: the rules a check runs
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
    references: dict[str, Bilingual]  # the article references a letter prints ("В соответствии с пунктом 2 статьи 6 …")
    messages: MessageCatalog
    # Texts that may name the period ({period}, {hours}, {count}, {article}), filled when first
    # shown: a check that finds nothing to say never computes their words.
    rule_labels: dict[str, Bilingual]
    confirmation_rule_texts: dict[str, Bilingual]

    @property
    def confirmation_hours(self) -> int:
        return self.confirmation.hours

    def runs(self, code: str) -> bool:
        """Whether a check under this profile applies the rule of this code."""
        return code in self.rule_articles

    @cached_property
    def _period_words(self) -> dict[str, Bilingual]:
        return {**self.confirmation.words(), "article": self.confirmation_article}

    def filled(self, texts: Bilingual) -> Bilingual:
        """A text of the profile with the period's words put in."""
        return dict(MessageCatalog({"text": texts}).render("text", self._period_words))

    @cached_property
    def rules(self) -> tuple[RuleInfo, ...]:
        return tuple(RuleInfo(code, article, self.filled(self.rule_labels[code])) for code, article in self.rule_articles.items())

    @cached_property
    def confirmation_rules(self) -> dict[str, Bilingual]:
        """What each counting rule (deadlines.Counting) means under this profile's period."""
        return {key: self.filled(texts) for key, texts in self.confirmation_rule_texts.items()}

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
        return str(entry.get(lang, key))


class ProfileError(Problem):
    """A treaty profile that is not installed, or whose file is not a profile."""

    TEXTS = {
        "unknown": _("the treaty profile \"{treaty}\" is not installed on this workstation (profiles are added in the folder {folder})"),
        "unreadable": _("{file}: the profile cannot be read: {detail}"),
        "json": _("{file}: the profile is not JSON (line {line}, column {column})"),
        "field": _("{file}: the profile lacks the field \"{field}\" or it is not valid"),
        "id": _("{file}: the profile calls itself \"{id}\", not by its file's name"),
        "period": _("{file}: the confirmation period must be a whole number of days or hours above zero"),
        "no_article": _("{file}: the rule \"{code}\" names no article and is not an element's"),
        "element_rule": _("{file}: element \"{letter}\": its rule \"{code}\" is not in the list of rules"),
        "two_articles": _("{file}: the rule \"{code}\" names another article than its element \"{letter}\"; give it in the element only"),
    }


def _exchange(key: str, raw: dict[str, Any]) -> Exchange:
    return Exchange(
        key=key,
        name={"ru": raw["ru"], "en": raw["en"]},
        article=raw["article"],
        roles=tuple(raw["roles"]),
        seal=raw["seal"],
        rule=raw["rule"],
    )


class _Invalid(Exception):
    def __init__(self, problem: str, **params: Any):
        super().__init__(problem)
        self.problem, self.params = problem, params


def _period(raw: dict[str, Any]) -> Period:
    period = raw.get("period")
    if period is None and "period_hours" in raw:  # the first profiles gave hours only
        period = {"value": raw["period_hours"], "unit": "hours"}
    value, unit = (period or {}).get("value"), (period or {}).get("unit")
    if type(value) is not int or value < 1 or unit not in UNITS:
        raise _Invalid("period")
    return Period(value, unit)


def _rule_articles(raw_rules: list[dict[str, Any]], elements: tuple[Element, ...]) -> dict[str, Bilingual]:
    """Each rule's article. An element's rules take the element's: one place to renumber it."""
    of_element = {code: element for element in elements for code in element.codes}
    articles: dict[str, Bilingual] = {}
    for entry in raw_rules:
        code = entry["code"]
        element = of_element.get(code)
        given = entry.get("article")
        if element is not None and given is not None and given != element.article:
            raise _Invalid("two_articles", code=code, letter=element.letter)
        article = element.article if element is not None else given
        if not isinstance(article, dict):
            raise _Invalid("no_article", code=code)
        articles[code] = article
    for code, element in of_element.items():
        if code not in articles:
            raise _Invalid("element_rule", code=code, letter=element.letter)
    return articles


def parse_profile(raw: dict[str, Any]) -> TreatyProfile:
    confirmation = raw["confirmation"]
    elements = tuple(
        Element(e["letter"], e["local_letter"], e["article"], e["label"], tuple(e["fields"]), tuple(e["codes"]))
        for e in raw["elements"]
    )
    return TreatyProfile(
        id=raw["id"],
        name=raw["name"],
        short_name=raw["short_name"],
        legal_basis=raw["legal_basis"],
        signed_date=raw["signed"]["date"],
        signed_place=raw["signed"]["place"],
        confirmation=_period(confirmation),
        confirmation_article=confirmation["article"],
        elements=elements,
        rule_articles=_rule_articles(raw["rules"], elements),
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
        references=raw.get("references", {}),
        messages=MessageCatalog(raw["messages"]),
        rule_labels={r["code"]: r["label"] for r in raw["rules"]},
        confirmation_rule_texts=confirmation["rules"],
    )


# -- where profiles are -------------------------------------------------------------------


def profiles_folder(environ: Mapping[str, str] | None = None) -> Path:
    """The administrator's folder of further profiles."""
    environ = os.environ if environ is None else environ
    override = environ.get(PROFILES_DIR_VARIABLE)
    return Path(override) if override else data_dir(environ) / "profiles"


def _folders() -> tuple[Path, ...]:
    return (resource_path("profiles"), profiles_folder())


@cache
def _shipped() -> dict[str, str]:
    """The shipped profiles by name: they do not change while the program runs."""
    folder = resource_path("profiles")
    return {path.name[: -len(SUFFIX)]: str(path) for path in folder.glob(f"*{SUFFIX}")
            if not path.name.endswith(_ARTICLES_SUFFIX)}


def _file(treaty: str) -> str | None:
    # Every check asks: the shipped profile without touching the disk, another with one stat.
    if not isinstance(treaty, str) or not _NAME.fullmatch(treaty):
        return None
    shipped = _shipped().get(treaty)
    if shipped is not None:
        return shipped
    path = os.path.join(profiles_folder(), treaty + SUFFIX)
    return path if os.path.isfile(path) else None


def profile_file(treaty: str) -> Path | None:
    """The file of the profile a request names, or None when none is installed."""
    path = _file(treaty)
    return Path(path) if path is not None else None


def installed_profiles() -> list[str]:
    """The names of the installed profiles: the shipped ones first."""
    names: list[str] = []
    for folder in _folders():
        try:
            files = sorted(folder.iterdir())
        except OSError:
            continue
        for path in files:
            name = path.name[: -len(SUFFIX)]
            if path.name.endswith(SUFFIX) and not path.name.endswith(_ARTICLES_SUFFIX) and _NAME.fullmatch(name) and name not in names:
                names.append(name)
    return names


def load_profile(treaty: str = DEFAULT_TREATY) -> TreatyProfile:
    """The profile of that name; ProfileError when it is not installed or is not a profile."""
    path = _file(treaty)
    if path is None:
        raise ProfileError("unknown", treaty=treaty, folder=str(profiles_folder()))
    try:
        stat = os.stat(path)
    except OSError as exc:
        raise ProfileError("unreadable", file=path, detail=exc.strerror or str(exc)) from None
    return _load(path, stat.st_mtime_ns, stat.st_size, treaty)


@lru_cache(maxsize=16)  # by time and size: an administrator's edit is seen at once
def _load(path: str, _mtime_ns: int, _size: int, treaty: str) -> TreatyProfile:
    try:
        with open(path, encoding="utf-8") as fh:
            raw = json.load(fh)
    except json.JSONDecodeError as exc:
        raise ProfileError("json", file=path, line=exc.lineno, column=exc.colno) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError("unreadable", file=path, detail=getattr(exc, "strerror", None) or str(exc)) from None
    try:
        profile = parse_profile(raw)
    except _Invalid as exc:
        raise ProfileError(exc.problem, file=path, **exc.params) from None
    except KeyError as exc:
        raise ProfileError("field", file=path, field=str(exc.args[0])) from None
    except (TypeError, ValueError, AttributeError, IndexError):
        raise ProfileError("field", file=path, field="?") from None
    if profile.id != treaty:
        raise ProfileError("id", file=path, id=profile.id)
    return profile


def load_articles(treaty: str = DEFAULT_TREATY) -> dict[str, dict[str, Bilingual]]:
    """The Articles' texts for help: {"6": {"title": {...}, "text": {...}}, ...}; {} when the
    profile comes without them."""
    path = profile_file(treaty)
    if path is None:
        return {}
    return _articles(str(path.with_name(f"{treaty}{_ARTICLES_SUFFIX}")))


@cache
def _articles(path: str) -> dict[str, dict[str, Bilingual]]:
    try:
        with open(path, encoding="utf-8") as fh:
            articles: dict[str, dict[str, Bilingual]] = json.load(fh)["articles"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return articles
