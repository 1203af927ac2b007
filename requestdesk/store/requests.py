"""RequestStore: each request kept as its spec §1 document plus indexed columns."""

from __future__ import annotations

import contextlib
import errno
import itertools
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from requestdesk.domain.deadlines import DEFAULT_COUNTING, Counting
from requestdesk.domain.directory import Directory
from requestdesk.domain.lifecycle import Status
from requestdesk.domain.problems import Texts, render
from requestdesk.domain.text import _
from requestdesk.domain.timeutil import Clock, SystemClock, iso_instant
from requestdesk.store.schema import CURRENT_VERSION, MIGRATIONS, REINDEXING
from requestdesk.store.search import MAX_SEARCH_WORDS, fts_query, search_words, stems_of  # noqa: F401  (re-exported)

if TYPE_CHECKING:
    from collections.abc import Callable

    from requestdesk.domain.check import CheckResult
    from requestdesk.domain.model import RequestModel


_T = TypeVar("_T")

_STORE_PROBLEMS = {
    "full": _("{path}: the disk is full — the request was not saved in the register; free some space and it will be saved on the next attempt"),
    "readonly": _("{path}: cannot write here (read-only folder or no permission) — the request was not saved in the register"),
    "corrupt": _("{path}: the register file is damaged or not a RequestDesk register; restore it from a backup"),
    "newer": _("{path}: the register was made by a newer RequestDesk (schema {version}); update the program"),
    "io": _("{path}: the disk refused the write ({detail}) — the request was not saved in the register; check the free space"),
    "other": _("{path}: register error: {detail}"),
}


class StoreError(Exception):
    """The store cannot be opened or written; `message(lang)` says why, in the user's language."""

    def __init__(self, detail: str, *, path: Path | str = "", problem: str = "other", **params: object):
        super().__init__(f"{path}: {detail}" if path else detail)
        self.path, self.problem, self.detail, self.params = str(path), problem, detail, params

    def message(self, lang: str = "en") -> str:
        template = _STORE_PROBLEMS.get(self.problem, _STORE_PROBLEMS["other"])
        return template.render(lang, path=self.path, detail=self.detail, **self.params)

    @classmethod
    def from_exception(cls, path: Path, exc: BaseException) -> "StoreError":
        name = getattr(exc, "sqlite_errorname", "") or ""
        number = getattr(exc, "errno", None)
        if name == "SQLITE_FULL" or number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            problem = "full"
        elif name in ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM") or number in (errno.EROFS, errno.EACCES, errno.EPERM):
            problem = "readonly"
        elif name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            problem = "corrupt"
        elif name.startswith("SQLITE_IOERR") or isinstance(exc, OSError):
            problem = "io"
        else:
            problem = "other"
        detail = getattr(exc, "strerror", None) or str(exc)
        return cls(detail, path=path, problem=problem)


class StoreRefusal(StoreError):
    """An operation on the register refused for a reason of its own (a review, an
    enclosure...), not a failure of the database: `TEXTS` holds its messages."""

    TEXTS: ClassVar[Texts] = {}

    def __init__(self, problem: str, **params: Any):
        super().__init__("", problem=problem)
        self.params = params  # apart: a parameter may be called "detail" or "path" too
        self.args = (self.message("en"),)

    def value(self, name: str, value: Any, lang: str) -> object:
        return value

    def message(self, lang: str = "en") -> str:
        return render(self.TEXTS, self.problem, lang, {k: self.value(k, v, lang) for k, v in self.params.items()})


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
    requesting_zone: str = ""
    archived_at: datetime | None = None  # put away (it had left the draft stage when deleted)

    def requested_authority(self, lang: str) -> str:
        return (self.requested_authority_ru if lang == "ru" else self.requested_authority_en) or (
            self.requested_authority_en or self.requested_authority_ru
        )

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    @property
    def awaiting_confirmation(self) -> bool:
        return self.confirmation_due is not None and self.confirmed_at is None


