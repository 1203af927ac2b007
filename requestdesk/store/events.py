"""The event log of each request: append-only, each event chained to the one before."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from requestdesk.domain.canonical import canonical  # noqa: F401  (re-exported: callers import it from here)
from requestdesk.domain.timeutil import iso_instant


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


def event_hash(prev_hash: str, request_id: str, seq: int, at: str, user: str, kind: str, data: dict[str, Any]) -> str:
    body = canonical({"request_id": request_id, "seq": seq, "at": at, "user": user, "kind": kind, "data": data})
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + body).hexdigest()


def append_event(db: sqlite3.Connection, request_id: str, at: datetime, user: str, kind: str, data: dict[str, Any]) -> Event:
    """Appends within the caller's transaction."""
    last = db.execute(
        "SELECT seq, hash FROM events WHERE request_id = ? ORDER BY seq DESC LIMIT 1", (request_id,)
    ).fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, "")
    when = iso_instant(at.astimezone(timezone.utc))
    digest = event_hash(prev, request_id, seq, when, user, kind, data)
    db.execute(
        "INSERT INTO events (request_id, seq, at, user, kind, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (request_id, seq, when, user, kind, json.dumps(data, ensure_ascii=False), prev, digest),
    )
    return Event(request_id, seq, datetime.fromisoformat(when), user, kind, data, prev, digest)


def read_events(db: sqlite3.Connection, request_id: str) -> list[Event]:
    rows = db.execute(
        "SELECT request_id, seq, at, user, kind, data, prev_hash, hash FROM events WHERE request_id = ? ORDER BY seq",
        (request_id,),
    )
    return [Event(r[0], r[1], datetime.fromisoformat(r[2]), r[3], r[4], json.loads(r[5]), r[6], r[7]) for r in rows]


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
    """Inserts an event received from elsewhere as it is (its chain verified by the caller)."""
    db.execute(
        "INSERT INTO events (request_id, seq, at, user, kind, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (event.request_id, event.seq, iso_instant(event.at), event.user, event.kind,
         json.dumps(event.data, ensure_ascii=False), event.prev_hash, event.hash),
    )


def event_to_json(event: Event) -> dict[str, Any]:
    return {
        "request_id": event.request_id, "seq": event.seq, "at": iso_instant(event.at), "user": event.user,
        "kind": event.kind, "data": event.data, "prev_hash": event.prev_hash, "hash": event.hash,
    }
