"""The event log of each request: append-only, each event chained to the one before,
and each signed: by the personal key of whoever made it when they signed with one (a
supervisor's decision), else by the workstation's own key (identity.workstation_key).
The signature covers the event's hash, and so everything the chain covers."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from requestdesk.domain.canonical import canonical  # noqa: F401  (re-exported: callers import it from here)
from requestdesk.domain.timeutil import iso_instant
from requestdesk.identity.signing import b64, signing_bytes, unb64, verify

EVENT_PURPOSE = "log-event"


@dataclass(frozen=True)
class Event:
    request_id: str
    seq: int
    at: datetime
    user: str
    kind: str
    data: dict[str, Any]
    prev_hash: str
    hash: str
    signer_key: str = ""  # base64 Ed25519 public key ("" for an event written before events were signed)
    signature: str = ""


def event_signed_bytes(request_id: str, seq: int, digest: str) -> bytes:
    return signing_bytes(EVENT_PURPOSE, {"request_id": request_id, "seq": seq, "hash": digest})


def signature_holds(event: Event) -> bool | None:
    """Whether the event's signature is its signer's over its hash; None when unsigned."""
    if not event.signer_key and not event.signature:
        return None
    key, sig = unb64(event.signer_key, 32), unb64(event.signature, 64)
    return key is not None and sig is not None and verify(key, sig, event_signed_bytes(event.request_id, event.seq, event.hash))


def data_folder_of(db: sqlite3.Connection) -> Path | None:
    """The folder of the register file `db` has open (None for one in memory)."""
    for _, name, file in db.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file).parent
    return None


def _default_signer(db: sqlite3.Connection):  # type: ignore[no-untyped-def]
    folder = data_folder_of(db)
    if folder is None:
        return None
    from requestdesk.identity.workstation_key import workstation_key

    return workstation_key(folder)


def event_hash(prev_hash: str, request_id: str, seq: int, at: str, user: str, kind: str, data: dict[str, Any]) -> str:
    body = canonical({"request_id": request_id, "seq": seq, "at": at, "user": user, "kind": kind, "data": data})
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + body).hexdigest()


def append_event(db: sqlite3.Connection, request_id: str, at: datetime, user: str, kind: str, data: dict[str, Any],
                 signer=None) -> Event:  # type: ignore[no-untyped-def]
    """Appends within the caller's transaction, signed by `signer` (an unlocked personal
    key) or else by the workstation's key."""
    last = db.execute(
        "SELECT seq, hash FROM events WHERE request_id = ? ORDER BY seq DESC LIMIT 1", (request_id,)
    ).fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, "")
    when = iso_instant(at.astimezone(timezone.utc))
    digest = event_hash(prev, request_id, seq, when, user, kind, data)
    signer = signer or _default_signer(db)
    signer_key = signature = fp = ""
    if signer is not None:
        signer_key = b64(signer.public_key)
        signature = b64(signer.sign_payload(EVENT_PURPOSE, {"request_id": request_id, "seq": seq, "hash": digest}))
        fp = signer.fingerprint
    db.execute(
        "INSERT INTO events (request_id, seq, at, user, kind, data, prev_hash, hash, signer, signer_key, signature) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (request_id, seq, when, user, kind, json.dumps(data, ensure_ascii=False), prev, digest, fp, signer_key, signature),
    )
    return Event(request_id, seq, datetime.fromisoformat(when), user, kind, data, prev, digest, signer_key, signature)


def read_events(db: sqlite3.Connection, request_id: str) -> list[Event]:
    rows = db.execute(
        "SELECT request_id, seq, at, user, kind, data, prev_hash, hash, signer_key, signature FROM events "
        "WHERE request_id = ? ORDER BY seq",
        (request_id,),
    )
    return [Event(r[0], r[1], datetime.fromisoformat(r[2]), r[3], r[4], json.loads(r[5]), r[6], r[7], r[8], r[9]) for r in rows]


def chain_breaks(events: list[Event]) -> list[tuple[str, int, int]]:
    """What is wrong with a chain, as (what, seq, found): "missing" (event seq is missing,
    `found` came in its place), "unlinked" (does not follow the previous one), "altered"."""
    breaks = []
    prev = ""
    for expected_seq, event in enumerate(events, start=1):
        if event.seq != expected_seq:
            breaks.append(("missing", expected_seq, event.seq))
        if event.prev_hash != prev:
            breaks.append(("unlinked", event.seq, event.seq))
        digest = event_hash(event.prev_hash, event.request_id, event.seq, iso_instant(event.at), event.user, event.kind, event.data)
        if digest != event.hash:
            breaks.append(("altered", event.seq, event.seq))
        prev = event.hash
    return breaks


def chain_problems(events: list[Event]) -> list[str]:
    """What is wrong with a chain: an altered, removed or reordered event (empty when intact)."""
    texts = {
        "missing": "event {seq} is missing (found {found})",
        "unlinked": "event {seq} does not follow the previous one",
        "altered": "event {seq} was altered",
    }
    return [texts[what].format(seq=seq, found=found) for what, seq, found in chain_breaks(events)]


def copy_event(db: sqlite3.Connection, event: Event) -> None:
    """Inserts an event received from elsewhere as it is, with its signature (its chain
    verified by the caller)."""
    key = unb64(event.signer_key, 32)
    fp = ""
    if key is not None:
        from requestdesk.identity.holders import fingerprint as key_fingerprint

        fp = key_fingerprint(key)
    db.execute(
        "INSERT INTO events (request_id, seq, at, user, kind, data, prev_hash, hash, signer, signer_key, signature) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event.request_id, event.seq, iso_instant(event.at), event.user, event.kind,
         json.dumps(event.data, ensure_ascii=False), event.prev_hash, event.hash, fp, event.signer_key, event.signature),
    )


def event_to_json(event: Event) -> dict[str, Any]:
    return {
        "request_id": event.request_id, "seq": event.seq, "at": iso_instant(event.at), "user": event.user,
        "kind": event.kind, "data": event.data, "prev_hash": event.prev_hash, "hash": event.hash,
        "signer_key": event.signer_key, "signature": event.signature,
    }


def status_from_log(events: Iterable[Event]) -> str | None:
    """The status a log says its request has after these events (None: no status, or
    deleted): what `verify` compares with the register, and all a package's verified
    events can vouch for."""
    status: str | None = None
    for event in events:
        data = event.data
        if event.kind == "created":
            status = "draft"
        elif event.kind in ("imported", "restored") and isinstance(data.get("status"), str):
            status = data["status"]
        elif event.kind == "deleted":
            status = None
        elif isinstance(data.get("to"), str):
            status = data["to"]
    return status
