"""Review operations: the supervisor's marks and decisions, and approvals bound to content.

Each operation changes the store and appends its event to the request's log in one
transaction, like the Tracker's. An approval records the request's fingerprint and the
hashes of its enclosure files; a later change to either voids it visibly (an
"approval_voided" event, and an approved request goes back to review).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from requestdesk.domain.records import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from requestdesk.domain.check import CheckResult, profile_for
from requestdesk.domain.fingerprint import fingerprint
from requestdesk.domain.lifecycle import Status, check_transition, label
from requestdesk.domain.review import (
    BACKDATED,
    NOT_LOGGED,
    TRANSMISSION,
    UNVERIFIED_SENDER,
    ApprovalState,
    ApprovalStatus,
    ChecklistRow,
    Decision,
    DecisionValue,
    Mark,
    MarkValue,
    Recognise,
    approval_state,
    checklist,
    comments_by_key,
    mark_from_json,
    mark_to_json,
)
from requestdesk.domain.text import _
from requestdesk.domain.timeutil import iso_instant
from requestdesk.identity import IdentityError, KeyFileError, TrustList, TrustStore
from requestdesk.identity.decisions import decision_problem, sign_decision
from requestdesk.store.enclosures import enclosure_hashes
from requestdesk.store.events import Event, append_event, read_events, status_from_log
from requestdesk.store.requests import RequestStore, StoreRefusal, read_doc_and_status
from requestdesk.store.tracking import UnknownRequestError

_PROBLEMS = {
    "errors": _("The request has {count} error(s) and cannot be approved; return it for changes."),
    "needs_change": _("Rows are marked as needing change ({codes}); approve only once they are confirmed."),
    "nothing_to_return": _("To return the request, mark a row as needing change or write a note."),
    "not_in_review": _("Rows are marked while the request is in review (now: {status})."),
    "reviewer": _("The reviewer's name is required."),
    "unknown_code": _("No such checklist row: {code}"),
}


class ReviewError(StoreRefusal):
    """A review operation refused; message(lang) says why."""

    TEXTS = _PROBLEMS

    def value(self, name: str, value: Any, lang: str) -> str:
        if name == "status":
            return label(value, lang)
        if name == "codes" and isinstance(value, (list, tuple)):
            # The rows as the checklist names them («подп. «б» п. 3 ст. 6»), not rule codes.
            rules = {rule.code: rule for rule in profile_for("").rules}
            return "; ".join(rules[c].article.get(lang, str(c)) if c in rules else str(c) for c in value)
        return str(value)


def _utc(moment: datetime) -> str:
    return iso_instant(moment.astimezone(timezone.utc))


# -- reading, inside any connection or transaction ------------------------------------
def read_marks(db: sqlite3.Connection, request_id: str) -> list[Mark]:
    rows = db.execute(
        "SELECT code, field, mark, comment, reviewer, at FROM review_marks WHERE request_id = ? ORDER BY code, field",
        (request_id,),
    )
    return [Mark(r[0], r[1], MarkValue(r[2]), r[3], r[4], datetime.fromisoformat(r[5])) for r in rows]


def read_decisions(db: sqlite3.Connection, request_id: str) -> list[Decision]:
    rows = db.execute(
        "SELECT seq, decision, reviewer, at, note, fingerprint, enclosures, marks, voided_at, void_reason, signer_key, signature "
        "FROM review_decisions WHERE request_id = ? ORDER BY seq",
        (request_id,),
    )
    return [
        Decision(
            r[0], DecisionValue(r[1]), r[2], datetime.fromisoformat(r[3]), r[4], r[5], tuple(json.loads(r[6])),
            tuple(mark_from_json(m) for m in json.loads(r[7])), datetime.fromisoformat(r[8]) if r[8] else None, r[9],
            r[10], r[11],
        )
        for r in rows
    ]


def decision_to_json(decision: Decision) -> dict[str, Any]:
    return {
        "seq": decision.seq,
        "decision": decision.decision.value,
        "reviewer": decision.reviewer,
        "at": iso_instant(decision.at),
        "note": decision.note,
        "fingerprint": decision.fingerprint,
        "enclosures": list(decision.enclosures),
        "marks": [mark_to_json(m) for m in decision.marks],
        "voided_at": iso_instant(decision.voided_at) if decision.voided_at else None,
        "void_reason": decision.void_reason,
        "signer_key": decision.signer_key,
        "signature": decision.signature,
    }


def review_record(marks: list[Mark], decisions: list[Decision]) -> dict[str, Any]:
    """The review record as it travels in a package and in "imported" events."""
    return {"marks": [mark_to_json(m) for m in marks], "decisions": [decision_to_json(d) for d in decisions]}


def review_from_log(events: Iterable[Event]) -> dict[str, Any]:
    """The review record a request's log accounts for, replayed event by event.

    Every change to marks and decisions is logged ("reviewed", "approved", "returned",
    "approval_voided", "approval_restored"; an "imported" event carries the whole record it brought), so a
    record that differs from this was changed outside the program.
    """
    # Keyed by what the log holds, not necessarily text: a record changed outside the
    # program is still replayed, to be found different.
    marks: dict[tuple[Any, Any], dict[str, Any]] = {}
    decisions: list[dict[str, Any]] = []
    for event in events:
        data = event.data
        if event.kind == "imported" and isinstance(data.get("review"), dict):
            snapshot = data["review"]
            marks = {(m.get("code"), m.get("field")): m for m in snapshot.get("marks", []) if isinstance(m, dict)}
            decisions = [dict(d) for d in snapshot.get("decisions", []) if isinstance(d, dict)]
        elif event.kind == "reviewed":
            key = (data.get("code"), data.get("field", ""))
            if data.get("mark") is None:
                marks.pop(key, None)
            else:
                marks[key] = {"code": key[0], "field": key[1], "mark": data.get("mark"), "comment": data.get("comment", ""),
                              "reviewer": event.user, "at": iso_instant(event.at)}
        elif event.kind in (DecisionValue.APPROVED, DecisionValue.RETURNED):
            decisions.append({
                "seq": len(decisions) + 1, "decision": event.kind, "reviewer": event.user, "at": iso_instant(event.at),
                "note": data.get("note", ""), "fingerprint": data.get("fingerprint"), "enclosures": data.get("enclosures"),
                "marks": data.get("marks"), "voided_at": None, "void_reason": "",
                "signer_key": data.get("signer_key", ""), "signature": data.get("signature", ""),
            })
        elif event.kind == "approval_voided" and decisions:
            decisions[-1]["voided_at"] = iso_instant(event.at)
            decisions[-1]["void_reason"] = ",".join(data.get("reasons", []))
        elif event.kind == "approval_restored" and decisions:
            decisions[-1]["voided_at"] = None
            decisions[-1]["void_reason"] = ""
    return {"marks": [marks[k] for k in sorted(marks, key=lambda k: (str(k[0]), str(k[1])))], "decisions": decisions}


def write_review(db: sqlite3.Connection, request_id: str, marks: list[Mark], decisions: list[Decision]) -> None:
    """Replaces a request's review record (used by package import) inside the caller's transaction."""
    db.execute("DELETE FROM review_marks WHERE request_id = ?", (request_id,))
    db.execute("DELETE FROM review_decisions WHERE request_id = ?", (request_id,))
    for m in marks:
        db.execute(
            "INSERT OR REPLACE INTO review_marks (request_id, code, field, mark, comment, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (request_id, m.code, m.field, m.mark.value, m.comment, m.reviewer, _utc(m.at)),
        )
    for d in decisions:
        db.execute(
            "INSERT OR REPLACE INTO review_decisions (request_id, seq, decision, reviewer, at, note, fingerprint, enclosures, marks, "
            "voided_at, void_reason, signer_key, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (request_id, d.seq, d.decision.value, d.reviewer, _utc(d.at), d.note, d.fingerprint, json.dumps(list(d.enclosures)),
             json.dumps([mark_to_json(m) for m in d.marks], ensure_ascii=False), _utc(d.voided_at) if d.voided_at else None,
             d.void_reason, d.signer_key, d.signature),
        )


_TRUST_CACHE: dict[Path, tuple[tuple[int, int], TrustList | None]] = {}


def trust_of_folder(folder: Path) -> TrustList | None:
    """The keys the workstation of this data folder trusts (None when its list is damaged:
    then no signature is recognised). Read again only when the file changed."""
    path = TrustStore(folder).path
    try:
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = (0, 0)
    cached = _TRUST_CACHE.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        trust: TrustList | None = TrustStore(folder).load()
    except (IdentityError, KeyFileError):
        trust = None
    _TRUST_CACHE[path] = (stamp, trust)
    return trust


def trust_of(db: sqlite3.Connection) -> TrustList | None:
    """The trust list of the data folder the register of `db` lives in."""
    for _seq, name, file in db.execute("PRAGMA database_list"):
        if name == "main" and file:
            return trust_of_folder(Path(file).parent)
    return None


def recogniser(trust: TrustList | None, request_id: str) -> Recognise:
    """Checks a decision of `request_id` against `trust` (see identity.decisions)."""
    def recognise(decision: Decision) -> tuple[str | None, str]:
        problem, entry = decision_problem(trust, request_id, decision.decision.value, decision.fingerprint,
                                          decision.enclosures, decision.at, decision.signer_key, decision.signature)
        return problem, entry.holder if entry is not None else ""
    return recognise


def package_approval(package, folder: Path, sender_verified: bool = True) -> ApprovalState:  # type: ignore[no-untyped-def]
    """The approval a package carries, as the workstation of data folder `folder` sees it
    (what `unpack --inspect` and the window's import show before anything is written).
    From a sender this workstation cannot verify (packages.senders), it is not recognised."""
    decisions = list(package.decisions)
    if not sender_verified:
        # As the import will record them (packages.importer): not recognised.
        decisions = [replace(d, voided_at=d.voided_at or d.at, void_reason=",".join(filter(None, (d.void_reason, UNVERIFIED_SENDER))))
                     if d.decision is DecisionValue.APPROVED else d for d in decisions]
    return approval_state(decisions, package.fingerprint, package.enclosure_hashes,
                          recogniser(trust_of_folder(folder), package.request_id))


def _decision_key(decision: dict[str, Any]) -> tuple[Any, ...]:
    return (decision.get("decision"), decision.get("fingerprint"), decision.get("signer_key") or "",
            decision.get("signature") or "", bool(decision.get("voided_at")))


def decisions_as_logged(decisions: list[Decision], events: Iterable[Event]) -> bool:
    """Whether the decisions the register holds are those its log records, the latest
    last: a decision row deleted, restored or un-voided by SQL brings back an approval
    whose signature still holds, over a text the supervisor has since returned."""
    logged = review_from_log(events)["decisions"]
    stored = [decision_to_json(d) for d in decisions]
    return [_decision_key(d) for d in stored] == [_decision_key(d) for d in logged]


def approval_of(db: sqlite3.Connection, request_id: str, doc: dict[str, Any] | None,
                fingerprint_now: str | None = None, events: list[Event] | None = None) -> ApprovalState:
    """`fingerprint_now`: the document's fingerprint when the caller has it already (verify
    computes it once per request: it is most of the cost of checking a request); `events`,
    the request's log when the caller has read it.

    An approval counts only as the log records it: when the register's decisions are not
    the ones its log accounts for, the latest approval is not recognised (NOT_LOGGED)."""
    now = fingerprint_now if fingerprint_now is not None else fingerprint(doc) if doc is not None else ""
    decisions = read_decisions(db, request_id)
    state = approval_state(decisions, now, enclosure_hashes(db, request_id), recogniser(trust_of(db), request_id))
    if state.status not in (ApprovalStatus.VALID, ApprovalStatus.VOID):
        return state
    events = events if events is not None else read_events(db, request_id)
    if not decisions_as_logged(decisions, events):
        return ApprovalState(ApprovalStatus.NOT_RECOGNISED, state.decision, (NOT_LOGGED,), now)
    if state.decision is not None and dated_back(state.decision, events):
        return ApprovalState(ApprovalStatus.NOT_RECOGNISED, state.decision, (BACKDATED,), now)
    return state


# Statuses only a supervisor's approval leads to (lifecycle.TRANSITIONS): approved, then
# signed, then sent. (An urgent request reaches its later statuses by Art. 6(2) instead.)
APPROVED_ONLY = frozenset({Status.APPROVED, Status.SIGNED, Status.SENT})


def _recognised_approval(trust: TrustList | None, request_id: str, decision: Any, at: Any) -> str | None:
    """The fingerprint a decision recorded in a log approved, when this workstation
    recognises it as a supervisor's signed approval; else None."""
    if not isinstance(decision, dict) or decision.get("decision", "approved") != "approved":
        return None
    try:
        moment = at if isinstance(at, datetime) else datetime.fromisoformat(at) if isinstance(at, str) else None
    except ValueError:
        return None
    fingerprint_, enclosures = decision.get("fingerprint"), decision.get("enclosures")
    if moment is None or moment.tzinfo is None or not isinstance(fingerprint_, str) or not isinstance(enclosures, list):
        return None
    problem, _entry = decision_problem(trust, request_id, "approved", fingerprint_, [str(e) for e in enclosures], moment,
                                       str(decision.get("signer_key") or ""), str(decision.get("signature") or ""))
    return fingerprint_ if problem is None else None


