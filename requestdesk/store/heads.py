"""The second place each request's log is counted: a signed head file in the data folder.

After every operation of the desk, one line is appended to `log-heads.jsonl`: the
request, the number of events its log has and the hash of the last, signed by the
workstation's key. `verify` and `log` compare the register with the last line of each
request: a log with fewer events than its head says (its last events deleted) or whose
event at that place has another hash (rewritten) does not verify, even when its chain is
consistent. Appending is O(1); the file is a few hundred bytes per operation.

What it does not stop: whoever can write the data folder can also delete or rewrite
this file and re-sign it with the workstation key (README, "Signed log").
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from collections.abc import Iterable

from requestdesk.identity.signing import b64, signing_bytes, unb64, verify

HEADS_FILE = "log-heads.jsonl"
_PURPOSE = "log-head"
_LINE_LIMIT = 4096


def heads_path(folder: Path) -> Path:
    return Path(folder) / HEADS_FILE


def record_heads(db: sqlite3.Connection, folder: Path, request_ids: Iterable[str]) -> None:
    """Appends the current head of each request's log (after the transaction committed)."""
    from requestdesk.identity.workstation_key import workstation_key

    key = workstation_key(folder)
    lines = []
    for request_id in dict.fromkeys(request_ids):
        row = db.execute("SELECT seq, hash FROM events WHERE request_id = ? ORDER BY seq DESC LIMIT 1", (request_id,)).fetchone()
        if row is None:
            continue
        body = {"id": request_id, "seq": row[0], "hash": row[1]}
        lines.append(json.dumps({**body, "key": key.public_b64, "sig": b64(key.sign_payload(_PURPOSE, body))},
                                ensure_ascii=False))
    if not lines:
        return
    fd = os.open(heads_path(folder), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, ("\n".join(lines) + "\n").encode("utf-8"))
    finally:
        os.close(fd)


def read_heads(folder: Path, trusted_key: bytes | None) -> tuple[dict[str, tuple[int, str]], int]:
    """{request id: (events, last hash)} from the last good line of each request, and how
    many lines do not verify (not signed by `trusted_key`, the workstation's, or damaged)."""
    path = heads_path(folder)
    heads: dict[str, tuple[int, str]] = {}
    bad = 0
    try:
        fh = path.open("rb")
    except OSError:
        return heads, 0
    with fh:
        for raw in fh:
            if len(raw) > _LINE_LIMIT:
                bad += 1
                continue
            try:
                item = json.loads(raw)
                body = {"id": item["id"], "seq": item["seq"], "hash": item["hash"]}
                key, sig = unb64(item["key"], 32), unb64(item["sig"], 64)
            except (ValueError, KeyError, TypeError):
                bad += 1
                continue
            if (key is None or sig is None or (trusted_key is not None and key != trusted_key)
                    or not isinstance(body["seq"], int) or not verify(key, sig, signing_bytes(_PURPOSE, body))):
                bad += 1
                continue
            heads[str(body["id"])] = (body["seq"], str(body["hash"]))
    return heads, bad


def record_heads_of(store, request_ids: Iterable[str]) -> None:  # type: ignore[no-untyped-def]
    """`record_heads` for a RequestStore's register; a data folder that cannot be written
    is said by the register's own writes, not here."""
    ids = list(request_ids)
    if not ids:
        return
    try:
        record_heads(store._db, Path(store.path).parent, ids)
    except OSError:
        pass


# -- the heads inside each backup ------------------------------------------------------------
# A backup carries the heads of every log it holds, signed as one by the workstation key:
# a table of (request, count, last hash) and one row signing their digest. `verify` finds
# the newest backup whose heads verify and checks each log against them too, so that a
# log cut short shows even when log-heads.jsonl was deleted or cut along with it.
BACKUP_HEADS, BACKUP_HEADS_SEAL = "backup_log_heads", "backup_log_heads_seal"
_BACKUP_PURPOSE = "backup-log-heads"


def _digest(rows: Iterable[tuple[str, int, str]]) -> str:
    import hashlib

    from requestdesk.domain.canonical import canonical

    return hashlib.sha256(canonical([list(r) for r in rows])).hexdigest()


def seal_backup_heads(copy: sqlite3.Connection, folder: Path, made_at: str) -> None:
    """Writes into a backup copy (before it is put in place) the signed heads of its logs."""
    from requestdesk.identity.workstation_key import workstation_key

    rows = copy.execute(
        "SELECT request_id, MAX(seq), hash FROM events GROUP BY request_id ORDER BY request_id").fetchall()
    key = workstation_key(folder)
    body = {"made_at": made_at, "count": len(rows), "digest": _digest(rows)}
    with copy:
        drop_backup_heads(copy)
        copy.execute(f"CREATE TABLE {BACKUP_HEADS} (request_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, hash TEXT NOT NULL)")
        copy.executemany(f"INSERT INTO {BACKUP_HEADS} VALUES (?, ?, ?)", rows)
        copy.execute(f"CREATE TABLE {BACKUP_HEADS_SEAL} (body TEXT NOT NULL, key TEXT NOT NULL, sig TEXT NOT NULL)")
        copy.execute(f"INSERT INTO {BACKUP_HEADS_SEAL} VALUES (?, ?, ?)",
                     (json.dumps(body), key.public_b64, b64(key.sign_payload(_BACKUP_PURPOSE, body))))


def drop_backup_heads(db: sqlite3.Connection) -> None:
    """A register restored from a backup does not keep the backup's own heads."""
    db.execute(f"DROP TABLE IF EXISTS {BACKUP_HEADS}")
    db.execute(f"DROP TABLE IF EXISTS {BACKUP_HEADS_SEAL}")


def read_backup_heads(path: Path, trusted_key: bytes | None) -> dict[str, tuple[int, str]] | bool:
    """The heads a backup carries; False when it carries none (made before backups carried
    them, or not a register); True when it carries heads that do not verify (signed by
    another key, or edited since)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        seal = db.execute(f"SELECT body, key, sig FROM {BACKUP_HEADS_SEAL}").fetchall()
        rows = db.execute(f"SELECT request_id, seq, hash FROM {BACKUP_HEADS} ORDER BY request_id").fetchall()
    except sqlite3.Error:
        return False
    finally:
        db.close()
    if len(seal) != 1:
        return True
    try:
        body = json.loads(seal[0][0])
    except (TypeError, ValueError):
        return True
    key, sig = unb64(seal[0][1], 32), unb64(seal[0][2], 64)
    if (key is None or sig is None or (trusted_key is not None and key != trusted_key) or not isinstance(body, dict)
            or not verify(key, sig, signing_bytes(_BACKUP_PURPOSE, body))):
        return True
    if body.get("count") != len(rows) or body.get("digest") != _digest(rows):
        return True
    return {str(r[0]): (int(r[1]), str(r[2])) for r in rows}
