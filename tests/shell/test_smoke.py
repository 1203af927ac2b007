"""`requestdesk --smoke` (spec §3): starts, shows and paints the main window, reports, exits 0."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.shell.helpers import sample_requests

ROOT = Path(__file__).resolve().parents[2]


def smoke(data_dir: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    environment.update(REQUESTDESK_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT), **env)
    return subprocess.run(
        [sys.executable, "-m", "requestdesk", "--smoke"], cwd=ROOT, env=environment,
        capture_output=True, text=True, timeout=120,
    )


def test_smoke_starts_without_a_display_and_reports_startup_time(tmp_path):
    result = smoke(tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"startup_ms=\d+", result.stdout.strip()), result.stdout
    assert (tmp_path / "data" / "requests.sqlite3").exists()


def test_smoke_with_a_filled_register(tmp_path):
    from requestdesk.ui.services import Services

    services = Services.open(tmp_path / "data")
    for doc, status in sample_requests():
        services.store.save(doc, status=status)
    services.close()
    result = smoke(tmp_path / "data", QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("startup_ms=")


def test_a_damaged_store_is_reported_not_crashed_on(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "requests.sqlite3").write_bytes(b"this is not a database" * 100)
    result = smoke(data)
    assert result.returncode == 1
    assert "requests.sqlite3" in result.stderr and "Traceback" not in result.stderr
    # Said in the workstation's language: no settings are readable yet to say another.
    russian = smoke(data, LC_ALL="ru_RU.UTF-8", LANG="ru_RU.UTF-8")
    assert russian.returncode == 1
    assert "файл реестра поврежден" in russian.stderr and "восстановите его из резервной копии" in russian.stderr


def test_a_data_folder_that_cannot_be_made_is_said_at_start_up(tmp_path):
    blocking = tmp_path / "afile"
    blocking.write_text("a file where the data folder's parent should be")
    result = smoke(blocking / "data", LC_ALL="ru_RU.UTF-8", LANG="ru_RU.UTF-8")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"«{blocking}» — это файл, а не папка" in result.stderr
