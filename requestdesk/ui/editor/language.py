"""The interface language the editor shows domain labels in (element names, forms, roles...).

The application sets the default QLocale with the interface language when it installs
its translators (at start-up and on a switch from the settings), so the default locale is
the one source of truth; Qt's date and number widgets follow it too.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from requestdesk.domain.languages import normalise_language


def interface_language() -> str:
    return normalise_language(QLocale().name())


def bilingual(value: dict[str, str] | None, lang: str | None = None) -> str:
    """A profile or directory label in the interface language (English when it lacks one)."""
    if not value:
        return ""
    lang = lang or interface_language()
    return value.get(lang) or value.get("en") or next(iter(value.values()), "")
