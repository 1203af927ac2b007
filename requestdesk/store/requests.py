"""RequestStore: each request kept as its spec §1 document plus indexed columns."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from requestdesk.domain.deadlines import DEFAULT_COUNTING, Counting
from requestdesk.domain.directory import Directory
from requestdesk.domain.timeutil import Clock, SystemClock, iso_instant
from requestdesk.store.schema import CURRENT_VERSION, MIGRATIONS

if TYPE_CHECKING:
    from requestdesk.domain.check import CheckResult
    from requestdesk.domain.model import RequestModel


class StoreError(Exception):
    """The store cannot be opened or written; the message says why."""


class NewerStoreError(StoreError):
    pass


@dataclass(frozen=True)
class RegisterRow:
    """What the register shows of one request, read from the indexed columns."""

    id: str
    number: str
    date: str
    requesting_state: str
    requested_state: str
    requested_authority_ru: str
    requested_authority_en: str
    status: str
    urgent: bool
    confirmation_due: datetime | None
    confirmed_at: datetime | None
    desired_execution_by: str
    errors: int
    warnings: int
    updated_at: str

    def requested_authority(self, lang: str) -> str:
        return (self.requested_authority_ru if lang == "ru" else self.requested_authority_en) or (
            self.requested_authority_en or self.requested_authority_ru
        )

    @property
    def awaiting_confirmation(self) -> bool:
        return self.confirmation_due is not None and self.confirmed_at is None


_COLUMNS = (
    "id, number, date, requesting_state, requested_state, requested_authority_ru, requested_authority_en, "
    "status, urgent, confirmation_due, confirmed_at, desired_execution_by, errors, warnings, updated_at"
)


def _instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _row(values: tuple[Any, ...]) -> RegisterRow:
    (rid, number, day, rq_state, rd_state, auth_ru, auth_en, status, urgent, due, confirmed, desired, errors, warnings, updated) = values
    return RegisterRow(rid, number, day, rq_state, rd_state, auth_ru, auth_en, status, bool(urgent),
                       _instant(due), _instant(confirmed), desired, errors, warnings, updated)


def _search_text(request: RequestModel) -> str:
    parts = [request.number]
    for _, text in request.texts():
        parts.extend(value for _, value in text.values)
    for item in request.assistance:
        parts.extend(identifier.value for identifier in item.identifiers)
    parts.extend([request.requesting.state, request.requested.state])
    return "\n".join(p for p in parts if p)


def fts_query(text: str) -> str:
    """A user's search words as an FTS5 query: every word, as a prefix, literally."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words)


def _utc(moment: datetime | None) -> str | None:
    return iso_instant(moment.astimezone(timezone.utc)) if moment else None


