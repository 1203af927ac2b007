"""Running the `requestdesk` command as a user's script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", **(env or {})}
    environment.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, "-m", "requestdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=ROOT,
        timeout=timeout,
    )
