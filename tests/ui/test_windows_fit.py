"""Every window opens within the screen it is on, and remembers its size there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize

from requestdesk.ui.window_fit import FRAME_ALLOWANCE, fitted

ROOT = Path(__file__).resolve().parents[2]


def probe(tmp_path: Path, width: int, height: int, scale: str = "1", restored: str = "") -> dict:
    """Opens the register, the editor, the review, settings and welcome on a screen of
    that size and scaling (the offscreen platform's screen) in a process of its own."""
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale)
    done = subprocess.run([sys.executable, "-m", "tests.ui.geometry_probe", str(tmp_path / "data"), restored],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(inner: list[int], outer: list[int]) -> bool:
    return QRect(*outer).contains(QRect(*inner))


@pytest.mark.parametrize("screen", [(1366, 768, "1", ""), (1920, 1080, "1.5", ""), (1280, 720, "1", ""),
                                    (1366, 768, "1.25", "1600x900")],
                         ids=["laptop-1366x768", "1920x1080-at-150%", "1280x720", "register-of-1600x900-at-125%"])
def test_each_window_opens_within_the_screen_with_its_buttons_on_it(tmp_path, screen):
    width, height, scale, restored = screen
    found = probe(tmp_path, width, height, scale, restored)
    available = found["available"]
    assert available[2] <= width and available[3] <= height
    for name in ("main", "editor", "review", "settings", "welcome"):
        assert inside(found[name]["frame"], available), (name, found[name]["frame"], available)
    editor = found["editor"]
    for button in ("next", "back"):
        assert inside(editor[button], available) and inside(editor[button], editor["frame"]), button
    # The register's status bar, which carries the counters, is on the screen too.
    assert inside(found["main"]["counters"], available)
    # And each window can be made smaller than 1280×720 (its pages scroll where they must).
    for name in ("main", "editor", "review", "settings"):
        minimum = found[name]["minimum"]
        assert minimum[0] <= 1280 - FRAME_ALLOWANCE.width() and minimum[1] <= 720 - FRAME_ALLOWANCE.height(), name


def test_a_window_larger_than_the_screen_is_fitted_and_centred():
    available = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel panel
    placed = fitted(QSize(1360, 860), available)
    assert placed.height() <= 728 - FRAME_ALLOWANCE.height() and placed.width() <= 1366 - FRAME_ALLOWANCE.width()
    assert available.contains(placed)
    small = fitted(QSize(600, 400), QRect(1920, 0, 1280, 720))  # a second screen, to the right
    assert small.size() == QSize(600, 400) and small.left() == 1920 + (1280 - 600) // 2


def test_the_editor_reopens_at_the_size_the_officer_gave_it_on_this_screen(qtbot, services, open_editor):
    window = open_editor()
    window.resize(700, 500)
    window.close()
    again = open_editor()
    assert again.size() == QSize(700, 500)
