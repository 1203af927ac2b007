"""Bringing a verified package into the store, never overwriting newer local work silently."""

from __future__ import annotations

import copy
import sqlite3
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from requestdesk.domain.fingerprint import fingerprint
from requestdesk.domain.lifecycle import Status
from requestdesk.domain.records import replace
from requestdesk.domain.display import visible
from requestdesk.domain.review import UNVERIFIED_SENDER, Decision, DecisionValue
from requestdesk.domain.text import _
from requestdesk.identity.signing import b64
from requestdesk.packages.errors import PackageError
from requestdesk.packages.reader import Package, enclosure_bytes, read_package
from requestdesk.packages.senders import Sender, judge_sender, verified_count, verified_status
from requestdesk.progress import Meter
from requestdesk.store.enclosures import display_name, enclosure_hashes, link_enclosure, write_blob
from requestdesk.store.events import Event, append_event, copy_event, read_events
from requestdesk.store.requests import RequestStore, read_doc_and_status
from requestdesk.store.review import read_decisions, read_marks, review_record, trust_of_folder, write_review

# Events whose data record the request's fingerprint and files as they stood then.
STATE_EVENTS = ("packed", "imported", "approved", "returned", "approval_voided", "approval_restored")


class Resolution(StrEnum):
    KEEP_BOTH = "keep_both"  # the package becomes a new request beside the local one
    REPLACE = "replace"  # the package replaces the local request (the old text kept in the log)


_CONFLICT = {
    "local_changes": _("request {id} was changed on this workstation since it was packed or received; the package lacks those changes"),
    "diverged": _("the event log of request {id} on this workstation has events the package lacks"),
}
_CHOOSE = _("Choose: keep both (the package becomes a new request) or replace.")


@dataclass(frozen=True)
class Conflict:
    """Newer local work the package would overwrite: the caller asks the user what to do."""

    path: Path
    request_id: str
    reasons: tuple[str, ...]
    local_fingerprint: str
    package_fingerprint: str
    local_events: int
    package_events: int

    def message(self, lang: str = "en") -> str:
        parts = [_CONFLICT[r].render(lang, id=self.request_id) for r in self.reasons]
        return f"{self.path}: " + "; ".join(parts) + ". " + _CHOOSE.render(lang)


class Outcome(StrEnum):
    IMPORTED = "imported"  # new on this workstation
    UPDATED = "updated"  # the local request brought up to the package
    UNCHANGED = "unchanged"  # the package holds nothing new
    KEPT_BOTH = "kept_both"
    REPLACED = "replaced"


@dataclass(frozen=True)
class Imported:
    outcome: Outcome
    request_id: str  # the local request now holding the package's content
    source_id: str  # the request id in the package
    status: str
    # Who sent it, as judged here (None: nothing was imported), and how many of its events
    # this workstation vouches for: said beside the outcome, not part of it.
    sender: Sender | None = field(default=None, compare=False)
    verified_events: int = field(default=0, compare=False)


def _local_state(db: sqlite3.Connection, request_id: str, doc: dict[str, Any]) -> dict[str, Any]:
    return {"fingerprint": fingerprint(doc), "enclosures": enclosure_hashes(db, request_id)}


def _no_local_work(local: list[Event], state: dict[str, Any] | None, package: Package) -> bool:
    """Whether the local request is what the package holds, or what the local log last
    recorded (so nothing was changed here since it was packed, received or decided on)."""
    if state is None:
        return True
    if state == {"fingerprint": package.fingerprint, "enclosures": package.enclosure_hashes}:
        return True
    last = local[-1] if local else None
    return last is not None and last.kind in STATE_EVENTS and all(last.data.get(k) == v for k, v in state.items())


@dataclass(frozen=True)
class Verdict:
    """What this workstation makes of a package's sender and history, before importing it."""

    sender: Sender
    verified_events: int  # how many of the package's first events count (packages.senders)
    status: str  # the most the verified events vouch for


def judge(store: RequestStore, package: Package) -> Verdict:
    folder = Path(store.path).parent
    trust = trust_of_folder(folder)
    sender = judge_sender(package, trust)
    from requestdesk.identity.workstation_key import WORKSTATION_KEY_FILE, workstation_key

    own = workstation_key(folder).public_key if (folder / WORKSTATION_KEY_FILE).exists() else None
    count = verified_count(package.events, sender, trust, own)
    return Verdict(sender, count, verified_status(package.events, count))


