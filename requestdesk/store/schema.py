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
    """
    -- Enclosure files: content kept once per SHA-256, linked to the requests that list it.
    CREATE TABLE blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE enclosures (
        request_id TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES blobs(sha256),
        position INTEGER NOT NULL,         -- order in which they are listed
        name TEXT NOT NULL,                -- the file's name when attached (for display only)
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        pages INTEGER,                     -- NULL when it cannot be read from the file
        added_at TEXT NOT NULL,            -- UTC instant, ISO 8601
        added_by TEXT NOT NULL,
        PRIMARY KEY (request_id, sha256)
    );
    -- The supervisor's current mark per checklist row (a rule code, optionally one field).
    CREATE TABLE review_marks (
        request_id TEXT NOT NULL,
        code TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        mark TEXT NOT NULL,                -- confirmed / needs_change
        comment TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (request_id, code, field)
    );
    -- Each decision (approve / return) with the marks as they were and, for an approval,
    -- the fingerprint of the request and the hashes of its enclosure files.
    CREATE TABLE review_decisions (
        request_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        decision TEXT NOT NULL,            -- approved / returned
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        fingerprint TEXT NOT NULL,
        enclosures TEXT NOT NULL,          -- JSON list of SHA-256, sorted
        marks TEXT NOT NULL,               -- JSON list of the marks at the decision
        voided_at TEXT,                    -- when a later change voided this approval
        void_reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (request_id, seq)
    );
    """,
    # 4: the documents move to a table of their own, so that listing, sorting and
    # filtering the register read small rows only (a register of ten thousand requests
    # held 60 MB of documents inline); the full-text index refers to a stable integer
    # key instead of repeating the id (which it had to read back for every match).
    """
    CREATE TABLE requests_v2 (
        n INTEGER PRIMARY KEY,            -- stable (VACUUM keeps it): requests_text's rowid
        id TEXT NOT NULL UNIQUE,
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
        updated_at TEXT NOT NULL,
        requesting_zone TEXT NOT NULL DEFAULT ''  -- IANA name the deadline is shown in
    );
    INSERT INTO requests_v2 (id, number, date, requesting_state, requested_state, requested_authority_ru,
        requested_authority_en, status, urgent, confirmation_due, confirmed_at, desired_execution_by, errors,
        warnings, created_at, updated_at, requesting_zone)
    SELECT id, number, date, requesting_state, requested_state, requested_authority_ru, requested_authority_en,
        status, urgent, confirmation_due, confirmed_at, desired_execution_by, errors, warnings, created_at, updated_at,
        requesting_zone
    FROM requests ORDER BY created_at;
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL                 -- the request file (spec §1), whole
    );
    INSERT INTO documents (id, doc) SELECT id, doc FROM requests;
    CREATE VIRTUAL TABLE requests_text USING fts5(content, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO requests_text (rowid, content)
    SELECT r.n, f.content FROM requests_fts f JOIN requests_v2 r ON r.id = f.id;
    DROP TABLE requests_fts;
    DROP TABLE requests;
    ALTER TABLE requests_v2 RENAME TO requests;
    CREATE INDEX requests_newest ON requests(date, updated_at);
    CREATE INDEX requests_due ON requests(confirmation_due) WHERE confirmation_due IS NOT NULL;
    CREATE INDEX requests_status ON requests(status);
    """,
    # 5: the register's default order read from the index alone (a register of 100,000
    # requests lists its ids without a lookup per row).
    """
    DROP INDEX requests_newest;
    CREATE INDEX requests_newest ON requests(date, updated_at, n, id);
    """,
    # 6: keys are never reused. The register lists requests by key; a key freed by a
    # deletion and given to a new request (by another process, before the window
    # re-reads) would show that request in the place of the deleted one.
    """
    CREATE TABLE requests_v3 (
        n INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused; requests_text's rowid
        id TEXT NOT NULL UNIQUE,
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
        updated_at TEXT NOT NULL,
        requesting_zone TEXT NOT NULL DEFAULT ''  -- IANA name the deadline is shown in
    );
    INSERT INTO requests_v3 (n, id, number, date, requesting_state, requested_state, requested_authority_ru,
        requested_authority_en, status, urgent, confirmation_due, confirmed_at, desired_execution_by, errors,
        warnings, created_at, updated_at, requesting_zone)
    SELECT n, id, number, date, requesting_state, requested_state, requested_authority_ru, requested_authority_en,
        status, urgent, confirmation_due, confirmed_at, desired_execution_by, errors, warnings, created_at, updated_at,
        requesting_zone
    FROM requests;
    DROP TABLE requests;
    ALTER TABLE requests_v3 RENAME TO requests;
    CREATE INDEX requests_newest ON requests(date, updated_at, n, id);
    CREATE INDEX requests_due ON requests(confirmation_due) WHERE confirmation_due IS NOT NULL;
    CREATE INDEX requests_status ON requests(status);
    """,
    # 7: the search finds the forms of a word: each request's text is indexed with the
    # stems of its words beside the words as written (store.search). requestdesk_stems is
    # the store's own SQL function, counting the rows it has done for the progress shown.
    # And every order of the register (requests.ORDERS, both directions, ties latest
    # first) is read from an index instead of being sorted: a click on a column heading
    # of a register of 100,000 requests read 100 ms of sorting, 10 ms with them. An
    # index holds the rowid n ascending after its terms: scanned backwards, the index of
    # the terms alone gives the descending order with n DESC.
    """
    DROP INDEX requests_newest;
    CREATE INDEX requests_by_date ON requests(date, n DESC);
    CREATE INDEX requests_by_date_desc ON requests(date);
    CREATE INDEX requests_by_number ON requests(number = '', number COLLATE NOCASE, n DESC);
    CREATE INDEX requests_by_number_desc ON requests(number = '', number COLLATE NOCASE);
    CREATE INDEX requests_by_requested_ru ON requests(requested_state, requested_authority_ru, n DESC);
    CREATE INDEX requests_by_requested_ru_desc ON requests(requested_state, requested_authority_ru);
    CREATE INDEX requests_by_requested_en ON requests(requested_state, requested_authority_en, n DESC);
    CREATE INDEX requests_by_requested_en_desc ON requests(requested_state, requested_authority_en);
    CREATE INDEX requests_by_status ON requests(CASE status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'returned' THEN 2 WHEN 'approved' THEN 3 WHEN 'signed' THEN 4 WHEN 'sent' THEN 5 WHEN 'awaiting_confirmation' THEN 6 WHEN 'confirmed' THEN 7 WHEN 'forwarded' THEN 8 WHEN 'postponed' THEN 9 WHEN 'conditional' THEN 10 WHEN 'executed' THEN 11 WHEN 'partially_executed' THEN 12 WHEN 'refused' THEN 13 WHEN 'closed' THEN 14 ELSE 99 END, errors, n DESC);
    CREATE INDEX requests_by_status_desc ON requests(CASE status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'returned' THEN 2 WHEN 'approved' THEN 3 WHEN 'signed' THEN 4 WHEN 'sent' THEN 5 WHEN 'awaiting_confirmation' THEN 6 WHEN 'confirmed' THEN 7 WHEN 'forwarded' THEN 8 WHEN 'postponed' THEN 9 WHEN 'conditional' THEN 10 WHEN 'executed' THEN 11 WHEN 'partially_executed' THEN 12 WHEN 'refused' THEN 13 WHEN 'closed' THEN 14 ELSE 99 END, errors);
    CREATE INDEX requests_by_urgent ON requests(urgent, n DESC);
    CREATE INDEX requests_by_urgent_desc ON requests(urgent);
    CREATE INDEX requests_by_confirmation ON requests(confirmation_due IS NULL, confirmed_at IS NOT NULL, confirmation_due, n DESC);
    CREATE INDEX requests_by_confirmation_desc ON requests(confirmation_due IS NULL, confirmed_at IS NOT NULL, confirmation_due);
    CREATE INDEX requests_by_desired ON requests(desired_execution_by = '', desired_execution_by, n DESC);
    CREATE INDEX requests_by_desired_desc ON requests(desired_execution_by = '', desired_execution_by);
    CREATE VIRTUAL TABLE requests_words USING fts5(content, stems, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO requests_words (rowid, content, stems)
    SELECT rowid, content, requestdesk_stems(content) FROM requests_text;
    DROP TABLE requests_text;
    ALTER TABLE requests_words RENAME TO requests_text;
    """,
    # Signatures (issue 13): a supervisor's decision carries the key that signed it and
    # the signature; each event the key of whoever made it (or the workstation's own).
    """
    ALTER TABLE review_decisions ADD COLUMN signer_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE review_decisions ADD COLUMN signature TEXT NOT NULL DEFAULT '';
    ALTER TABLE events ADD COLUMN signer TEXT NOT NULL DEFAULT '';
    ALTER TABLE events ADD COLUMN signer_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE events ADD COLUMN signature TEXT NOT NULL DEFAULT '';
    """,
    # 9: a request that has left the draft stage is archived, never deleted (issue 12):
    # kept whole with its log, out of the register's list. The partial index holds the
    # archived ones only (a few), so that the list's orders, read from their own
    # indexes, leave them out by rowid without a lookup per row.
    """
    ALTER TABLE requests ADD COLUMN archived_at TEXT;  -- UTC instant, ISO 8601; NULL: in the register's list
    CREATE INDEX requests_archived ON requests(n) WHERE archived_at IS NOT NULL;
    """,
)

# The migrations that re-index every request: the store reports their progress.
REINDEXING = frozenset({6})

CURRENT_VERSION = len(MIGRATIONS)
