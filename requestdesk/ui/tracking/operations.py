"""Who the window's operations are recorded for (the desk of `ui/operations.py` acts
on this user's behalf)."""

from __future__ import annotations

import getpass

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

