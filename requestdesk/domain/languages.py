"""The languages requests and the interface are produced in.

`SUPPORTED` is the one place that says which they are: a request's texts, its findings'
messages, its documents and the interface exist in each of these, in this order. Code
that builds a value per language (a date written each language's way for a finding)
loops over it; code that gets a language from outside passes it through
`normalise_language`.
"""

from __future__ import annotations

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
