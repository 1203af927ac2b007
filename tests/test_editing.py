"""Editing operations: each change is reverted exactly, unknown keys and absent keys included."""

from __future__ import annotations

import copy

import pytest

from requestdesk.editing import Compound, InsertItem, RemoveItem, SetValue, new_assistance_item


@pytest.fixture
def doc():
    return {"id": "x", "future_key": {"kept": [1, 2]}, "assistance": [{"form": "a", "extra": True}]}


def test_set_value_and_revert_restores_an_absent_key(doc):
    before = copy.deepcopy(doc)
    op = SetValue("case_summary.ru", "Хищение")
    changes = op.apply(doc)
    assert doc["case_summary"] == {"ru": "Хищение"}
    assert changes.touches("case_summary") and changes.touches("case_summary.ru")
    assert not changes.touches("case_summary.en") and not changes.touches("purpose")
    op.revert(doc)
    assert doc["case_summary"] == {}  # the object created on the way stays, empty: an empty text
    op2 = SetValue("number", "1/2")
    op2.apply(doc)
    op2.revert(doc)
    assert "number" not in doc
    assert doc["future_key"] == before["future_key"]


def test_typing_merges_into_one_operation(doc):
    first = SetValue("purpose.en", "I")
    first.apply(doc)
    later = SetValue("purpose.en", "Id")
    assert first.absorb(later)
    assert not first.absorb(SetValue("purpose.ru", "x"))
    later.apply(doc)
    first.revert(doc)
    assert doc["purpose"] == {}


def test_insert_and_remove_items_keep_the_other_items_whole(doc):
    insert = InsertItem("assistance", new_assistance_item(), 0)
    changes = insert.apply(doc)
    assert insert.inserted_at == 0 and doc["assistance"][1] == {"form": "a", "extra": True}
    assert "assistance" in changes.lists and changes.touches("assistance.1.form")
    remove = RemoveItem("assistance", 1)
    remove.apply(doc)
    assert len(doc["assistance"]) == 1
    remove.revert(doc)
    assert doc["assistance"][1] == {"form": "a", "extra": True}
    insert.revert(doc)
    assert doc["assistance"] == [{"form": "a", "extra": True}]


def test_inserting_into_an_absent_list_creates_it_and_undo_removes_it():
    doc = {"id": "x"}
    op = InsertItem("attachments", {"title": {"ru": "", "en": ""}})
    op.apply(doc)
    assert len(doc["attachments"]) == 1
    op.revert(doc)
    assert doc == {"id": "x"}


def test_compound_reverts_in_reverse_order(doc):
    op = Compound([SetValue("requested.authority", {"ru": "А", "en": "A"}), SetValue("requested.time_zone", "Asia/Baku")])
    op.apply(doc)
    assert doc["requested"]["time_zone"] == "Asia/Baku"
    op.revert(doc)
    assert doc["requested"] == {}
    assert doc["future_key"] == {"kept": [1, 2]}


def test_half_a_utf16_pair_typed_or_pasted_becomes_a_replacement_character(doc):
    from requestdesk.domain.requestfile import dump_request

    op = SetValue("number", "12\udcff/2026")
    op.apply(doc)
    assert doc["number"] == "12\ufffd/2026"
    dump_request(doc)  # the register and every export can write it
