"""Forms an officer cannot corrupt by accident: the wheel scrolls the page, dates are typed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from tests.ui.helpers import choose, type_text


def wheel(widget, notches: int = -1) -> None:
    """One turn of the mouse wheel with the pointer resting on `widget` (down for negative)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def assistance_with_a_form(qtbot, window, form: str = "b"):
    window.go_to_step(4)
    step = window.steps[4]
    qtbot.mouseClick(step.add_item_button, Qt.MouseButton.LeftButton)
    choose(qtbot, step.form, form)
    window.activateWindow()  # the closed list gives the window back its focus
    qtbot.waitUntil(window.isActiveWindow)
    return step


def test_the_wheel_over_an_unfocused_form_box_scrolls_the_page_and_keeps_the_choice(qtbot, open_editor):
    window = open_editor()
    window.resize(1000, 480)  # a page taller than the window: the wheel has something to scroll
    step = assistance_with_a_form(qtbot, window, "b")
    step.description.editor("ru").setFocus()  # the officer moved on to the next field
    qtbot.waitUntil(step.description.editor("ru").hasFocus)
    scroll = step.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    scroll.setValue(0)
    for _ in range(3):
        wheel(step.form, -1)
    assert window.session.doc["assistance"][0]["form"] == "b"
    assert step.form.currentData() == "b"
    assert scroll.value() > 0  # the page scrolled instead

    # Clicked into first, the box takes the wheel as usual: the officer meant it.
    step.form.setFocus()
    qtbot.waitUntil(step.form.hasFocus)
    wheel(step.form, -1)
    assert window.session.doc["assistance"][0]["form"] != "b"


def test_no_box_of_the_editor_or_its_dialogs_turns_under_the_wheel_unfocused(qtbot, open_editor, services, interface):
    from requestdesk.ui.settings_dialog import SettingsDialog

    window = open_editor()
    window.go_to_step(1)
    boxes = [b for b in window.findChildren(QComboBox) if b.isVisibleTo(window) and b.count() > 2]
    assert boxes
    window.steps[0].number.setFocus()
    for box in boxes:
        before = box.currentIndex()
        wheel(box, -1)
        wheel(box, 1 if before == box.count() - 1 else -1)
        assert box.currentIndex() == before, box.objectName()
    dialog = SettingsDialog(services, interface.languages)
    qtbot.addWidget(dialog)
    dialog.show()
    for box in dialog.findChildren(QComboBox):
        if box.count() > 1 and not box.hasFocus():
            before = box.currentIndex()
            wheel(box, -1 if before == 0 else 1)
            assert box.currentIndex() == before, box.objectName()


def type_into(qtbot, field, text: str) -> None:
    line = field.edit.line
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    type_text(qtbot, line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_an_empty_date_takes_the_dates_officers_type(qtbot, open_editor, complete_request):
    complete_request["desired_execution_by"] = ""
    window = open_editor(complete_request)
    step = window.step_for("desired_execution_by")
    window.go_to_step(window.steps.index(step))
    field = step.date_field
    assert field.edit.text() == ""
    assert field.edit.line.placeholderText() == "dd/mm/yyyy"
    for typed in ("20.12.2026", "21.12.26", "22/12/2026", "2026-12-23", "24122026"):
        type_into(qtbot, field, typed)
        expected = {"20.12.2026": "2026-12-20", "21.12.26": "2026-12-21", "22/12/2026": "2026-12-22",
                    "2026-12-23": "2026-12-23", "24122026": "2026-12-24"}[typed]
        assert window.session.doc["desired_execution_by"] == expected
        assert not field.edit.problem.isVisible()
    assert field.edit.text() == "24/12/2026"  # shown back the interface's way

    # A date that does not exist stays as typed, marked, and nothing is written.
    type_into(qtbot, field, "31.02.2027")
    assert window.session.doc["desired_execution_by"] == "2026-12-24"
    assert field.edit.text() == "31.02.2027"
    assert field.edit.problem.isVisible() and "20/12/2026" in field.edit.problem.text()

    # Clearing the text empties the date, and one undo brings the last date back.
    type_into(qtbot, field, "")
    assert window.session.doc["desired_execution_by"] == ""
    window.undo_action.trigger()
    assert window.session.doc["desired_execution_by"] == "2026-12-24"
    assert field.edit.text() == "24/12/2026"


def test_the_up_arrow_on_an_empty_date_starts_today_not_in_1900(qtbot, open_editor):
    window = open_editor()
    step = window.step_for("desired_execution_by")
    window.go_to_step(window.steps.index(step))
    field = step.date_field
    field.edit.line.setFocus()
    qtbot.keyClick(field.edit.line, Qt.Key.Key_Up)
    today = window.session.doc["desired_execution_by"]
    assert today.startswith("20") and today >= "2026-01-01"
    qtbot.keyClick(field.edit.line, Qt.Key.Key_Up)
    from datetime import date, timedelta
    assert window.session.doc["desired_execution_by"] == (date.fromisoformat(today) + timedelta(days=1)).isoformat()


def test_a_transmission_time_is_typed_in_the_requesting_authoritys_zone(qtbot, open_editor, complete_request, interface):
    interface.switch("ru")
    complete_request["transmission"] = {"channel": "oral", "at": ""}
    window = open_editor(complete_request)
    step = window.step_for("transmission.at")
    window.go_to_step(window.steps.index(step))
    field = step.sent_at
    assert field.edit.line.placeholderText() == "дд.мм.гггг чч:мм"
    type_into(qtbot, field, "20.10.2026 14:35")
    zone = field.zone()
    assert window.session.doc["transmission"]["at"].startswith("2026-10-20T14:35:00")
    assert zone.key in field.zone_label.text()
    assert field.edit.text() == "20.10.2026 14:35"
    type_into(qtbot, field, "20.10.2026")  # no time: said, not guessed
    assert field.edit.problem.isVisible()
    assert window.session.doc["transmission"]["at"].startswith("2026-10-20T14:35:00")


def test_the_registers_status_filter_does_not_turn_under_the_wheel(qtbot, services, interface):
    from requestdesk.ui.main_window import MainWindow

    window = MainWindow(services, interface.languages)
    qtbot.addWidget(window)
    window.show()
    box = window.register.status_filter
    window.register.search.setFocus()
    before = box.currentIndex()
    wheel(box, -1)
    assert box.currentIndex() == before
    window.close()
