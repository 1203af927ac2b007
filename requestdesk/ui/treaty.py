"""The treaty profile in the interface: this workstation's, and its confirmation period
in words, with Qt's plural forms.

A request is checked and counted by its own profile; texts that stand for no request in
particular (the watch panel's title, the register's column, Settings) name the profile of
new requests chosen in Settings.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from requestdesk.domain.profile import DEFAULT_TREATY, Period, ProfileError, TreatyProfile, load_profile
from requestdesk.ui.settings import Options, Settings


def workstation_profile(settings: Settings) -> TreatyProfile:
    """The profile of new requests; the Agreement's when the chosen one is no longer installed."""
    try:
        return load_profile(settings.get(Options.treaty))
    except ProfileError:
        return load_profile(DEFAULT_TREATY)


def article(profile: TreatyProfile, lang: str) -> str:
    """The article of the written confirmation ("п. 2 ст. 6" / "Art. 6(2)")."""
    return profile.confirmation_article.get(lang) or profile.confirmation_article.get("en", "")


class PeriodWords(QObject):
    """"within 3 days" / "в течение 3 суток": the Agreement's own word, «сутки», in Russian."""

    def within(self, period: Period) -> str:
        if period.unit == "hours":
            return self.tr("within %n hour(s)", "", period.value)
        return self.tr("within %n day(s)", "", period.value)
