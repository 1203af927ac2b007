"""Why a document could not be produced, in the user's language."""

from __future__ import annotations

from typing import Any

from requestdesk.atomic import WRITE_PROBLEMS
from requestdesk.domain.problems import FileProblem
from requestdesk.domain.text import _

_PROBLEMS = {
    **WRITE_PROBLEMS,  # the place chosen for the document: missing folder, full disk...
    "template_missing": _("the document template \"{template}\" is missing"),
    "template_broken": _("the template \"{template}\" is damaged or has an error: {detail}"),
    "template_variables": _("the template \"{template}\" uses fields the request data does not have: {names}"),
    "template_elements": _("the template \"{template}\" prints elements {letters}, which the treaty profile \"{treaty}\" does not have: add them to the profile or remove them from the template"),
    "emblem_broken": _("the emblem file \"{image}\" is not a PNG, JPEG, GIF or BMP image"),
    "emblem_missing": _("the emblem file \"{image}\" is missing"),
    "not_oral": _("a written confirmation is made for a request transmitted orally or by technical means of communication ({article} of the Agreement); this request was transmitted {channel}"),
    "unknown_document": _("unknown document kind \"{document}\""),
    "unknown_layout": _("unknown layout \"{layout}\""),
}

_NOT_GIVEN = _("(the channel is not given)")


class ExportError(FileProblem):
    """A document that could not be written; the message names the file and the problem."""

    TEXTS = _PROBLEMS

    def value(self, name: str, value: Any, lang: str) -> object:
        # A parameter may differ per language ({"ru": ..., "en": ...}), and be blank in one.
        if isinstance(value, dict):
            return value.get(lang) or value.get("en") or _NOT_GIVEN
        return value