class RequestStore:
    def __init__(
        self,
        path: Path,
        *,
        directory: Directory | None = None,
        clock: Clock | None = None,
        counting: Counting = DEFAULT_COUNTING,
    ):
        self.path = Path(path)
        self.directory = directory
        self.clock = clock or SystemClock()
        self.counting = counting
        self._db = self._open()

    # -- opening ------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not self.path.exists():
                # Created readable by the user only; SQLite gives its -wal and -shm the same mode.
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            self._migrate(db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: {exc.strerror or exc}") from exc
        return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > CURRENT_VERSION:
            raise NewerStoreError(f"{self.path}: made by a newer RequestDesk (schema {version} > {CURRENT_VERSION})")
        for target in range(version, CURRENT_VERSION):
            with db:
                db.execute("BEGIN IMMEDIATE")
                for statement in _statements(MIGRATIONS[target]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {target + 1}")

    def close(self) -> None:
        self._db.close()

    # -- writing ------------------------------------------------------------------
    def check(self, doc: dict[str, Any]) -> CheckResult:
        # Imported on first use: opening the register (the application's start) needs no rules.
        from requestdesk.domain.check import check_document

        return check_document(doc, directory=self.directory, clock=self.clock, counting=self.counting)

    def _indexed(self, doc: dict[str, Any]) -> tuple[CheckResult, dict[str, Any]]:
        """The check of a document and the columns the register reads of it."""
        result = self.check(doc)
        request = result.request
        columns = {
            "id": doc["id"],
            "doc": json.dumps(doc, ensure_ascii=False),
            "number": request.number,
            "date": request.date.isoformat() if request.date else "",
            "requesting_state": request.requesting.state,
            "requested_state": request.requested.state,
            "requested_authority_ru": request.requested.authority.get("ru"),
            "requested_authority_en": request.requested.authority.get("en"),
            "urgent": int(request.urgent),
            "confirmation_due": _utc(result.confirmation_due),
            "confirmed_at": _utc(request.transmission.confirmed_at),
            "desired_execution_by": request.desired_execution_by.isoformat() if request.desired_execution_by else "",
            "errors": len(result.errors),
            "warnings": len(result.warnings),
        }
        return result, columns

    def save(self, doc: dict[str, Any], *, status: str | None = None) -> CheckResult:
        """Inserts or replaces the request (by its id), with its indexed columns."""
        if not isinstance(doc.get("id"), str) or not doc["id"]:
            raise StoreError("a request without an id cannot be stored")
        result, columns = self._indexed(doc)
        now = iso_instant(self.clock.now().astimezone(timezone.utc))
        columns["updated_at"] = now
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                exists = self._db.execute("SELECT status FROM requests WHERE id = ?", (doc["id"],)).fetchone()
                columns["status"] = status or (exists[0] if exists else "draft")
                if exists:
                    assignments = ", ".join(f"{k} = :{k}" for k in columns if k != "id")
                    self._db.execute(f"UPDATE requests SET {assignments} WHERE id = :id", columns)
                else:
                    columns["created_at"] = now
                    names = ", ".join(columns)
                    self._db.execute(f"INSERT INTO requests ({names}) VALUES ({', '.join(':' + k for k in columns)})", columns)
                self._db.execute("DELETE FROM requests_fts WHERE id = ?", (doc["id"],))
                self._db.execute("INSERT INTO requests_fts (id, content) VALUES (?, ?)", (doc["id"], _search_text(result.request)))
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc
        return result

    def recheck_all(self) -> int:
        """Re-checks every stored request (after the counting rule or the directory changed).

        The documents, their status and their update times stay as they were; only the
        columns derived from the check (deadline, error counts) are brought up to date.
        """
        docs = [json.loads(raw) for (raw,) in self._db.execute("SELECT doc FROM requests").fetchall()]
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            for doc in docs:
                _, columns = self._indexed(doc)
                derived = {k: columns[k] for k in ("id", "confirmation_due", "errors", "warnings")}
                self._db.execute(
                    "UPDATE requests SET confirmation_due = :confirmation_due, errors = :errors, "
                    "warnings = :warnings WHERE id = :id",
                    derived,
                )
        return len(docs)

    def set_status(self, request_id: str, status: str) -> None:
        with self._db:
            self._db.execute("UPDATE requests SET status = ? WHERE id = ?", (status, request_id))

    def delete(self, request_id: str) -> dict[str, Any] | None:
        """Removes a request and returns its document (so that the deletion can be undone)."""
        doc = self.get(request_id)
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM requests WHERE id = ?", (request_id,))
            self._db.execute("DELETE FROM requests_fts WHERE id = ?", (request_id,))
        return doc

    # -- reading ------------------------------------------------------------------
    def get(self, request_id: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT doc FROM requests WHERE id = ?", (request_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def status(self, request_id: str) -> str | None:
        row = self._db.execute("SELECT status FROM requests WHERE id = ?", (request_id,)).fetchone()
        return row[0] if row else None

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM requests").fetchone()[0]

    def rows(
        self,
        search: str = "",
        *,
        ids: Iterable[str] | None = None,
        status: str | None = None,
        urgent: bool | None = None,
        overdue_at: datetime | None = None,
    ) -> list[RegisterRow]:
        """Register rows, newest first.

        `search` is full text over both languages (and identifiers); `status` and
        `urgent` keep the rows that match; `overdue_at` keeps the requests whose written
        confirmation was due before that instant and has not been recorded.
        """
        query = f"SELECT {_COLUMNS} FROM requests"
        conditions: list[str] = []
        params: list[Any] = []
        match = fts_query(search)
        if match:
            conditions.append("id IN (SELECT id FROM requests_fts WHERE requests_fts MATCH ?)")
            params.append(match)
        if status is not None:
            conditions.append("status = ?")
            params.append(status)
        if urgent is not None:
            conditions.append("urgent = ?")
            params.append(int(urgent))
        if overdue_at is not None:
            # Both sides are UTC ISO strings of the same shape, so text order is time order.
            conditions.append("confirmation_due IS NOT NULL AND confirmed_at IS NULL AND confirmation_due < ?")
            params.append(_utc(overdue_at))
        if ids is not None:
            wanted = list(dict.fromkeys(ids))
            conditions.append(f"id IN ({', '.join('?' * len(wanted))})" if wanted else "0")
            params.extend(wanted)
        if conditions:
            query += " WHERE " + " AND ".join(conditions)
        query += " ORDER BY date DESC, updated_at DESC"
        return [_row(values) for values in self._db.execute(query, params)]

    def awaiting_confirmation(self) -> list[RegisterRow]:
        """Requests whose written confirmation is due and not yet recorded, soonest first."""
        query = (
            f"SELECT {_COLUMNS} FROM requests WHERE confirmation_due IS NOT NULL AND confirmed_at IS NULL "
            "ORDER BY confirmation_due"
        )
        return [_row(values) for values in self._db.execute(query)]

    def integrity_ok(self) -> bool:
        return self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _statements(script: str) -> list[str]:
    without_comments = re.sub(r"--[^\n]*", "", script)
    return [s.strip() for s in without_comments.split(";") if s.strip()]
