"""What a template sees: the checked request as plain values, with the profile's words.

Bilingual values are {"ru": ..., "en": ...} dictionaries; dates and instants stay dates
and instants, and the templates format them with the environment's filters, so an
administrator who edits a template also controls how it writes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from requestdesk.documents.acting import acting_title
from requestdesk.documents.review_record import ReviewRecord, review_context
from requestdesk.domain.check import CheckResult, profile_for
from requestdesk.domain.deadlines import requesting_zone
from requestdesk.domain.directory import Directory
from requestdesk.domain.document import get_path
from requestdesk.domain.findings import Finding, Severity
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.model import Party, RequestModel, Text
from requestdesk.domain.profile import TreatyProfile
from requestdesk.domain.timeutil import parse_date

Bilingual = dict[str, str]

PASS, ERROR, WARNING, NOT_APPLICABLE = "pass", "error", "warning", "not_applicable"


def _text(value: Text) -> Bilingual:
    return {lang: value.get(lang) for lang in SUPPORTED}


def _words(entry: Mapping[str, Any] | None) -> Bilingual:
    entry = entry or {}
    return {lang: str(entry.get(lang, "")) for lang in SUPPORTED}


def _raw_text(value: Any) -> Bilingual:
    """A text read straight from the request file (an extension key the model does not know)."""
    if isinstance(value, str):
        return {lang: value for lang in SUPPORTED}
    if isinstance(value, Mapping):
        return {lang: value[lang] if isinstance(value.get(lang), str) else "" for lang in SUPPORTED}
    return {lang: "" for lang in SUPPORTED}


def _party(party: Party, directory: Directory) -> dict[str, Any]:
    state = directory.state(party.state)
    entry = directory.authority_named(party.state, list(_text(party.authority).values()))
    address = _text(party.address)
    if not any(address.values()) and entry is not None:
        address = _words(entry.address)
    return {
        "code": party.state,
        "state": _words(state.name if state else None),
        "authority": _text(party.authority),
        # A name the directory offers until the real one is known is never printed.
        "subdivision": {lang: "" if directory.is_placeholder(name) else name for lang, name in _text(party.subdivision).items()},
        "address": address,
        "phone": party.phone or (entry.phone if entry else ""),
        "email": party.email or (entry.email if entry else ""),
    }


def emblem_of(request: RequestModel, directory: Directory) -> str:
    """The directory's emblem image for the requesting authority (a path relative to the directory), or ""."""
    entry = directory.authority_named(request.requesting.state, list(_text(request.requesting.authority).values()))
    return entry.emblem if entry else ""


def _assistance(request: RequestModel, profile: TreatyProfile) -> list[dict[str, Any]]:
    items = []
    for number, item in enumerate(request.assistance, start=1):
        form = profile.forms.get(item.form)
        letter = {"ru": form["local_letter"], "en": item.form} if form else {"ru": item.form, "en": item.form}
        items.append(
            {
                "number": number,
                "form": {
                    "letter": letter,
                    "name": _words(form),
                    "known": form is not None,
                    # «подпункт «г» статьи 5 Соглашения» / "Article 5(d) of the Agreement", as the profile words it
                    "reference": {lang: text.replace("{letter}", letter[lang]) for lang, text in _words(profile.references.get("form")).items()},
                },
                "ground": _words(profile.grounds[item.ground]) if item.ground in profile.grounds else None,
                "description": _text(item.description),
                "identifiers": [
                    {
                        "type": _words(profile.identifier_types.get(ident.type)) if ident.type in profile.identifier_types else {"ru": ident.type, "en": ident.type},
                        "value": ident.value,
                        "start": ident.start,
                        "end": ident.end,
                    }
                    for ident in item.identifiers
                ],
            }
        )
    return items


def _request(result: CheckResult, doc: Mapping[str, Any], profile: TreatyProfile, directory: Directory) -> dict[str, Any]:
    request = result.request
    zone = requesting_zone(request, directory)
    sent = request.transmission
    signatory = request.signatory
    return {
        "number": request.number,
        "date": request.date,
        "requesting": _party(request.requesting, directory),
        "requested": _party(request.requested, directory),
        "offences": [
            {
                "letter": {"ru": profile.acts[code]["local_letter"], "en": code},
                "name": _words(profile.acts[code]),
                # The subparagraph's own words, as the Agreement states them.
                "quote": _words(profile.acts[code].get("quote") or profile.acts[code]),
            }
            for code in request.offences
            if code in profile.acts
        ],
        "case_summary": _text(request.case_summary),
        "purpose": _text(request.purpose),
        "justification": _text(request.justification),
        "assistance": _assistance(request, profile),
        "desired_execution_by": request.desired_execution_by,
        "other_information": _text(request.other_information),
        "attachments": [
            {
                "number": number,
                "title": _text(att.title),
                "pages": att.pages,
                "copies": att.copies,
                "certified_copy": att.certified_copy,
            }
            for number, att in enumerate(request.attachments, start=1)
        ],
        "confidential": request.confidential,
        "presence_requested": request.presence_requested,
        "urgent": request.urgent,
        "urgency_reason": _text(request.urgency_reason),
        "transmission": {
            "channel": _words(profile.channels.get(sent.channel)),
            "confirmation_number": sent.confirmation_number,
            "confirmation_date": sent.confirmation_date,
            "oral_or_technical": sent.channel in ("oral", "technical"),
            "at": sent.at.astimezone(zone) if sent.at else None,
            "arrangement": _text(sent.arrangement),
            # Not in spec §1: an optional extension naming who took the oral or technical request.
            "received_by": _raw_text(get_path(dict(doc), "transmission.received_by")),
        },
        "signatory": {
            "role": _words(profile.roles.get(signatory.role)),
            "acting": _acting(request, profile),
            "title": {lang: acting_title(signatory.position.get(lang), lang) for lang in SUPPORTED},
            "name": _text(signatory.name),
            "position": _text(signatory.position),
            "acting_basis": _text(signatory.acting_basis),
        },
        "seal": _words(profile.seals[request.seal]) if request.seal in profile.seals and request.seal != "none" else None,
        "executor": {"name": _text(request.executor.name), "phone": request.executor.phone},
    }


