"""The event log of each request: append-only, each event chained to the one before."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

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


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


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


def chain_problems(events: list[Event]) -> list[str]:
    """What is wrong with a chain: an altered, removed or reordered event (empty when intact)."""
    problems = []
    prev = ""
    for expected_seq, event in enumerate(events, start=1):
        if event.seq != expected_seq:
            problems.append(f"event {expected_seq} is missing (found {event.seq})")
        if event.prev_hash != prev:
            problems.append(f"event {event.seq} does not follow the previous one")
        digest = event_hash(event.prev_hash, event.request_id, event.seq, iso_instant(event.at), event.user, event.kind, event.data)
        if digest != event.hash:
            problems.append(f"event {event.seq} was altered")
        prev = event.hash
    return problems
