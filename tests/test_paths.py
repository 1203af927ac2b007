"""The data folder, computed without Qt the way Qt's AppDataLocation is."""

import os
import subprocess
import sys
from pathlib import Path

from requestdesk.paths import data_dir, default_data_dir


def test_the_default_data_folder_on_each_platform(tmp_path):
    home = tmp_path / "home"
    assert default_data_dir({}, "linux", home) == home / ".local/share/RequestDesk/RequestDesk"
    xdg = tmp_path / "xdg"
    assert default_data_dir({"XDG_DATA_HOME": str(xdg)}, "linux", home) == xdg / "RequestDesk/RequestDesk"
    assert default_data_dir({"XDG_DATA_HOME": "relative"}, "linux", home) == home / ".local/share/RequestDesk/RequestDesk"
    roaming = tmp_path / "Roaming"
    assert default_data_dir({"APPDATA": str(roaming)}, "win32", home) == roaming / "RequestDesk/RequestDesk"
    assert default_data_dir({}, "darwin", home) == home / "Library/Application Support/RequestDesk/RequestDesk"


def test_the_variable_overrides_the_default(tmp_path):
    assert data_dir({"REQUESTDESK_DATA_DIR": str(tmp_path)}) == Path(tmp_path)


def test_it_matches_qt(tmp_path):
    # In a child process: a QCoreApplication made here would stand in for the QApplication
    # that widget tests need.
    script = (
        "from PySide6.QtCore import QCoreApplication, QStandardPaths\n"
        "app = QCoreApplication([])\n"
        "app.setOrganizationName('RequestDesk'); app.setApplicationName('RequestDesk')\n"
        "print(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    qt = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True).stdout.strip()
    assert Path(qt) == default_data_dir(env)
