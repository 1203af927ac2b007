"""A second start on the same register hands its file to the running application."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from requestdesk.ui.settings import Options
from tests.shell.helpers import example

ROOT = Path(__file__).resolve().parents[2]


def start(data: Path, *args: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", REQUESTDESK_DATA_DIR=str(data), PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "requestdesk", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(condition, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_a_file_opened_while_the_application_runs_goes_to_the_running_application(tmp_path, write_request):
    from requestdesk.ui.services import Services

    data = tmp_path / "data"
    services = Services.open(data)
    services.settings.set(Options.first_run_done, True)  # no welcome in the way
    services.close()

    running = start(data)
    try:
        assert wait_for(lambda: (data / "inbox").is_dir()), running.stderr.read() if running.poll() is not None else ""
        doc = example()
        second = start(data, str(write_request(doc, "second.request.json")))
        assert second.wait(timeout=60) == 0, second.stderr.read()

        def imported() -> bool:
            services = Services.open(data)
            try:
                return services.store.get(doc["id"]) == doc
            finally:
                services.close()

        assert wait_for(imported)
        assert running.poll() is None  # still the one application
        assert not list((data / "inbox").glob("*.json"))  # the hand-over was taken
    finally:
        running.kill()
        running.wait(timeout=30)
        running.stdout.close()
        running.stderr.close()


def test_requestdesk_with_a_file_starts_the_application_and_imports_the_file(tmp_path, write_request):
    from requestdesk.ui.services import Services

    data = tmp_path / "data"
    services = Services.open(data)
    services.settings.set(Options.first_run_done, True)
    services.close()
    doc = example()
    running = start(data, str(write_request(doc, "double-clicked.request.json")))
    try:
        # Started (it listens for later starts) before the test opens the register itself.
        assert wait_for(lambda: (data / "inbox").is_dir()), running.stderr.read() if running.poll() is not None else ""

        def imported() -> bool:
            services = Services.open(data)
            try:
                return services.store.get(doc["id"]) == doc
            finally:
                services.close()

        assert wait_for(imported), running.stderr.read() if running.poll() is not None else ""
        assert running.poll() is None  # the window stays open, not a command-line run that ends
    finally:
        running.kill()
        running.wait(timeout=30)
        running.stdout.close()
        running.stderr.close()


def test_a_data_folder_that_cannot_be_made_is_a_write_error_for_the_start_up_to_show(tmp_path):
    from requestdesk.atomic import WriteError
    from requestdesk.ui.single_instance import Inbox

    blocking = tmp_path / "afile"
    blocking.write_text("x")
    with pytest.raises(WriteError) as refused:
        Inbox(blocking / "data")
    assert refused.value.problem == "not_a_folder" and str(blocking) in refused.value.message("en")