def _treaty(profile: TreatyProfile) -> dict[str, Any]:
    return {
        "name": dict(profile.name),
        "short_name": dict(profile.short_name),
        "legal_basis": dict(profile.legal_basis),
        "signed": parse_date(profile.signed_date),
        "place": dict(profile.signed_place),
        # The article references a letter prints ("В соответствии с пунктом 2 статьи 6 Соглашения").
        "references": {key: _words(words) for key, words in profile.references.items()},
        "elements": {
            e.letter: {"article": dict(e.article), "label": dict(e.label), "letter": {"ru": e.local_letter, "en": e.letter}}
            for e in profile.elements
        },
    }


def _confirmed_by_writing(request: RequestModel, profile: TreatyProfile) -> bool:
    return request.transmission.channel in ("oral", "technical")


def _acting(request: RequestModel, profile: TreatyProfile) -> bool:
    return bool((profile.roles.get(request.signatory.role) or {}).get("acting"))


# Rules that concern only some requests: for the others the checklist says "not applicable",
# not "pass" (a reviewer must not read a check that was never made as one passed).
_APPLIES = {
    "6.2.channel": _confirmed_by_writing,
    "6.2.urgency": _confirmed_by_writing,
    "6.2.confirmation": _confirmed_by_writing,
    "6.4.acting": _acting,
    "5.preservation": lambda r, p: any(item.form == "i" for item in r.assistance),
    "data.identifier": lambda r, p: any(item.identifiers for item in r.assistance),
    "data.consistency": lambda r, p: any(item.identifiers for item in r.assistance),
}


def checklist_rows(result: CheckResult, profile: TreatyProfile) -> list[dict[str, Any]]:
    """One row per rule of the profile, in its order; findings of an unlisted code get rows too."""
    by_code: dict[str, list[Finding]] = {}
    for finding in result.findings:
        by_code.setdefault(finding.code, []).append(finding)
    listed = [(info.code, dict(info.article), dict(info.label)) for info in profile.rules]
    listed_codes = {code for code, _, _ in listed}
    unlisted = [(code, {"ru": "", "en": ""}, {"ru": code, "en": code}) for code in by_code if code not in listed_codes]
    rows = []
    for code, article, label in listed + unlisted:
        findings = by_code.get(code, [])
        if any(f.severity is Severity.ERROR for f in findings):
            status = ERROR
        elif findings:
            status = WARNING
        elif code in _APPLIES and not _APPLIES[code](result.request, profile):
            status = NOT_APPLICABLE
        else:
            status = PASS
        rows.append(
            {
                "code": code,
                "article": article,
                "label": label,
                "status": status,
                "messages": [{lang: f.message(lang) for lang in SUPPORTED} for f in findings],
            }
        )
    return rows


def _confirmation(result: CheckResult, profile: TreatyProfile, now: datetime) -> dict[str, Any]:
    """When the written confirmation was due, by which rule, and whether it is (or was) sent late."""
    due = result.confirmation_due
    sent = result.request.transmission.confirmed_at or now
    return {
        "due": due,
        "late": due is not None and sent > due,
        "rule": _words(profile.confirmation_rules.get(str(result.counting))),
    }


def _checklist(result: CheckResult, profile: TreatyProfile) -> dict[str, Any]:
    return {
        "rows": checklist_rows(result, profile),
        "errors": len(result.errors),
        "warnings": len(result.warnings),
        "ready": result.ok,
        "counting_rule": _words(profile.confirmation_rules.get(str(result.counting))),
        "confirmation_due": result.confirmation_due,
    }


def document_languages(result: CheckResult) -> tuple[str, ...]:
    languages = tuple(lang for lang in result.request.languages if lang in SUPPORTED)
    return languages or SUPPORTED


def build_context(
    doc: Mapping[str, Any],
    result: CheckResult,
    directory: Directory,
    *,
    kind: str,
    draft: bool,
    now: datetime,
    review: ReviewRecord | None = None,
    file_copy: bool = False,
) -> dict[str, Any]:
    profile = profile_for(result.request.treaty)
    languages = document_languages(result)
    zone = requesting_zone(result.request, directory)
    request = _request(result, doc, profile, directory)
    sent = result.request.transmission
    confirming = kind == "confirmation"
    return {
        "request": request,
        # The document's own requisites: a written confirmation is a letter of its own, and
        # where its number and date are not given they stay blank for the chancellery.
        "letter": {
            "number": sent.confirmation_number if confirming else request["number"],
            "date": sent.confirmation_date if confirming else request["date"],
        },
        "confirmation": _confirmation(result, profile, now),
        "letterhead": {"emblem": None},
        "treaty": _treaty(profile),
        "checklist": _checklist(result, profile),
        "document": {
            "kind": kind,
            "confirmation": kind == "confirmation",
            "draft": draft,
            "file_copy": file_copy,
            "languages": list(languages),
            "ru": "ru" in languages,
            "en": "en" in languages,
            "generated_at": now.astimezone(zone),
        },
        "review": review_context(doc, review, zone),
    }
