"""Hostile packages: zip bombs, path traversal names, huge declared sizes. Each is refused
before anything is read or written, and nothing lands outside the store."""

import json
import zipfile

import pytest

from requestdesk.packages import MAX_ENCLOSURE_BYTES, PackageError, import_package, read_package, unsafe_name
from tests.review.helpers import listing, members, patch_declared_size, write_zip


def _refused(store, path, problem):
    before = listing(path.parent, skip=store.path.parent)
    with pytest.raises(PackageError) as info:
        import_package(store, path, "someone")
    assert info.value.problem == problem, info.value.message("en")
    assert listing(path.parent, skip=store.path.parent) == before
    assert store.count() == 0 and store._db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    return info.value


def test_a_zip_bomb_is_refused_by_its_compression_ratio(supervisor, sent_for_review, tmp_path):
    contents = members(sent_for_review)
    contents["review.json"] = contents["review.json"] + b" " * (8 * 1024 * 1024)  # still valid JSON
    bomb = write_zip(tmp_path / "bomb.requestpkg", contents)
    assert bomb.stat().st_size < 100 * 1024
    error = _refused(supervisor.store, bomb, "bomb")
    assert "zip bomb" in error.message("en") and "zip-бомбу" in error.message("ru")


@pytest.mark.parametrize("count", [12, 10])  # 2.2 GB in all; 1.9 GB of enclosures, above what a request may carry
def test_a_zip_bomb_is_refused_by_its_total_size(supervisor, sent_for_review, tmp_path, count):
    contents = members(sent_for_review)
    names = [f"enclosures/{i:064x}" for i in range(count)]
    for name in names:
        contents[name] = b"%PDF-1.4 small"
    data = write_zip(tmp_path / "many.requestpkg", contents).read_bytes()
    size = 190 if count == 12 else 195
    for name in names:  # each declares 190 or 195 MB, as stored (ratio 1)
        data = patch_declared_size(data, name, size * 1024 * 1024, size * 1024 * 1024)
    crafted = tmp_path / "total.requestpkg"
    crafted.write_bytes(data)
    error = _refused(supervisor.store, crafted, "bomb_total")
    assert ("1900 MB limit" if count == 10 else "2016 MB limit") in error.message("en")


def test_a_2_gb_enclosure_is_refused_by_its_declared_size_before_reading(supervisor, sent_for_review, tmp_path):
    [name] = [n for n in members(sent_for_review) if n.startswith("enclosures/")]
    data = patch_declared_size(sent_for_review.read_bytes(), name, 2 * 1024 * 1024 * 1024)
    huge = tmp_path / "huge.requestpkg"
    huge.write_bytes(data)
    assert huge.stat().st_size < 1024 * 1024
    error = _refused(supervisor.store, huge, "too_large_member")
    assert "2048 MB" in error.message("en") and f"{MAX_ENCLOSURE_BYTES // 2**20} MB" in error.message("en")
    assert "без чтения" in error.message("ru")


@pytest.mark.parametrize(
    "name",
    ["../evil.json", "enclosures/../../evil", "/abs/evil", "C:/evil", "C:\\evil", "enclosures\\..\\evil", "./request.json", "a//b"],
)
def test_path_traversal_names_are_refused(supervisor, sent_for_review, tmp_path, name):
    contents = members(sent_for_review)
    contents[name] = b"{}"
    crafted = write_zip(tmp_path / "traversal.requestpkg", contents)
    error = _refused(supervisor.store, crafted, "unsafe_name")
    assert json.dumps(name) in error.message("en") and "недопустимое имя" in error.message("ru")
    assert not (tmp_path.parent / "evil.json").exists() and not (tmp_path / "evil").exists()


def test_unsafe_name_rules():
    assert not unsafe_name("enclosures/" + "a" * 64)
    for name in ("", "..", "x/../y", "\\x", "D:x", "x\x00y", "x\ny"):
        assert unsafe_name(name), name


def test_a_member_that_is_larger_than_it_declares_is_refused(supervisor, sent_for_review, tmp_path):
    data = patch_declared_size(sent_for_review.read_bytes(), "review.json", 10)
    crafted = tmp_path / "liar.requestpkg"
    crafted.write_bytes(data)
    with pytest.raises(PackageError):
        read_package(crafted)


def test_an_encrypted_or_oddly_compressed_member_is_refused(supervisor, sent_for_review, tmp_path):
    contents = members(sent_for_review)
    crafted = tmp_path / "bz.requestpkg"
    with zipfile.ZipFile(crafted, "w") as archive:
        for name, data in contents.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_BZIP2 if name == "review.json" else zipfile.ZIP_DEFLATED)
    _refused(supervisor.store, crafted, "compression")


