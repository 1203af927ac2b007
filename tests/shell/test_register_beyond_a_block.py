"""The register longer than the rows it reads at once (state.BLOCK): sorting and searching
keep the officer's selection on its requests, and the list and its count stay right,
though the window reads only the first rows of the new order."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from requestdesk.ui.register import state as state_module
from requestdesk.ui.register.state import BLOCK, Column
from tests.shell.helpers import new_copy, type_text

COUNT = 2 * BLOCK + 50


def fill(services, complete_request) -> dict[str, str]:
    """COUNT requests whose numbers run against their dates: the newest (at the top
    before a sort) has the lowest number (at the bottom once sorted by number, latest
    first). Every other one mentions "Even". Their ids by number."""
    ids = {}
    with services.store.transaction() as db:
        for i in range(COUNT):
            doc = new_copy(complete_request, number=f"{i:03d}/2026", date=f"20{10 + i // 28:02d}-01-{1 + i % 28:02d}")
            doc["case_summary"] = dict(doc["case_summary"], en=doc["case_summary"]["en"] + (" Even." if i % 2 == 0 else ""))
            services.store.write(db, doc)
            ids[doc["number"]] = doc["id"]
    return ids


def click_heading(qtbot, window, column: Column) -> None:
    header = window.register.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(int(column)) + 5, header.height() // 2))


def shown_number(window, row: int) -> str:
    return window.model.index(row, int(Column.NUMBER)).data()


def current_number(window) -> str:
    return shown_number(window, window.register.table.currentIndex().row())


def test_the_selected_request_stays_selected_after_sorting_a_register_longer_than_a_block(
        qtbot, make_window, services, complete_request):
    ids = fill(services, complete_request)
    window = make_window(services)
    table = window.register.table
    # Near the top in the newest-first order, far beyond the first rows by number.
    chosen = shown_number(window, 3)
    window.register.select_ids([ids[chosen]])
    assert current_number(window) == chosen
    click_heading(qtbot, window, Column.NUMBER)
    assert table.currentIndex().row() == sorted(ids).index(chosen) > BLOCK
    assert not window.model.state.keys.read  # placed by counting, the register's keys not all read
    numbers = [shown_number(window, row) for row in range(5)]
    assert numbers == sorted(numbers)  # sorted by number, ascending
    assert window.register.selected_ids() == [ids[chosen]]
    assert current_number(window) == chosen
    click_heading(qtbot, window, Column.NUMBER)  # the other way
    assert window.register.selected_ids() == [ids[chosen]]
    assert current_number(window) == chosen
    assert table.currentIndex().row() == sorted(ids, reverse=True).index(chosen)
    assert window.counts.text() == f"{COUNT} requests"
    # Every row is where the order puts it, read as the officer scrolls down.
    table.scrollToBottom()
    assert [shown_number(window, row) for row in range(COUNT)] == sorted(ids, reverse=True)


def test_a_selection_of_many_rows_follows_its_requests_through_a_sort(qtbot, make_window, services, complete_request):
    """More requests than are placed one by one: the list is read whole once, and every
    selected request is still selected, in its new row."""
    ids = fill(services, complete_request)
    window = make_window(services)
    chosen = [shown_number(window, row) for row in range(0, 3 * state_module.FEW_PLACES, 3)]
    window.register.select_ids([ids[number] for number in chosen])
    click_heading(qtbot, window, Column.NUMBER)
    assert sorted(window.register.selected_ids()) == sorted(ids[number] for number in chosen)
    rows = {index.row() for index in window.register.table.selectionModel().selectedRows()}
    assert sorted(shown_number(window, row) for row in rows) == sorted(chosen)
    assert current_number(window) in chosen


def test_a_search_of_many_matches_lists_counts_and_keeps_the_selection_like_one_of_few(
        qtbot, make_window, services, complete_request, monkeypatch):
    """A search past MANY_MATCHES reads its first rows only: the count in the status bar,
    the rows further down and a selected request beyond those rows are as the whole
    list of matches has them, in the order chosen."""
    ids = fill(services, complete_request)
    window = make_window(services)
    even = sorted(number for number in ids if int(number[:3]) % 2 == 0)
    expected: dict[bool, list[str]] = {}
    for many in (False, True):
        monkeypatch.setattr(state_module, "MANY_MATCHES", 5 if many else 10**6)
        window.register.search.clear()
        window.register.reload(search="")
        if window.register.table.horizontalHeader().sortIndicatorSection() != int(Column.NUMBER):
            click_heading(qtbot, window, Column.NUMBER)
        window.register.select_ids([])
        window.register.table.scrollToTop()  # the officer at the top of the list, nothing selected
        type_text(qtbot, window.register.search, "even")
        qtbot.waitUntil(lambda: window.model.state.filters.search == "even")
        assert window.model.rowCount() == len(even) > BLOCK
        assert window.counts.text() == f"{len(even)} of {COUNT} requests shown"
        if many:
            assert not window.model.state.keys.read  # its first rows only, so far
        expected[many] = [shown_number(window, row) for row in range(len(even))]
        assert expected[many] == even
        # Searched again with a request selected beyond the first rows: it stays selected.
        chosen = even[-3]
        window.register.select_ids([ids[chosen]])
        window.register.reload(search="")
        window.register.search.clear()
        type_text(qtbot, window.register.search, "even")
        qtbot.waitUntil(lambda: window.model.state.filters.search == "even")
        assert window.counts.text() == f"{len(even)} of {COUNT} requests shown"
        assert window.register.selected_ids() == [ids[chosen]]
        assert current_number(window) == chosen
        assert [shown_number(window, row) for row in range(len(even))] == even
    assert expected[True] == expected[False]


def test_a_search_every_request_matches_lists_the_register_without_reading_it_whole(
        qtbot, make_window, services, complete_request):
    """A word of every request (the example's «Армения» in each): the search's list is the
    register's, in the order chosen and counted right, and a selected request far down
    stays selected; neither reads every key. An archived request that also matches stays out."""
    ids = fill(services, complete_request)
    window = make_window(services)
    archived = sorted(ids)[7]
    from requestdesk.ui.operations import desk_of

    desk_of(services).delete([ids[archived]])  # a draft is deleted, and gone from both lists
    listed = sorted(number for number in ids if number != archived)
    click_heading(qtbot, window, Column.NUMBER)
    chosen = listed[-5]
    window.register.select_ids([ids[chosen]])
    type_text(qtbot, window.register.search, "Armenia")
    qtbot.waitUntil(lambda: window.model.state.filters.search == "Armenia")
    assert window.model.rowCount() == len(listed)
    assert window.counts.text() == f"{len(listed)} of {len(listed)} requests shown"
    assert window.register.selected_ids() == [ids[chosen]] and current_number(window) == chosen
    assert getattr(window.model.state.keys, "read", True) is False  # its first rows only, so far
    assert [shown_number(window, row) for row in range(len(listed))] == listed
