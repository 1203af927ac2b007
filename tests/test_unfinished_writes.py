"""Hidden `*.part` files left by a process killed in the middle of an export, a package
or a backup are removed at the next start (issue 13, part 7); a write still running in
another process keeps its file, and nothing else is ever removed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from requestdesk import atomic
from tests.cli_helpers import ROOT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kills a process with SIGKILL")

WRITER = """
import sys, time
from pathlib import Path
from requestdesk.atomic import atomic_writer, keep_journal
keep_journal(Path(sys.argv[1]))
with atomic_writer(Path(sys.argv[2])) as fh:
    fh.write(b"half of a package" * 1000)
    fh.flush()
    print("writing", flush=True)
    time.sleep(600)
"""


@pytest.fixture(autouse=True)
def _no_journal_left_behind():
    yield
    atomic._journal = None


def _writer(journal: Path, target: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(journal), str(target)], cwd=ROOT, text=True,
                               stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert process.stdout is not None and process.stdout.readline().strip() == "writing"
    return process


def _parts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_killed_writes_part_file_is_removed_at_the_next_start(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    out = tmp_path / "exports"
    out.mkdir()
    (out / "old.requestpkg").write_bytes(b"the package written yesterday")
    decoy = out / ".someone-elses.part"  # not ours: never listed, never removed
    decoy.write_bytes(b"x")
    process = _writer(data / "unfinished", out / "old.requestpkg")
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    [left] = [p for p in _parts(out) if p != decoy]
    assert left.name.startswith(".old.requestpkg.")

    removed = atomic.keep_journal(data / "unfinished")  # the next start

    assert removed == [left] and _parts(out) == [decoy]
    assert (out / "old.requestpkg").read_bytes() == b"the package written yesterday"
    assert list((data / "unfinished").iterdir()) == []
    assert atomic.keep_journal(data / "unfinished") == []  # done once


def test_a_write_still_running_elsewhere_keeps_its_file(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    process = _writer(data / "unfinished", tmp_path / "p.requestpkg")
    try:
        assert atomic.clean_unfinished(data / "unfinished") == []
        assert len(_parts(tmp_path)) == 1
    finally:
        process.kill()
        process.wait(timeout=30)
    assert len(atomic.clean_unfinished(data / "unfinished")) == 1 and _parts(tmp_path) == []


def test_a_finished_write_leaves_no_trace_and_a_marker_cannot_aim_elsewhere(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    atomic.keep_journal(data / "unfinished")
    atomic.write_atomically(tmp_path / "done.docx", b"document")
    assert (tmp_path / "done.docx").read_bytes() == b"document"
    assert list((data / "unfinished").iterdir()) == [] and _parts(tmp_path) == []
    precious = tmp_path / "requests.sqlite3"
    precious.write_bytes(b"the register")
    (data / "unfinished" / "999999999-forged").write_bytes(os.fsencode(precious))
    assert atomic.clean_unfinished(data / "unfinished") == []
    assert precious.read_bytes() == b"the register"


def test_no_journal_is_made_without_a_data_folder(tmp_path):
    atomic.keep_journal(tmp_path / "missing" / "unfinished")
    atomic.write_atomically(tmp_path / "x.docx", b"x")
    assert not (tmp_path / "missing").exists() and (tmp_path / "x.docx").exists()


def test_the_next_start_of_requestdesk_cleans_up(tmp_path):
    from tests.cli_helpers import run_cli

    data = tmp_path / "data"
    data.mkdir()
    process = _writer(data / "unfinished", tmp_path / "p.requestpkg")
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert len(_parts(tmp_path)) == 1
    run_cli("check", str(tmp_path / "none.request.json"), env={"REQUESTDESK_DATA_DIR": str(data)})
    assert _parts(tmp_path) == []


def test_files_written_are_the_users_alone(tmp_path):
    import stat

    atomic.write_atomically(tmp_path / "key.pem", b"secret")
    assert stat.S_IMODE((tmp_path / "key.pem").stat().st_mode) == 0o600
    loose = tmp_path / "settings.ini"
    loose.write_text("[General]\n", encoding="utf-8")
    loose.chmod(0o644)
    atomic.keep_private(loose)
    assert stat.S_IMODE(loose.stat().st_mode) == 0o600 and loose.read_text(encoding="utf-8") == "[General]\n"