def _approval_brought(event: Event, trust: TrustList | None) -> tuple[str | None, bool]:
    """The fingerprint of the recognised approval an event brings (an "approved" event's
    own, or the latest decision of the record an "imported" event brought), and whether
    that approval stands voided."""
    if event.kind == "approved":
        return _recognised_approval(trust, event.request_id, event.data, event.at), False
    review = event.data.get("review") if event.kind == "imported" else None
    decisions = review.get("decisions") if isinstance(review, dict) else None
    if isinstance(decisions, list) and decisions and isinstance(decisions[-1], dict):
        last = decisions[-1]
        return _recognised_approval(trust, event.request_id, last, last.get("at")), bool(last.get("voided_at"))
    return None, False


def _sets_status(event: Event) -> bool:
    data = event.data
    return (event.kind in ("created", "deleted") or isinstance(data.get("to"), str)
            or (event.kind in ("imported", "restored") and isinstance(data.get("status"), str)))


def unapproved_move(events: list[Event] | tuple[Event, ...], trust: TrustList | None, start: int = 0) -> int | None:
    """The index of the first event that leads to a status only an approval gives
    (approved, signed, sent) with no approval in force that this workstation recognises as
    a supervisor's signature; None when there is none. The log is replayed from `start`:
    an "imported" event there is taken as this workstation recorded it (its status is what
    the import let in). A log signed by a workstation's key or a trusted sender's proves
    who wrote it, not that a supervisor approved: only the supervisor's signature does."""
    status: str | None = None
    approval: str | None = None  # the fingerprint of the recognised approval in force
    voided: str | None = None  # that of a recognised approval voided since, which may be restored
    for index in range(start, len(events)):
        event = events[index]
        if event.kind in ("approved", "imported"):
            brought, is_void = _approval_brought(event, trust)
            approval, voided = (None, brought) if is_void else (brought, None)
        elif event.kind == "returned":
            approval = voided = None
        elif event.kind == "approval_voided":
            approval, voided = None, approval
        elif event.kind == "approval_restored":
            approval = voided if voided is not None and event.data.get("fingerprint") == voided else None
            voided = None
        after = status_from_log([event]) if _sets_status(event) else status
        if after in APPROVED_ONLY and after != status and approval is None and not (index == start and event.kind == "imported"):
            return index
        status = after
    return None


