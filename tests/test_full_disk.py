"""A full disk or a read-only folder: a clear message, and the last good state kept (issue 7)."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from requestdesk.documents.export import ExportError, export_document
from requestdesk.domain.check import check_document
from requestdesk.atomic import WriteError
from requestdesk.domain.requestfile import save_request_file
from requestdesk.store.requests import RequestStore, StoreError
from tests.signers import key_for_store, make_key


@contextlib.contextmanager
def _tmpfs(folder: Path, size_kb: int):
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)], capture_output=True).returncode == 0
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


@contextlib.contextmanager
def _file_size_limit(limit: int):
    """Where no small filesystem can be mounted, a file size limit makes writes fail the same way."""
    old = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, old[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old)
        signal.signal(signal.SIGXFSZ, old_handler)


@pytest.fixture
def small_disk(tmp_path):
    """(folder, fill, limit, problems): a folder on a small disk; fill() takes its last free
    bytes, writes inside limit() fail, and `problems` are how the store may name that."""
    folder = tmp_path / "disk"
    with _tmpfs(folder, 2048) as mounted:
        if mounted and os.environ.get("REQUESTDESK_TEST_NO_MOUNT") != "1":
            def fill():
                with contextlib.suppress(OSError), open(folder / "ballast", "wb") as fh:
                    while True:
                        fh.write(b"\0" * 65536)
                        fh.flush()

            yield folder, fill, lambda size=0: contextlib.nullcontext(), {"full"}
        else:
            yield folder, lambda: None, lambda size=4096: _file_size_limit(size), {"full", "io"}


def test_saving_on_a_full_disk_says_so_and_keeps_the_last_saved_version(small_disk, complete_request):
    folder, fill, limit, problems = small_disk
    store = RequestStore(folder / "requests.sqlite3")
    store.save(complete_request)
    last_saved = complete_request["number"]
    fill()
    bigger = dict(complete_request, number="2/ПРИМЕР-2026", other_information={"ru": "Ж" * 40000, "en": "X" * 40000})
    with limit(), pytest.raises(StoreError) as info:
        for _ in range(30):  # the WAL may absorb the first writes before the disk refuses
            bigger["number"] += "+"
            store.save(bigger)
            last_saved = bigger["number"]
    assert info.value.problem in problems
    assert "не сохранен" in info.value.message("ru") and "not saved" in info.value.message("en")
    (folder / "ballast").unlink(missing_ok=True)
    store.close()
    again = RequestStore(folder / "requests.sqlite3")
    assert again.integrity_ok()
    assert again.get(complete_request["id"])["number"] == last_saved
    again.close()


def test_exporting_to_a_full_disk_leaves_no_partial_file(small_disk, complete_request):
    folder, fill, limit, _ = small_disk
    fill()
    out = folder / "request.docx"
    with limit(), pytest.raises(ExportError) as info:
        export_document(complete_request, check_document(complete_request), out)
    assert info.value.problem in ("disk_full", "write_failed")
    assert not out.exists()
    assert [p.name for p in folder.iterdir() if p.name != "ballast"] == []


def test_packing_onto_a_full_disk_keeps_the_last_package_and_logs_nothing(small_disk, tmp_path, complete_request):
    import random
    import string

    from requestdesk.packages import pack, read_package
    from requestdesk.store.tracking import Tracker

    folder, fill, limit, _ = small_disk
    store = RequestStore(tmp_path / "register" / "requests.sqlite3")
    # Text that does not compress: the package is bigger than what the register writes
    # to log it, so that a file-size limit (where no small disk can be mounted) stops the
    # package and not the register.
    noise = "".join(random.Random(7).choices(string.ascii_letters + string.digits, k=200_000))
    doc = dict(complete_request, other_information={"ru": "Сведения", "en": noise})
    store.save(doc)
    out = folder / "r.requestpkg"
    signer = key_for_store(store, "Ст. лейтенант И. И. Иванов", "officer")
    pack(store, doc["id"], out, "officer", signer=signer)
    first = out.read_bytes()
    history = Tracker(store, "officer").history(doc["id"])
    store.save(dict(doc, number="2/ПРИМЕР-2026"))
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    fill()
    with limit(64 * 1024), pytest.raises(WriteError) as refused:
        pack(store, doc["id"], out, "officer", signer=signer)
    assert refused.value.problem == "disk_full"
    assert refused.value.message("ru") == f"{out}: на диске недостаточно места, файл не записан"
    assert out.read_bytes() == first and read_package(out).doc["number"] == complete_request["number"]
    assert sorted(p.name for p in folder.iterdir() if p.name != "ballast") == ["r.requestpkg"]
    assert Tracker(store, "officer").history(doc["id"]) == history  # no "packed" for a package not written
    store.close()


def _refuses_writes(folder: Path, target: Path, complete_request: dict) -> None:
    """What a read-only folder must do: refuse the save, keep the file, say so in both languages."""
    from datetime import datetime, timezone

    from requestdesk.packages import pack_document

    before = target.read_bytes()
    changed = dict(complete_request, number="changed")
    with pytest.raises(WriteError) as refused:
        save_request_file(changed, target)
    assert refused.value.problem == "not_writable"
    assert refused.value.message("ru") == f"{target}: нет права записи в папку «{folder}»"
    assert target.read_bytes() == before
    package = folder / "r.requestpkg"
    with pytest.raises(WriteError) as not_packed:
        pack_document(changed, package, "officer", datetime(2026, 11, 26, tzinfo=timezone.utc),
                      signer=make_key(Path(tempfile.mkdtemp()), "Ст. лейтенант И. И. Иванов", "officer"))
    assert not_packed.value.message("en") == f'{package}: the folder "{folder}" cannot be written to'
    assert not package.exists()
    with pytest.raises(StoreError) as info:
        RequestStore(folder / "new.sqlite3")
    assert info.value.problem == "readonly"
    assert "запись запрещена" in info.value.message("ru") and "cannot write here" in info.value.message("en")


def _as_unprivileged_user(check) -> None:  # type: ignore[no-untyped-def]
    """Runs `check` in a child process that has given up root (exit status 0: it passed)."""
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            os.setgid(65534)
            os.setuid(65534)
            check()
            status = 0
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            os._exit(status)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_read_only_folder_for_request_files_and_the_store(complete_request):
    # A folder anyone may enter (the test's own temporary folders are private to root),
    # read-only: bind-mounted read-only where root may mount, else entered as a user
    # who may not write in it.
    base = Path(tempfile.mkdtemp(prefix="requestdesk-ro-"))
    try:
        base.chmod(0o755)
        folder = base / "ro"
        folder.mkdir(mode=0o755)
        target = folder / "r.request.json"
        save_request_file(complete_request, target)
        target.chmod(0o644)
        check = lambda: _refuses_writes(folder, target, complete_request)  # noqa: E731
        if os.geteuid() != 0:
            folder.chmod(0o555)
            check()
            folder.chmod(0o755)
        elif subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True).returncode == 0:
            try:
                check()
            finally:
                subprocess.run(["umount", str(folder)], check=False)
        else:
            folder.chmod(0o555)
            _as_unprivileged_user(check)
            folder.chmod(0o755)
        assert json.loads(target.read_bytes())["number"] == complete_request["number"]
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_a_folder_that_may_not_be_entered_is_named_and_nothing_escapes(complete_request):
    """Explaining one refusal must not raise another: the folder cannot even be looked
    into, so neither may the probes that tell a missing folder from a read-only one."""
    base = Path(tempfile.mkdtemp(prefix="requestdesk-locked-"))
    try:
        base.chmod(0o755)
        locked = base / "locked"
        locked.mkdir(mode=0o000)
        target = locked / "r.request.json"

        def check() -> None:
            with pytest.raises(WriteError) as refused:
                save_request_file(complete_request, target)
            assert refused.value.problem == "not_writable"
            assert refused.value.message("ru") == f"{target}: нет права записи в папку «{locked}»"
            with pytest.raises(ExportError) as export_refused:
                export_document(complete_request, check_document(complete_request), locked / "r.docx")
            assert export_refused.value.problem == "not_writable"

        if os.geteuid() != 0:
            check()
        else:
            _as_unprivileged_user(check)
        locked.chmod(0o700)
        assert list(locked.iterdir()) == []
    finally:
        (base / "locked").chmod(0o700)
        shutil.rmtree(base, ignore_errors=True)
