"""The register window as an officer uses it: the list, search, filters, sorting, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from requestdesk.domain.lifecycle import Status
from requestdesk.ui.register.view import ARCHIVE
from requestdesk.ui.editor.drafts import draft_path
from requestdesk.ui.operations import desk_of
from requestdesk.ui.register.state import Column
from tests.shell.helpers import (
    click_button,
    message_text,
    new_copy,
    save_as_another_program,
    type_text,
    visible_column,
    when_modal,
)


def search(qtbot, window, text: str) -> None:
    box = window.register.search
    box.clear()
    type_text(qtbot, box, text)
    # The search runs after a pause in typing; wait for its result, not for a fixed time.
    qtbot.waitUntil(lambda: window.model.state.filters.search == text)


def test_register_lists_every_request_with_its_columns(window):
    model = window.register.table.model()
    assert model.rowCount() == 4
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Number", "Date", "Requested authority", "Status", "Urgent", "Written confirmation", "Execute by"]
    numbers = visible_column(window, Column.NUMBER)
    assert set(numbers) == {"1/ПРИМЕР-2026", "2/2026", "3/2026", "4/2026"}
    row = numbers.index("1/ПРИМЕР-2026")
    assert model.index(row, Column.DATE).data() == "20 November 2026"
    assert model.index(row, Column.REQUESTED).data() == "MIA of Armenia"
    assert model.index(row, Column.REQUESTED).data(Qt.ItemDataRole.ToolTipRole) == (
        "<qt>Armenia: Ministry of Internal Affairs of the Republic of Armenia</qt>")
    assert model.index(row, Column.DESIRED).data() == "20 December 2026"
    assert model.index(row, Column.URGENT).data() == ""
    assert window.counts.text() == "4 requests"
    assert window.watch.overview.texts()[:2] == ["Awaiting confirmation: 2", "Confirmation overdue: 1"]
    # The urgent requests are on the watch panel, and the overdue one raises the alert.
    assert window.watch.panel.model.rowCount() == 2 and window.watch.dock.isVisible()
    assert window.watch.banner.isVisible()


def test_confirmation_column_counts_down_and_shows_overdue(window):
    model = window.register.table.model()
    numbers = visible_column(window, Column.NUMBER)
    overdue = numbers.index("2/2026")
    pending = numbers.index("3/2026")
    # Sent orally 80 hours ago: the 72 hours ran out 8 hours ago.
    assert model.index(overdue, Column.CONFIRMATION).data() == "overdue by 8 h"
    # Sent by technical means (no arrangement) 10 hours ago: 62 hours are left.
    assert model.index(pending, Column.CONFIRMATION).data() == "2 d 14 h left"
    assert model.index(overdue, Column.URGENT).data() == "urgent"
    assert "Due" in model.index(overdue, Column.CONFIRMATION).data(Qt.ItemDataRole.ToolTipRole)
    # The status in full, whatever the width of its column, then what to do about it.
    assert model.index(overdue, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        model.index(overdue, Column.STATUS).data() + "\nOpen the request to see the findings of the check")


def test_search_finds_by_russian_word_english_word_and_ip(qtbot, window):
    search(qtbot, window, "шифровальщика")
    assert visible_column(window, Column.NUMBER) == ["2/2026"]
    assert window.counts.text() == "1 of 4 requests shown"  # the officer sees how much the search hides
    search(qtbot, window, "phishing")
    assert visible_column(window, Column.NUMBER) == ["3/2026"]
    search(qtbot, window, "203.0.113.7")
    assert visible_column(window, Column.NUMBER) == ["2/2026"]
    search(qtbot, window, "192.0.2.15")
    assert visible_column(window, Column.NUMBER) == ["1/ПРИМЕР-2026"]
    search(qtbot, window, "nothing-like-this")
    assert window.register.table.model().rowCount() == 0
    assert window.register.pages.currentWidget() is window.register.hint
    assert "The register holds 4 requests" in window.register.hint.text()
    window.register.search.clear()
    qtbot.waitUntil(lambda: window.register.table.model().rowCount() == 4)
    assert window.register.pages.currentWidget() is window.register.table
    assert window.counts.text() == "4 requests"


def test_search_finds_other_forms_of_the_words_and_counts_them(qtbot, window):
    for typed, number in (("шифровальщиком", "2/2026"), ("вымогательства", "2/2026"), ("фишинговую рассылку", "3/2026"),
                          ("phishing mailings", "3/2026"), ("extort", "2/2026")):
        search(qtbot, window, typed)
        assert visible_column(window, Column.NUMBER) == [number], typed
        assert window.counts.text() == "1 of 4 requests shown"
    search(qtbot, window, "203.0.113")  # part of an address: its whole numbers
    assert visible_column(window, Column.NUMBER) == ["2/2026"]
    search(qtbot, window, "203.0.113.70")  # another address, not a prefix of it
    assert window.register.pages.currentWidget() is window.register.hint
    assert window.counts.text() == "0 of 4 requests shown"


def test_filters_by_status_urgency_and_overdue(qtbot, window):
    view = window.register
    view.urgent_filter.click()
    assert sorted(visible_column(window, Column.NUMBER)) == ["2/2026", "3/2026"]
    view.overdue_filter.click()
    assert visible_column(window, Column.NUMBER) == ["2/2026"]
    view.urgent_filter.click()
    view.overdue_filter.click()
    view.status_filter.setCurrentIndex(view.status_filter.findData("sent"))
    assert visible_column(window, Column.NUMBER) == ["4/2026"]
    assert view.status_filter.currentText() == "Sent"
    view.status_filter.setCurrentIndex(0)
    assert len(visible_column(window, Column.NUMBER)) == 4


def test_clicking_a_header_sorts(qtbot, window):
    header = window.register.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(
        header.sectionViewportPosition(Column.NUMBER) + 5, header.height() // 2))
    numbers = visible_column(window, Column.NUMBER)
    assert numbers in (sorted(numbers), sorted(numbers, reverse=True))
    first = numbers
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(
        header.sectionViewportPosition(Column.NUMBER) + 5, header.height() // 2))
    assert visible_column(window, Column.NUMBER) == list(reversed(first))


def select_number(window, number: str) -> str:
    row = visible_column(window, Column.NUMBER).index(number)
    request_id = window.model.request_id(row)
    window.register.select_ids([request_id])
    return request_id


def test_delete_then_undo_restores_the_request(qtbot, window, filled):
    request_id = select_number(window, "1/ПРИМЕР-2026")
    before = filled.store.get(request_id)
    assert window.act_delete.isEnabled()
    window.act_delete.trigger()
    assert "1/ПРИМЕР-2026" not in visible_column(window, Column.NUMBER)
    assert filled.store.get(request_id) is None
    assert "deleted" in window.statusBar().currentMessage()
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()
    assert "1/ПРИМЕР-2026" in visible_column(window, Column.NUMBER)
    assert filled.store.get(request_id) == before
    assert filled.store.status(request_id) == "draft"
    assert window.register.selected_ids() == [request_id]
    window.act_redo.trigger()
    assert filled.store.get(request_id) is None


def _archive_shown(window) -> None:
    view = window.register
    view.status_filter.setCurrentIndex(view.status_filter.findData(ARCHIVE))


def test_del_on_a_sent_request_archives_it_says_so_and_undo_brings_it_back(qtbot, window, filled):
    request_id = select_number(window, "4/2026")
    before = filled.store.get(request_id)
    qtbot.keyClick(window.register.table, Qt.Key.Key_Delete)
    # Not deleted: out of the list, kept whole in the archive with its log.
    assert "4/2026" not in visible_column(window, Column.NUMBER)
    assert filled.store.get(request_id) == before and filled.store.status(request_id) == "sent"
    message = window.statusBar().currentMessage()
    assert "archived, not deleted" in message and "left the draft stage" in message and "Undo" in message
    assert window.counts.text() == "3 requests · 1 in the archive"
    assert desk_of(filled).history(request_id)[-1].kind == "archived"
    assert window.act_undo.text() == "&Undo: Archive 1 request"
    window.act_undo.trigger()
    assert "4/2026" in visible_column(window, Column.NUMBER) and not filled.store.is_archived(request_id)
    assert window.register.selected_ids() == [request_id]
    assert window.counts.text() == "4 requests"
    window.act_redo.trigger()
    assert filled.store.is_archived(request_id) and "4/2026" not in visible_column(window, Column.NUMBER)


def test_one_delete_of_a_draft_and_a_sent_request_deletes_one_and_archives_the_other(qtbot, window, filled):
    draft = select_number(window, "1/ПРИМЕР-2026")
    sent = window.model.request_id(visible_column(window, Column.NUMBER).index("4/2026"))
    window.register.select_ids([draft, sent])
    window.act_delete.trigger()
    assert filled.store.get(draft) is None and filled.store.is_archived(sent)
    message = window.statusBar().currentMessage()
    assert "1 request deleted." in message and "1 request archived, not deleted" in message
    assert window.act_undo.text() == "&Undo: Delete or archive 2 requests"
    window.act_undo.trigger()  # one step brings both back
    assert filled.store.status(draft) == "draft" and not filled.store.is_archived(sent)
    assert sorted(window.register.selected_ids()) == sorted([draft, sent])


def test_the_archive_filter_shows_archived_requests_and_restores_them_from_the_request_menu(qtbot, window, filled):
    request_id = select_number(window, "4/2026")
    window.act_delete.trigger()
    view = window.register
    _archive_shown(window)
    assert view.status_filter.currentText() == "Archived (any status)"
    assert visible_column(window, Column.NUMBER) == ["4/2026"]
    assert window.model.index(0, Column.STATUS).data() == "Sent, 2 warnings — in the archive"
    assert window.counts.text() == "1 of 1 archived request shown"
    # The search looks in the archive while it is shown.
    search(qtbot, window, "криптовалюты")
    assert visible_column(window, Column.NUMBER) == ["4/2026"]
    search(qtbot, window, "шифровальщика")  # in the list, not in the archive
    assert visible_column(window, Column.NUMBER) == []
    assert "The archive holds 1 request; none matches the search." in view.hint.text()
    search(qtbot, window, "")
    view.select_ids([request_id])
    assert window.act_unarchive.isEnabled() and not window.act_delete.isEnabled()
    assert window.act_unarchive in window.request_menu.menu.actions()
    window.act_unarchive.trigger()
    # Back in the list, selected there, as it was; its log says so.
    assert not filled.store.is_archived(request_id) and filled.store.status(request_id) == "sent"
    assert view.status_filter.currentIndex() == 0 and view.selected_ids() == [request_id]
    assert window.counts.text() == "4 requests"
    assert "brought back from the archive" in window.statusBar().currentMessage()
    assert [e.kind for e in desk_of(filled).history(request_id)][-2:] == ["archived", "restored"]
    assert not window.act_unarchive.isEnabled()


def test_the_context_menu_holds_restore_from_the_archive(qtbot, window, filled):
    from PySide6.QtWidgets import QMenu

    request_id = select_number(window, "4/2026")
    window.act_delete.trigger()
    _archive_shown(window)
    window.register.select_ids([request_id])
    seen = []

    def look() -> None:
        menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
        seen.append([a for a in menu.actions()])
        menu.close()

    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtWidgets import QApplication

    QTimer.singleShot(100, look)
    window._context_menu(QPoint(5, 5))
    qtbot.waitUntil(lambda: bool(seen))
    assert window.act_unarchive in seen[0] and window.act_unarchive.isEnabled()
    window.act_unarchive.trigger()
    assert not filled.store.is_archived(request_id)


def test_an_empty_archive_says_what_it_is_for(qtbot, window, filled):
    _archive_shown(window)
    assert window.register.pages.currentWidget() is window.register.hint
    assert "The archive is empty." in window.register.hint.text()
    assert window.counts.text() == "0 of 0 archived requests shown"


def test_the_archive_in_russian(qtbot, window, filled, languages):
    request_id = select_number(window, "4/2026")
    window.act_delete.trigger()
    languages.apply("ru")
    try:
        view = window.register
        qtbot.waitUntil(lambda: view.status_filter.itemText(0) == "Все")  # the language change reached the view
        message = window.statusBar().currentMessage()
        assert window.counts.text() == "3 запроса · 1 в архиве"
        _archive_shown(window)
        assert view.status_filter.currentText() == "В архиве (любое состояние)"
        assert window.model.index(0, Column.STATUS).data().endswith("— в архиве") and "Направлен" in window.model.index(0, Column.STATUS).data()
        view.select_ids([request_id])
        assert window.act_unarchive.text() == "Вернуть из &архива"
        assert message  # the message said in English stays until it times out
    finally:
        languages.apply("en")


def test_undoing_a_copy_keeps_it_once_it_was_worked_on(qtbot, window, filled):
    select_number(window, "1/ПРИМЕР-2026")
    window.act_duplicate.trigger()
    (copy_id,) = window.register.selected_ids()
    from requestdesk.ui.operations import desk_of

    changed = filled.store.get(copy_id)
    changed["number"] = "5/2026"
    desk_of(filled).edit(changed)  # the officer went on working on the copy
    window.act_undo.trigger()
    assert filled.store.get(copy_id) == changed and "5/2026" in visible_column(window, Column.NUMBER)
    assert window.statusBar().currentMessage() == "1 request was changed since and was kept as it is."


def test_duplicate_adds_a_draft_without_number(qtbot, window, filled):
    original = select_number(window, "1/ПРИМЕР-2026")
    window.act_duplicate.trigger()
    assert filled.store.count() == 5
    (copy_id,) = window.register.selected_ids()
    assert copy_id != original
    copied = filled.store.get(copy_id)
    assert copied["number"] == "" and copied["case_summary"] == filled.store.get(original)["case_summary"]
    assert "(no number)" in visible_column(window, Column.NUMBER)
    window.act_undo.trigger()
    assert filled.store.count() == 4


def test_the_request_menu_moves_a_request_through_its_life(window, filled):
    request_id = select_number(window, "1/ПРИМЕР-2026")
    menu = window.request_menu
    assert menu.simple[Status.IN_REVIEW].isEnabled()
    assert not menu.simple[Status.SIGNED].isEnabled()  # a draft is reviewed and approved first
    assert not menu.confirmation.isEnabled()
    menu.simple[Status.IN_REVIEW].trigger()
    assert filled.store.status(request_id) == "in_review"
    assert window.register.selected_ids() == [request_id]
    row = visible_column(window, Column.NUMBER).index("1/ПРИМЕР-2026")
    assert window.model.index(row, Column.STATUS).data().startswith("In review")
    assert menu.simple[Status.APPROVED].isEnabled() and not menu.simple[Status.IN_REVIEW].isEnabled()
    # Each step is in the request's history (the event log).
    from requestdesk.ui.operations import desk_of

    (event,) = desk_of(filled).history(request_id)
    assert event.data["to"] == "in_review"


def test_empty_register_says_how_to_start(make_window, services):
    window = make_window(services)
    assert window.register.pages.currentWidget() is window.register.hint
    assert "New request" in window.register.hint.text()
    assert "*.request.json" in window.register.hint.text()
    assert not window.act_delete.isEnabled()


def test_countdown_refreshes_with_the_clock(window, filled):
    row = visible_column(window, Column.NUMBER).index("3/2026")
    from datetime import timedelta

    filled.clock.moment = filled.clock.moment + timedelta(hours=1, minutes=30)
    window._tick()
    assert window.model.index(row, Column.CONFIRMATION).data() == "2 d 12 h 30 min left"


def test_recording_an_urgent_transmission_puts_the_request_on_the_watch(qtbot, window, filled):
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.shell.helpers import when_modal

    request_id = select_number(window, "1/ПРИМЕР-2026")
    doc = filled.store.get(request_id)
    doc["urgent"] = True
    doc["urgency_reason"] = {"ru": "Данные будут удалены", "en": "The data will be deleted"}
    filled.store.save(doc)
    window.register.reload()
    window.register.select_ids([request_id])
    watched = window.watch.panel.model.rowCount()
    assert window.request_menu.transmission.isEnabled()

    def record(dialog) -> None:
        dialog.channel.setCurrentIndex(0)  # orally
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    seen = when_modal(record)
    window.request_menu.transmission.trigger()
    assert seen
    assert filled.store.status(request_id) == "awaiting_confirmation"
    assert window.watch.panel.model.rowCount() == watched + 1
    row = visible_column(window, Column.NUMBER).index("1/ПРИМЕР-2026")
    assert window.model.index(row, Column.CONFIRMATION).data() == "3 d left"
    assert window.request_menu.confirmation.isEnabled()


def test_a_date_further_down_than_the_rows_read_at_start_is_shown_whole(qtbot, make_window, services, complete_request):
    """The register sizes its columns from the rows it reads (a screenful, not 100,000):
    its date columns are sized for every month of the language, so a search that brings
    up "28 January" (the oldest, so the last row) shows it whole though the rows read
    were all "1 May"."""
    import copy
    import uuid

    with services.store.transaction() as db:
        for i in range(60):
            doc = copy.deepcopy(complete_request)
            doc["id"] = str(uuid.uuid4())
            doc["number"] = f"{i}/2026"
            doc["date"] = doc["desired_execution_by"] = "2026-05-01"
            services.store.write(db, doc)
        doc = copy.deepcopy(complete_request)
        doc["id"] = str(uuid.uuid4())
        doc["number"] = "January"
        doc["date"] = doc["desired_execution_by"] = "2026-01-28"
        services.store.write(db, doc)
    window = make_window(services)
    table = window.register.table
    for lang in ("en", "ru"):
        window.language_actions[lang].trigger()
        search(qtbot, window, "January")
        assert visible_column(window, Column.NUMBER) == ["January"]
        for column in (Column.DATE, Column.DESIRED):
            assert table.columnWidth(int(column)) >= table.sizeHintForColumn(int(column)), (lang, column)
    window.language_actions["en"].trigger()


def test_requests_added_by_another_program_appear_without_a_restart(qtbot, window, filled, complete_request):
    """`requestdesk unpack` or a second process writing the register while the window is
    open: the list follows within seconds, and what the officer selected stays selected."""
    row = visible_column(window, Column.NUMBER).index("3/2026")
    selected = window.model.request_id(row)
    window.register.select_ids([selected])
    save_as_another_program(filled.store.path, new_copy(complete_request, number="99/2026"))
    qtbot.waitUntil(lambda: "99/2026" in visible_column(window, Column.NUMBER), timeout=6000)
    assert window.counts.text() == "5 requests"
    assert window.register.selected_ids() == [selected]


def test_a_change_from_another_program_leaves_the_list_where_the_officer_scrolled_it(
    qtbot, make_window, services, complete_request
):
    with services.store.transaction() as db:
        for i in range(120):
            services.store.write(db, new_copy(complete_request, number=f"{i}/2026"))
    window = make_window(services)
    table = window.register.table
    window.register.select_ids([window.model.request_id(0)])  # the newest, at the top
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum())  # the officer reads the oldest, at the bottom
    reading = bar.value()
    assert reading > 0
    save_as_another_program(services.store.path, new_copy(complete_request, number="old/2020", date="2020-01-01"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 121, timeout=6000)
    assert bar.value() >= reading  # not thrown back to the selection at the top
    assert window.register.selected_ids() == [window.model.request_id(0)]


def test_an_open_editor_follows_a_change_from_another_program_or_says_it_would_replace_it(qtbot, window, filled):
    """`requestdesk unpack` brings a new text for a request open in an editor: with nothing
    unsaved the editor shows the new text; with the officer's unsaved typing it says what
    saving would do, and nothing is decided behind the officer's back."""
    import copy

    row = visible_column(window, Column.NUMBER).index("1/ПРИМЕР-2026")
    request_id = window.model.request_id(row)
    window.open_request(request_id)
    editor = window._editors[request_id]
    changed = copy.deepcopy(filled.store.get(request_id))
    changed["number"] = "1/ИЗ-ПАКЕТА"
    save_as_another_program(filled.store.path, changed)
    qtbot.waitUntil(lambda: window._editors.get(request_id) not in (None, editor), timeout=6000)
    reopened = window._editors[request_id]
    assert reopened.steps[0].number.text() == "1/ИЗ-ПАКЕТА"
    assert "Another program changed" in window.statusBar().currentMessage()

    reopened.steps[0].number.end(False)
    type_text(qtbot, reopened.steps[0].number, "-мое")
    changed["number"] = "1/СНОВА"
    save_as_another_program(filled.store.path, changed)
    window._follow_outside_changes()  # the watch's tick, now: before the autosave of the typing
    assert "Another program changed this request" in reopened.statusBar().currentMessage()
    assert window._editors[request_id] is reopened
    assert reopened.steps[0].number.text() == "1/ИЗ-ПАКЕТА-мое"
    # Closing asks which version the register keeps; here, the other program's.
    asked = when_modal(lambda box: click_button(box, "Keep the register's version"))
    reopened.close()
    assert asked and "Save your version over it?" in asked[0].text()
    assert filled.store.get(request_id)["number"] == "1/СНОВА"
    assert not draft_path(filled.data_dir, request_id).exists()