# How far a decision may be dated before the event its log records ahead of it: both come
# from one workstation's clock, a decision's time in whole seconds.
_CLOCK_SLACK = timedelta(minutes=5)


def dated_back(decision: Decision, events: list[Event]) -> bool:
    """Whether the decision's event follows, in the log, an event dated after the decision
    (beyond a few minutes): a supervisor cannot have decided on what was not there yet. A
    signature's date is its signer's word; the chain says what came first. Only the events
    written on the deciding workstation count, from the last "imported" on (those before
    it were dated by another workstation's clock)."""
    for index, event in enumerate(events):
        if event.kind == decision.decision.value and decision.signature and event.data.get("signature") == decision.signature:
            start = max((i for i, e in enumerate(events[:index]) if e.kind == "imported"), default=0)
            return any(earlier.at - decision.at > _CLOCK_SLACK for earlier in events[start:index])
    return False


def void_if_changed(store: RequestStore, db: sqlite3.Connection, request_id: str, user: str,
                    transmission_changed: bool = False) -> Event | None:
    """Inside the caller's transaction: voids a valid approval whose request or files changed.

    The approval is marked void, an "approval_voided" event is appended, and an
    approved request goes back to review. Should the text and files come back to exactly
    what was approved (the edit undone), `restore_if_unchanged` makes it valid again.

    `transmission_changed`: the edit changed the transmission record. The fingerprint
    leaves it out (the Tracker writes it once the text is fixed), but the letter prints it
    (channel, arrangement, who took it): changed by an edit of an approved request it voids
    the approval for good, since no signature covered it.
    """
    stored = read_doc_and_status(db, request_id)
    if stored is None:
        return None
    doc, status = stored
    state = approval_of(db, request_id, doc)
    if transmission_changed and state.status is ApprovalStatus.VALID and state.decision is not None:
        state = replace(state, status=ApprovalStatus.VOID, reasons=(TRANSMISSION,))
    if state.status is not ApprovalStatus.VOID or state.decision is None or state.decision.voided_at is not None:
        return None
    now = store.clock.now()
    db.execute(
        "UPDATE review_decisions SET voided_at = ?, void_reason = ? WHERE request_id = ? AND seq = ?",
        (_utc(now), ",".join(state.reasons), request_id, state.decision.seq),
    )
    data: dict[str, Any] = {
        "approved_fingerprint": state.decision.fingerprint,
        "fingerprint": state.fingerprint,
        "reasons": list(state.reasons),
        "enclosures": enclosure_hashes(db, request_id),
    }
    if status == Status.APPROVED:
        db.execute("UPDATE requests SET status = ? WHERE id = ?", (Status.IN_REVIEW.value, request_id))
        data.update({"from": status, "to": Status.IN_REVIEW.value})
    return append_event(db, request_id, now, user, "approval_voided", data)


