"""Killing the application mid-save never costs a saved request (issue 7).

A child process saves requests (and their crash-recovery drafts) as fast as it can and
logs each save once it has returned; the parent kills it with SIGKILL at a random
moment, 200 times over the same store, and after every kill checks that the store
opens, passes PRAGMA integrity_check, and holds every logged save.
"""

from __future__ import annotations

import json
import os
import random
import signal
import time
from pathlib import Path

from requestdesk.atomic import write_atomically
from requestdesk.domain.check import check_document
from requestdesk.domain.requestfile import dump_request, load_request_file
from requestdesk.store.requests import RequestStore

KILLS = 200
IDS = [f"00000000-0000-4000-8000-{i:012d}" for i in range(5)]


def _saver(store_path: Path, drafts: Path, log: Path, base: dict, start: int) -> None:
    store = RequestStore(store_path)
    with open(log, "a", encoding="utf-8") as out:
        version = start
        while True:
            rid = IDS[version % len(IDS)]
            doc = dict(base, id=rid, number=f"v{version}")
            store.save(doc)
            write_atomically(drafts / f"{rid}.request.json", dump_request(doc))
            out.write(f"{rid} {version}\n")
            out.flush()
            version += 1


def _logged(log: Path) -> tuple[dict[str, int], int]:
    last: dict[str, int] = {}
    top = -1
    for line in log.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2 or not parts[1].isdigit():
            continue  # a line cut by the kill: that save was not confirmed to the user
        last[parts[0]] = int(parts[1])
        top = max(top, int(parts[1]))
    return last, top


def test_sigkill_during_saves_never_loses_a_saved_request(tmp_path, complete_request):
    store_path, drafts, log = tmp_path / "requests.sqlite3", tmp_path / "drafts", tmp_path / "saves.log"
    drafts.mkdir()
    log.touch()
    rng = random.Random(20261126)
    RequestStore(store_path).close()  # the schema exists, and the profile is loaded before forking
    check_document(complete_request)
    next_version = 0
    for _ in range(KILLS):
        pid = os.fork()
        if pid == 0:  # the child: save until killed
            try:
                _saver(store_path, drafts, log, complete_request, next_version)
            finally:
                os._exit(0)
        # Kill once the child is saving (a busy machine may take a while to get there),
        # at a random moment of a save or an autosave.
        size = log.stat().st_size
        deadline = time.monotonic() + 10
        while log.stat().st_size == size and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)

        store = RequestStore(store_path)
        try:
            assert store.integrity_ok()
            last, top = _logged(log)
            for rid, version in last.items():
                doc = store.get(rid)
                stored = int(doc["number"][1:])
                # the last logged save, or a later one committed just before the kill
                assert stored >= version, (rid, version, stored)
                assert doc == dict(complete_request, id=rid, number=f"v{stored}")
        finally:
            store.close()
        for draft in drafts.glob("*.request.json"):
            assert json.loads(draft.read_bytes())["id"] in IDS  # whole, never half-written
            load_request_file(draft)
        next_version = max(next_version, top + 1) + len(IDS)  # fresh numbers, above any committed one
    assert sum(1 for _ in log.read_text().splitlines()) >= KILLS  # every kill came mid-work
