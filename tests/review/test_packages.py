"""Request packages: the officer → supervisor → officer round trip, conflicts, tampering."""

import json
import zipfile

import pytest

from requestdesk.atomic import WriteError
from requestdesk.domain.lifecycle import Status
from requestdesk.domain.review import ApprovalStatus
from requestdesk.store.review import package_approval
from requestdesk.packages import (
    Conflict,
    Imported,
    Outcome,
    PackageError,
    Resolution,
    import_package,
    pack,
    read_package,
)
from tests.review.helpers import listing, make_pdf, members, rewrite


def _approve_and_send_back(supervisor, package, tmp_path, rid):
    assert import_package(supervisor.store, package, supervisor.user).outcome is Outcome.IMPORTED
    supervisor.review.mark(rid, "6.3.b", "confirmed")
    supervisor.review.approve(rid, "Согласовано", signer=supervisor.signer)
    back = tmp_path / "to-officer.requestpkg"
    pack(supervisor.store, rid, back, supervisor.user, signer=supervisor.sender)
    return back


def test_officer_supervisor_officer_round_trip(officer, supervisor, sent_for_review, complete_request, tmp_path, clock):
    rid = complete_request["id"]
    result = import_package(supervisor.store, sent_for_review, supervisor.user)
    assert result == Imported(Outcome.IMPORTED, rid, rid, "in_review")
    assert supervisor.store.get(rid) == officer.store.get(rid)
    [enclosure] = supervisor.files.list(rid)
    assert (enclosure.name, enclosure.pages, enclosure.media_type) == ("statement.pdf", 3, "application/pdf")
    copy = tmp_path / "opened.pdf"
    supervisor.files.save_copy(enclosure.sha256, copy)
    assert copy.read_bytes() == make_pdf(3)

    clock.advance(hours=2)
    supervisor.review.mark(rid, "6.3.b", "confirmed", "Изложено полно")
    supervisor.review.approve(rid, "Согласовано", signer=supervisor.signer)
    back = tmp_path / "to-officer.requestpkg"
    pack(supervisor.store, rid, back, supervisor.user, signer=supervisor.sender)

    package = read_package(back)
    assert package_approval(package, officer.folder).valid  # what --inspect shows on the officer's workstation
    assert import_package(officer.store, back, officer.user).outcome is Outcome.UPDATED
    assert officer.store.status(rid) == Status.APPROVED
    state = officer.review.approval_state(rid)
    assert state.valid and state.decision.reviewer == supervisor.user
    assert [m.comment for m in officer.review.marks(rid)] == ["Изложено полно"]
    history = officer.tracker.history(rid)
    assert officer.tracker.chain_problems(rid) == []
    assert [e.kind for e in history] == [
        "enclosure_added", "submitted", "packed", "imported", "reviewed", "approved", "packed", "imported",
    ]
    assert {e.user for e in history} == {officer.user, supervisor.user}

    # The officer edits after approval: the approval is void and the request back in review.
    doc = officer.store.get(rid)
    doc["purpose"]["ru"] += " Дополнение."
    officer.review.save(doc)
    assert officer.review.approval_state(rid).status is ApprovalStatus.VOID
    assert officer.store.status(rid) == Status.IN_REVIEW

    # Importing the same package again brings nothing and overwrites nothing.
    assert import_package(officer.store, back, officer.user).outcome is Outcome.UNCHANGED
    assert officer.store.get(rid) == doc

    # The supervisor receives the edited request and sees that the approval no longer holds.
    again = tmp_path / "edited.requestpkg"
    pack(officer.store, rid, again, officer.user, signer=officer.sender)
    assert import_package(supervisor.store, again, supervisor.user).outcome is Outcome.UPDATED
    assert supervisor.review.approval_state(rid).status is ApprovalStatus.VOID
    assert supervisor.store.status(rid) == Status.IN_REVIEW