def restore_if_unchanged(store: RequestStore, db: sqlite3.Connection, request_id: str, user: str) -> Event | None:
    """Inside the caller's transaction: a voided approval is valid again when the request
    and its files are back to exactly what the supervisor approved.

    The approval is bound to the fingerprint, not to the history of keystrokes: the same
    text is what was approved. Only while nothing else happened to the decision: the
    latest decision is still that approval and the request is still in the review the
    void sent it back to. An "approval_restored" event records it.
    """
    stored = read_doc_and_status(db, request_id)
    if stored is None:
        return None
    doc, status = stored
    decisions = read_decisions(db, request_id)
    last = decisions[-1] if decisions else None
    if last is None or last.decision is not DecisionValue.APPROVED or last.voided_at is None:
        return None
    if status != Status.IN_REVIEW or {"copy", TRANSMISSION} & set(last.void_reason.split(",")):
        return None
    files = enclosure_hashes(db, request_id)
    if fingerprint(doc) != last.fingerprint or list(last.enclosures) != sorted(files):
        return None
    db.execute("UPDATE review_decisions SET voided_at = NULL, void_reason = '' WHERE request_id = ? AND seq = ?",
               (request_id, last.seq))
    db.execute("UPDATE requests SET status = ? WHERE id = ?", (Status.APPROVED.value, request_id))
    return append_event(db, request_id, store.clock.now(), user, "approval_restored", {
        "from": status, "to": Status.APPROVED.value, "fingerprint": last.fingerprint, "enclosures": files,
        "approved_at": iso_instant(last.at)})


