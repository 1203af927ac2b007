"""A pipe, a device or an endless file given where a request file, a package or an
enclosure is expected (issue 13, part 7): refused with a message in both languages, never
read without bound and never waited on. A FIFO with no writer would block `open` for ever;
`/dev/zero` never ends. Each call runs in a thread the test waits on for a minute at most,
so that a regression fails the test instead of hanging the suite."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from requestdesk.domain.requestfile import MAX_FILE_BYTES, RequestFileError, load_request_file
from requestdesk.packages import PackageError, read_package
from requestdesk.store.enclosures import EnclosureError, Enclosures
from requestdesk.store.requests import RequestStore
from tests.cli_helpers import run_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")

GUARD = 60  # seconds: far more than a refusal takes, far less than "never"


def _returns(call):
    """The exception `call` raises, from a thread that must end within GUARD."""
    outcome: list[BaseException | None] = []

    def run():
        try:
            call()
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(GUARD)
    assert not thread.is_alive(), "the call hung on the file"
    return outcome[0]


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.request.json"
    os.mkfifo(path)
    return path


@pytest.fixture
def sparse(tmp_path):
    """A 10 GB file that takes no room: what reading it all would cost is the test."""
    path = tmp_path / "huge.request.json"
    with open(path, "wb") as fh:
        fh.truncate(10 * 1024**3)
    return path


@pytest.mark.parametrize("name", ["fifo", "zero"])
def test_a_pipe_or_a_device_is_not_a_request_file(fifo, name):
    path = fifo if name == "fifo" else Path("/dev/zero")
    error = _returns(lambda: load_request_file(path))
    assert isinstance(error, RequestFileError) and error.problem == "not_a_file"
    assert ("pipe" if name == "fifo" else "device") in error.message("en")
    assert ("канал" if name == "fifo" else "устройство") in error.message("ru")


def test_an_endless_regular_file_is_read_only_to_the_limit(sparse):
    error = _returns(lambda: load_request_file(sparse))
    assert isinstance(error, RequestFileError) and error.problem == "too_large"
    assert f"{MAX_FILE_BYTES // 2**20} MB" in error.message("en") and "МБ" in error.message("ru")


@pytest.mark.parametrize("name", ["fifo", "zero"])
def test_a_pipe_or_a_device_is_not_a_package(fifo, name):
    path = fifo if name == "fifo" else Path("/dev/zero")
    error = _returns(lambda: read_package(path))
    assert isinstance(error, PackageError) and error.problem == "not_a_file" and error.unreadable
    assert "not a regular file" in error.message("en") and "не обычный файл" in error.message("ru")


def test_a_package_larger_than_any_package_is_refused_unread(sparse):
    error = _returns(lambda: read_package(sparse))
    assert isinstance(error, PackageError) and error.problem == "too_large_package"
    assert "10240 MB" in error.message("en") and "без чтения" in error.message("ru")


@pytest.mark.parametrize("name", ["fifo", "zero"])
def test_a_pipe_or_a_device_is_not_an_enclosure(tmp_path, fifo, complete_request, name):
    path = fifo if name == "fifo" else Path("/dev/zero")
    store = RequestStore(tmp_path / "data" / "requests.sqlite3")
    try:
        store.save(complete_request)
        error = _returns(lambda: Enclosures(store, "officer").attach(complete_request["id"], path))
        assert isinstance(error, EnclosureError) and error.problem == "not_a_file"
        assert "not a regular file" in error.message("en") and "не обычный файл" in error.message("ru")
        assert Enclosures(store, "officer").list(complete_request["id"]) == []
    finally:
        store.close()


def test_the_command_line_refuses_a_pipe_and_a_device(fifo, tmp_path):
    env = {"REQUESTDESK_DATA_DIR": str(tmp_path / "data")}
    for path, kind in ((fifo, "pipe"), (Path("/dev/zero"), "device")):
        checked = run_cli("check", str(path), "--lang", "en", env=env, timeout=GUARD)
        assert checked.returncode == 2 and kind in checked.stderr + checked.stdout
        unpacked = run_cli("unpack", str(path), "--lang", "ru", env=env, timeout=GUARD)
        assert unpacked.returncode == 2 and "не обычный файл" in unpacked.stderr
    assert not (tmp_path / "data").exists()  # a refused package leaves no register behind


def test_a_regular_file_still_reads(tmp_path, complete_request):
    import json

    path = tmp_path / "ok.request.json"
    path.write_text(json.dumps(complete_request), encoding="utf-8")
    assert load_request_file(path)["id"] == complete_request["id"]
