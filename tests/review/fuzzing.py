"""Mutations of request packages for fuzzing the importer (the test and the benchmark)."""

from __future__ import annotations

import hashlib
import io
import json
import random
import warnings
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from requestdesk.domain.timeutil import FixedClock
from requestdesk.packages import Conflict, Imported, PackageError, import_package, pack
from requestdesk.store.enclosures import Enclosures
from requestdesk.store.requests import RequestStore
from requestdesk.store.review import Review
from tests.review.helpers import make_pdf
from tests.signers import key_for_store

# The store's tables a fuzzing run empties between inputs.
TABLES = ("requests", "documents", "requests_text", "events", "enclosures", "blobs", "review_marks", "review_decisions")
HOSTILE_NAMES = ["../x", "/x", "C:\\x", "enclosures/../../x", "a\\b", "enclosures/", "x\x00y", "request.json/", "ä", ""]
ODD_VALUES: list[Any] = [None, True, 0, -1, 2**70, 1.5, float("nan"), "", "x" * 300, [], {}, [[[[]]]], {"a": {"b": None}}]


def valid_package(folder: Path, doc: dict[str, Any]) -> bytes:
    """A package with a request, an enclosed PDF, review marks and a decision."""
    folder.mkdir(parents=True, exist_ok=True)
    clock = FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc))
    store = RequestStore(folder / "source" / "requests.sqlite3", clock=clock)
    try:
        store.save(doc)
        pdf = folder / "enclosure.pdf"
        pdf.write_bytes(make_pdf(2))
        Enclosures(store, "officer").attach(doc["id"], pdf)
        review = Review(store, "supervisor")
        review.submit(doc["id"])
        review.mark(doc["id"], "6.3.b", "needs_change", "Уточнить")
        review.return_for_changes(doc["id"], signer=key_for_store(store))
        out = folder / "valid.requestpkg"
        pack(store, doc["id"], out, "supervisor", signer=key_for_store(store, "Ст. лейтенант И. И. Иванов", "officer"))
        return out.read_bytes()
    finally:
        store.close()


def _mutate_layout(valid: bytes, rnd: random.Random) -> bytes:
    """The zip's own structure changed (issue 13): data before or after it, or one of the
    size, offset or count fields of a member's header or of the directory set to another value."""
    choice = rnd.random()
    if choice < 0.2:
        return rnd.randbytes(rnd.randint(1, 5000)) + valid
    if choice < 0.4:
        return valid + rnd.randbytes(rnd.randint(1, 5000))
    data = bytearray(valid)
    signature, fields = rnd.choice([
        (b"PK\x03\x04", ((14, 4), (18, 4), (22, 4), (26, 2), (28, 2))),  # a member's header: CRC, sizes, name and extra lengths
        (b"PK\x01\x02", ((16, 4), (20, 4), (24, 4), (28, 2), (30, 2), (42, 4))),  # the directory's entry, and its offset
        (b"PK\x05\x06", ((8, 2), (10, 2), (12, 4), (16, 4), (20, 2))),  # the end record: counts, directory, comment
    ])
    positions = [i for i in range(len(data) - 22) if data[i : i + 4] == signature]
    if not positions:
        return bytes(data)
    offset, width = rnd.choice(fields)
    at = rnd.choice(positions) + offset
    old = int.from_bytes(data[at : at + width], "little")
    value = rnd.choice([0, 1, (1 << (8 * width)) - 1, old + rnd.randint(-100, 100)]) % (1 << (8 * width))
    data[at : at + width] = value.to_bytes(width, "little")
    return bytes(data)


def _zip(contents: list[tuple[str, bytes]], *, compressed_enclosures: bool = False) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # a doubled member is one of the mutations
        for name, data in contents:
            # As RequestDesk writes them: enclosure files stored, the rest compressed.
            stored = name.startswith("enclosures/") and not compressed_enclosures
            method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name, (2026, 11, 20, 9, 0, 0)), data, compress_type=method)
    return buffer.getvalue()


def _mutate_json(value: Any, rnd: random.Random, depth: int = 0) -> Any:
    if isinstance(value, dict) and value and depth < 6 and rnd.random() < 0.8:
        key = rnd.choice(sorted(value))
        changed = dict(value)
        choice = rnd.random()
        if choice < 0.15:
            del changed[key]
        else:
            changed[key] = _mutate_json(value[key], rnd, depth + 1)
        return changed
    if isinstance(value, list) and value and depth < 6 and rnd.random() < 0.8:
        changed = list(value)
        index = rnd.randrange(len(changed))
        choice = rnd.random()
        if choice < 0.2:
            del changed[index]
        elif choice < 0.3:
            changed.insert(index, changed[index])
        else:
            changed[index] = _mutate_json(changed[index], rnd, depth + 1)
        return changed
    if isinstance(value, str) and value and rnd.random() < 0.5:
        at = rnd.randrange(len(value))
        return value[:at] + rnd.choice(["0", "ё", "\u0301", "../", "{{ 7*7 }}"]) + value[at + 1 :]
    return rnd.choice(ODD_VALUES)


def _resigned(contents: list[tuple[str, bytes]], signer) -> list[tuple[str, bytes]]:  # type: ignore[no-untyped-def]
    """The manifest signed again by `signer`: an insider holding a trusted key, so that what
    lies behind the signature (every other check) is what the input meets."""
    from requestdesk.packages.seal import SENDER, SIGNATURE, signed_manifest

    try:
        manifest = json.loads(dict(contents)["manifest.json"])
    except (KeyError, ValueError):
        return contents
    if not isinstance(manifest, dict):
        return contents
    manifest.pop(SIGNATURE, None)
    manifest.pop(SENDER, None)
    try:
        data = json.dumps(signed_manifest(manifest, signer), ensure_ascii=False).encode()
    except (TypeError, ValueError):
        return contents
    return [(n, data if n == "manifest.json" else d) for n, d in contents]


