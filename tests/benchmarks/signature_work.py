"""One measured piece of work for bench_signatures.py, run in a fresh process with the
tree under test first on sys.path (this branch, or the commit it started from):

    python signature_work.py TREE pack FOLDER MB
    python signature_work.py TREE verify FOLDER COUNT

Prints one JSON line of seconds. Only the program's public operations are used, so the
same script runs against both trees."""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from pathlib import Path


def _pdf(path: Path, megabytes: int) -> None:
    """A PDF whose one stream is `megabytes` of incompressible bytes."""
    body = os.urandom(megabytes * 1024 * 1024)
    head = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    head += b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
    stream = b"4 0 obj\n<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream\nendobj\n"
    path.write_bytes(head + stream + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")


def _signer(folder: Path):  # type: ignore[no-untyped-def]
    try:
        from tests.signers import trusted_supervisor
    except ImportError:
        return None
    return trusted_supervisor(folder, "Подполковник П. П. Петров")


def _approve(desk, rid, signer) -> None:  # type: ignore[no-untyped-def]
    if signer is None:
        desk.approve(rid)
    else:
        desk.approve(rid, signer=signer)


def pack(folder: Path, megabytes: int) -> dict:
    from requestdesk.app import Desk
    from requestdesk.resources import resource_path
    from requestdesk.store.requests import RequestStore

    doc = json.loads(resource_path("examples", "example.request.json").read_bytes())
    sender = RequestStore(folder / "sender" / "requests.sqlite3")
    officer = Desk(sender, "officer")
    officer.create(doc)
    pdf = folder / "big.pdf"
    _pdf(pdf, megabytes)
    officer.attach(doc["id"], pdf) if hasattr(officer, "attach") else _attach(sender, doc["id"], pdf)
    out = folder / "big.requestpkg"
    import inspect

    signing = {}
    if "signer" in inspect.signature(officer.pack).parameters:  # packages are signed by their sender
        from tests.signers import trust, trusted_key

        signing["signer"] = trust(folder / "receiver", trusted_key(folder / "sender", "Ст. лейтенант И. И. Иванов", "officer"))
    start = time.perf_counter()
    officer.pack(doc["id"], out, **signing)
    packed = time.perf_counter() - start
    receiver = RequestStore(folder / "receiver" / "requests.sqlite3")
    start = time.perf_counter()
    Desk(receiver, "supervisor").unpack(out)
    unpacked = time.perf_counter() - start
    return {"pack": packed, "unpack": unpacked}


def _attach(store, rid, path) -> None:  # type: ignore[no-untyped-def]
    from requestdesk.store.enclosures import Enclosures

    Enclosures(store, "officer").attach(rid, path)


def verify(folder: Path, count: int) -> dict:
    from requestdesk.app import Desk
    from requestdesk.resources import resource_path
    from requestdesk.store.requests import RequestStore

    base = json.loads(resource_path("examples", "example.request.json").read_bytes())
    store = RequestStore(folder / "requests.sqlite3")
    signer = _signer(folder)
    officer, supervisor = Desk(store, "officer"), Desk(store, "Подполковник П. П. Петров")
    seeds = min(100, count)
    for i in range(seeds):
        doc = dict(base, id=str(uuid.uuid4()), number=f"{i}/2026")
        officer.create(doc)
        officer.submit(doc["id"])
        _approve(supervisor, doc["id"], signer)
    copies = count // seeds
    with store.transaction() as db:
        db.execute("CREATE TEMP TABLE k(i INTEGER PRIMARY KEY)")
        db.executemany("INSERT INTO k VALUES (?)", [(i,) for i in range(1, copies)])
        for table, key in (("requests", "id"), ("documents", "id"), ("events", "request_id"),
                           ("review_decisions", "request_id")):
            columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] not in ("n", key)]
            names = ", ".join(columns)
            picked = ", ".join(f"t.{c}" for c in columns)
            db.execute(f"INSERT INTO {table} ({key}, {names}) SELECT t.{key} || '-' || k.i, {picked} FROM {table} t, k "
                       f"WHERE t.{key} NOT LIKE '%-%-%-%-%-%'")
    start = time.perf_counter()
    problems = officer.verify()
    return {"verify": time.perf_counter() - start, "requests": seeds * copies, "problems": len(problems)}


if __name__ == "__main__":
    tree, mode, folder, amount = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    sys.path.insert(0, tree)
    os.chdir(tree)
    folder.mkdir(parents=True, exist_ok=True)
    print(json.dumps(pack(folder, amount) if mode == "pack" else verify(folder, amount)))
