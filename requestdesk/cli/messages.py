"""The command line's own words, in Russian and English."""

from __future__ import annotations

import os

from requestdesk.domain.languages import normalise_language
from requestdesk.domain.text import _, _c

_TEXTS = {
    "ok": _("{file}: no errors, {warnings} warning(s)."),
    "failed": _("{file}: {errors} error(s), {warnings} warning(s)."),
    "due": _("Written confirmation due by {due}."),
    "bad_now": _("--now: \"{value}\" is not an ISO 8601 instant with offset"),
    "refused": _("{file}: the request has errors, no document written (use --draft for a draft):"),
    "written": _("Document written: {out}"),
    "bad_out": _("{out}: the document file must end in .docx"),
    "bad_package_out": _("{out}: the package file must end in .requestpkg"),
    "no_id": _("{file}: the request has no id (the \"id\" field)"),
    "no_register": _("{folder}: there is no register of requests here"),
    "no_request": _("{source}: no such file, and no request with that id in the register at {folder}"),
    "ambiguous": _("{source}: several requests match that id; give it in full"),
    "packed": _("Package written: {out} (request {id}, fingerprint {short}, {events} event(s), {files} file(s))"),
    "store_failed": _("{folder}: {detail}"),
    "unpacked": _("{file}: request {id} — {outcome}; status: {status}; fingerprint {short}"),
    "inspected": _("{file}: the package is intact; request {id}, status: {status}, fingerprint {short}, {events} event(s), {files} file(s)"),
    "approved_by": _("Approved by {reviewer}, {at}; fingerprint {short}"),
    "approval_claimed": _("The approval names “{reviewer}”, {at}, as the approver: no signature confirms it"),
    "sender_verified": _("Sender verified by signature: {holder} ({role}, {authority}), key {fingerprint}"),
    "sender_unverified": _("SENDER NOT VERIFIED: {why}"),
    "untrusted_hint": _("To import it marked as coming from an unverified sender (any approval in it not recognised), run again with --untrusted."),
    "imported_unverified": _("Imported marked as coming from an unverified sender; {count} of its {total} log event(s) counted."),
    "conflict_hint": _("Run again with --keep-both or --replace."),
    "reindexing": _("Updating the register's search index: {percent}%"),
    # A finding's severity, as `check` and `export` print it.
    "error": _c("severity", "error"),
    "warning": _c("severity", "warning"),
    "export_failed": _("{file}: the document could not be produced: {detail}"),
}


OUTCOMES = {
    "imported": _("imported"),
    "updated": _("brought up to date from the package"),
    "unchanged": _("unchanged (the package holds nothing new)"),
    "kept_both": _("imported as a new request (the local one kept)"),
    "replaced": _("replaced by the package (the previous text kept in the log)"),
}


def default_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value:
            return normalise_language(value)
    return "en"


def say(key: str, lang: str, **params: object) -> str:
    return _TEXTS[key].render(lang, **params)