def mutate(valid: bytes, rnd: random.Random, signer=None) -> bytes:  # type: ignore[no-untyped-def]
    """One hostile variation of a valid package (or plain random bytes); with `signer`,
    a changed manifest is signed again with it half of the time."""
    operator = rnd.randrange(10)
    if operator == 8:
        return _mutate_layout(valid, rnd)
    if operator == 0:
        return rnd.randbytes(rnd.randrange(0, 4096))
    if operator == 1:
        data = bytearray(valid)
        for _ in range(rnd.randint(1, 8)):
            data[rnd.randrange(len(data))] = rnd.randrange(256)
        return bytes(data)
    if operator == 2:
        return valid[: rnd.randrange(len(valid))]
    if operator == 3:
        at = rnd.randrange(len(valid))
        return valid[:at] + rnd.randbytes(rnd.randint(1, 64)) + valid[at:]
    with zipfile.ZipFile(io.BytesIO(valid)) as archive:
        contents = [(name, archive.read(name)) for name in archive.namelist()]
    index = rnd.randrange(len(contents))
    name, data = contents[index]
    if operator == 4:  # a member's JSON changed, the manifest updated or not
        try:
            changed = json.dumps(_mutate_json(json.loads(data), rnd), ensure_ascii=False).encode()
        except ValueError:
            changed = rnd.randbytes(len(data))
        contents[index] = (name, changed)
        if rnd.random() < 0.6 and name != "manifest.json":
            manifest = json.loads(dict(contents)["manifest.json"])
            manifest["members"][name] = {"sha256": hashlib.sha256(changed).hexdigest(), "size": len(changed)}
            contents = [(n, json.dumps(manifest).encode() if n == "manifest.json" else d) for n, d in contents]
    elif operator == 5:  # renamed, dropped or doubled
        choice = rnd.random()
        if choice < 0.4:
            contents[index] = (rnd.choice(HOSTILE_NAMES), data)
        elif choice < 0.7:
            del contents[index]
        else:
            contents.append((name, data))
    elif operator == 9:  # JSON nested deep, or an enclosure compressed (issue 13)
        if name.startswith("enclosures/"):
            return _zip(contents, compressed_enclosures=True)
        depth = rnd.choice([65, 300, 990, 5000])
        contents[index] = (name, b"[" * depth + b"]" * depth)
    elif operator == 6:  # a member's content replaced by random bytes
        contents[index] = (name, rnd.randbytes(rnd.randrange(0, 512)))
    else:  # the manifest's structure changed
        manifest = json.loads(dict(contents)["manifest.json"])
        contents = [(n, json.dumps(_mutate_json(manifest, rnd)).encode() if n == "manifest.json" else d) for n, d in contents]
    if signer is not None and operator in (4, 7) and rnd.random() < 0.5:
        contents = _resigned(contents, signer)
    return _zip(contents)


def clear(store: RequestStore) -> None:
    """Empties the store, so that each input meets an empty one."""
    with store.transaction() as db:
        for table in TABLES:
            db.execute(f"DELETE FROM {table}")


def content_of(store: RequestStore) -> tuple[Any, ...]:
    """Everything an import put in the store that a user relies on (for comparing)."""
    db = store._db
    return (
        [(json.loads(doc), status) for doc, status in db.execute(
            "SELECT d.doc, r.status FROM requests r JOIN documents d ON d.id = r.id ORDER BY r.id")],
        db.execute("SELECT request_id, seq, hash FROM events WHERE kind != 'imported' ORDER BY request_id, seq").fetchall(),
        db.execute("SELECT request_id, sha256, name, pages FROM enclosures ORDER BY request_id, sha256").fetchall(),
        db.execute("SELECT sha256, length(data) FROM blobs ORDER BY sha256").fetchall(),
        db.execute("SELECT request_id, code, field, mark, comment FROM review_marks ORDER BY 1, 2, 3").fetchall(),
        db.execute("SELECT request_id, seq, decision, reviewer, fingerprint, marks FROM review_decisions ORDER BY 1, 2").fetchall(),
    )


def outcome_of(store: RequestStore, path: Path, expected: tuple[Any, ...] | None = None) -> str:
    """What importing gives: an outcome, "conflict", or the refusal's problem code.

    Anything else (an unexpected exception) propagates: that is what fuzzing looks for.
    With `expected` (the content the valid package imports as), an import that brought
    anything else in is reported as "ACCEPTED ALTERED CONTENT".
    """
    try:
        result = import_package(store, path, "fuzz")
    except PackageError as exc:
        exc.message("ru")
        return f"refused:{exc.problem}"
    if isinstance(result, Conflict):
        result.message("ru")
        return "conflict"
    assert isinstance(result, Imported)
    if expected is not None and content_of(store) != expected:
        return "ACCEPTED ALTERED CONTENT"
    return result.outcome.value


def trust_sender(folder: Path, store: RequestStore):  # type: ignore[no-untyped-def]
    """The workstation of `store` trusts the key that signed `valid_package(folder, …)`
    (returned, unlocked)."""
    from requestdesk.identity import Keyring, Role
    from tests.signers import PASSPHRASE, trust

    key = next(k for k in Keyring.of(folder / "source").keys() if k.holder.role is Role.OFFICER)
    return trust(Path(store.path).parent, key.unlock(PASSPHRASE))
