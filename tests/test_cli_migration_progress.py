"""A command that opens an older register re-indexes it first (seconds for a large one) and
says how far it has come on standard error, whichever command it is: find, export (of a
request of the register, or of a file, whose approval the register may hold), pack, unpack.
In a log or a pipe a line at each tenth; on a terminal one line rewritten."""

from __future__ import annotations

import io
import json
import re

import pytest

from requestdesk.cli.register import migration_progress
from requestdesk.store.requests import RequestStore
from tests.signers import cli_sender
from tests.cli_helpers import run_cli
from tests.test_search import version6_register, with_text

COUNT = 1200  # the store reports every 500 requests: 0, 500, 1000 and 1200 of them


@pytest.fixture
def old_register(tmp_path, complete_request):
    docs = [with_text(complete_request, f"Мошенничестве номер {i}.", f"Fraud number {i}.") for i in range(COUNT)]
    for i, doc in enumerate(docs):
        doc["number"] = f"{i + 1}/2026"
    folder = tmp_path / "data"
    folder.mkdir()
    version6_register(folder / "requests.sqlite3", docs)
    return folder, docs


def _told(stderr: str, words: str) -> list[str]:
    return [line for line in stderr.splitlines() if words in line]


def _assert_reindexed_with_progress(folder, stderr: str, words: str = "search index") -> None:
    lines = _told(stderr, words)
    assert [re.search(r"(\d+)\s?%", line).group(1) for line in lines] == ["0", "40", "80", "100"], stderr
    assert "\r" not in stderr  # not a terminal: whole lines only
    store = RequestStore(folder / "requests.sqlite3")
    try:
        assert len(store.keys("мошенничество")) == COUNT  # the word forms found: re-indexed
    finally:
        store.close()


def test_export_of_a_request_in_the_register(old_register, tmp_path):
    folder, docs = old_register
    out = tmp_path / "out.docx"
    result = run_cli("export", docs[0]["id"], "--out", str(out), "--draft", "--lang", "en",
                     env={"REQUESTDESK_DATA_DIR": str(folder)}, timeout=180)
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    _assert_reindexed_with_progress(folder, result.stderr)


def test_export_of_a_file_looks_into_the_register_and_says_so_in_russian(old_register, tmp_path, write_request):
    folder, docs = old_register
    source = write_request(docs[1], "r.request.json")
    out = tmp_path / "out.docx"
    result = run_cli("export", str(source), "--out", str(out), "--draft", "--lang", "ru",
                     env={"REQUESTDESK_DATA_DIR": str(folder)}, timeout=180)
    assert result.returncode == 0, result.stderr
    _assert_reindexed_with_progress(folder, result.stderr, "поискового указателя")


def test_pack_and_unpack(old_register, tmp_path, write_request, complete_request):
    folder, docs = old_register
    package = tmp_path / "p.requestpkg"
    other = tmp_path / "other"
    other.mkdir()
    signing = cli_sender(folder, other)  # a package is signed by its sender, trusted where it goes
    packed = run_cli("pack", docs[2]["id"], "--out", str(package), "--lang", "en", *signing,
                     env={"REQUESTDESK_DATA_DIR": str(folder)}, timeout=180)
    assert packed.returncode == 0, packed.stderr
    _assert_reindexed_with_progress(folder, packed.stderr)

    version6_register(other / "requests.sqlite3", docs)
    unpacked = run_cli("unpack", str(package), "--lang", "en",
                       env={"REQUESTDESK_DATA_DIR": str(other)}, timeout=180)
    _assert_reindexed_with_progress(other, unpacked.stderr)


def test_find_keeps_its_output_clean(old_register):
    folder, _ = old_register
    result = run_cli("find", "мошенничество", "--json", "--lang", "en", env={"REQUESTDESK_DATA_DIR": str(folder)}, timeout=180)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == COUNT  # progress on stderr only
    _assert_reindexed_with_progress(folder, result.stderr)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_one_line_is_rewritten_once_a_percent():
    terminal, log = _Terminal(), io.StringIO()
    for stream in (terminal, log):
        report = migration_progress("en", stream)
        for done in range(0, 100_001, 500):
            report(done, 100_000)
    shown = terminal.getvalue()
    assert shown.count("\r") == 100 and shown.endswith("Updating the register's search index: 100%\n")
    assert shown.split("\r")[1] == "Updating the register's search index: 1%"
    assert log.getvalue().splitlines() == [f"Updating the register's search index: {p}%" for p in range(0, 101, 10)]
