"""Findings: what a check says about a request, with stable codes (spec §2)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from enum import StrEnum

from requestdesk.domain.languages import EN
from requestdesk.domain.records import record
from requestdesk.domain.text import fill


class Severity(StrEnum):
    ERROR = "error"  # the request may not be signed as it is
    WARNING = "warning"  # a reviewer should look


@record(slots=True)
class Finding:
    code: str
    severity: Severity
    field: str
    messages: Mapping[str, str]  # language -> message naming the article

    def message(self, lang: str = EN) -> str:
        return self.messages.get(lang) or self.messages.get(EN) or next(iter(self.messages.values()), "")

    def to_dict(self, lang: str = EN) -> dict[str, str]:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "field": self.field,
            "message": self.message(lang),
        }

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR



class MessageCatalog:
    """Finding messages in each language, read from the treaty profile.

    Placeholders are plain `{name}` substitutions (`domain.text.fill`): user text passed as
    a parameter is inserted as it is and never interpreted.
    """

    def __init__(self, templates: Mapping[str, Mapping[str, str]]):
        self._templates = templates

    def __contains__(self, key: str) -> bool:
        return key in self._templates

    def render(self, key: str, params: Mapping[str, object]) -> Mapping[str, str]:
        templates = self._templates.get(key)
        if templates is None:
            raise KeyError(f"no message {key!r} in the profile")
        return _Messages(templates, params)

    @staticmethod
    def _fill(template: str, params: Mapping[str, object], lang: str) -> str:
        # A value may differ per language (a mapping) or be a message of the program's catalog.
        return fill(template, params, lang)


class _Messages(Mapping[str, str]):
    """A finding's message in each language of the catalog, each filled in when first read.

    A check is mostly read in one language (`requestdesk check`, the window): the dates
    and numbers of its messages are then written in that language only.
    """

    __slots__ = ("_filled", "_params", "_templates")

    def __init__(self, templates: Mapping[str, str], params: Mapping[str, object]):
        self._templates = templates
        self._params = params
        self._filled: dict[str, str] = {}

    def __getitem__(self, lang: str) -> str:
        text = self._filled.get(lang)
        if text is None:
            text = self._filled[lang] = MessageCatalog._fill(self._templates[lang], self._params, lang)
        return text

    def __contains__(self, lang: object) -> bool:
        return lang in self._templates

    def __iter__(self) -> Iterator[str]:
        return iter(self._templates)

    def __len__(self) -> int:
        return len(self._templates)

    def __repr__(self) -> str:
        return repr(dict(self))


def has_errors(findings: list[Finding]) -> bool:
    return any(f.is_error for f in findings)


class Reporter:
    """Collects findings, rendering each message in every language of the catalog.

    A message's `{article}` is the article the profile gives the finding's rule, unless the
    rule names another (a 6(4) case names its own subparagraph).
    """

    def __init__(self, catalog: MessageCatalog, articles: Mapping[str, Mapping[str, str]] | None = None):
        self.catalog = catalog
        self.articles = articles or {}
        self.findings: list[Finding] = []

    def error(self, code: str, field: str, key: str | None = None, **params: object) -> None:
        self._add(code, Severity.ERROR, field, key or code, params)

    def warning(self, code: str, field: str, key: str | None = None, **params: object) -> None:
        self._add(code, Severity.WARNING, field, key or code, params)

    def _add(self, code: str, severity: Severity, field: str, key: str, params: dict[str, object]) -> None:
        params.setdefault("field", field)
        if code in self.articles:
            params.setdefault("article", self.articles[code])
        self.findings.append(Finding(code, severity, field, self.catalog.render(key, params)))
