"""Reading a request's log and verifying the register against it.

The log is the account of everything done to a request. `verify` checks that the
register agrees with that account: every chain intact, and each request's text, status
and review record the ones its log last recorded, so that a change made around the
application (a SQL statement, an edited database file) shows. What it cannot see
without signatures (a log rewritten consistently, or its last events removed) is said in
README.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from requestdesk.app.desk import DeskBase
from requestdesk.domain.fingerprint import fingerprint
from requestdesk.domain.problems import render
from requestdesk.domain.review import UNVERIFIED_SENDER, ApprovalStatus
from requestdesk.domain.text import _
from requestdesk.store.events import Event, chain_breaks, read_events, signature_holds, status_from_log
from requestdesk.store.heads import read_heads
from requestdesk.store.review import unapproved_move, approval_of, read_decisions, read_marks, review_from_log, review_record, trust_of_folder

_TEXTS = {
    "missing": _("event {seq} is missing (found {found})"),
    "unlinked": _("event {seq} does not follow the previous one"),
    "altered": _("event {seq} was altered after it was written"),
    "text": _("the request's text (fingerprint {now}) is not the one its log last recorded ({logged})"),
    "status": _("the status “{now}” is not the one its log last recorded (“{logged}”)"),
    "review": _("the review's marks or decisions differ from its log (changed outside the program)"),
    "approval": _("the approval does not verify: the approved text's fingerprint is not in the log"),
    "approval_unrecognised": _("the approval is not recognised: {why}"),
    "bad_signature": _("the signature of event {seq} does not verify (the event was rewritten or its signature forged)"),
    "unsigned": _("event {seq} is not signed though the events before it are (inserted or rewritten outside the program)"),
    "unapproved": _("event {seq} makes the request “{status}” with no approval in force that a supervisor signed (written outside the program)"),
    "unknown_signer": _("events from {seq} on are not signed by this workstation nor by a key it trusts (written outside the program)"),
    "tail_removed": _("the log has {now} event(s) where {logged} were counted: its last events were removed"),
    "head_differs": _("event {seq} is not the one that was counted (the log was rewritten as a whole)"),
    "heads_damaged": _("the file counting the logs (log-heads.jsonl) has {count} unsigned or damaged line(s)"),
    "backup_heads_damaged": _("the count of the logs in the backup {name} is not signed by this workstation or was altered"),
    "integrity": _("the register file is damaged: {detail}"),
    "archived": _("the request is {now} though its log last recorded it {logged} (the archive was changed outside the program)"),
    "in_archive": _("in the archive"),
    "in_list": _("in the register's list"),
    "uncovered": _("the log records neither the text nor the status of the request (made before the log recorded them)"),
}

_ARCHIVE_STATE = {True: "in_archive", False: "in_list"}

# Events whose data say which text the request had from then on.
_TEXT_EVENTS = ("created", "edited", "replaced", "imported", "restored")


@dataclass(frozen=True)
class Problem:
    """One thing that does not verify, said in the user's language."""

    request_id: str
    what: str
    params: tuple[tuple[str, str], ...] = ()
    failure: bool = True  # False: said, but not a reason to distrust the register

    def message(self, lang: str = "en") -> str:
        from requestdesk.domain.lifecycle import label
        from requestdesk.domain.review import VOID_REASONS

        params: dict[str, object] = {k: (label(v, lang) if (k in ("now", "logged") and self.what == "status")
                                               or (k == "status" and self.what == "unapproved") else v)
                                     for k, v in self.params}
        if self.what == "archived":
            params = {k: render(_TEXTS, str(v), lang, {}) for k, v in params.items()}
        if "why" in params and params["why"] in VOID_REASONS:
            params["why"] = VOID_REASONS[str(params["why"])]
        return render(_TEXTS, self.what, lang, params)


@dataclass(frozen=True)
class LoggedEvent:
    event: Event
    linked: bool  # follows the event before it
    intact: bool  # its content is what was hashed when it was written
    signed: bool | None = None  # its signature verifies; None: written before events were signed
    signer: str = ""  # who signed: a trusted key's holder, "workstation", or "unknown key"


def _signer_of(event: Event, own: bytes | None, trust) -> str:  # type: ignore[no-untyped-def]
    from requestdesk.identity.signing import unb64

    key = unb64(event.signer_key, 32)
    if key is None:
        return ""
    if own is not None and key == own:
        return "workstation"
    entry = trust.entry_for_key(key) if trust is not None else None
    return entry.holder if entry is not None else "unknown key"


def _vouched_here(event: Event, holds: bool | None, own: bytes | None, trust) -> bool:  # type: ignore[no-untyped-def]
    """Signed (`holds`: its signature verifies) by this workstation's key, or by a key its
    list trusted when the event was made."""
    from requestdesk.identity.signing import unb64

    key = unb64(event.signer_key, 32)
    if key is None or holds is not True:
        return False
    if own is not None and key == own:
        return True
    entry = trust.entry_for_key(key) if trust is not None else None
    return entry is not None and entry.trusted_at(event.at)