class UnverifiedSender(PackageError):
    """A package refused because this workstation cannot verify who sent it; `sender`
    says what it claims (the window asks whether to import it marked unverified)."""

    def __init__(self, path: Path, sender: Sender):
        super().__init__(path, f"sender_{sender.why}", holder=visible(sender.holder) or "?", fingerprint=sender.fingerprint or "?")
        self.sender = sender


def refuse_unverified(package: Package, sender: Sender) -> None:
    """Raises UnverifiedSender, saying why the sender is not verified (nothing is written)."""
    raise UnverifiedSender(package.path, sender)


def import_package(store: RequestStore, path: Path | str, user: str, resolution: Resolution | str | None = None,
                   *, untrusted: bool = False, meter: Meter | None = None) -> Imported | Conflict:
    """Brings a verified package into the store; a Conflict when local work would be lost
    and no resolution was given. Refusals are PackageError; nothing is written then.

    A package whose signature fails, that is unsigned, or whose sender's key is not trusted
    here (or was revoked before it was signed) is refused, unless `untrusted`: then it is
    imported marked as coming from an unverified sender, any approval in it not
    recognised, and its status no more than the events this workstation can vouch for.

    The package is read and verified first; then the local request is read again and the
    decision taken inside one write transaction (BEGIN IMMEDIATE), so that another process
    importing or editing the same request at the same moment is either wholly before or
    wholly after this one: its work becomes a conflict here, never a lost text.

    `meter` counts the bytes read, hashed and stored, and may stop the work (Cancelled):
    the transaction is then rolled back, so the register is as it was.
    """
    meter = meter or Meter()
    meter.grow(enclosure_bytes(path))  # stored after they are checked: the progress bar's last stretch
    package = read_package(path, meter)
    verdict = judge(store, package)
    if not verdict.sender.verified and not untrusted:
        refuse_unverified(package, verdict.sender)
    chosen = Resolution(resolution) if resolution else None
    with store.transaction() as db:
        return _decide(store, db, package, verdict, Path(path), user, chosen, meter)


def _decide(store: RequestStore, db: sqlite3.Connection, package: Package, verdict: Verdict, path: Path, user: str,
            chosen: Resolution | None, meter: Meter) -> Imported | Conflict:
    stored = read_doc_and_status(db, package.request_id)
    local_doc, local_status = stored if stored is not None else (None, "")
    local_events = read_events(db, package.request_id)
    local_hashes = [e.hash for e in local_events]
    hashes = [e.hash for e in package.events]
    state = _local_state(db, package.request_id, local_doc) if local_doc is not None else None
    same_content = state == {"fingerprint": package.fingerprint, "enclosures": package.enclosure_hashes}
    if local_doc is not None and local_hashes[: len(hashes)] == hashes and (hashes or same_content):
        # The package is this request as it stands here, or as it stood at an earlier point
        # of this log: it brings nothing new.
        if chosen is None:
            return Imported(Outcome.UNCHANGED, package.request_id, package.request_id, local_status)
        prefix = local_hashes == hashes
    else:
        prefix = local_hashes == hashes[: len(local_hashes)]
        reasons = []
        if not prefix:
            reasons.append("diverged")
        if not _no_local_work(local_events, state, package):
            reasons.append("local_changes")
        if not reasons:
            outcome = Outcome.IMPORTED if local_doc is None else Outcome.UPDATED
            return _bring_in(store, db, package, verdict, user, package.request_id, package.doc, copy_from=len(local_events),
                             outcome=outcome, meter=meter)
        if chosen is None:
            return Conflict(path, package.request_id, tuple(reasons), state["fingerprint"] if state else "",
                            package.fingerprint, len(local_events), len(hashes))
    if chosen is Resolution.KEEP_BOTH:
        doc = copy.deepcopy(package.doc)
        doc["id"] = str(uuid.uuid4())
        return _bring_in(store, db, package, verdict, user, doc["id"], doc, copy_from=None, outcome=Outcome.KEPT_BOTH,
                         meter=meter)
    return _bring_in(store, db, package, verdict, user, package.request_id, package.doc,
                     copy_from=len(local_events) if prefix else None, outcome=Outcome.REPLACED, previous=local_doc,
                     meter=meter)


