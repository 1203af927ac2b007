"""The register's search: the forms of a word in both languages, prefixes, identifiers
matched exactly, and an older register re-indexed with its progress shown."""

from __future__ import annotations

import copy
import json
import sqlite3
import uuid

import pytest

from requestdesk.store.requests import RequestStore, _statements
from requestdesk.store.schema import MIGRATIONS
from tests.test_store import found_ids


def with_text(doc: dict, ru: str, en: str) -> dict:
    copied = copy.deepcopy(doc)
    copied["id"] = str(uuid.uuid4())
    copied["case_summary"] = {"ru": ru, "en": en}
    return copied


@pytest.fixture
def register(tmp_path, complete_request):
    """Four requests whose texts hold one form each of the words searched below."""
    store = RequestStore(tmp_path / "r.sqlite3")
    texts = {
        "fraud": ("Мошенничестве с картами клиентов банка.", "Forgeries of the bank's wallets were made."),
        "theft": ("Хищения денежных средств со счетов банков.", "The thieves transferred money from a wallet (host 10.0.0.7, ref. 12/2026-B)."),
        "cash": ("Банкомат выдал наличные, адрес abuse@example.org.", "Cash machine at 198.51.100.25, sum 1250000."),
        "virus": ("Шифровальщика запустили на компьютерах.", "Ransomware ran on computers, host 198.51.100.2."),
    }
    ids = {}
    for name, (ru, en) in texts.items():
        doc = with_text(complete_request, ru, en)
        store.save(doc)
        ids[doc["id"]] = name
    yield store, ids
    store.close()


def names(register, search: str) -> set[str]:
    store, ids = register
    # The example's other texts are in every request; they hold none of the words searched.
    return {ids[i] for i in found_ids(store, search)}


@pytest.mark.parametrize("typed, found", [
    # Russian: the typed form is another case or number of the word written.
    ("мошенничество", {"fraud"}), ("мошенничества", {"fraud"}), ("МОШЕННИЧЕСТВОМ", {"fraud"}),
    ("банк", {"fraud", "theft", "cash"}),  # "банк" is also the prefix of "банкомат"
    ("банка", {"fraud", "theft"}), ("банков", {"fraud", "theft"}),
    ("хищение", {"theft"}), ("хищениями", {"theft"}), ("картой", {"fraud"}), ("клиент", {"fraud"}),
    ("шифровальщик", {"virus"}), ("компьютер", {"virus"}), ("компьютерами", {"virus"}),
    # English: plural and singular, verb forms.
    ("forgery", {"fraud"}), ("forgeries", {"fraud"}), ("wallet", {"fraud", "theft"}), ("wallets", {"fraud", "theft"}),
    ("transfer", {"theft"}), ("transferring", {"theft"}), ("thief", set()), ("computer", {"virus"}),
    # Every word must be found, in either language.
    ("банка forgery", {"fraud"}), ("хищение account", {"theft"}), ("банка ransomware", set()),
])
def test_a_search_finds_the_forms_of_its_words(register, typed, found):
    assert names(register, typed) == found


@pytest.mark.parametrize("typed, found", [
    ("шифров", {"virus"}), ("мошен", {"fraud"}), ("ransom", {"virus"}), ("банкомат", {"cash"}), ("trans", {"theft"}),
])
def test_a_beginning_of_a_word_still_finds_it(register, typed, found):
    assert names(register, typed) == found


@pytest.mark.parametrize("typed, found", [
    ("198.51.100.25", {"cash"}), ("198.51.100.2", {"virus"}), ("198.51.100", {"cash", "virus"}),
    ("abuse@example.org", {"cash"}), ("abuse@example.com", set()),
    ("1250000", {"cash"}), ("125", set()), ("12500000", set()),
    ("10.0.0.7", {"theft"}), ("10.0.0", {"theft"}), ("10.0.0.70", set()), ("(10.0.0.7),", {"theft"}),
    ("12/2026-B", {"theft"}), ("12/2026", {"theft"}), ("12/2025", set()),
])
def test_identifiers_are_matched_exactly_never_as_word_forms(register, typed, found):
    assert names(register, typed) == found


def test_an_edited_request_is_found_by_its_new_words_only(register):
    store, ids = register
    fraud_id = next(i for i, n in ids.items() if n == "fraud")
    doc = store.get(fraud_id)
    doc["case_summary"] = {"ru": "Вымогательство у директора.", "en": "Extortion of the director."}
    store.save(doc)
    assert names(register, "мошенничество") == set()
    assert names(register, "вымогательства") == {"fraud"}
    assert names(register, "directors") == {"fraud"}


def version6_register(path, docs: list[dict]) -> None:
    """A register as the store left it before word forms were indexed (schema 6)."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    for migration in MIGRATIONS[:6]:
        for statement in _statements(migration):
            db.execute(statement)
    db.execute("PRAGMA user_version = 6")
    for doc in docs:
        key = db.execute(
            "INSERT INTO requests (id, number, date, status, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?)",
            (doc["id"], doc["number"], doc["date"], "2026-11-20T09:00:00+00:00", "2026-11-20T09:00:00+00:00"),
        ).lastrowid
        db.execute("INSERT INTO documents (id, doc) VALUES (?, ?)", (doc["id"], json.dumps(doc, ensure_ascii=False)))
        db.execute("INSERT INTO requests_text (rowid, content) VALUES (?, ?)", (key, doc["case_summary"]["ru"]))
    db.close()


def test_an_older_register_is_reindexed_with_its_progress_told(tmp_path, complete_request):
    docs = [with_text(complete_request, f"Мошенничестве номер {i}.", "") for i in range(1200)]
    path = tmp_path / "old.sqlite3"
    version6_register(path, docs)
    told: list[tuple[int, int]] = []
    store = RequestStore(path, progress=lambda done, total: told.append((done, total)))
    try:
        assert told[0] == (0, 1200) and told[-1] == (1200, 1200)
        assert [done for done, _ in told] == sorted(done for done, _ in told)  # it only moves forward
        assert len(store.keys("мошенничество")) == 1200
        assert found_ids(store, "мошенничество 17") == [docs[17]["id"]]
        assert store.integrity_ok()
    finally:
        store.close()
    told.clear()
    RequestStore(path, progress=lambda done, total: told.append((done, total))).close()
    assert told == []  # migrated once: the next start has nothing to do


def test_a_new_register_tells_no_progress(tmp_path):
    told = []
    RequestStore(tmp_path / "new.sqlite3", progress=lambda *a: told.append(a)).close()
    assert told == []