def _first_unvouched(events: list[Event], holds: list[bool | None], own: bytes | None, trust) -> int | None:  # type: ignore[no-untyped-def]
    """The first of the signed events after the last one this workstation vouches for: a
    signature that holds proves nothing when nobody known here made it (a forger signs with
    a key pair of their own). Events before a vouched one are fixed by the chain it
    continues (a package's log, from another workstation's key, is vouched for by the
    "imported" event this workstation signed after it)."""
    last = max((i for i, e in enumerate(events) if _vouched_here(e, holds[i], own, trust)), default=-1)
    return next((e.seq for i, e in enumerate(events) if i > last and holds[i] is True), None)


@dataclass(frozen=True)
class LogReport:
    request_id: str
    events: list[LoggedEvent]
    problems: list[Problem]
    in_register: bool

    @property
    def verified(self) -> bool:
        return not any(p.failure for p in self.problems)



def _archived_from_log(events: Iterable[Event]) -> bool:
    """Whether the log last put the request into the archive (and did not bring it back)."""
    archived = False
    for event in events:
        if event.kind == "archived":
            archived = True
        elif event.kind in ("created", "imported", "restored", "deleted"):
            archived = False
    return archived


def _text_from_log(events: Iterable[Event]) -> str | None:
    logged = None
    for event in events:
        if event.kind in _TEXT_EVENTS and isinstance(event.data.get("fingerprint"), str):
            logged = event.data["fingerprint"]
    return logged


def _same_review(stored: dict[str, Any], replayed: dict[str, Any]) -> bool:
    def decisions(record: dict[str, Any]) -> list[tuple[Any, ...]]:
        return [(d.get("decision"), d.get("reviewer"), d.get("fingerprint"), bool(d.get("voided_at")))
                for d in record.get("decisions", [])]

    def marks(record: dict[str, Any]) -> list[tuple[Any, ...]]:
        return sorted((str(m.get("code")), str(m.get("field")), m.get("mark"), m.get("comment"))
                      for m in record.get("marks", []))

    return decisions(stored) == decisions(replayed) and marks(stored) == marks(replayed)


