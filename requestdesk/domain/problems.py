"""Errors whose message exists in every interface language.

Each kind of error keeps a table of templates per problem and language; the message is
the template of its problem filled with the error's parameters (plain `str.format` on
templates the program owns: a parameter, which may hold user text, is only inserted).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

Texts = Mapping[str, Mapping[str, str]]


def render(texts: Texts, problem: str, lang: str, params: Mapping[str, str]) -> str:
    templates = texts[problem]
    return (templates.get(lang) or templates["en"]).format(**params)


class Problem(Exception):
    """A refusal named by `problem`, with `message(lang)` in the user's language."""

    TEXTS: ClassVar[Texts] = {}

    def __init__(self, problem: str, **params: Any):
        self.problem, self.params = problem, params
        super().__init__(self.message("en"))

    def value(self, name: str, value: Any, lang: str) -> str:
        """How a parameter is written in a language (a kind of error may say it its own way)."""
        return str(value)

    def text(self, lang: str) -> str:
        return render(self.TEXTS, self.problem, lang, {k: self.value(k, v, lang) for k, v in self.params.items()})

    def message(self, lang: str = "en") -> str:
        return self.text(lang)


class FileProblem(Problem):
    """A problem with one file: the message starts with the file's path."""

    def __init__(self, path: Path | str, problem: str, **params: Any):
        self.path = Path(path)
        super().__init__(problem, **params)

    def message(self, lang: str = "en") -> str:
        return f"{self.path}: {self.text(lang)}"
