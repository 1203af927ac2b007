"""The document's own properties (File > Properties): what it is and whose it is."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from docx.document import Document

from requestdesk.documents.xmltext import xml_safe
from requestdesk.domain.text import _

_TITLES = {
    "request": _("Request for assistance"),
    "confirmation": _("Confirmation of the request for assistance"),
    "checklist": _("Request review checklist"),
}
_NUMBER = _("No. {number}")
_LANG_TAGS = {"ru": "ru-RU", "en": "en-GB"}
_MAX = 255  # the longest text a core property may hold


def _clean(text: str) -> str:
    return xml_safe(text).replace("\n", " ")[:_MAX]


def set_properties(document: Document, context: dict[str, Any], kind: str, now: datetime) -> None:
    """Title and author from the request, never the library's defaults or the workstation's user."""
    languages = context["document"]["languages"]
    request = context["request"]
    titles = []
    for lang in languages:
        title = _TITLES[kind].render(lang)
        if request["number"]:
            title += " " + _NUMBER.render(lang, number=request["number"])
        titles.append(title)
    authority = next((request["requesting"]["authority"][lang] for lang in languages if request["requesting"]["authority"][lang]), "")
    props = document.core_properties
    props.title = _clean(" / ".join(titles))
    props.author = _clean(authority)
    props.last_modified_by = _clean(authority)
    props.subject = _clean(" / ".join(request["requested"]["authority"][lang] for lang in languages if request["requested"]["authority"][lang]))
    props.keywords = ""
    props.comments = ""
    props.category = ""
    props.language = _LANG_TAGS.get(languages[0], languages[0])
    moment = now.astimezone(timezone.utc).replace(tzinfo=None)
    props.created = moment
    props.modified = moment
    props.revision = 1
