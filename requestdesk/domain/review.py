"""The supervisor's review of a request (plain Python): marks, decisions, the checklist.

A checklist row is a rule code of the treaty profile (Article 6 elements a–g and the
other rules). Each row shows what the rules engine found and the supervisor's own mark
(confirmed / needs change) with a comment; a comment may name one field of the request
(a dotted path such as "case_summary.en") so that the officer sees it beside that field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any

from requestdesk.domain.check import CheckResult
from requestdesk.domain.findings import Finding, Severity
from requestdesk.domain.fingerprint import short_fingerprint
from requestdesk.domain.profile import Bilingual, TreatyProfile
from requestdesk.domain.records import record, replace
from requestdesk.domain.text import _
from requestdesk.domain.timeutil import iso_instant


class MarkValue(StrEnum):
    CONFIRMED = "confirmed"
    NEEDS_CHANGE = "needs_change"


class DecisionValue(StrEnum):
    APPROVED = "approved"
    RETURNED = "returned"


class ApprovalStatus(StrEnum):
    VALID = "valid"  # the request and its enclosures are what was approved
    VOID = "void"  # approved once, changed since
    NONE = "none"  # never approved (or returned since)
    NOT_RECOGNISED = "not_recognised"  # its signature does not verify, or its key is not trusted here


MARK_LABELS = {
    MarkValue.CONFIRMED: _("Confirmed"),
    MarkValue.NEEDS_CHANGE: _("Needs change"),
}
DECISION_LABELS = {
    DecisionValue.APPROVED: _("Approved"),
    DecisionValue.RETURNED: _("Returned for changes"),
}
APPROVAL_LABELS = {
    ApprovalStatus.VALID: _("Approval valid"),
    ApprovalStatus.VOID: _("Approval void: the request was changed after approval"),
    ApprovalStatus.NONE: _("Not approved"),
    ApprovalStatus.NOT_RECOGNISED: _("Approval not recognised"),
}
# The event kinds review, enclosures and packages add to a request's log.
EVENT_LABELS = {
    "submitted": _("Sent for review"),
    "reviewed": _("Reviewer's mark"),
    "approved": _("Approved"),
    "returned": _("Returned for changes"),
    "approval_voided": _("Approval voided"),
    "approval_restored": _("Approval valid again: the text is back to the approved one"),
    "enclosure_added": _("File enclosed"),
    "enclosure_removed": _("Enclosed file removed"),
    "packed": _("Packed for transfer"),
    "imported": _("Received from a package"),
    "created": _("Created"),
    "edited": _("Text changed"),
    "replaced": _("Text replaced from a file"),
    "signed": _("Signed"),
    "exported": _("Document made"),
    "transmitted": _("Transmitted"),
    "confirmed": _("Written confirmation sent"),
    "execution": _("Execution"),
    "deleted": _("Deleted from the register"),
    "archived": _("Moved to the archive (not deleted: it had left the draft stage)"),
    "restored": _("Brought back to the register"),
}
VOID_REASONS = {
    "content": _("the request text was changed"),
    "enclosures": _("the enclosed files were changed"),
    "copy": _("this is a copy of the approved request under a new identity"),
    "transmission": _("the transmission record the letter prints (channel, arrangement, who took it) was changed after approval"),
    # Why an approval's signature is not recognised (identity.decisions).
    "unsigned": _("it is not signed with a supervisor's key"),
    "signature": _("the signature does not match what was approved (forged or damaged)"),
    "untrusted": _("the signer's key is not trusted as a supervisor's on this workstation"),
    "revoked": _("the signer's key was revoked before the approval"),
    "unverified_sender": _("it came in a package from an unverified sender"),
    "predates_key": _("it is dated before the signer's key was made (dated back)"),
    "backdated": _("it is dated before the events its log records ahead of it (dated back)"),
    "not_logged": _("the register's review record is not the one the request's log records (changed outside the program)"),
}
UNVERIFIED_SENDER = "unverified_sender"
NOT_LOGGED = "not_logged"
BACKDATED = "backdated"
TRANSMISSION = "transmission"


@record
class Mark:
    code: str
    field: str  # "" for the row as a whole
    mark: MarkValue
    comment: str
    reviewer: str
    at: datetime

    @property
    def key(self) -> str:
        """Where the officer sees the comment: the field when one is named, else the rule."""
        return self.field or self.code


@record
class Decision:
    seq: int
    decision: DecisionValue
    reviewer: str
    at: datetime
    note: str
    fingerprint: str
    enclosures: tuple[str, ...]
    marks: tuple[Mark, ...]
    voided_at: datetime | None
    void_reason: str
    signer_key: str = ""  # base64 Ed25519 public key of the supervisor who signed it
    signature: str = ""  # base64, over identity.decisions.decision_payload


# Checks a decision's signature: (None, the trusted holder's name) or (a VOID_REASONS key, "").
Recognise = Callable[[Decision], tuple[str | None, str]]


@record
class ApprovalState:
    status: ApprovalStatus
    decision: Decision | None  # the approval concerned (valid or void)
    reasons: tuple[str, ...]  # keys of VOID_REASONS
    fingerprint: str  # the request's fingerprint now

    @property
    def valid(self) -> bool:
        return self.status is ApprovalStatus.VALID

    def message(self, lang: str = "en") -> str:
        text = APPROVAL_LABELS[self.status].render(lang)
        reasons = [VOID_REASONS[r].render(lang) for r in self.reasons if r in VOID_REASONS]
        return f"{text} ({'; '.join(reasons)})" if reasons else text


@record
class ChecklistRow:
    code: str
    article: Bilingual
    label: Bilingual
    automatic: str  # "ok", "warning" or "error": the rules engine's verdict on this row
    findings: tuple[Finding, ...]
    fields: tuple[str, ...]  # fields of the request the row concerns
    marks: tuple[Mark, ...]  # the supervisor's marks on this row (row-wide and per field)

    @property
    def mark(self) -> MarkValue | None:
        """The row's overall mark: needs change if any mark says so."""
        if any(m.mark is MarkValue.NEEDS_CHANGE for m in self.marks):
            return MarkValue.NEEDS_CHANGE
        return MarkValue.CONFIRMED if self.marks else None


