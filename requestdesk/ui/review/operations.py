"""The review operations as the window uses them: on behalf of this workstation's user."""

from __future__ import annotations

from requestdesk.store.enclosures import Enclosures
from requestdesk.store.review import Review
from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services
from requestdesk.ui.tracking.operations import current_user


def user_name(services: Services) -> str:
    return current_user(services, current_language())


def review_for(services: Services) -> Review:
    return Review(services.store, user_name(services))


def enclosures_for(services: Services) -> Enclosures:
    return Enclosures(services.store, user_name(services))