def _author(package: Package, verdict: Verdict) -> dict[str, str] | None:
    """Whoever wrote the text, as far as the events this workstation vouches for say;
    failing them the verified sender; else nobody (the importer is then the author).

    When the text was last written by an event that is not vouched for, whoever the
    vouched events name did not write what arrives: the author is the sender, or nobody."""
    authoring = ("created", "edited", "replaced", "imported")
    unvouched = any(e.kind in authoring for e in package.events[verdict.verified_events:])
    for event in () if unvouched else reversed(package.events[: verdict.verified_events]):
        if event.kind in authoring:
            named = event.data.get("author") if event.kind == "imported" else None
            if isinstance(named, dict) and isinstance(named.get("user"), str):
                return {"user": named["user"][:200], "signer_key": str(named.get("signer_key") or "")[:200]}
            return {"user": event.user, "signer_key": event.signer_key}
    public = package.seal.public
    if verdict.sender.verified and public is not None:
        return {"user": verdict.sender.holder, "signer_key": b64(public.key)}
    return None


def _bring_in(store: RequestStore, db: sqlite3.Connection, package: Package, verdict: Verdict, user: str, local_id: str,
              doc: dict[str, Any], *, copy_from: int | None, outcome: Outcome, previous: dict[str, Any] | None = None,
              meter: Meter) -> Imported:
    """Inside the caller's transaction: the document, status, files, review record and log.

    `copy_from` is how many of the package's events the local log already has; the rest
    are copied as they are. None: the package's log cannot continue the local one (a copy
    under a new id, or a replacement of a diverged request), so only the "imported" event
    records where the content came from.
    """
    # Whatever the manifest says, the status is the most the verified events vouch for: a
    # package without a verified history (none at all, unsigned events, or an unverified
    # sender's) proves no review, signature or sending, and comes in as a draft.
    status = verdict.status
    marks, decisions = list(package.marks), list(package.decisions)
    if not verdict.sender.verified:
        # Nobody known vouches for the package: an approval in it is not recognised here.
        now = store.clock.now()
        decisions = [
            replace(d, voided_at=d.voided_at or now, void_reason=",".join(filter(None, (d.void_reason, UNVERIFIED_SENDER))))
            if d.decision is DecisionValue.APPROVED else d
            for d in decisions
        ]
        if status == Status.APPROVED:
            status = Status.IN_REVIEW.value
    if outcome is Outcome.KEPT_BOTH:
        # An approval is bound to the original identity: the copy goes back to review.
        if status == Status.APPROVED:
            status = Status.IN_REVIEW.value
        now = store.clock.now()
        decisions = [
            Decision(d.seq, d.decision, d.reviewer, d.at, d.note, d.fingerprint, d.enclosures, d.marks,
                     d.voided_at or (now if d.decision is DecisionValue.APPROVED else None),
                     d.void_reason or ("copy" if d.decision is DecisionValue.APPROVED else ""), d.signer_key, d.signature)
            for d in decisions
        ]
    store.write(db, doc, status=status)
    if copy_from is not None:
        for event in package.events[copy_from:]:
            copy_event(db, event)
    db.execute("DELETE FROM enclosures WHERE request_id = ?", (local_id,))
    for entry in package.enclosures:
        before = meter.done
        if not write_blob(db, entry.sha256, entry.size, meter.chunks(package.enclosure_chunks(entry.sha256))):
            raise PackageError(package.path, "enclosure_altered", title=entry.name[:80])
        meter.add(max(0, entry.size - (meter.done - before)))  # a file stored already is not read again
        link_enclosure(db, local_id, entry.sha256, display_name(entry.name), entry.media_type, entry.size, entry.pages, entry.added_at, entry.added_by)
    write_review(db, local_id, marks, decisions)
    data: dict[str, Any] = {
        # The record as stored, so that replaying the log accounts for it (review_from_log).
        "review": review_record(read_marks(db, local_id), read_decisions(db, local_id)),
        "outcome": outcome.value,
        "package_sha256": package.sha256,
        "source_id": package.request_id,
        "source_events": len(package.events),
        "source_head": package.events[-1].hash if package.events else "",
        "fingerprint": fingerprint(doc),
        "enclosures": package.enclosure_hashes,
        "status": status,
        # Who sent it, as this workstation judged it, and how much of its log counted.
        "sender": verdict.sender.to_json(),
        "verified_events": verdict.verified_events,
    }
    author = _author(package, verdict)
    if author is not None:
        # Whoever wrote the text in the package's own log, not whoever imports it: the
        # four-eyes rule (app/signing.py) asks who the author is.
        data["author"] = author
    if previous is not None:
        # Replacing loses nothing: the text it replaced stays in the log.
        data["replaced"] = {"fingerprint": fingerprint(previous), "document": previous}
    append_event(db, local_id, store.clock.now(), user, "imported", data)
    return Imported(outcome, local_id, package.request_id, status, verdict.sender, verdict.verified_events)