def approval_state(decisions: Sequence[Decision], fingerprint_now: str, enclosures_now: Iterable[str],
                   recognise: Recognise | None = None) -> ApprovalState:
    """Whether the latest decision is an approval that still holds for this content.

    Not recognised when `recognise` (the signature check against this workstation's
    trusted keys) rejects it, or when there is nothing to check it with: an approval
    proves something only through its signature. Valid when the request's fingerprint
    and its files' hashes are those approved; void when either differs, or when the
    approval was voided and not yet restored (see store.review.restore_if_unchanged);
    none when the latest decision is not an approval. The approval's reviewer is the
    trusted key's holder, never the name stored beside it.
    """
    last = decisions[-1] if decisions else None
    if last is None or last.decision is not DecisionValue.APPROVED:
        return ApprovalState(ApprovalStatus.NONE, None, (), fingerprint_now)
    problem, holder = recognise(last) if recognise is not None else ("untrusted", "")
    if last.voided_at is not None and UNVERIFIED_SENDER in last.void_reason.split(","):
        # Brought by a package whose sender could not be verified: whoever it names, this
        # workstation does not recognise it (packages.senders).
        return ApprovalState(ApprovalStatus.NOT_RECOGNISED, last, (UNVERIFIED_SENDER,), fingerprint_now)
    if last.voided_at is not None:
        # Void whoever signed it: a void approval grants nothing (a copy's is void by
        # design, its signature being over the original's id). Whether its signature is
        # recognised is still said, and only a recognised one names its signer.
        reasons = tuple(r for r in last.void_reason.split(",") if r)
        if problem is None:
            return ApprovalState(ApprovalStatus.VOID, replace(last, reviewer=holder), reasons, fingerprint_now)
        return ApprovalState(ApprovalStatus.VOID, last, reasons if "copy" in reasons else (*reasons, problem), fingerprint_now)
    if problem is not None:
        return ApprovalState(ApprovalStatus.NOT_RECOGNISED, last, (problem,), fingerprint_now)
    last = replace(last, reviewer=holder)
    differs: list[str] = []
    if last.fingerprint != fingerprint_now:
        differs.append("content")
    if list(last.enclosures) != sorted(enclosures_now):
        differs.append("enclosures")
    return ApprovalState(ApprovalStatus.VOID if differs else ApprovalStatus.VALID, last, tuple(differs), fingerprint_now)


def _verdict(findings: Iterable[Finding]) -> str:
    severities = {f.severity for f in findings}
    if Severity.ERROR in severities:
        return "error"
    return "warning" if Severity.WARNING in severities else "ok"


def event_label(kind: str, lang: str) -> str:
    """What an event of this kind is called; the kind itself when it is not one of ours."""
    label = EVENT_LABELS.get(kind)
    return label.render(lang) if label is not None else kind


