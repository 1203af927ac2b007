"""The tracking operations as the window uses them: on behalf of this workstation's user."""

from __future__ import annotations

import getpass


from requestdesk.store.tracking import Tracker
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options


def current_user(services: Services, lang: str) -> str:
    """Who events are recorded for: the officer named in the settings, else the login name."""
    executor = services.settings.get(Options.default_executor)
    name = executor.get("name") if isinstance(executor, dict) else None
    if isinstance(name, dict):
        chosen = name.get(lang) or name.get("ru") or name.get("en")
        if isinstance(chosen, str) and chosen.strip():
            return chosen.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def tracker_for(services: Services, lang: str) -> Tracker:
    return Tracker(services.store, current_user(services, lang))