class AuditOps(DeskBase):
    def request_log(self, request_id: str) -> LogReport | None:
        """The log of a request (also of one deleted since), with what does not verify;
        None when the register has never held it."""
        events = self.store.read(read_events, request_id)
        stored = self.store.doc_and_status(request_id)
        if not events and stored is None:
            return None
        breaks = chain_breaks(events)
        unlinked = {seq for what, seq, _ in breaks if what == "unlinked"}
        altered = {seq for what, seq, _ in breaks if what == "altered"}
        folder = self.store.path.parent
        own = self._own_key()
        trust = trust_of_folder(folder)
        logged, problems = [], [Problem(request_id, what, (("seq", str(seq)), ("found", str(found)))) for what, seq, found in breaks]
        seen_signed = False
        verdicts: list[bool | None] = []
        for e in events:
            holds = signature_holds(e)
            verdicts.append(holds)
            logged.append(LoggedEvent(e, e.seq not in unlinked, e.seq not in altered, holds, _signer_of(e, own, trust)))
            if holds is False:
                problems.append(Problem(request_id, "bad_signature", (("seq", str(e.seq)),)))
            elif holds is None and seen_signed:
                problems.append(Problem(request_id, "unsigned", (("seq", str(e.seq)),)))
            seen_signed = seen_signed or holds is not None
        unvouched = _first_unvouched(events, verdicts, own, trust)
        if unvouched is not None:
            problems.append(Problem(request_id, "unknown_signer", (("seq", str(unvouched)),)))
        # Moves made here, from the last import on (what came before it the import judged).
        since = max((i for i, e in enumerate(events) if e.kind == "imported"), default=0)
        unapproved = unapproved_move(events, trust, since)
        if unapproved is not None:
            problems.append(Problem(request_id, "unapproved", (("seq", str(events[unapproved].seq)),
                                                               ("status", str(status_from_log([events[unapproved]]))))))
        # Counted in two other places: log-heads.jsonl and the newest backup that carries
        # signed heads. Each must find its count and hash in the log.
        heads = [self._heads()[0].get(request_id), self._backup_heads()[0].get(request_id)]
        said: set[str] = set()
        for counted, last_hash in sorted({h for h in heads if h is not None}, reverse=True):
            if len(events) < counted:
                problem = Problem(request_id, "tail_removed", (("now", str(len(events))), ("logged", str(counted))))
            elif counted and events[counted - 1].hash != last_hash:
                problem = Problem(request_id, "head_differs", (("seq", str(counted)),))
            else:
                continue
            if problem.what not in said:
                said.add(problem.what)
                problems.append(problem)
        if stored is not None:
            problems += self._agreement(request_id, stored[0], stored[1], events)
        return LogReport(request_id, logged, problems, stored is not None)

    def _agreement(self, request_id: str, doc: dict[str, Any], status: str, events: list[Event]) -> list[Problem]:
        problems: list[Problem] = []
        text, logged_status = _text_from_log(events), status_from_log(events)
        if text is None and logged_status is None:
            return [Problem(request_id, "uncovered", failure=False)]
        now = fingerprint(doc)
        if text is not None and text != now:
            problems.append(Problem(request_id, "text", (("now", now[:12]), ("logged", text[:12]))))
        if logged_status is not None and logged_status != status:
            problems.append(Problem(request_id, "status", (("now", status), ("logged", logged_status))))
        archived = self.store.is_archived(request_id)
        if archived != _archived_from_log(events):
            problems.append(Problem(request_id, "archived", (("now", _ARCHIVE_STATE[archived]),
                                                             ("logged", _ARCHIVE_STATE[not archived]))))
        marks, decisions = self.store.read(read_marks, request_id), self.store.read(read_decisions, request_id)
        if not _same_review(review_record(marks, decisions), review_from_log(events)):
            problems.append(Problem(request_id, "review"))
        state = self.store.read(approval_of, request_id, doc, now, events)
        if state.status is ApprovalStatus.NOT_RECOGNISED:
            # One brought by a package the user chose to import from an unverified sender
            # is said, not counted against the register: nothing around the program made it.
            why = state.reasons[0]
            problems.append(Problem(request_id, "approval_unrecognised", (("why", why),), failure=why != UNVERIFIED_SENDER))
        if state.status is ApprovalStatus.VALID and state.decision is not None:
            recorded = {e.data.get("fingerprint") for e in events if e.kind == "approved"}
            if state.decision.fingerprint not in recorded:
                problems.append(Problem(request_id, "approval"))
        return problems

    def _own_key(self) -> bytes | None:
        from requestdesk.identity.workstation_key import WORKSTATION_KEY_FILE, workstation_key

        folder = self.store.path.parent
        return workstation_key(folder).public_key if (folder / WORKSTATION_KEY_FILE).exists() else None

    # The heads file read once per verify, not once per request (see verify).
    _heads_cache: tuple[dict[str, tuple[int, str]], int] | None = None

    def _heads(self) -> tuple[dict[str, tuple[int, str]], int]:
        cached = self._heads_cache
        return cached if cached is not None else read_heads(self.store.path.parent, self._own_key())

    _backup_cache: tuple[dict[str, tuple[int, str]], list[str]] | None = None

    def _backup_heads(self) -> tuple[dict[str, tuple[int, str]], list[str]]:
        """The heads of the newest backup whose signed heads verify, and the names of newer
        backups whose heads do not (edited, or signed by another key)."""
        if self._backup_cache is not None:
            return self._backup_cache
        from requestdesk.store.backup import BACKUP_FOLDER, backups
        from requestdesk.store.heads import read_backup_heads

        own, damaged = self._own_key(), list[str]()
        found = sorted(backups(self.store.path.parent / BACKUP_FOLDER), key=lambda b: b.made_at or datetime.min.astimezone(),
                       reverse=True)
        for backup in found:
            heads = read_backup_heads(backup.path, own)
            if isinstance(heads, dict):
                return heads, damaged
            if heads is True:
                damaged.append(backup.path.name)
        return {}, damaged

    def verify(self) -> list[Problem]:
        """Everything in the register that does not verify (empty when all of it does)."""
        problems: list[Problem] = []
        self._heads_cache = read_heads(self.store.path.parent, self._own_key())
        self._backup_cache = self._backup_heads()
        try:
            return self._verify_all(problems)
        finally:
            self._heads_cache = self._backup_cache = None

    def _verify_all(self, problems: list[Problem]) -> list[Problem]:
        heads, bad = self._heads()
        if bad:
            problems.append(Problem("", "heads_damaged", (("count", str(bad)),)))
        in_backup, damaged = self._backup_heads()
        for name in damaged:
            problems.append(Problem("", "backup_heads_damaged", (("name", name),)))
        logged_ids = set(self.store.logged_ids())
        counted = {**in_backup, **{k: v for k, v in heads.items() if v[0] >= in_backup.get(k, (0, ""))[0]}}
        for request_id in sorted(set(counted) - logged_ids):
            # Counted once, and now without a single event: the whole log was deleted.
            problems.append(Problem(request_id, "tail_removed", (("now", "0"), ("logged", str(counted[request_id][0])))))
        integrity = self.store.integrity_report()
        if integrity != ["ok"]:
            problems.append(Problem("", "integrity", (("detail", "; ".join(integrity[:5])),)))
        for request_id in self.store.logged_ids():
            report = self.request_log(request_id)
            if report is not None:
                problems += report.problems
        return problems