def test_an_autosave_over_a_change_from_another_program_is_held_back_once_and_said(qtbot, window, filled):
    """The autosave may come before the register's watch notices the other program: it
    holds back once and says so; the officer's next change replaces the other version."""
    import copy

    row = visible_column(window, Column.NUMBER).index("1/ПРИМЕР-2026")
    request_id = window.model.request_id(row)
    window.open_request(request_id)
    editor = window._editors[request_id]
    window._outside_watch.stop()  # only the autosave meets the change here
    editor.steps[0].number.end(False)
    type_text(qtbot, editor.steps[0].number, "-А")
    changed = copy.deepcopy(filled.store.get(request_id))
    changed["number"] = "1/ДРУГАЯ"
    save_as_another_program(filled.store.path, changed)
    qtbot.waitUntil(lambda: "Another program changed this request" in editor.statusBar().currentMessage(), timeout=6000)
    assert filled.store.get(request_id)["number"] == "1/ДРУГАЯ"
    type_text(qtbot, editor.steps[0].number, "Б")
    qtbot.waitUntil(lambda: filled.store.get(request_id)["number"] == "1/ПРИМЕР-2026-АБ", timeout=6000)
    editor.close()


def test_an_edit_keeps_the_order_the_officer_chose_and_the_rows_where_they_were(qtbot, make_window, services,
                                                                                  complete_request):
    """Newest first is by date, then by entry: saving an edit moves no row, and the
    register stays scrolled where the officer was reading."""
    with services.store.transaction() as db:
        for i in range(300):
            services.store.write(db, new_copy(complete_request, number=f"{i}/2026", date=f"2026-11-{1 + i % 20:02d}"))
    window = make_window(services)
    table = window.register.table
    before = visible_column(window, Column.NUMBER)
    table.verticalScrollBar().setValue(150)
    top = table.rowAt(0)
    reading = window.model.request_id(top)
    edited_row = top - 3  # a request above the one being read, and one below
    for row in (edited_row, top + 5):
        request_id = window.model.request_id(row)
        services.clock.advance(minutes=1)  # saved a minute later: the time of the change is not an order
        doc = services.store.get(request_id)
        doc["case_summary"]["en"] += " Edited."
        desk_of(services).edit(doc)  # as the editor saves: the desk's change reaches the window
        assert visible_column(window, Column.NUMBER) == before
        assert window.model.request_id(table.rowAt(0)) == reading
    # Another program adds the newest request, above everything: the rows being read stay put.
    save_as_another_program(services.store.path, new_copy(complete_request, number="new/2026", date="2026-12-31"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 301, timeout=6000)
    assert visible_column(window, Column.NUMBER)[0] == "new/2026"
    assert window.model.request_id(table.rowAt(0)) == reading


def test_the_status_column_is_wide_enough_for_every_status_in_russian(qtbot, make_window, services, languages):
    from requestdesk.domain.lifecycle import LABELS
    from tests.shell.helpers import example

    for number in ("1/2026", "2/2026", "3/2026"):
        services.store.save(new_copy(example(), number=number), status="draft")
    languages.apply("ru")
    window = make_window(services)
    header = window.register.table.horizontalHeader()
    metrics = window.register.table.fontMetrics()
    longest = max(metrics.horizontalAdvance(words.render("ru")) for words in LABELS.values())
    # Only drafts on screen: «Ждет письменного подтверждения» must still fit when one comes.
    assert header.sectionSize(int(Column.STATUS)) >= longest


def test_the_registers_column_widths_and_window_size_come_back_in_the_next_window(make_window, filled):
    first = make_window(filled)
    first.resize(640, 480)
    first.register.table.horizontalHeader().resizeSection(int(Column.NUMBER), 321)
    first.close()
    second = make_window(filled)
    assert second.register.table.horizontalHeader().sectionSize(int(Column.NUMBER)) == 321
    assert (second.width(), second.height()) == (640, 480)


def test_an_open_editor_keeps_its_draft_from_delete_but_not_a_sent_request_from_the_archive(qtbot, window, filled):
    draft = select_number(window, "1/ПРИМЕР-2026")
    window.open_request(draft)
    seen = when_modal(lambda box: box.accept())
    window.act_delete.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert "open in an editor" in message_text(seen[0]) and filled.store.get(draft) is not None
    sent = select_number(window, "4/2026")
    window.open_request(sent)  # read-only: it was sent
    window.act_delete.trigger()  # archived: its text, which the editor shows, stays
    assert filled.store.is_archived(sent) and filled.store.status(sent) == "sent"