_COLUMNS = (
    "id, number, date, requesting_state, requested_state, requested_authority_ru, requested_authority_en, "
    "status, urgent, confirmation_due, confirmed_at, desired_execution_by, errors, warnings, updated_at, requesting_zone, "
    "archived_at"
)


def _instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _row(values: tuple[Any, ...]) -> RegisterRow:
    (rid, number, day, rq_state, rd_state, auth_ru, auth_en, status, urgent, due, confirmed, desired, errors, warnings, updated, zone,
     archived) = values
    return RegisterRow(rid, number, day, rq_state, rd_state, auth_ru, auth_en, status, bool(urgent),
                       _instant(due), _instant(confirmed), desired, errors, warnings, updated, zone, _instant(archived))


def _search_text(request: RequestModel) -> str:
    parts = [request.number]
    for _path, text in request.texts():
        parts.extend(value for _lang, value in text.values)
    for item in request.assistance:
        parts.extend(identifier.value for identifier in item.identifiers)
    parts.extend([request.requesting.state, request.requested.state])
    return "\n".join(p for p in parts if p)


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
        progress: Callable[[int, int], None] | None = None,
    ):
        """`progress(done, total)` is told how far a migration that re-indexes every
        request has come (a register of 100,000 requests takes seconds)."""
        self.path = Path(path)
        self._progress = progress
        self.directory = directory
        self.clock = clock or SystemClock()
        self.counting = counting
        self._kept_order: tuple[tuple[Any, ...], tuple[int, ...]] | None = None
        self._db = self._open()

    # -- opening ------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not self.path.exists():
                # Created readable by the user only; SQLite gives its -wal and -shm the same mode.
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=_BUSY_TIMEOUT)
            _while_busy(lambda: self._prepare(db))
        except (sqlite3.Error, OSError) as exc:
            raise StoreError.from_exception(self.path, exc) from exc
        return db

    def _prepare(self, db: sqlite3.Connection) -> None:
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        self._migrate(db)

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > CURRENT_VERSION:
            raise NewerStoreError(f"schema {version} > {CURRENT_VERSION}", path=self.path, problem="newer", version=version)
        for target in range(version, CURRENT_VERSION):
            with db:
                db.execute("BEGIN IMMEDIATE")
                if db.execute("PRAGMA user_version").fetchone()[0] != target:
                    continue  # another process starting at the same time migrated it first
                if target in REINDEXING:
                    self._count_reindexed(db)
                for statement in _statements(MIGRATIONS[target]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {target + 1}")

    def _count_reindexed(self, db: sqlite3.Connection) -> None:
        """Makes requestdesk_stems tell `progress` how many requests it has indexed."""
        total = db.execute("SELECT count(*) FROM requests").fetchone()[0]
        done = 0
        report = self._progress

        def stems_counted(content: str | None) -> str:
            nonlocal done
            done += 1
            if report is not None and total and (done % 500 == 0 or done == total):
                report(done, total)
            return stems_of(content or "")

        if report is not None and total:
            report(0, total)
        db.create_function("requestdesk_stems", 1, stems_counted)

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
            "requesting_zone": result.requesting_zone,
        }
        return result, columns

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it lands, or none of it.

        Inside another transaction of this store it joins that one, so an operation of
        the application layer can re-read, decide and call several writers as one.
        """
        if self._db.in_transaction:
            yield self._db
            return
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                yield self._db
        except (sqlite3.Error, OSError) as exc:
            raise StoreError.from_exception(self.path, exc) from exc

    def in_transaction(self) -> bool:
        """Whether a write transaction of this store is open (an operation still writing)."""
        return self._db.in_transaction

    def save(self, doc: dict[str, Any], *, status: str | None = None) -> CheckResult:
        """Inserts or replaces the request (by its id), with its indexed columns."""
        with self.transaction() as db:
            return self.write(db, doc, status=status)

    def write(self, db: sqlite3.Connection, doc: dict[str, Any], *, status: str | None = None) -> CheckResult:
        """save() inside the caller's transaction."""
        if not isinstance(doc.get("id"), str) or not doc["id"]:
            raise StoreError("a request without an id cannot be stored")
        result, columns = self._indexed(doc)
        now = iso_instant(self.clock.now().astimezone(timezone.utc))
        columns["updated_at"] = now
        exists = db.execute("SELECT status, n FROM requests WHERE id = ?", (doc["id"],)).fetchone()
        columns["status"] = status or (exists[0] if exists else "draft")
        if exists:
            assignments = ", ".join(f"{k} = :{k}" for k in columns if k != "id")
            db.execute(f"UPDATE requests SET {assignments} WHERE id = :id", columns)
            key = exists[1]
            db.execute("DELETE FROM requests_text WHERE rowid = ?", (key,))
        else:
            columns["created_at"] = now
            names = ", ".join(columns)
            key = db.execute(f"INSERT INTO requests ({names}) VALUES ({', '.join(':' + k for k in columns)})", columns).lastrowid
        db.execute("INSERT OR REPLACE INTO documents (id, doc) VALUES (?, ?)", (doc["id"], json.dumps(doc, ensure_ascii=False)))
        content = _search_text(result.request)
        db.execute("INSERT INTO requests_text (rowid, content, stems) VALUES (?, ?, ?)", (key, content, stems_of(content)))
        return result

    def keys_to_recheck(self) -> list[int]:
        """The requests a change of the counting rule can affect: those with a
        written-confirmation deadline, since only that deadline and the findings about
        it depend on the rule."""
        return [row[0] for row in self._db.execute("SELECT n FROM requests WHERE confirmation_due IS NOT NULL ORDER BY n")]

    def recheck(self, keys: Sequence[int]) -> int:
        """Re-checks these requests in one transaction (re-read inside it).

        The documents, their status and their update times stay as they were; only the
        columns derived from the check (deadline, error counts) are brought up to date.
        """
        with self.transaction() as db:
            marks = ", ".join("?" * len(keys))
            docs = [json.loads(raw) for (raw,) in db.execute(
                f"SELECT d.doc FROM documents d JOIN requests r ON r.id = d.id WHERE r.n IN ({marks})", list(keys))]
            for doc in docs:
                _, columns = self._indexed(doc)
                db.execute(
                    "UPDATE requests SET confirmation_due = :confirmation_due, errors = :errors, "
                    "warnings = :warnings, requesting_zone = :requesting_zone WHERE id = :id",
                    {k: columns[k] for k in ("id", "confirmation_due", "errors", "warnings", "requesting_zone")},
                )
        return len(docs)

    def remove(self, db: sqlite3.Connection, request_id: str) -> None:
        """Inside the caller's transaction: takes a request out of the register (its
        document, row and search entry). Its event log stays: the log is append-only."""
        db.execute("DELETE FROM requests_text WHERE rowid IN (SELECT n FROM requests WHERE id = ?)", (request_id,))
        db.execute("DELETE FROM requests WHERE id = ?", (request_id,))
        db.execute("DELETE FROM documents WHERE id = ?", (request_id,))

    def set_archived(self, db: sqlite3.Connection, request_id: str, archived: bool) -> None:
        """Inside the caller's transaction: puts a request into the archive (out of the
        register's list, kept whole) or brings it back."""
        at = iso_instant(self.clock.now().astimezone(timezone.utc)) if archived else None
        db.execute("UPDATE requests SET archived_at = ? WHERE id = ?", (at, request_id))

    # -- reading ------------------------------------------------------------------
    def get(self, request_id: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT doc FROM documents WHERE id = ?", (request_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def doc_and_status(self, request_id: str) -> tuple[dict[str, Any], str] | None:
        """A request's document and status, read together (in the caller's transaction if any)."""
        return read_doc_and_status(self._db, request_id)

    def status(self, request_id: str) -> str | None:
        row = self._db.execute("SELECT status FROM requests WHERE id = ?", (request_id,)).fetchone()
        return row[0] if row else None

    def outside_version(self) -> int:
        """A number that changes whenever another connection (the command line, a worker,
        another program) commits to the register; this connection's own writes leave it."""
        return self._db.execute("PRAGMA data_version").fetchone()[0]

    def count(self, *, archived: bool | None = False) -> int:
        """How many requests the register lists (`archived` False), holds in its archive
        (True), or holds at all (None)."""
        archive = self._db.execute(f"SELECT count(*) FROM requests WHERE {_ARCHIVED}").fetchone()[0]
        if archived:
            return archive
        every = self._db.execute("SELECT count(*) FROM requests").fetchone()[0]
        return every if archived is None else every - archive

    def is_archived(self, request_id: str) -> bool:
        row = self._db.execute("SELECT archived_at IS NOT NULL FROM requests WHERE id = ?", (request_id,)).fetchone()
        return bool(row and row[0])

    def archived_among(self, ids: Iterable[str]) -> set[str]:
        """Those of these requests that are in the archive."""
        wanted, found = list(dict.fromkeys(ids)), set[str]()
        for start in range(0, len(wanted), 500):  # below SQLite's limit on bound parameters
            chunk = wanted[start:start + 500]
            query = f"SELECT id FROM requests WHERE {_ARCHIVED} AND id IN ({', '.join('?' * len(chunk))})"
            found.update(row[0] for row in self._db.execute(query, chunk))
        return found

    def rows(
        self,
        search: str = "",
        *,
        ids: Iterable[str] | None = None,
        status: str | None = None,
        urgent: bool | None = None,
        overdue_at: datetime | None = None,
        archived: bool | None = False,
    ) -> list[RegisterRow]:
        """Register rows, newest first.

        `search` is full text over both languages (and identifiers); `status` and
        `urgent` keep the rows that match; `overdue_at` keeps the requests whose written
        confirmation was due before that instant and has not been recorded; `archived`
        False leaves the archive out (as the register's list does), True lists it alone,
        None lists both.
        """
        where, params = _filters(search, ids, status, urgent, overdue_at, archived)
        query = f"SELECT {_COLUMNS} FROM requests{where} ORDER BY {_sort('newest', False)}"
        return [_row(values) for values in self._db.execute(query, params)]

    def keys(
        self,
        search: str = "",
        *,
        status: str | None = None,
        urgent: bool | None = None,
        overdue_at: datetime | None = None,
        archived: bool | None = False,
        order: str = "newest",
        descending: bool = False,
    ) -> Sequence[int]:
        """The register keys of the matching requests in an order of ORDERS.

        A key is the request's row number, stable while the request exists: a register
        of 100,000 requests lists them as integers without reading a row each
        (rows_by_key reads the rows shown, key_of finds a request's key).
        """
        # The register's list in a whole order: read in the order's own index and
        # without the archive's few keys afterwards (testing each entry against them in
        # SQL doubles the time of a register of 100,000 requests).
        listed = archived is False
        where, params = _filters("", None, status, urgent, overdue_at, None if listed else archived)
        sort = _sort(order, descending)
        match = fts_query(search)
        archive = self._archived_keys() if listed else set()
        if not match:
            ordered = self._ordered_keys(where, params, sort)
            return tuple(itertools.filterfalse(archive.__contains__, ordered)) if archive else ordered
        matched = self._matching_keys(match) - archive
        if len(matched) > _FEW_MATCHES:
            # Many matches: filtering the register's order (read once, kept until the
            # next change) beats looking each match up and sorting them all again.
            return list(filter(matched.__contains__, self._ordered_keys(where, params, sort)))
        where, params = _filters(search, None, status, urgent, overdue_at, archived)
        return _json_keys(self._db, f"SELECT n FROM requests{where} ORDER BY {sort}", params)

    def first_keys(self, *, order: str = "newest", descending: bool = False, limit: int, search: str = "",
                   offset: int = 0) -> list[int]:
        """The first `limit` keys of the register's list (the archive left out) in an
        order of ORDERS (read from its index), of the matches of `search` if given;
        `offset`: those after the first `offset` keys (of the whole list only)."""
        match = fts_query(search)
        if not match:
            query = f"SELECT n FROM requests WHERE {_LISTED} ORDER BY {_sort(order, descending)} LIMIT ? OFFSET ?"
            return [n for (n,) in self._db.execute(query, (limit, offset))]
        if offset:
            raise ValueError("a search's keys are read from its first")
        # "+n": the order's index is walked and each key looked up among the matches,
        # stopping at `limit`; without it SQLite sorts every match first (for a search
        # matching the whole register, 50 to 130 ms against 16 to 20). Meant for many
        # matches: a search of few walks the whole index for them.
        query = (f"SELECT n FROM requests WHERE {_LISTED} AND +n IN "
                 f"(SELECT rowid FROM requests_text WHERE requests_text MATCH ?) ORDER BY {_sort(order, descending)} LIMIT ?")
        return [n for (n,) in self._db.execute(query, (match, limit))]

    def matches(self, search: str) -> int:
        """How many requests of the register's list (the archive left out) a search finds,
        counted in the full-text index without reading their keys."""
        match = fts_query(search)
        if not match:
            return self.count()
        query = (f"SELECT count(*) FROM requests_text WHERE requests_text MATCH ? "
                 f"AND rowid NOT IN (SELECT n FROM requests WHERE {_ARCHIVED})")
        return self._db.execute(query, (match,)).fetchone()[0]

    def position(self, key: int, *, order: str = "newest", descending: bool = False) -> int | None:
        """Where request `key` stands in the register's whole list (the archive left out)
        in an order of ORDERS, None if it is not listed: the requests before it counted
        in the order's index, a range per term, without reading the keys of the list
        (after a sort, the officer's selection follows its request for a few ms instead
        of the 25 to 40 of reading 100,000 keys)."""
        terms = _terms(order, descending)
        named = ", ".join(f"({term})" for term, _ in terms[:-1])
        row = self._db.execute(f"SELECT {_ARCHIVED}, {named} FROM requests WHERE n = ?", (key,)).fetchone()
        if row is None or row[0]:
            return None
        before, params = _before(terms, [*row[1:], key])
        counted = " + ".join(f"(SELECT count(*) FROM requests WHERE {part})" for part in before)
        # The archive's few requests are counted apart and taken off, read in its partial
        # index (SQLite would rather walk the order's index once for each term).
        archived = f"(SELECT count(*) FROM requests INDEXED BY requests_archived WHERE {_ARCHIVED} AND ({' OR '.join(before)}))"
        return self._db.execute(f"SELECT {counted} - {archived}", params + params).fetchone()[0]

    def keys_of(self, request_ids: Iterable[str]) -> dict[str, int]:
        """The keys of these requests (those the register holds), by id."""
        wanted, found = list(dict.fromkeys(request_ids)), dict[str, int]()
        for start in range(0, len(wanted), 500):  # below SQLite's limit on bound parameters
            chunk = wanted[start:start + 500]
            query = f"SELECT id, n FROM requests WHERE id IN ({', '.join('?' * len(chunk))})"
            found.update(self._db.execute(query, chunk))
        return found

    def _ordered_keys(self, where: str, params: list[Any], sort: str) -> tuple[int, ...]:
        # A write on this connection (total_changes) or by another process
        # (data_version) makes the kept order stale. Inside a transaction nothing is
        # kept: a rollback would undo rows without changing either count.
        query = f"SELECT n FROM requests{where} ORDER BY {sort}"
        if self._db.in_transaction:
            return tuple(_json_keys(self._db, query, params))
        version = (query, tuple(params), self._db.total_changes, self.outside_version())
        if self._kept_order is None or self._kept_order[0] != version:
            self._kept_order = (version, tuple(_json_keys(self._db, query, params)))
        return self._kept_order[1]

    def _archived_keys(self) -> set[int]:
        return {n for (n,) in self._db.execute(f"SELECT n FROM requests WHERE {_ARCHIVED}")}

    def _matching_keys(self, match: str) -> set[int]:
        query = "SELECT json_group_array(rowid) FROM requests_text WHERE requests_text MATCH ?"
        return set(json.loads(self._db.execute(query, (match,)).fetchone()[0]))

    def rows_by_key(self, keys: Iterable[int]) -> dict[int, RegisterRow]:
        wanted = list(dict.fromkeys(keys))
        found: dict[int, RegisterRow] = {}
        for start in range(0, len(wanted), 500):  # below SQLite's limit on bound parameters
            chunk = wanted[start:start + 500]
            query = f"SELECT n, {_COLUMNS} FROM requests WHERE n IN ({', '.join('?' * len(chunk))})"
            for n, *values in self._db.execute(query, chunk):
                found[n] = _row(tuple(values))
        return found

    def listing(self, keys: Iterable[int]) -> list[tuple[str, str, str, str]]:
        """(id, number, date, status) of each request of `keys`, in their order: what
        `requestdesk find` prints, read without making a register row of each."""
        wanted = list(dict.fromkeys(keys))
        found: dict[int, tuple[str, str, str, str]] = {}
        for start in range(0, len(wanted), 500):  # below SQLite's limit on bound parameters
            chunk = wanted[start:start + 500]
            query = f"SELECT n, id, number, date, status FROM requests WHERE n IN ({', '.join('?' * len(chunk))})"
            for n, *values in self._db.execute(query, chunk):
                found[n] = tuple(values)  # type: ignore[assignment]
        return [found[k] for k in wanted if k in found]

    def key_of(self, request_id: str) -> int | None:
        row = self._db.execute("SELECT n FROM requests WHERE id = ?", (request_id,)).fetchone()
        return row[0] if row else None

    def awaiting_confirmation(self) -> list[RegisterRow]:
        """Requests whose written confirmation is due and not yet recorded, soonest first."""
        query = (
            f"SELECT {_COLUMNS} FROM requests WHERE confirmation_due IS NOT NULL AND confirmed_at IS NULL "
            "ORDER BY confirmation_due"
        )
        return [_row(values) for values in self._db.execute(query)]

    def awaiting_confirmation_count(self) -> int:
        """How many requests await their written confirmation (read from the index of deadlines)."""
        query = "SELECT count(*) FROM requests WHERE confirmation_due IS NOT NULL AND confirmed_at IS NULL"
        return self._db.execute(query).fetchone()[0]

    def integrity_ok(self) -> bool:
        return self.integrity_report() == ["ok"]

    def integrity_report(self) -> list[str]:
        """SQLite's integrity check: ["ok"], or what is wrong with the file."""
        return [row[0] for row in self._db.execute("PRAGMA integrity_check")]

    def ids(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT id FROM requests ORDER BY id")]

    def logged_ids(self) -> list[str]:
        """Every request the register holds or has a log of (a deleted one's log stays)."""
        query = "SELECT id FROM requests UNION SELECT DISTINCT request_id FROM events ORDER BY 1"
        return [row[0] for row in self._db.execute(query)]

    def read(self, reader: Callable[..., _T], *args: Any) -> _T:
        """Runs one of the store's readers (read_events, read_marks...) on its connection,
        which stays the store's own: only the store and its writers hold it."""
        return reader(self._db, *args)


def read_doc_and_status(db: sqlite3.Connection, request_id: str) -> tuple[dict[str, Any], str] | None:
    """A stored request's document and status, read inside the caller's transaction."""
    row = db.execute(
        "SELECT d.doc, r.status FROM requests r JOIN documents d ON d.id = r.id WHERE r.id = ?", (request_id,)
    ).fetchone()
    return (json.loads(row[0]), row[1]) if row else None


# Orders of the register, by name; each a list of SQL terms, all ascending.
ORDERS = {
    # By the request's date, then in the order of entry: an edit moves no request (it did
    # when the time of the last change broke ties: an edited request jumped to the top).
    "newest": "date DESC",
    "number": "number = '', number COLLATE NOCASE",
    "date": "date",
    "requested_ru": "requested_state, requested_authority_ru",
    "requested_en": "requested_state, requested_authority_en",
    # In the order of a request's life (domain.lifecycle), then by the number of errors.
    "status": "CASE status " + " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(Status)) + " ELSE 99 END, errors",
    "urgent": "urgent",
    # Pending deadlines first (soonest first), then confirmed ones, then requests without one.
    "confirmation": "confirmation_due IS NULL, confirmed_at IS NOT NULL, confirmation_due",
    "desired": "desired_execution_by = '', desired_execution_by",
}


_FEW_MATCHES = 2000  # up to this many matches, SQL looks them up and sorts them


def _sort(order: str, descending: bool) -> str:
    return ", ".join(f"{term} DESC" if down else term for term, down in _terms(order, descending))


def _terms(order: str, descending: bool) -> list[tuple[str, bool]]:
    """An order's terms, each with whether it goes down, and its last: ties (same
    date...) in the order of entry, latest first, whichever the direction."""
    terms = []
    for term in ORDERS[order].split(", "):
        down = term.endswith(" DESC")
        terms.append((term[: -len(" DESC")] if down else term, down != descending))
    return [*terms, ("n", True)]


def _before(terms: list[tuple[str, bool]], values: list[Any]) -> tuple[list[str], list[Any]]:
    """The conditions, one a term, that a row comes before the row of these term values
    in this order (SQL orders NULL first), and their parameters: the rows equal on
    the terms before each and before it on that one, so that each is a range of the
    order's index. Only confirmation_due of ORDERS' terms can be NULL."""
    parts: list[str] = []
    params: list[Any] = []
    equal: list[str] = []
    equal_params: list[Any] = []
    for (term, down), value in zip(terms, values):
        term = f"({term})"
        conditions: list[tuple[str, list[Any]]]
        if value is None:
            conditions = [(f"{term} IS NOT NULL", [])] if down else []
        elif down:
            conditions = [(f"{term} > ?", [value])]
        else:  # two ranges: an OR of them would be a scan of the whole index
            conditions = [(f"{term} < ?", [value]), (f"{term} IS NULL", [])]
        for condition, values_of in conditions:
            parts.append(" AND ".join([*equal, condition]))
            params.extend([*equal_params, *values_of])
        equal.append(f"{term} IS ?")
        equal_params.append(value)
    return parts, params


def _json_keys(db: sqlite3.Connection, query: str, params: list[Any]) -> list[int]:
    """The column n of a query, in its order, as one JSON array: parsing one string is
    twice as fast as fetching 100,000 rows. SQLite keeps a subquery's ORDER BY under an
    aggregate such as json_group_array (its ticket 2942 and the test for it)."""
    return json.loads(db.execute(f"SELECT json_group_array(n) FROM ({query})", params).fetchone()[0])


# The archive, and the register's list without it. The list is read in an order's own
# index, which holds the rowid n but not archived_at: n is tested against the few
# archived keys (the partial index requests_archived) instead of a lookup per row.
_ARCHIVED = "archived_at IS NOT NULL"
_LISTED = f"n NOT IN (SELECT n FROM requests WHERE {_ARCHIVED})"


def _filters(
    search: str, ids: Iterable[str] | None, status: str | None, urgent: bool | None, overdue_at: datetime | None,
    archived: bool | None = False,
) -> tuple[str, list[Any]]:
    conditions: list[str] = []
    params: list[Any] = []
    if archived is not None:
        conditions.append(_ARCHIVED if archived else _LISTED)
    match = fts_query(search)
    if match:
        conditions.append("n IN (SELECT rowid FROM requests_text WHERE requests_text MATCH ?)")
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
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), params


# How long a write waits for another process's transaction (the window, an unpack, a
# second window) before the register is said to be busy.
_BUSY_TIMEOUT = 15.0


def _while_busy(step: Callable[[], None]) -> None:
    """Runs `step` again while the register is busy. Switching a new register to WAL, or
    opening one while another process creates it, can be refused at once (SQLITE_BUSY
    without the busy handler); it succeeds once the other process is through."""
    deadline = time.monotonic() + _BUSY_TIMEOUT
    pause = 0.01
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", "") not in ("SQLITE_BUSY", "SQLITE_LOCKED") or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def _statements(script: str) -> list[str]:
    without_comments = re.sub(r"--[^\n]*", "", script)
    return [s.strip() for s in without_comments.split(";") if s.strip()]