def test_a_returned_request_shows_the_supervisors_comments_to_the_officer(officer, supervisor, sent_for_review, complete_request, tmp_path):
    rid = complete_request["id"]
    import_package(supervisor.store, sent_for_review, supervisor.user)
    supervisor.review.mark(rid, "6.3.e", "needs_change", "Срок слишком короткий", field="desired_execution_by")
    supervisor.review.return_for_changes(rid, signer=supervisor.signer)
    back = tmp_path / "returned.requestpkg"
    pack(supervisor.store, rid, back, supervisor.user, signer=supervisor.sender)
    import_package(officer.store, back, officer.user)
    assert officer.store.status(rid) == Status.RETURNED
    assert officer.review.comments_for(rid) == {"desired_execution_by": "Срок слишком короткий"}


def test_newer_local_work_is_never_overwritten_silently(officer, supervisor, sent_for_review, complete_request, tmp_path):
    rid = complete_request["id"]
    back = _approve_and_send_back(supervisor, sent_for_review, tmp_path, rid)
    local = officer.store.get(rid)
    local["other_information"]["ru"] += " Новые сведения."
    officer.store.save(local)

    conflict = import_package(officer.store, back, officer.user)
    assert isinstance(conflict, Conflict) and conflict.reasons == ("local_changes",)
    assert "keep both" in conflict.message("en") and "сохранить оба" in conflict.message("ru")
    assert officer.store.get(rid) == local

    kept = import_package(officer.store, back, officer.user, Resolution.KEEP_BOTH)
    assert kept.outcome is Outcome.KEPT_BOTH and kept.request_id != rid
    assert officer.store.get(rid) == local
    copy = officer.store.get(kept.request_id)
    assert {k: v for k, v in copy.items() if k != "id"} == {k: v for k, v in supervisor.store.get(rid).items() if k != "id"}
    assert officer.store.status(kept.request_id) == Status.IN_REVIEW
    copy_state = officer.review.approval_state(kept.request_id)
    assert copy_state.status is ApprovalStatus.VOID and copy_state.reasons == ("copy",)
    assert len(officer.files.list(kept.request_id)) == 1
    # The copy travels like any request: its log accounts for the review record it brought.
    pack(officer.store, kept.request_id, tmp_path / "copy.requestpkg", officer.user, signer=officer.sender)
    assert import_package(supervisor.store, tmp_path / "copy.requestpkg", supervisor.user).outcome is Outcome.IMPORTED
    assert supervisor.review.approval_state(kept.request_id).reasons == ("copy",)

    replaced = import_package(officer.store, back, officer.user, "replace")
    assert replaced.outcome is Outcome.REPLACED
    assert officer.store.get(rid) == supervisor.store.get(rid)
    assert officer.review.approval_state(rid).valid
    last = officer.tracker.history(rid)[-1]
    assert last.kind == "imported" and last.data["replaced"]["document"] == local  # nothing lost
    assert officer.tracker.chain_problems(rid) == []


def test_a_diverged_log_is_a_conflict(officer, supervisor, sent_for_review, complete_request, tmp_path):
    rid = complete_request["id"]
    back = _approve_and_send_back(supervisor, sent_for_review, tmp_path, rid)
    officer.tracker.log(rid, "checked", {"ok": True})
    conflict = import_package(officer.store, back, officer.user)
    assert isinstance(conflict, Conflict) and conflict.reasons == ("diverged",)
    result = import_package(officer.store, back, officer.user, Resolution.REPLACE)
    assert result.outcome is Outcome.REPLACED and officer.review.approval_state(rid).valid
    assert officer.tracker.chain_problems(rid) == []


