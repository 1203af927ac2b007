"""An officer types a request from scratch through every step and fixes what the checks say."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.helpers import choose, type_text


def finding_codes(window) -> set[str]:
    return {f.code for f in window.checker.result.findings} if window.checker.result else set()


def panel_texts(window) -> list[str]:
    model = window.findings.model
    texts = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        texts.append(group.data())
        texts.extend(model.index(child, 0, group).data() for child in range(model.rowCount(group)))
    return texts


def type_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Clicks a cell (which opens its editor), types and presses Enter."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, editors
    editor = editors[0]
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits Enter through a queued call: the cell changes once events are processed.
    qtbot.waitUntil(lambda: not [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()])


def pick_date(qtbot, field, day: QDate) -> None:
    """Opens the calendar beside a date field and chooses the day with Enter."""
    qtbot.mouseClick(field.edit.calendar_button, Qt.MouseButton.LeftButton)
    calendar = field.edit.calendar
    qtbot.waitUntil(calendar.isVisible)
    calendar.setSelectedDate(day)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the calendar's day grid has the focus
    qtbot.waitUntil(lambda: not calendar.isVisible())


def test_type_a_request_from_scratch_until_ready_for_signature(qtbot, open_editor, services):
    window = open_editor()
    qtbot.waitUntil(lambda: window.checker.result is not None)
    assert window.findings.summary.text().endswith("warnings") and "errors" in window.findings.summary.text()
    assert window.step_state(2) == "error"  # the case: no summary yet

    # 1. Request details
    registration = window.steps[0]
    type_text(qtbot, registration.number, "12/345")
    assert window.session.doc["number"] == "12/345"

    # 2. Parties: states from the directory, the requested authority picked by completion
    window.go_to_step(1)
    parties = window.steps[1]
    requesting, requested = parties.boxes["requesting"], parties.boxes["requested"]
    choose(qtbot, requesting.state, "RU")
    type_text(qtbot, requesting.authority.editor("ru"), "МВД России")
    type_text(qtbot, requesting.authority.editor("en"), "MIA of Russia")
    # A specialised exchange is signed by the head of the subdivision the letter names (Art. 6(4)(b)).
    type_text(qtbot, requesting.subdivision.editor("ru"), "Управление «К» МВД России")
    type_text(qtbot, requesting.subdivision.editor("en"), "Department K of the MIA of Russia")
    choose(qtbot, requested.state, "AM")
    editor = requested.authority.editor("en")
    type_text(qtbot, editor, "Investigative")
    completer = editor.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert window.session.doc["requested"]["authority"] == {
        "ru": "Следственный комитет Республики Армения", "en": "Investigative Committee of the Republic of Armenia"}
    assert requested.authority.editor("ru").text() == "Следственный комитет Республики Армения"
    assert requested.zone.effective() == "Asia/Yerevan"
    qtbot.mouseClick(parties.exchange_buttons["specialised"], Qt.MouseButton.LeftButton)
    assert window.session.doc["exchange"] == "specialised"

    # 3. The case: the missing summary is an error until both languages are typed
    window.go_to_step(2)
    case = window.steps[2]
    qtbot.mouseClick(case.act_boxes["d"], Qt.MouseButton.LeftButton)
    assert window.session.doc["offences"] == ["d"]
    qtbot.waitUntil(lambda: "6.3.b" in finding_codes(window))
    assert any("Art. 6(3)(b)" in text for text in panel_texts(window))
    type_text(qtbot, case._fields["case_summary.ru"], "Хищение денег со счета через IP 192.0.2.15.")
    qtbot.waitUntil(lambda: "6.3.b" not in finding_codes(window))
    # Russian only: the English text is now missing
    qtbot.waitUntil(lambda: any(f.field == "case_summary.en" for f in window.checker.result.findings))
    type_text(qtbot, case._fields["case_summary.en"], "Theft of money from an account via IP 192.0.2.15.")
    qtbot.waitUntil(lambda: not any(f.field.startswith("case_summary") for f in window.checker.result.findings))
    assert window.step_state(2) == "ok"

    # 4. Purpose and justification
    window.go_to_step(3)
    purpose = window.steps[3]
    type_text(qtbot, purpose._fields["purpose.ru"], "Установить пользователя IP-адреса.")
    type_text(qtbot, purpose._fields["purpose.en"], "Identify the user of the IP address.")
    type_text(qtbot, purpose._fields["justification.ru"], "Адрес выделен оператору Армении.")
    type_text(qtbot, purpose._fields["justification.en"], "The address belongs to an Armenian operator.")

    # 5. Assistance: one item of form b, with its ground, description and an identifier
    window.go_to_step(4)
    assistance = window.steps[4]
    qtbot.mouseClick(assistance.add_item_button, Qt.MouseButton.LeftButton)
    assert not assistance.ground.isEnabled()
    choose(qtbot, assistance.form, "b")
    qtbot.waitUntil(lambda: "5.form" in finding_codes(window))  # form b needs its ground
    assert assistance.ground.isEnabled()
    choose(qtbot, assistance.ground, "citizen")
    type_text(qtbot, assistance.description.editor("ru"), "Сообщить данные абонента.")
    type_text(qtbot, assistance.description.editor("en"), "Report the subscriber's details.")
    qtbot.mouseClick(assistance.add_identifier_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, assistance.identifiers, 0, 1, "192.0.2.15")
    type_cell(qtbot, assistance.identifiers, 0, 2, "20.10.2026 14:30")
    type_cell(qtbot, assistance.identifiers, 0, 3, "2026-10-20T14:40:00+03:00")
    item = window.session.doc["assistance"][0]
    assert item["identifiers"][0] == {"type": "ip", "value": "192.0.2.15", "from": "2026-10-20T14:30:00+03:00",
                                      "to": "2026-10-20T14:40:00+03:00"}

    # 6. Desired execution date, from the calendar
    window.go_to_step(5)
    execution = window.steps[5]
    pick_date(qtbot, execution.date_field, QDate(2026, 12, 20))
    assert window.session.doc["desired_execution_by"] == "2026-12-20"
    assert execution.spelled.text() == "20 December 2026"

    # 7. Other information and an enclosure
    window.go_to_step(6)
    other = window.steps[6]
    qtbot.mouseClick(other.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, other.table, 0, 0, "Выписка по счету")
    type_cell(qtbot, other.table, 0, 1, "Account statement")
    type_cell(qtbot, other.table, 0, 2, "3")
    assert window.session.doc["attachments"][0]["pages"] == 3
    qtbot.mouseClick(other.confidential, Qt.MouseButton.LeftButton)
    assert window.session.doc["confidential"] is True

    # 8. Transmission: in writing
    window.go_to_step(7)
    transmission = window.steps[7]
    choose(qtbot, transmission.channel, "written")

    # 9. Signatory and seal: only the roles that fit a specialised exchange are offered
    window.go_to_step(8)
    signatory = window.steps[8]
    offered = {signatory.role.itemData(i) for i in range(1, signatory.role.count())}
    assert offered == {"subdivision_head", "acting_subdivision_head"}
    choose(qtbot, signatory.role, "subdivision_head")
    choose(qtbot, signatory.seal, "subdivision")
    type_text(qtbot, signatory._fields["signatory.position.ru"], "Начальник управления")
    type_text(qtbot, signatory._fields["signatory.position.en"], "Head of Department")
    type_text(qtbot, signatory._fields["signatory.name.ru"], "И. И. Иванов")
    type_text(qtbot, signatory._fields["signatory.name.en"], "I. I. Ivanov")

    # 10. Executing officer
    window.go_to_step(9)
    executor = window.steps[9]
    type_text(qtbot, executor._fields["executor.name.ru"], "П. П. Петров")
    type_text(qtbot, executor._fields["executor.name.en"], "P. P. Petrov")
    type_text(qtbot, executor.phone, "+7 495 000-00-00")

    qtbot.waitUntil(lambda: window.checker.result.ok)
    assert window.findings.summary.text().startswith("Ready for signature")
    assert all(window.step_state(i) != "error" for i in range(len(window.steps)))
    # What remains is the directory's note that it does not know when the Agreement came into force for Russia.
    assert {f.code for f in window.checker.result.findings} <= {"4.parties"}

    # Autosave: the register has the request, as typed, within seconds.
    qtbot.waitUntil(lambda: services.store.get(window.session.doc["id"]) == window.session.doc, timeout=6000)
    assert not window.isWindowModified()


def test_a_click_on_an_acts_text_ticks_its_box_and_a_second_click_unticks_it(qtbot, open_editor):
    window = open_editor()
    window.go_to_step(2)
    case = window.steps[2]
    label = case.act_labels["c"]
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert case.act_boxes["c"].isChecked() and window.session.doc["offences"] == ["c"]
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert not case.act_boxes["c"].isChecked() and window.session.doc["offences"] == []