def test_a_deeply_nested_request_is_refused_cleanly(supervisor, sent_for_review, tmp_path):
    from tests.review.helpers import rewrite

    nested = b'{"format": "requestdesk.request", "version": 1, "x": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    crafted = rewrite(sent_for_review, tmp_path / "deep.requestpkg", {"request.json": nested}, update_manifest=True)
    _refused(supervisor.store, crafted, "nested")


def test_values_found_by_fuzzing_are_refused_cleanly(supervisor, sent_for_review, tmp_path):
    from tests.review.helpers import rewrite

    events = json.loads(members(sent_for_review)["events.json"])
    events[1]["prev_hash"] = "é" * 64
    changed = json.dumps(events).encode()
    _refused(supervisor.store, rewrite(sent_for_review, tmp_path / "a.requestpkg", {"events.json": changed}, update_manifest=True), "events_invalid")
    manifest = json.loads(members(sent_for_review)["manifest.json"])
    manifest["enclosures"][0]["pages"] = 2**70
    changed = json.dumps(manifest).encode()
    _refused(supervisor.store, rewrite(sent_for_review, tmp_path / "b.requestpkg", {"manifest.json": changed}), "manifest")
    manifest = json.loads(members(sent_for_review)["manifest.json"])
    manifest["enclosures"][0]["size"] = manifest["members"]["enclosures/" + manifest["enclosures"][0]["sha256"]]["size"] = 7
    changed = json.dumps(manifest).encode()
    _refused(supervisor.store, rewrite(sent_for_review, tmp_path / "c.requestpkg", {"manifest.json": changed}), "enclosure_altered")


def test_a_rechained_log_with_odd_event_data_is_refused_cleanly(supervisor, sent_for_review, tmp_path):
    """A tamperer who recomputes the whole chain (no signatures: possible) gets either a clean
    refusal or an import whose history still reads; never a crash."""
    from datetime import datetime

    from requestdesk.domain.review import event_details
    from requestdesk.store.events import event_hash
    from requestdesk.store.tracking import Tracker
    from tests.review.helpers import rewrite

    for odd in ({"code": ["6.3.b"], "field": {}, "mark": 5}, {"reasons": 7}, {"review": {"marks": 3, "decisions": "x"}}):
        events = json.loads(members(sent_for_review)["events.json"])
        kind = "approval_voided" if "reasons" in odd else "imported" if "review" in odd else "reviewed"
        events.insert(1, {**events[1], "kind": kind, "data": odd})
        prev = ""
        for seq, event in enumerate(events, start=1):
            event["seq"], event["prev_hash"] = seq, prev
            at = datetime.fromisoformat(event["at"]).isoformat()
            event["hash"] = prev = event_hash(prev, event["request_id"], seq, at, event["user"], event["kind"], event["data"])
        manifest = json.loads(members(sent_for_review)["manifest.json"])
        manifest["events"] = {"count": len(events), "head": prev}
        crafted = rewrite(sent_for_review, tmp_path / "odd.requestpkg",
                          {"events.json": json.dumps(events).encode(), "manifest.json": json.dumps(manifest).encode()}, update_manifest=True)
        # Every hash is right; the sender's signature no longer is: always refused.
        with pytest.raises(PackageError) as refused:
            import_package(supervisor.store, crafted, "someone")
        assert refused.value.problem in ("review_not_logged", "sender_signature")
        for event in Tracker(supervisor.store, "someone").history(json.loads(members(crafted)["manifest.json"])["request"]["id"]):
            assert isinstance(event_details(event.kind, event.data, "ru"), str)
        assert isinstance(event_details(kind, odd, "ru"), str)


def test_half_a_utf16_pair_anywhere_in_a_package_is_refused_cleanly(supervisor, sent_for_review, tmp_path):
    """Valid JSON that no text can hold ("\\udcff"): refused on reading, not a crash when
    the register stores it."""
    from tests.review.helpers import rewrite

    request = members(sent_for_review)["request.json"].replace(b'"number": "', b'"number": "\\udcff', 1)
    crafted = rewrite(sent_for_review, tmp_path / "r.requestpkg", {"request.json": request}, update_manifest=True)
    refused = _refused(supervisor.store, crafted, "request_invalid")
    assert "\\udcff" in refused.message("ru") and "UTF-16" in refused.message("en")
    events = members(sent_for_review)["events.json"].replace(b'"user": "', b'"user": "\\ud800', 1)
    crafted = rewrite(sent_for_review, tmp_path / "e.requestpkg", {"events.json": events}, update_manifest=True)
    assert "\\ud800" in _refused(supervisor.store, crafted, "events_invalid").message("en")
