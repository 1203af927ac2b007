"""The interface language the editor shows domain labels in (element names, forms, roles...).

The application's Languages (requestdesk.ui.i18n) sets it, with the default QLocale that
Qt's date and number widgets follow, before it swaps the translators; so when a widget
receives LanguageChange, this already answers the new language.
"""

from __future__ import annotations

from requestdesk.ui.i18n import current_language


def interface_language() -> str:
    return current_language()


def bilingual(value: dict[str, str] | None, lang: str | None = None) -> str:
    """A profile or directory label in the interface language (English when it lacks one)."""
    if not value:
        return ""
    lang = lang or interface_language()
    return value.get(lang) or value.get("en") or next(iter(value.values()), "")
