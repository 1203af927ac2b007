"""The store's schema and its migrations, applied in order by `PRAGMA user_version`."""

from __future__ import annotations

# Each entry migrates from version i to i + 1. Never edit a released migration: add one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE requests (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL,                -- the request file (spec §1), whole
        number TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL DEFAULT '',
        requesting_state TEXT NOT NULL DEFAULT '',
        requested_state TEXT NOT NULL DEFAULT '',
        requested_authority_ru TEXT NOT NULL DEFAULT '',
        requested_authority_en TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft',
        urgent INTEGER NOT NULL DEFAULT 0,
        confirmation_due TEXT,            -- UTC instant, ISO 8601; NULL when none is due
        confirmed_at TEXT,                -- UTC instant of the written confirmation
        desired_execution_by TEXT NOT NULL DEFAULT '',
        errors INTEGER NOT NULL DEFAULT 0,
        warnings INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX requests_date ON requests(date);
    CREATE INDEX requests_due ON requests(confirmation_due) WHERE confirmation_due IS NOT NULL;
    CREATE VIRTUAL TABLE requests_fts USING fts5(id UNINDEXED, content, tokenize = 'unicode61 remove_diacritics 2');
    """,
    """
    CREATE TABLE events (
        request_id TEXT NOT NULL,
        seq INTEGER NOT NULL,            -- 1, 2, 3... per request
        at TEXT NOT NULL,                -- UTC instant, ISO 8601
        user TEXT NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL,              -- JSON object
        prev_hash TEXT NOT NULL,         -- hash of the previous event ('' for the first)
        hash TEXT NOT NULL,              -- SHA-256 over prev_hash and this event, canonical
        PRIMARY KEY (request_id, seq)
    );
    CREATE INDEX requests_status ON requests(status);
    ALTER TABLE requests ADD COLUMN requesting_zone TEXT NOT NULL DEFAULT '';  -- IANA name the deadline is shown in
    """,
)

CURRENT_VERSION = len(MIGRATIONS)
