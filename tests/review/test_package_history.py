"""A package's status never counts for more than its history (issue 13, part 5): a
package of a request file alone, no log behind it, whose manifest says it was approved,
signed, sent, executed or refused, comes in as a draft; one that says draft or in review
keeps that."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from requestdesk.packages import import_package, pack_document, read_package
from tests.review.helpers import members, write_zip


@pytest.mark.parametrize("claimed,arrives", [("approved", "draft"), ("signed", "draft"), ("sent", "draft"),
                                             ("executed", "draft"), ("refused", "draft"), ("draft", "draft"),
                                             ("in_review", "in_review")])
def test_a_package_without_history_cannot_carry_a_later_status(supervisor, complete_request, tmp_path, claimed, arrives):
    source = tmp_path / "alone.requestpkg"
    pack_document(complete_request, source, "someone", datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    contents = members(source)
    manifest = json.loads(contents["manifest.json"])
    manifest["request"]["status"] = claimed
    contents["manifest.json"] = json.dumps(manifest).encode()
    forged = write_zip(tmp_path / "claimed.requestpkg", contents)
    assert read_package(forged).status == claimed and not read_package(forged).events
    result = import_package(supervisor.store, forged, supervisor.user)
    assert result.status == arrives
    assert supervisor.store.status(complete_request["id"]) == arrives
    assert supervisor.review.approval_state(complete_request["id"]).status.value == "none"
