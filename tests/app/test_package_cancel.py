"""Packing and unpacking say how far they are and stop when asked (issue 12, item 6),
without Qt: the progress counts bytes up to the total, and a stop leaves no package,
no part file, no event and no change published; a register exactly as it was."""

from __future__ import annotations

import pytest

from requestdesk.app import Desk
from requestdesk.packages import Outcome
from requestdesk.progress import Cancelled
from requestdesk.store.requests import RequestStore
from tests.review.helpers import make_pdf
from tests.signers import key_for_store

MB = 1024 * 1024


@pytest.fixture
def with_scan(officer, complete_request, tmp_path):
    officer.create(complete_request)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf(2, note="%" + "x" * (5 * MB)))
    officer.attach(complete_request["id"], scan)
    return complete_request["id"], scan.stat().st_size


def _stop_after(reports: int):
    heard: list[tuple[int, int]] = []
    return heard, (lambda done, total: heard.append((done, total))), (lambda: len(heard) >= reports)


def test_packing_reports_its_bytes_up_to_the_total(officer, store, with_scan, tmp_path):
    rid, size = with_scan
    heard: list[tuple[int, int]] = []
    officer.pack(rid, tmp_path / "p.requestpkg", signer=key_for_store(store, officer.user, "officer"),
                 progress=lambda done, total: heard.append((done, total)))
    assert len(heard) >= 5  # a report per chunk of the 5 MB file
    assert [d for d, _ in heard] == sorted(d for d, _ in heard)
    assert heard[-1][0] == heard[-1][1] >= size


@pytest.mark.parametrize("reports", [1, 3])
def test_a_stopped_pack_leaves_no_package_no_part_file_no_event(officer, store, with_scan, published, tmp_path, reports):
    rid, _ = with_scan
    key = key_for_store(store, officer.user, "officer")
    events = [e.hash for e in officer.history(rid)]
    published.clear()
    out = tmp_path / "out"
    out.mkdir()
    heard, progress, should_stop = _stop_after(reports)
    with pytest.raises(Cancelled):
        officer.pack(rid, out / "p.requestpkg", signer=key, progress=progress, should_stop=should_stop)
    assert len(heard) == reports
    assert list(out.iterdir()) == []
    assert [e.hash for e in officer.history(rid)] == events and published == []


@pytest.mark.parametrize("reports", [1, 8, 14])  # the package's hash, its file's check, the file stored
def test_a_stopped_unpack_leaves_the_register_as_it_was(officer, store, with_scan, hub, clock, tmp_path, reports):
    rid, size = with_scan
    package = tmp_path / "p.requestpkg"
    officer.pack(rid, package, signer=key_for_store(store, officer.user, "officer"))
    other = RequestStore(tmp_path / "other" / "requests.sqlite3", clock=clock)
    try:
        desk = Desk(other, "Капитан А. А. Сидоров", hub)
        heard, progress, should_stop = _stop_after(reports)
        with pytest.raises(Cancelled):
            desk.unpack(package, untrusted=True, progress=progress, should_stop=should_stop)
        assert len(heard) == reports and heard[-1][1] >= 3 * size  # hashed twice, stored once
        assert len({total for _, total in heard}) == 1  # the bar never jumps back
        assert other.count() == 0
        assert other._db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
        assert desk.unpack(package, untrusted=True).value.outcome is Outcome.IMPORTED
    finally:
        other.close()