def event_details(kind: str, data: dict[str, Any], lang: str) -> str:
    """One line of what a review, enclosure or package event recorded ("" for other kinds)."""
    if kind == "reviewed":
        mark = data.get("mark")
        known = {m.value for m in MarkValue}
        verdict = MARK_LABELS[MarkValue(mark)].render(lang) if isinstance(mark, str) and mark in known else ("—" if mark is None else str(mark))
        where = " · ".join(str(p) for p in (data.get("code"), data.get("field")) if p)
        return " · ".join(p for p in (where, verdict, str(data.get("comment") or "")) if p)
    if kind in ("approved", "returned", "submitted", "packed", "imported", "approval_restored") and data.get("fingerprint"):
        note = str(data.get("note") or "")
        if kind == "imported":
            note = sender_details(data.get("sender"), lang)
        return " · ".join(p for p in (short_fingerprint(str(data["fingerprint"])), note) if p)
    if kind == "approval_voided":
        reasons = data.get("reasons")
        return "; ".join(VOID_REASONS[r].render(lang) for r in reasons if r in VOID_REASONS) if isinstance(reasons, list) else ""
    if kind in ("enclosure_added", "enclosure_removed"):
        return str(data.get("name") or "")
    if kind == "restored" and data.get("from") == "archive":
        return _FROM_ARCHIVE.render(lang)
    return ""


_FROM_ARCHIVE = _("from the archive")

_SENDER_TEXTS = {
    "verified": _("sent by {holder}{authority}, key {fingerprint}"),
    "unverified": _("UNVERIFIED sender ({why}): it names “{holder}”, key {fingerprint}"),
    "unverified_nobody": _("UNVERIFIED sender ({why})"),
    "unsigned": _("the package is not signed"),
    "signature": _("the package's signature does not verify"),
    "untrusted": _("the key is not trusted here"),
    "revoked": _("the key was revoked before signing"),
}


def sender_details(sender: Any, lang: str) -> str:
    """Who sent a package, as the "imported" event recorded it ("" for a package imported
    before packages were signed)."""
    if not isinstance(sender, dict):
        return ""
    fields = {k: str(sender.get(k) or "") for k in ("holder", "authority", "fingerprint", "why")}
    fields["holder"] = fields["holder"] or "?"
    fields["fingerprint"] = fields["fingerprint"] or "—"
    fields["authority"] = f", {fields['authority']}" if fields["authority"] else ""
    if sender.get("verified") is True:
        return _SENDER_TEXTS["verified"].render(lang, **fields)
    fields["why"] = _SENDER_TEXTS.get(fields["why"], _SENDER_TEXTS["unsigned"]).render(lang)
    if fields["holder"] == "?":  # nothing signed, nobody named
        return _SENDER_TEXTS["unverified_nobody"].render(lang, **fields)
    return _SENDER_TEXTS["unverified"].render(lang, **fields)


def checklist(result: CheckResult, profile: TreatyProfile, marks: Iterable[Mark] = ()) -> list[ChecklistRow]:
    """One row per rule of the profile, in the profile's order (elements a–g first)."""
    element_fields = {code: element.fields for element in profile.elements for code in element.codes}
    by_code: dict[str, list[Mark]] = {}
    for mark in marks:
        by_code.setdefault(mark.code, []).append(mark)
    rows = []
    for rule in profile.rules:
        found = tuple(f for f in result.findings if f.code == rule.code)
        fields = tuple(dict.fromkeys([*element_fields.get(rule.code, ()), *(f.field for f in found if f.field)]))
        rows.append(ChecklistRow(rule.code, rule.article, rule.label, _verdict(found), found, fields, tuple(by_code.get(rule.code, ()))))
    return rows


def comments_by_key(marks: Iterable[Mark]) -> dict[str, str]:
    """{field or rule code: comment}; two comments on one key are kept, one per line."""
    comments: dict[str, str] = {}
    for mark in marks:
        if mark.comment.strip():
            key = mark.key
            comments[key] = f"{comments[key]}\n{mark.comment}" if key in comments else mark.comment
    return comments


def mark_to_json(mark: Mark) -> dict[str, Any]:
    return {"code": mark.code, "field": mark.field, "mark": mark.mark.value, "comment": mark.comment,
            "reviewer": mark.reviewer, "at": iso_instant(mark.at)}


def mark_from_json(raw: dict[str, Any]) -> Mark:
    """A mark read from a package; ValueError/KeyError/TypeError when malformed."""
    for key in ("code", "field", "comment", "reviewer", "at"):
        if not isinstance(raw[key], str):
            raise TypeError(key)
    return Mark(raw["code"], raw["field"], MarkValue(raw["mark"]), raw["comment"], raw["reviewer"], _instant(raw["at"]))


def _instant(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(text)
    return moment