class Review:
    """The review operations, on behalf of one user (the supervisor, or the officer for submit)."""

    def __init__(self, store: RequestStore, user: str):
        if not user.strip():
            raise ReviewError("reviewer")
        self.store = store
        self.user = user

    @property
    def _db(self) -> sqlite3.Connection:
        return self.store._db

    def _doc_and_status(self, request_id: str) -> tuple[dict[str, Any], str]:
        doc, status = self.store.get(request_id), self.store.status(request_id)
        if doc is None or status is None:
            raise UnknownRequestError(f"no request {request_id} in the register")
        return doc, status

    # -- what review mode shows -------------------------------------------------------
    def checklist(self, request_id: str) -> tuple[CheckResult, list[ChecklistRow]]:
        """The rules engine's result and one row per rule with the supervisor's marks."""
        doc, _status = self._doc_and_status(request_id)
        result = self.store.check(doc)
        return result, checklist(result, profile_for(str(doc.get("treaty", ""))), read_marks(self._db, request_id))

    def marks(self, request_id: str) -> list[Mark]:
        return read_marks(self._db, request_id)

    def decisions(self, request_id: str) -> list[Decision]:
        return read_decisions(self._db, request_id)

    def approval_state(self, request_id: str) -> ApprovalState:
        return approval_of(self._db, request_id, self.store.get(request_id))

    def decision_signer(self, request_id: str, decision: Decision) -> tuple[str | None, str]:
        """(None, the trusted holder who signed it) or (why it is not recognised, "")."""
        return recogniser(trust_of(self._db), request_id)(decision)

    @staticmethod
    def problem_text(problem: str, lang: str) -> str:
        from requestdesk.domain.review import VOID_REASONS

        reason = VOID_REASONS.get(problem)
        return reason.render(lang) if reason is not None else problem

    def comments_for(self, request_id: str) -> dict[str, str]:
        """For the officer of a returned request: {field or rule code: comment}.

        The comments of the latest decision when it returned the request; empty otherwise.
        The decision's overall note is under the key "" when there is one.
        """
        decisions = self.decisions(request_id)
        if not decisions or decisions[-1].decision is not DecisionValue.RETURNED:
            return {}
        comments = comments_by_key(decisions[-1].marks)
        if decisions[-1].note.strip():
            comments[""] = decisions[-1].note
        return comments

    # -- the officer --------------------------------------------------------------------
    def submit(self, request_id: str, note: str = "") -> Event:
        """Sends a draft or a returned request to review."""
        doc, current = self._doc_and_status(request_id)
        new = check_transition(current, Status.IN_REVIEW)
        with self.store.transaction() as db:
            db.execute("UPDATE requests SET status = ? WHERE id = ?", (new.value, request_id))
            return append_event(db, request_id, self.store.clock.now(), self.user, "submitted",
                                {"from": current, "to": new.value, "note": note, "fingerprint": fingerprint(doc)})

    def save(self, doc: dict[str, Any]) -> tuple[CheckResult, Event | None]:
        """What the editor calls to save: stores the request and, if that changed an
        approved text, voids the approval in the same transaction; if it brought a voided
        approval's text back, restores it (the "approval_voided" or "approval_restored"
        event is returned)."""
        with self.store.transaction() as db:
            before = read_doc_and_status(db, doc["id"])
            result = self.store.write(db, doc)
            moved = before is not None and before[0].get("transmission") != doc.get("transmission")
            event = void_if_changed(self.store, db, doc["id"], self.user, moved)
            return result, event or restore_if_unchanged(self.store, db, doc["id"], self.user)

    # -- the supervisor -----------------------------------------------------------------
    def mark(self, request_id: str, code: str, mark: MarkValue | str, comment: str = "", field: str = "") -> Event | None:
        """Sets the mark of one checklist row (or of one field within it); None when unchanged."""
        doc, status = self._doc_and_status(request_id)
        value = MarkValue(mark)
        if status != Status.IN_REVIEW:
            raise ReviewError("not_in_review", status=status)
        profile = profile_for(str(doc.get("treaty", "")))
        if code not in {r.code for r in profile.rules}:
            raise ReviewError("unknown_code", code=code)
        with self.store.transaction() as db:
            old = db.execute(
                "SELECT mark, comment FROM review_marks WHERE request_id = ? AND code = ? AND field = ?", (request_id, code, field)
            ).fetchone()
            if old == (value.value, comment):
                return None
            now = self.store.clock.now()
            db.execute(
                "INSERT OR REPLACE INTO review_marks (request_id, code, field, mark, comment, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (request_id, code, field, value.value, comment, self.user, _utc(now)),
            )
            return append_event(db, request_id, now, self.user, "reviewed", {"code": code, "field": field, "mark": value.value, "comment": comment})

    def clear_mark(self, request_id: str, code: str, field: str = "") -> Event | None:
        with self.store.transaction() as db:
            cursor = db.execute("DELETE FROM review_marks WHERE request_id = ? AND code = ? AND field = ?", (request_id, code, field))
            if cursor.rowcount == 0:
                return None
            return append_event(db, request_id, self.store.clock.now(), self.user, "reviewed", {"code": code, "field": field, "mark": None, "comment": ""})

    def approve(self, request_id: str, note: str = "", *, signer) -> Event:  # type: ignore[no-untyped-def]
        """In review → approved, bound to the request's fingerprint and its files' hashes
        by `signer`'s signature (an identity.UnlockedKey; app.review checks it is a
        supervisor's trusted here and not the author's)."""
        doc, current = self._doc_and_status(request_id)
        new = check_transition(current, Status.APPROVED)
        result = self.store.check(doc)
        if result.errors:
            raise ReviewError("errors", count=len(result.errors))
        marks = self.marks(request_id)
        pending = sorted({m.code for m in marks if m.mark is MarkValue.NEEDS_CHANGE})
        if pending:
            raise ReviewError("needs_change", codes=pending)
        return self._decide(request_id, doc, current, new, DecisionValue.APPROVED, note, marks, signer)

    def return_for_changes(self, request_id: str, note: str = "", *, signer) -> Event:  # type: ignore[no-untyped-def]
        """In review → returned, with the comments the officer will see."""
        doc, current = self._doc_and_status(request_id)
        new = check_transition(current, Status.RETURNED)
        marks = self.marks(request_id)
        if not note.strip() and not any(m.mark is MarkValue.NEEDS_CHANGE for m in marks):
            raise ReviewError("nothing_to_return")
        return self._decide(request_id, doc, current, new, DecisionValue.RETURNED, note, marks, signer)

    def _decide(self, request_id: str, doc: dict[str, Any], current: str, new: Status, decision: DecisionValue,
                note: str, marks: list[Mark], signer) -> Event:  # type: ignore[no-untyped-def]
        now = self.store.clock.now().astimezone(timezone.utc).replace(microsecond=0)
        digest = fingerprint(doc)
        with self.store.transaction() as db:
            files = enclosure_hashes(db, request_id)
            signer_key, signature = sign_decision(signer, request_id, decision.value, digest, files, now)
            seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM review_decisions WHERE request_id = ?", (request_id,)).fetchone()[0]
            db.execute(
                "INSERT INTO review_decisions (request_id, seq, decision, reviewer, at, note, fingerprint, enclosures, marks, "
                "signer_key, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (request_id, seq, decision.value, signer.holder.name, _utc(now), note, digest, json.dumps(files),
                 json.dumps([mark_to_json(m) for m in marks], ensure_ascii=False), signer_key, signature),
            )
            db.execute("UPDATE requests SET status = ? WHERE id = ?", (new.value, request_id))
            return append_event(db, request_id, now, signer.holder.name, decision.value, {
                "from": current, "to": new.value, "note": note, "fingerprint": digest, "enclosures": files,
                "marks": [mark_to_json(m) for m in marks], "signer_key": signer_key, "signature": signature,
            }, signer=signer)
