"""Two `requestdesk unpack` of conflicting packages at the same moment, many times over:
one wins, the other is the keep-both / replace question (exit 1), never a lost text or a
raw database error."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path

from requestdesk.packages import pack
from requestdesk.store.events import chain_problems, read_events
from requestdesk.store.requests import RequestStore
from requestdesk.store.review import Review
from tests.cli_helpers import ROOT

ROUNDS = 12


def _variant(doc: dict, number: str) -> dict:
    changed = copy.deepcopy(doc)
    changed["number"] = number
    changed["case_summary"]["en"] += f" Variant {number}."
    changed["case_summary"]["ru"] += f" Вариант {number}."
    return changed


def _sender(tmp_path: Path):
    """One officer's key that signs both packages (trusted by each target: `_race`)."""
    from tests.signers import make_key

    return make_key(tmp_path / "keys", "Ст. лейтенант И. И. Иванов", "officer")


def _packages_with_history(tmp_path: Path, base: dict) -> tuple[Path, Path, dict, dict]:
    """The same request packed on two workstations after each changed it its own way: two
    histories that share a beginning and then diverge."""
    a_doc, b_doc = _variant(base, "A-1"), _variant(base, "B-2")
    out = []
    sender = _sender(tmp_path)
    for name, doc in (("a", a_doc), ("b", b_doc)):
        store = RequestStore(tmp_path / name / "requests.sqlite3")
        store.save(base)
        Review(store, "officer").submit(base["id"])
        store.save(doc)
        package = tmp_path / f"{name}.requestpkg"
        pack(store, base["id"], package, f"officer-{name}", signer=sender)
        store.close()
        out.append(package)
    return out[0], out[1], a_doc, b_doc


def _start_unpack(package: Path, data: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "REQUESTDESK_DATA_DIR": str(data)}
    env.pop("LC_ALL", None)
    return subprocess.Popen([sys.executable, "-m", "requestdesk", "unpack", str(package), "--lang", "en"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env, cwd=ROOT)


def _race(packages: tuple[Path, Path], texts: dict[str, dict], data: Path) -> None:
    from requestdesk.identity import Keyring
    from tests.signers import PASSPHRASE, trust

    sender = Keyring.of(data.parent / "keys").keys()[0].unlock(PASSPHRASE)
    trust(data, sender)
    runs = [(p, _start_unpack(p, data)) for p in packages]
    results = [(p, proc.returncode, out, err) for p, proc in runs for out, err in [proc.communicate(timeout=120)]]
    codes = sorted(code for _, code, _, _ in results)
    assert codes == [0, 1], results
    for _, code, _out, err in results:
        assert "UNIQUE" not in err and "Traceback" not in err and "sqlite" not in err.lower(), err
        if code == 1:
            assert "--keep-both" in err and "--replace" in err, err
    winner = next(p for p, code, _, _ in results if code == 0)
    store = RequestStore(data / "requests.sqlite3")
    try:
        request_id = texts[winner.name]["id"]
        # The text that was imported is the one kept: the loser changed nothing.
        assert store.get(request_id) == texts[winner.name]
        assert store.count() == 1
        assert chain_problems(read_events(store._db, request_id)) == []
    finally:
        store.close()


def test_parallel_unpacks_of_diverged_histories_never_lose_a_text(tmp_path, complete_request):
    a, b, a_doc, b_doc = _packages_with_history(tmp_path, complete_request)
    for round_ in range(ROUNDS):
        _race((a, b), {a.name: a_doc, b.name: b_doc}, tmp_path / f"target{round_}")


def test_parallel_unpacks_of_request_files_never_lose_a_text(tmp_path, complete_request):
    from requestdesk.packages import pack_document
    from requestdesk.domain.timeutil import SystemClock

    a_doc, b_doc = _variant(complete_request, "A-1"), _variant(complete_request, "B-2")
    a, b = tmp_path / "a.requestpkg", tmp_path / "b.requestpkg"
    sender = _sender(tmp_path)
    pack_document(a_doc, a, "officer-a", SystemClock().now(), signer=sender)
    pack_document(b_doc, b, "officer-b", SystemClock().now(), signer=sender)
    for round_ in range(ROUNDS):
        _race((a, b), {a.name: a_doc, b.name: b_doc}, tmp_path / f"target{round_}")
