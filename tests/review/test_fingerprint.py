"""The fingerprint an approval is bound to."""

import unicodedata

from requestdesk.domain.fingerprint import canonical_request, fingerprint, matches_short, short_fingerprint
from tests.conftest import clone


def test_the_same_content_gives_the_same_fingerprint_whatever_the_order_and_normal_form(complete_request):
    reordered = dict(reversed(list(complete_request.items())))
    assert fingerprint(reordered) == fingerprint(complete_request)
    decomposed = clone(complete_request)
    decomposed["case_summary"]["ru"] = unicodedata.normalize("NFD", decomposed["case_summary"]["ru"])
    assert decomposed["case_summary"]["ru"] != complete_request["case_summary"]["ru"]  # "й" splits in two
    assert fingerprint(decomposed) == fingerprint(complete_request)
    assert b" " not in canonical_request({"a": [1, 2], "b": {"c": True}})


def test_any_change_of_content_changes_it_but_the_transmission_record_does_not(complete_request):
    base = fingerprint(complete_request)
    for change in (
        lambda d: d["case_summary"].update(en=d["case_summary"]["en"] + "."),
        lambda d: d.update(number=d["number"] + "1"),
        lambda d: d["attachments"][0].update(pages=4),
        lambda d: d.update(future_key={"kept": True}),
    ):
        changed = clone(complete_request)
        change(changed)
        assert fingerprint(changed) != base
    sent = clone(complete_request)
    sent["transmission"] = {"channel": "written", "at": "2026-11-21T10:00:00+03:00", "arrangement": "", "confirmed_at": ""}
    assert fingerprint(sent) == base


def test_the_short_form_can_be_matched_against_a_printed_page():
    full = "3f2a9c017b4e" + "0" * 52
    assert short_fingerprint(full) == "3f2a-9c01-7b4e"
    assert matches_short("3F2A 9C01 7B4E", full) and matches_short("3f2a-9c01-7b4e", full)
    assert not matches_short("3f2a-9c01-7b4f", full) and not matches_short("3f2a", full)
