"""The languages requests and the interface are produced in."""

from __future__ import annotations

RU = "ru"
EN = "en"
SUPPORTED = (RU, EN)
DEFAULT_DOCUMENT_LANGUAGES = (RU, EN)


def normalise_language(lang: str | None, fallback: str = EN) -> str:
    """A supported language code from a locale-like name ("ru_RU.UTF-8" -> "ru")."""
    if not lang:
        return fallback
    code = lang.replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()
    return code if code in SUPPORTED else fallback
