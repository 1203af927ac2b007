"""Operations the lifecycle does not allow, said in the user's language."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from requestdesk.domain.lifecycle import label
from requestdesk.domain.text import _
from requestdesk.store.requests import StoreRefusal

_TEXTS = {
    "not_editable": _("The request is “{status}”: its text can no longer change (it was signed or sent). Make a copy for a new version."),
    "unknown": _("There is no request {id} in the register."),
    "no_valid_approval": _("The request cannot be marked signed: it has no valid approval ({approval}). Submit it for review."),
    "urgent_reason": _("Say why the request is urgent: {article} allows an oral or technical transmission only in urgent cases."),
    "urgent_fixed": _("The request is “{status}”: its text, urgency included, can no longer change. A request not marked urgent before signature goes in writing."),
    "exists": _("Request {id} is already in the register."),
    "no_signer": _("A reviewer's decision is signed with a supervisor's personal key: unlock the key and try again."),
    "not_supervisor": _("The key of “{holder}” ({fingerprint}) is not trusted as a supervisor's on this workstation: it cannot approve or return a request."),
    "own_request": _("The request was written or last changed by “{author}”: nobody approves or returns their own request (four eyes). Another supervisor decides."),
    "no_sender": _("A package is signed with the sender's personal key: unlock your key and try again."),
    "sender_revoked": _("The key of “{holder}” ({fingerprint}) is revoked on this workstation: a package it signs is recognised nowhere."),
    "confirmation_ahead": _("The written confirmation cannot be recorded as sent at {at}: that moment has not come yet."),
    "confirmation_before_transmission": _("The written confirmation cannot have been sent at {at}, before the request itself was transmitted ({transmitted})."),
    "letter_ahead": _("The confirmation letter cannot be dated {dated}: that day has not come yet."),
    "letter_before_transmission": _("The confirmation letter cannot be dated {dated}, before the request itself was transmitted ({transmitted})."),
    "no_id": _("The request has no identifier (the id field): it cannot be kept in the register."),
}


class OperationRefused(StoreRefusal):
    """An operation the request's stage does not allow; nothing was changed."""

    TEXTS = _TEXTS

    def value(self, name: str, value: Any, lang: str) -> object:
        if name == "status":
            return label(value, lang)
        if name == "approval":  # an ApprovalState: said in the language asked for
            return str(value.message(lang))
        if isinstance(value, datetime):
            from requestdesk.domain.formatting import format_instant

            return format_instant(value, lang)
        if isinstance(value, date):
            from requestdesk.domain.formatting import format_day

            return format_day(value, lang)
        if name in ("holder", "author"):
            from requestdesk.domain.display import visible

            return visible(str(value))
        return value  # a text, or the same words in each language (a treaty's article)
