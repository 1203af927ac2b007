"""Errors whose message exists in every interface language.

Each kind of error keeps a table of messages (`domain.text`), one per problem; the message
is said in the language asked for, its placeholders filled with the error's parameters
(a parameter, which may hold user text, is only inserted, never read as a template).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from requestdesk.domain.languages import EN
from requestdesk.domain.text import Message

Texts = Mapping[str, Message]


def render(texts: Texts, problem: str, lang: str, params: Mapping[str, object]) -> str:
    return texts[problem].render(lang, **params)


class Problem(Exception):
    """A refusal named by `problem`, with `message(lang)` in the user's language."""

    TEXTS: ClassVar[Texts] = {}

    def __init__(self, problem: str, **params: Any):
        self.problem, self.params = problem, params
        super().__init__(self.message(EN))

    def value(self, name: str, value: Any, lang: str) -> object:
        """How a parameter is written in a language (a kind of error may say it its own way)."""
        return value

    def text(self, lang: str) -> str:
        return render(self.TEXTS, self.problem, lang, {k: self.value(k, v, lang) for k, v in self.params.items()})

    def message(self, lang: str = EN) -> str:
        return self.text(lang)


class FileProblem(Problem):
    """A problem with one file: the message starts with the file's path."""

    def __init__(self, path: Path | str, problem: str, **params: Any):
        self.path = Path(path)
        super().__init__(problem, **params)

    def message(self, lang: str = EN) -> str:
        return f"{self.path}: {self.text(lang)}"
