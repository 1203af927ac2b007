"""The PyInstaller bundle: built from the spec, it starts and checks a request on its own.

One build (about a minute) serves every test of the module; everything goes under a
temporary folder, nothing is cached between runs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from requestdesk.resources import resource_path

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
EXE = "requestdesk.exe" if sys.platform == "win32" else "requestdesk"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    scratch = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_bundle.py"),
         "--dist", str(scratch / "dist"), "--work", str(scratch / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=540,
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(scratch / "pyinstaller-cache")},  # no cache left behind
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Moved away from where it was built, as an IT department copies it to a workstation.
    moved = scratch / "installed" / "RequestDesk"
    shutil.move(str(scratch / "dist" / "requestdesk"), moved)
    shutil.rmtree(scratch / "work")
    return moved


def run(bundle: Path, *args: str, cwd: Path, data: Path) -> subprocess.CompletedProcess:
    # Nothing of the source tree or of the development environment reaches the bundle.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "DISPLAY", "WAYLAND"))}
    env.update(QT_QPA_PLATFORM="offscreen", REQUESTDESK_DATA_DIR=str(data))
    return subprocess.run([str(bundle / EXE), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_the_bundled_application_starts_and_paints_its_window(bundle, tmp_path):
    result = run(bundle, "--smoke", cwd=tmp_path, data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert re.search(r"^startup_ms=\d+$", result.stdout, re.MULTILINE), result.stdout
    assert (tmp_path / "data" / "requests.sqlite3").exists()


def test_the_bundled_command_line_checks_the_example_in_both_languages(bundle, tmp_path):
    example = tmp_path / "example.request.json"
    shutil.copy(resource_path("examples", "example.request.json"), example)
    russian = run(bundle, "check", str(example), "--lang", "ru", cwd=tmp_path, data=tmp_path / "data")
    assert russian.returncode == 0, russian.stderr
    # Dates in words come from babel's locale data and the profile from the bundled resources.
    assert "ошибок нет" in russian.stdout and re.search(r"20 ноября 2026\s*г\.", russian.stdout), russian.stdout
    english = run(bundle, "check", str(example), "--lang", "en", cwd=tmp_path, data=tmp_path / "data")
    assert english.returncode == 0, english.stderr
    assert "no errors" in english.stdout and "20 November 2026" in english.stdout


def test_the_bundled_application_exports_a_document(bundle, tmp_path):
    out = tmp_path / "request.docx"
    result = run(bundle, "export", str(resource_path("examples", "example.request.json")), "--out", str(out),
                 cwd=tmp_path, data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


def test_the_bundle_carries_catalogs_resources_and_licences_but_not_qml(bundle):
    internal = bundle / "_internal"
    data = internal / "requestdesk" / "_data"
    assert {p.name for p in (data / "translations").glob("*.qm")} >= {"requestdesk_ru.qm", "editor_ru.qm"}
    assert (data / "translations" / "messages_ru.mo").is_file()  # the command line's and the errors' Russian
    for part in ("directory.json", "templates/request-parallel.docx", "profiles/cis-2018-it.articles.json",
                 "examples/example.request.json", "icons/requestdesk.svg"):
        assert (data / "resources" / part).is_file(), part
    assert {"LGPL-3.0.txt", "GPL-3.0.txt", "LGPL-2.1.txt"} <= {p.name for p in (internal / "licenses").iterdir()}
    assert list(internal.glob("pyside6_essentials-*.dist-info")), "PySide6's metadata (its licence) is missing"
    everything = [p.name for p in internal.rglob("*")]
    assert not [n for n in everything if re.match(r"(lib)?Qt6(Quick|Qml|Pdf|WebEngine|VirtualKeyboard|Network)", n)]


def test_the_bundle_registers_itself_with_the_desktop(bundle, tmp_path):
    script = bundle / "_internal" / "desktop" / "install-desktop.sh"
    assert os.access(script, os.X_OK)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    entry = (tmp_path / "data" / "applications" / "requestdesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle / EXE}" %F' in entry.splitlines()
    assert (tmp_path / "data" / "icons" / "hicolor" / "scalable" / "apps" / "requestdesk.svg").is_file()
