"""Every setting survives a restart: written by one process, read by the next."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Settings are cached per process (QSettings shares one copy of a file), so a restart is
# only a restart in a new process.
PROGRAM = """
import json, sys
from PySide6.QtCore import QSettings
from requestdesk.ui.settings import Option, Options, Settings

samples = {bool: True, int: 7, str: "x/значение", dict: {"state": "AM", "authority": {"ru": "МВД", "en": "MIA"}}}
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
options = [v for v in vars(Options).values() if isinstance(v, Option)]
if sys.argv[1] == "write":
    for option in options:
        settings.set(option, samples[option.kind])
else:
    print(json.dumps([o.key for o in options if settings.get(o) != samples[o.kind]]))
"""


def run(step: str, path: Path) -> str:
    result = subprocess.run([sys.executable, "-c", PROGRAM, step, str(path)], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_every_option_is_read_back_after_a_restart(tmp_path):
    path = tmp_path / "settings.ini"
    run("write", path)
    assert json.loads(run("read", path)) == []
