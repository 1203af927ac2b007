"""A package's status never counts for more than its verified history (issue 13, part 5):
a package of a request file alone, no log behind it, whose manifest says it was approved,
signed, sent, executed, refused or in review, comes in as a draft, even signed by a
trusted sender; a manifest whose status was changed after signing is refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from requestdesk.packages import PackageError, import_package, pack_document, read_package
from tests.review.helpers import listing, members, resign, write_zip


@pytest.mark.parametrize("claimed", ["approved", "signed", "sent", "executed", "refused", "draft", "in_review"])
def test_a_package_without_history_comes_in_as_a_draft(officer, supervisor, complete_request, tmp_path, claimed):
    source = tmp_path / "alone.requestpkg"
    pack_document(complete_request, source, "someone", datetime(2026, 11, 20, 9, 0, tzinfo=UTC), signer=officer.sender)

    def claim(manifest):
        manifest["request"]["status"] = claimed

    # The officer's own trusted key signs the claim: trust in the sender is no history.
    resign(source, officer.sender, manifest_changes=claim)
    assert read_package(source).status == claimed and not read_package(source).events
    result = import_package(supervisor.store, source, supervisor.user)
    assert result.status == "draft" and result.sender.verified
    assert supervisor.store.status(complete_request["id"]) == "draft"
    assert supervisor.review.approval_state(complete_request["id"]).status.value == "none"


def test_a_status_changed_after_signing_is_refused(officer, supervisor, complete_request, tmp_path):
    source = tmp_path / "alone.requestpkg"
    pack_document(complete_request, source, "someone", datetime(2026, 11, 20, 9, 0, tzinfo=UTC), signer=officer.sender)
    contents = members(source)
    manifest = json.loads(contents["manifest.json"])
    manifest["request"]["status"] = "sent"  # the signature stays as it was
    contents["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    forged = write_zip(tmp_path / "sent.requestpkg", contents)
    before = listing(supervisor.folder)
    with pytest.raises(PackageError) as refused:
        import_package(supervisor.store, forged, supervisor.user)
    assert refused.value.problem == "sender_signature"
    assert "does not verify" in refused.value.message("en") and "не сходится" in refused.value.message("ru")
    assert listing(supervisor.folder) == before
