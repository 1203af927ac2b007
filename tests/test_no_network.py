"""No network, ever: the main paths run with every network attempt forbidden (issue 7)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.signers import cli_sender

ROOT = Path(__file__).resolve().parent.parent
RUNNER = ROOT / "tests" / "no_network.py"


def run_offline(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **(env or {})}
    return subprocess.run([sys.executable, str(RUNNER), *args], capture_output=True, text=True, env=environment, cwd=ROOT, timeout=120)


def test_the_runner_catches_a_connection_attempt():
    probe = run_offline("--probe")
    assert probe.returncode == 97
    assert "socket" in probe.stderr


def test_check_and_export_never_touch_the_network(tmp_path, complete_request):
    source = tmp_path / "r.request.json"
    source.write_text(json.dumps(complete_request, ensure_ascii=False), encoding="utf-8")
    checked = run_offline("check", str(source), "--json")
    assert checked.returncode == 0, checked.stderr
    for document in ("request", "checklist"):
        out = tmp_path / f"{document}.docx"
        exported = run_offline("export", str(source), "--out", str(out), "--document", document)
        assert exported.returncode == 0, exported.stderr
        assert out.stat().st_size > 0


def test_start_up_and_packages_never_touch_the_network(tmp_path, complete_request):
    data = tmp_path / "data"
    source = tmp_path / "r.request.json"
    source.write_text(json.dumps(complete_request, ensure_ascii=False), encoding="utf-8")
    env_data = {"REQUESTDESK_DATA_DIR": str(data)}
    started = run_offline("--smoke", env=env_data)
    assert started.returncode == 0, started.stderr
    assert "startup_ms=" in started.stdout
    package = tmp_path / "r.requestpkg"
    signing = cli_sender(data, tmp_path / "other")  # the receiving workstation trusts the sender
    packed = run_offline("pack", str(source), "--out", str(package), *signing, env=env_data)
    assert packed.returncode == 0, packed.stderr
    unpacked = run_offline("unpack", str(package), env={"REQUESTDESK_DATA_DIR": str(tmp_path / "other")})
    assert unpacked.returncode == 0, unpacked.stderr