# -- tampering ---------------------------------------------------------------------------
def _refused(store, path, problem, fresh=True):
    """Refused with `problem`, leaving the files beside the store and the store as they were."""
    before = listing(path.parent, skip=store.path.parent)
    tables = ("requests", "blobs", "events", "review_decisions")
    counts = [store._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    with pytest.raises(PackageError) as info:
        import_package(store, path, "someone")
    assert info.value.problem == problem, info.value.message("en")
    assert listing(path.parent, skip=store.path.parent) == before
    assert [store._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables] == counts
    if fresh:
        assert counts == [0, 0, 0, 0]
    return info.value


def test_a_changed_byte_in_the_request_is_refused(supervisor, sent_for_review, tmp_path):
    original = members(sent_for_review)["request.json"]
    at = original.index(b'"date": "2026') + len(b'"date": "202')
    changed = original[:at] + b"7" + original[at + 1 :]  # one byte: the request's year
    error = _refused(supervisor.store, rewrite(sent_for_review, tmp_path / "a.requestpkg", {"request.json": changed}), "request_altered")
    assert "request was altered" in error.message("en") and "текст запроса изменен" in error.message("ru")
    assert str(tmp_path / "a.requestpkg") in error.message("en")
    # A tamperer who also rewrites the manifest's hash is caught by the fingerprint.
    crafted = rewrite(sent_for_review, tmp_path / "b.requestpkg", {"request.json": changed}, update_manifest=True)
    _refused(supervisor.store, crafted, "request_not_packed")
    # The transmission record is outside the fingerprint, not outside the package's checks.
    doc = json.loads(original)
    doc["transmission"]["channel"] = "oral"
    moved = json.dumps(doc, ensure_ascii=False).encode()
    crafted = rewrite(sent_for_review, tmp_path / "c.requestpkg", {"request.json": moved}, update_manifest=True)
    _refused(supervisor.store, crafted, "request_not_packed")


def test_a_flipped_byte_in_the_zip_is_refused(supervisor, sent_for_review, tmp_path):
    data = bytearray(sent_for_review.read_bytes())
    with zipfile.ZipFile(sent_for_review) as archive:
        info = archive.getinfo("request.json")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x55
    damaged = tmp_path / "flipped.requestpkg"
    damaged.write_bytes(bytes(data))
    _refused(supervisor.store, damaged, "request_altered")


def test_a_removed_event_is_refused(supervisor, sent_for_review, tmp_path):
    events = json.loads(members(sent_for_review)["events.json"])
    del events[1]
    changed = json.dumps(events).encode()
    error = _refused(supervisor.store, rewrite(sent_for_review, tmp_path / "a.requestpkg", {"events.json": changed}), "event_missing")
    assert "event 2 was removed" in error.message("en") and "удалено событие 2" in error.message("ru")
    crafted = rewrite(sent_for_review, tmp_path / "b.requestpkg", {"events.json": changed}, update_manifest=True)
    _refused(supervisor.store, crafted, "event_missing")
    truncated = json.dumps(json.loads(members(sent_for_review)["events.json"])[:-1]).encode()
    _refused(supervisor.store, rewrite(sent_for_review, tmp_path / "c.requestpkg", {"events.json": truncated}, update_manifest=True), "events_truncated")


def test_an_altered_event_is_refused(supervisor, sent_for_review, tmp_path):
    events = json.loads(members(sent_for_review)["events.json"])
    events[0]["user"] = "someone else"
    changed = json.dumps(events).encode()
    _refused(supervisor.store, rewrite(sent_for_review, tmp_path / "a.requestpkg", {"events.json": changed}, update_manifest=True), "event_altered")


def test_a_review_record_changed_outside_the_program_is_refused(officer, supervisor, sent_for_review, complete_request, tmp_path):
    rid = complete_request["id"]
    back = _approve_and_send_back(supervisor, sent_for_review, tmp_path, rid)
    review = json.loads(members(back)["review.json"])
    review["decisions"][0]["reviewer"] = "Генерал"
    changed = json.dumps(review, ensure_ascii=False).encode()
    _refused(officer.store, rewrite(back, tmp_path / "a.requestpkg", {"review.json": changed}), "review_altered", fresh=False)
    error = _refused(officer.store, rewrite(back, tmp_path / "b.requestpkg", {"review.json": changed}, update_manifest=True),
                     "review_not_logged", fresh=False)
    assert "does not match the event log" in error.message("en")


def test_a_swapped_enclosure_is_refused(supervisor, sent_for_review, tmp_path):
    [name] = [n for n in members(sent_for_review) if n.startswith("enclosures/")]
    error = _refused(supervisor.store, rewrite(sent_for_review, tmp_path / "a.requestpkg", {name: make_pdf(3, "forged")}), "enclosure_altered")
    assert "statement.pdf" in error.message("en") and "подменено" in error.message("ru")


def test_changed_enclosure_details_in_the_manifest_are_refused(supervisor, sent_for_review, tmp_path):
    manifest = json.loads(members(sent_for_review)["manifest.json"])
    manifest["enclosures"][0]["name"] = "Другой документ.pdf"
    manifest["enclosures"][0]["pages"] = 30
    changed = json.dumps(manifest, ensure_ascii=False).encode()
    error = _refused(supervisor.store, rewrite(sent_for_review, tmp_path / "a.requestpkg", {"manifest.json": changed}), "enclosures_not_packed")
    assert "names, pages" in error.message("en")


def test_a_missing_member_is_refused(supervisor, sent_for_review, tmp_path):
    error = _refused(supervisor.store, rewrite(sent_for_review, tmp_path / "a.requestpkg", drop=("review.json",)), "missing_member")
    assert "review.json" in error.message("en")
    [name] = [n for n in members(sent_for_review) if n.startswith("enclosures/")]
    _refused(supervisor.store, rewrite(sent_for_review, tmp_path / "b.requestpkg", drop=(name,)), "missing_member")


def test_a_newer_format_version_is_refused(supervisor, sent_for_review, tmp_path):
    manifest = json.loads(members(sent_for_review)["manifest.json"])
    manifest["version"] = 2
    newer = rewrite(sent_for_review, tmp_path / "a.requestpkg", {"manifest.json": json.dumps(manifest).encode()})
    error = _refused(supervisor.store, newer, "newer_version")
    assert "newer RequestDesk" in error.message("en") and "более новой версией" in error.message("ru")


def test_a_file_that_is_not_a_package(supervisor, tmp_path, complete_request):
    text = tmp_path / "notes.requestpkg"
    text.write_text(json.dumps(complete_request), encoding="utf-8")
    error = _refused(supervisor.store, text, "not_zip")
    assert error.unreadable and "not a zip" in error.message("en")
    other_zip = tmp_path / "other.requestpkg"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert not _refused(supervisor.store, other_zip, "unexpected_member").unreadable
    with pytest.raises(PackageError) as info:
        read_package(tmp_path)
    assert info.value.problem == "unreadable"


def test_inspecting_reports_the_content(sent_for_review, complete_request):
    package = read_package(sent_for_review)
    assert package.request_id == complete_request["id"] and package.status == "in_review"
    assert [e.kind for e in package.events][-1] == "packed"
    assert [(e.name, e.pages) for e in package.enclosures] == [("statement.pdf", 3)]


def test_a_package_that_cannot_be_written_leaves_no_trace(officer, complete_request, tmp_path):
    rid = complete_request["id"]
    officer.store.save(complete_request)
    with pytest.raises(WriteError) as caught:
        pack(officer.store, rid, tmp_path / "no-such-folder" / "x.requestpkg", officer.user, signer=officer.sender)
    assert caught.value.problem == "folder_missing"
    assert officer.tracker.history(rid) == []  # the "packed" event went with the failed file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["officer"]


def test_an_approval_restored_by_undoing_the_edit_travels_valid_in_a_package(officer, supervisor, sent_for_review,
                                                                            complete_request, tmp_path, clock):
    rid = complete_request["id"]
    back = _approve_and_send_back(supervisor, sent_for_review, tmp_path, rid)
    assert import_package(officer.store, back, officer.user).outcome is Outcome.UPDATED
    approved = officer.store.get(rid)
    changed = json.loads(json.dumps(approved))
    changed["purpose"]["en"] += " Typo."
    clock.advance(minutes=1)
    assert officer.review.save(changed)[1].kind == "approval_voided"
    clock.advance(minutes=1)
    assert officer.review.save(approved)[1].kind == "approval_restored"
    again = tmp_path / "restored.requestpkg"
    pack(officer.store, rid, again, officer.user, signer=officer.sender)
    package = read_package(again)  # the review record is replayed from the log and must agree
    assert package_approval(package, officer.folder).valid
    assert import_package(supervisor.store, again, supervisor.user).outcome is Outcome.UPDATED
    assert supervisor.review.approval_state(rid).valid and supervisor.store.status(rid) == Status.APPROVED
    assert supervisor.tracker.chain_problems(rid) == []
