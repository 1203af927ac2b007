"""Daily backups: made once a day, the last seven kept, readable by the user only, restorable."""

import stat
from datetime import date, datetime, timedelta, timezone

import pytest

from requestdesk.atomic import WriteError
from requestdesk.store.backup import KEEP, backups, ensure_daily_backup, make_backup, restore
from requestdesk.store.requests import RequestStore, StoreError


@pytest.fixture
def store(tmp_path):
    s = RequestStore(tmp_path / "data" / "requests.sqlite3")
    yield s
    s.close()


def test_one_backup_a_day_and_only_the_last_seven_kept(tmp_path, store, complete_request):
    store.save(complete_request)
    folder = tmp_path / "data" / "backups"
    start = datetime(2026, 11, 1, 12, 0, tzinfo=timezone.utc)
    assert ensure_daily_backup(store, folder, start) is not None
    assert ensure_daily_backup(store, folder, start + timedelta(hours=3)) is None  # same day
    for day in range(1, 10):
        ensure_daily_backup(store, folder, start + timedelta(days=day))
    kept = backups(folder)
    assert len(kept) == KEEP
    assert kept[0].day == date(2026, 11, 10) and kept[-1].day == date(2026, 11, 4)


def test_store_and_backups_are_readable_by_the_user_only(tmp_path, store, complete_request):
    store.save(complete_request)
    backup = make_backup(store, tmp_path / "data" / "backups", date(2026, 11, 26))
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_restore_brings_back_what_the_backup_held(tmp_path, store, complete_request):
    store.save(complete_request)
    backup = make_backup(store, tmp_path / "data" / "backups", date(2026, 11, 26))
    with store.transaction() as db:
        store.remove(db, complete_request["id"])
    store.close()
    restore(backup.path, store.path)
    again = RequestStore(store.path)
    try:
        assert again.get(complete_request["id"]) == complete_request
        assert again.integrity_ok()
    finally:
        again.close()
    assert store.path.with_name(store.path.name + ".before-restore").exists()


def test_a_damaged_backup_is_refused_and_the_register_untouched(tmp_path, store, complete_request):
    store.save(complete_request)
    store.close()
    bad = tmp_path / "requests-2026-11-26.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as info:
        restore(bad, store.path)
    assert info.value.problem == "corrupt"
    again = RequestStore(store.path)
    assert again.get(complete_request["id"]) == complete_request
    again.close()


def test_a_backup_from_a_newer_version_is_refused_before_anything_is_replaced(tmp_path, store, complete_request):
    import shutil
    import sqlite3

    store.save(complete_request)
    newer = tmp_path / "requests-2030-01-01.sqlite3"
    make_backup(store, tmp_path / "made", date(2026, 11, 26))
    shutil.copy(tmp_path / "made" / "requests-2026-11-26.sqlite3", newer)
    db = sqlite3.connect(newer)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    store.close()
    before = store.path.read_bytes()
    with pytest.raises(StoreError) as refused:
        restore(newer, store.path)
    assert refused.value.problem == "newer"
    assert "обновите программу" in refused.value.message("ru")
    assert store.path.read_bytes() == before
    assert not store.path.with_name(store.path.name + ".before-restore").exists()


def test_a_backups_folder_that_cannot_be_made_is_said_not_crashed_on(tmp_path, store, complete_request):
    store.save(complete_request)
    blocking = tmp_path / "backups"
    blocking.write_text("a file where the backups folder should be")
    assert backups(blocking) == []  # nothing to list, and nothing raised
    with pytest.raises(WriteError) as refused:
        ensure_daily_backup(store, blocking, datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc))
    target = blocking / "requests-2026-11-26.sqlite3"
    assert refused.value.message("ru") == f"{target}: «{blocking}» — это файл, а не папка"
    assert store.get(complete_request["id"]) == complete_request
    assert blocking.read_text() == "a file where the backups folder should be"


def _future_backup(store, folder, day):
    """A backup made while the workstation's clock ran ahead (a real copy, named by that day)."""
    return make_backup(store, folder, day)


def test_a_backup_dated_in_the_future_does_not_stop_the_daily_ones(tmp_path, store, complete_request):
    store.save(complete_request)
    folder = tmp_path / "data" / "backups"
    ahead = _future_backup(store, folder, date(2027, 5, 1))
    start = datetime(2026, 11, 1, 12, 0, tzinfo=timezone.utc)
    made = [ensure_daily_backup(store, folder, start + timedelta(days=d)) for d in range(3)]
    assert all(m is not None for m in made)
    assert {b.day for b in backups(folder)} == {date(2027, 5, 1), date(2026, 11, 1), date(2026, 11, 2), date(2026, 11, 3)}
    assert ensure_daily_backup(store, folder, start + timedelta(days=2, hours=5)) is None  # today's exists
    for day in range(3, 12):
        ensure_daily_backup(store, folder, start + timedelta(days=day))
    kept = backups(folder)
    # Seven real days kept; the future-dated copy went first, as the least trusted.
    assert len(kept) == KEEP and not ahead.path.exists()
    assert [b.day for b in kept] == [date(2026, 11, d) for d in range(12, 5, -1)]


def test_the_last_good_backup_is_the_newest_real_one(tmp_path, store, complete_request):
    from requestdesk.store.backup import last_good_backup

    store.save(complete_request)
    folder = tmp_path / "data" / "backups"
    now = datetime(2026, 11, 26, 9, 30, tzinfo=timezone.utc)
    assert last_good_backup(folder, now) is None  # no folder yet
    good = make_backup(store, folder, date(2026, 11, 24))
    _future_backup(store, folder, date(2027, 1, 1))
    (folder / "requests-2026-11-25.sqlite3").write_bytes(b"")  # cut off: a disk filled up
    (folder / "requests-2026-11-26.sqlite3").write_bytes(b"not a register" * 100)
    last = last_good_backup(folder, now)
    assert last is not None and last.path == good.path and last.day == date(2026, 11, 24)
    assert last.made_at is not None and abs(last.made_at.timestamp() - good.path.stat().st_mtime) < 1
