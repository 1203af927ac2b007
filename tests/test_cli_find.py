"""`requestdesk find` (spec §3): the register searched from the command line as the
window's search box searches it."""

from __future__ import annotations

import json

import pytest

from requestdesk.store.requests import RequestStore
from tests.cli_helpers import run_cli
from tests.test_search import version6_register, with_text


@pytest.fixture
def register(tmp_path, complete_request):
    """Three requests, newest first: 3/2026 (forgery), 2/2026 (theft), 1/2026 (fraud)."""
    store = RequestStore(tmp_path / "requests.sqlite3")
    docs = []
    for i, (ru, en) in enumerate((
        ("Мошенничестве с картами клиентов банка.", "Card fraud, host 198.51.100.25."),
        ("Хищения со счетов банков.", "Thefts from wallets, host 198.51.100.2."),
        ("Подделка документов.", "Forgeries of documents."),
    ), 1):
        doc = with_text(complete_request, ru, en)
        doc["number"], doc["date"] = f"{i}/2026", f"2026-11-{10 + i}"
        store.save(doc, status="sent" if i == 2 else None)
        docs.append(doc)
    store.close()
    return tmp_path, docs


def find(folder, *args: str, lang: str = "en"):
    return run_cli("find", *args, "--lang", lang, env={"REQUESTDESK_DATA_DIR": str(folder)})


def test_find_prints_one_line_per_request_newest_first(register):
    folder, docs = register
    result = find(folder, "банк")
    assert result.returncode == 0, result.stderr
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert lines == [[docs[1]["id"], "2/2026", "2026-11-12", "Sent"], [docs[0]["id"], "1/2026", "2026-11-11", "Draft"]]
    russian = find(folder, "банк", lang="ru")
    assert [line.split("\t")[3] for line in russian.stdout.splitlines()] == ["Направлен", "Черновик"]


@pytest.mark.parametrize("query, numbers", [
    ("мошенничество", ["1/2026"]), ("банка", ["2/2026", "1/2026"]), ("хищение", ["2/2026"]),
    ("forgery", ["3/2026"]), ("theft", ["2/2026"]), ("подделк", ["3/2026"]),
    ("198.51.100.2", ["2/2026"]), ("198.51.100.25", ["1/2026"]), ("198.51.100.3", []), ("nothing-like-this", []),
])
def test_find_searches_as_the_window_does(register, query, numbers):
    folder, _ = register
    result = find(folder, query, "--json")
    assert result.returncode == 0, result.stderr
    assert [r["number"] for r in json.loads(result.stdout)] == numbers


def test_find_json_and_limit(register):
    folder, docs = register
    result = find(folder, "документов запрос", "--json", "--limit", "1")  # the example's texts hold "запрос"
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"id": docs[2]["id"], "number": "3/2026", "date": "2026-11-13", "status": "draft"}]
    assert len(json.loads(find(folder, "fraud", "--json").stdout)) == 3  # the example's e-mail is in every request
    assert len(json.loads(find(folder, "fraud", "--json", "--limit", "2").stdout)) == 2
    assert find(folder, "fraud", "--limit", "0").returncode == 2  # argparse's own refusal


def test_find_without_a_register_says_so_and_creates_none(tmp_path):
    result = find(tmp_path, "банк")
    assert result.returncode == 2
    assert str(tmp_path) in result.stderr and "no register" in result.stderr
    assert not (tmp_path / "requests.sqlite3").exists()


def test_find_in_a_damaged_register_exits_2_with_the_reason(tmp_path):
    (tmp_path / "requests.sqlite3").write_bytes(b"not a database" * 100)
    result = find(tmp_path, "банк", lang="ru")
    assert result.returncode == 2
    assert "поврежден" in result.stderr and "Traceback" not in result.stderr


def test_find_in_an_older_register_reindexes_it_first_and_says_how_far(tmp_path, complete_request):
    docs = [with_text(complete_request, f"Мошенничестве номер {i}.", "") for i in range(600)]
    version6_register(tmp_path / "requests.sqlite3", docs)
    result = find(tmp_path, "мошенничество", "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 600
    assert "search index: 100%" in result.stderr


def test_find_leaves_the_archive_out_as_the_register_list_does(register):
    """A request deleted after it left the draft stage is archived: the window's list
    and its search leave it out, and so does find (spec §3 gives it no flag for it)."""
    from requestdesk.app import Desk

    folder, docs = register
    store = RequestStore(folder / "requests.sqlite3")
    try:
        Desk(store, "officer").delete([docs[1]["id"]])  # 2/2026 was sent: archived
        assert store.is_archived(docs[1]["id"])
    finally:
        store.close()
    result = find(folder, "банк", "--json")
    assert result.returncode == 0, result.stderr
    assert [r["number"] for r in json.loads(result.stdout)] == ["1/2026"]
    assert [r["number"] for r in json.loads(find(folder, "theft", "--json").stdout)] == []
