"""The register's lazy key list (ui/register/state._Keys): a key far down the list is
read with its block, not with the whole list, for the first few blocks asked for; past
those the list is read whole once, and every answer is the list's own."""

from __future__ import annotations

from requestdesk.ui.register.state import BLOCKS_AT_AN_OFFSET, _Keys

WHOLE = list(range(1000, 0, -1))
FIRST = 50


def _keys():
    reads = {"all": 0, "blocks": []}

    def read_all():
        reads["all"] += 1
        return WHOLE

    def read_block(offset, limit):
        reads["blocks"].append(offset)
        return WHOLE[offset:offset + limit]

    return _Keys(WHOLE[:FIRST], len(WHOLE), read_all, None, read_block), reads


def test_a_key_far_down_is_read_with_its_block_only():
    keys, reads = _keys()
    assert keys[731] == WHOLE[731] and keys[749] == WHOLE[749] and keys[700] == WHOLE[700]
    assert reads == {"all": 0, "blocks": [700]}
    assert keys[690:710] == WHOLE[690:710]  # the rows read around one: from two blocks
    assert reads == {"all": 0, "blocks": [700, 650]}
    assert keys[999] == WHOLE[999] and keys[0] == WHOLE[0]


def test_past_the_first_few_blocks_the_list_is_read_whole_once():
    keys, reads = _keys()
    for i in range(BLOCKS_AT_AN_OFFSET + 3):
        assert keys[FIRST * (i + 1) + 7] == WHOLE[FIRST * (i + 1) + 7]
    assert len(reads["blocks"]) == BLOCKS_AT_AN_OFFSET and reads["all"] == 1
    assert list(keys) == WHOLE and keys.place(WHOLE[123]) == 123
