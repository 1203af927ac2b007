"""Linux desktop integration: the menu entry, icons and file types, installed per user."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
TYPES = {"application/x-requestdesk-request": "*.request.json", "application/x-requestdesk-package": "*.requestpkg"}


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_and_the_mime_types_agree():
    entry = desktop_entry(LINUX / "requestdesk.desktop")
    assert entry["Exec"].endswith("%F") and entry["Icon"] == "requestdesk"
    assert set(filter(None, entry["MimeType"].split(";"))) == set(TYPES)
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    declared = {t.get("type"): t.find("m:glob", ns).get("pattern")
                for t in ET.parse(LINUX / "requestdesk-mime.xml").getroot().findall("m:mime-type", ns)}
    assert declared == TYPES
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = (LINUX / "icons" / f"{size}x{size}" / "requestdesk.png").read_bytes()
        assert png.startswith(b"\x89PNG") and int.from_bytes(png[16:20], "big") == size


def test_the_install_script_registers_the_program_for_this_user(tmp_path):
    program_dir = tmp_path / "Request Desk"  # a space in the path, as a user's folder may have
    program_dir.mkdir()
    program = program_dir / "requestdesk"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(["sh", str(LINUX / "install-desktop.sh"), str(program)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    data = tmp_path / "data"
    entry = desktop_entry(data / "applications" / "requestdesk.desktop")
    assert entry["Exec"] == f'"{program}" %F'
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "requestdesk.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "requestdesk.svg").is_file()
    assert (data / "mime" / "packages" / "requestdesk-mime.xml").is_file()
    if shutil.which("update-mime-database"):
        globs = (data / "mime" / "globs2").read_text()
        for mime_type, pattern in TYPES.items():
            assert f"{mime_type}:{pattern}" in globs
    if not shutil.which("xdg-mime"):
        defaults = (tmp_path / "config" / "mimeapps.list").read_text()
        for mime_type in TYPES:
            assert f"{mime_type}=requestdesk.desktop" in defaults

    removed = subprocess.run(["sh", str(LINUX / "install-desktop.sh"), "--uninstall"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert removed.returncode == 0, removed.stderr
    assert not (data / "applications" / "requestdesk.desktop").exists()
    assert not (data / "icons" / "hicolor" / "48x48" / "apps" / "requestdesk.png").exists()


@pytest.mark.parametrize("bad", ['a"b', "a$b"])
def test_a_program_path_the_desktop_entry_cannot_hold_is_refused(tmp_path, bad):
    program_dir = tmp_path / bad
    program_dir.mkdir()
    program = program_dir / "requestdesk"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(["sh", str(LINUX / "install-desktop.sh"), str(program)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "folder" in result.stderr
    assert not (tmp_path / "data").exists()  # refused before anything was written
