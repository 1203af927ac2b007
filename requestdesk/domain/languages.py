"""The languages requests and the interface are produced in.

`SUPPORTED` is the one place that says which they are: a request's texts, its findings'
messages, its documents and the interface exist in each of these, in this order. Code
that builds a value per language (a date written each language's way for a finding)
loops over it; code that gets a language from outside passes it through
`normalise_language`.
"""

from __future__ import annotations

from typing import Any

RU = "ru"
EN = "en"
SUPPORTED = (RU, EN)
# A new request is written in every supported language (its file may name fewer).
DEFAULT_DOCUMENT_LANGUAGES = SUPPORTED


def normalise_language(lang: str | None, fallback: str = EN) -> str:
    """A supported language code from a locale-like name ("ru_RU.UTF-8" -> "ru")."""
    if not lang:
        return fallback
    code = lang.replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()
    return code if code in SUPPORTED else fallback


def in_each_language(value: Any) -> dict[str, str]:
    """A text as a file holds it ({"ru": ..., "en": ...}, one string, or nothing) with an
    entry, maybe empty, for each supported language."""
    if isinstance(value, dict):
        return {lang: str(value.get(lang) or "") for lang in SUPPORTED}
    return {lang: str(value or "") for lang in SUPPORTED}
