"""The supervisor's review of a request (plain Python): marks, decisions, the checklist.

A checklist row is a rule code of the treaty profile (Article 6 elements a–g and the
other rules). Each row shows what the rules engine found and the supervisor's own mark
(confirmed / needs change) with a comment; a comment may name one field of the request
(a dotted path such as "case_summary.en") so that the officer sees it beside that field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from requestdesk.domain.check import CheckResult
from requestdesk.domain.findings import Finding, Severity
from requestdesk.domain.fingerprint import short_fingerprint
from requestdesk.domain.profile import Bilingual, TreatyProfile
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
    MarkValue.CONFIRMED: {"ru": "Подтверждено", "en": "Confirmed"},
    MarkValue.NEEDS_CHANGE: {"ru": "Требует исправления", "en": "Needs change"},
}
DECISION_LABELS = {
    DecisionValue.APPROVED: {"ru": "Согласован", "en": "Approved"},
    DecisionValue.RETURNED: {"ru": "Возвращен на доработку", "en": "Returned for changes"},
}
APPROVAL_LABELS = {
    ApprovalStatus.VALID: {"ru": "Согласование действительно", "en": "Approval valid"},
    ApprovalStatus.VOID: {"ru": "Согласование утратило силу: запрос изменен после согласования", "en": "Approval void: the request was changed after approval"},
    ApprovalStatus.NONE: {"ru": "Не согласован", "en": "Not approved"},
    ApprovalStatus.NOT_RECOGNISED: {"ru": "Согласование не признано", "en": "Approval not recognised"},
}
# The event kinds review, enclosures and packages add to a request's log.
EVENT_LABELS = {
    "submitted": {"ru": "Направлен на проверку", "en": "Sent for review"},
    "reviewed": {"ru": "Отметка проверяющего", "en": "Reviewer's mark"},
    "approved": {"ru": "Согласован", "en": "Approved"},
    "returned": {"ru": "Возвращен на доработку", "en": "Returned for changes"},
    "approval_voided": {"ru": "Согласование утратило силу", "en": "Approval voided"},
    "approval_restored": {"ru": "Согласование вновь действует: текст возвращен к согласованному",
                          "en": "Approval valid again: the text is back to the approved one"},
    "enclosure_added": {"ru": "Приложен файл", "en": "File enclosed"},
    "enclosure_removed": {"ru": "Файл исключен из приложений", "en": "Enclosed file removed"},
    "packed": {"ru": "Упакован для передачи", "en": "Packed for transfer"},
    "imported": {"ru": "Получен из пакета", "en": "Received from a package"},
    "created": {"ru": "Создан", "en": "Created"},
    "edited": {"ru": "Текст изменен", "en": "Text changed"},
    "replaced": {"ru": "Текст заменен из файла", "en": "Text replaced from a file"},
    "signed": {"ru": "Подписан", "en": "Signed"},
    "exported": {"ru": "Документ создан", "en": "Document made"},
    "transmitted": {"ru": "Передан", "en": "Transmitted"},
    "confirmed": {"ru": "Направлено письменное подтверждение", "en": "Written confirmation sent"},
    "execution": {"ru": "Ход исполнения", "en": "Execution"},
    "deleted": {"ru": "Удален из реестра", "en": "Deleted from the register"},
    "restored": {"ru": "Возвращен в реестр", "en": "Brought back to the register"},
}
VOID_REASONS = {
    "content": {"ru": "текст запроса изменен", "en": "the request text was changed"},
    "enclosures": {"ru": "изменены приложенные файлы", "en": "the enclosed files were changed"},
    "copy": {"ru": "это копия согласованного запроса под новым номером в реестре", "en": "this is a copy of the approved request under a new identity"},
    # Why an approval's signature is not recognised (identity.decisions).
    "unsigned": {"ru": "оно не подписано ключом руководителя", "en": "it is not signed with a supervisor's key"},
    "signature": {"ru": "подпись не сходится с согласованным (подделка или повреждение)",
                  "en": "the signature does not match what was approved (forged or damaged)"},
    "untrusted": {"ru": "ключ подписавшего не значится на этом рабочем месте как ключ руководителя",
                  "en": "the signer's key is not trusted as a supervisor's on this workstation"},
    "revoked": {"ru": "ключ подписавшего был отозван до согласования", "en": "the signer's key was revoked before the approval"},
    # An approval that came in a package whose sender this workstation cannot verify.
    "unverified_sender": {"ru": "получено в пакете от непроверенного отправителя", "en": "it came in a package from an unverified sender"},
}
UNVERIFIED_SENDER = "unverified_sender"


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class ApprovalState:
    status: ApprovalStatus
    decision: Decision | None  # the approval concerned (valid or void)
    reasons: tuple[str, ...]  # keys of VOID_REASONS
    fingerprint: str  # the request's fingerprint now

    @property
    def valid(self) -> bool:
        return self.status is ApprovalStatus.VALID

    def message(self, lang: str = "en") -> str:
        text = APPROVAL_LABELS[self.status][lang if lang in ("ru", "en") else "en"]
        reasons = [VOID_REASONS[r][lang if lang in ("ru", "en") else "en"] for r in self.reasons if r in VOID_REASONS]
        return f"{text} ({'; '.join(reasons)})" if reasons else text


@dataclass(frozen=True)
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
    reasons = []
    if last.fingerprint != fingerprint_now:
        reasons.append("content")
    if list(last.enclosures) != sorted(enclosures_now):
        reasons.append("enclosures")
    return ApprovalState(ApprovalStatus.VOID if reasons else ApprovalStatus.VALID, last, tuple(reasons), fingerprint_now)


def _verdict(findings: Iterable[Finding]) -> str:
    severities = {f.severity for f in findings}
    if Severity.ERROR in severities:
        return "error"
    return "warning" if Severity.WARNING in severities else "ok"


def _lang(lang: str) -> str:
    return lang if lang in ("ru", "en") else "en"


def event_label(kind: str, lang: str) -> str:
    """What an event of this kind is called; the kind itself when it is not one of ours."""
    return EVENT_LABELS.get(kind, {}).get(_lang(lang), kind)


def event_details(kind: str, data: dict[str, Any], lang: str) -> str:
    """One line of what a review, enclosure or package event recorded ("" for other kinds)."""
    lang = _lang(lang)
    if kind == "reviewed":
        mark = data.get("mark")
        known = {m.value for m in MarkValue}
        verdict = MARK_LABELS[MarkValue(mark)][lang] if isinstance(mark, str) and mark in known else ("—" if mark is None else str(mark))
        where = " · ".join(str(p) for p in (data.get("code"), data.get("field")) if p)
        return " · ".join(p for p in (where, verdict, str(data.get("comment") or "")) if p)
    if kind in ("approved", "returned", "submitted", "packed", "imported", "approval_restored") and data.get("fingerprint"):
        note = str(data.get("note") or "")
        if kind == "imported":
            note = sender_details(data.get("sender"), lang)
        return " · ".join(p for p in (short_fingerprint(str(data["fingerprint"])), note) if p)
    if kind == "approval_voided":
        reasons = data.get("reasons")
        return "; ".join(VOID_REASONS[r][lang] for r in reasons if r in VOID_REASONS) if isinstance(reasons, list) else ""
    if kind in ("enclosure_added", "enclosure_removed"):
        return str(data.get("name") or "")
    return ""


_SENDER_TEXTS = {
    "verified": {"ru": "отправитель {holder}{authority}, ключ {fingerprint}", "en": "sent by {holder}{authority}, key {fingerprint}"},
    "unverified": {"ru": "НЕПРОВЕРЕННЫЙ отправитель ({why}): назван «{holder}», ключ {fingerprint}",
                   "en": "UNVERIFIED sender ({why}): it names “{holder}”, key {fingerprint}"},
    "unverified_nobody": {"ru": "НЕПРОВЕРЕННЫЙ отправитель ({why})", "en": "UNVERIFIED sender ({why})"},
    "unsigned": {"ru": "пакет не подписан", "en": "the package is not signed"},
    "signature": {"ru": "подпись пакета не сходится", "en": "the package's signature does not verify"},
    "untrusted": {"ru": "ключ не в списке доверенных", "en": "the key is not trusted here"},
    "revoked": {"ru": "ключ отозван до подписания", "en": "the key was revoked before signing"},
}


def sender_details(sender: Any, lang: str) -> str:
    """Who sent a package, as the "imported" event recorded it ("" for a package imported
    before packages were signed)."""
    if not isinstance(sender, dict):
        return ""
    lang = _lang(lang)
    fields = {k: str(sender.get(k) or "") for k in ("holder", "authority", "fingerprint", "why")}
    fields["holder"] = fields["holder"] or "?"
    fields["fingerprint"] = fields["fingerprint"] or "—"
    fields["authority"] = f", {fields['authority']}" if fields["authority"] else ""
    if sender.get("verified") is True:
        return _SENDER_TEXTS["verified"][lang].format(**fields)
    fields["why"] = _SENDER_TEXTS.get(fields["why"], _SENDER_TEXTS["unsigned"])[lang]
    if fields["holder"] == "?":  # nothing signed, nobody named
        return _SENDER_TEXTS["unverified_nobody"][lang].format(**fields)
    return _SENDER_TEXTS["unverified"][lang].format(**fields)


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
