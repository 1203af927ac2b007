"""Switching the interface language retranslates the open editor, with Russian plural forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def all_finding_texts(window) -> list[str]:
    model = window.findings.model
    texts = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        texts.append(group.data())
        texts.extend(model.index(child, 0, group).data() for child in range(model.rowCount(group)))
    return texts


def test_switching_the_language_retranslates_the_editor(qtbot, open_editor, interface):
    window = open_editor()
    qtbot.waitUntil(lambda: window.checker.result is not None)
    assert window.step_list.item(1).text() == "2. Parties"
    assert window.findings.summary.text() == "11 errors, 3 warnings"  # 3.offences: no act of Art. 3(1) named yet

    interface.switch("ru")
    assert window.step_list.item(1).text() == "2. Стороны"
    assert window.file_menu.title() == "&Файл" and window.edit_menu.title() == "&Правка"
    assert window.undo_action.text() == "&Отменить"
    assert window.findings.summary.text() == "11 ошибок, 3 предупреждения"
    assert window.windowTitle().startswith("Запрос от 26 ноября 2026\u202fг. (без номера)")
    texts = all_finding_texts(window)
    assert any(text.startswith("подп. «б» п. 3 ст. 6 — Существо дела") for text in texts)
    case = window.steps[2]
    assert case.heading.text() == "Существо дела"
    assert case.act_labels["a"].text().startswith("а) уничтожение, блокирование")
    assert case.act_labels["h"].text().startswith("з) ")
    assert case._fields["case_summary.ru"].parent().captions["en"].text() == "Английский"
    date_edit = window.steps[0]._fields["date"].edit
    assert date_edit.text() == "26.11.2026"
    window.go_to_step(4)
    assert window.steps[4].add_item_button.text() == "Добавить пункт"
    assert window.steps[4].form.itemText(0) == "— выберите форму —"
    window.show_help()
    assert "Статья 5. Формы сотрудничества" in window.help.toPlainText()
    tooltip = window.step_list.item(2).toolTip()
    assert tooltip == "1 ошибка, 1 предупреждение"  # the case names no act of Art. 3(1) yet (3.offences)

    interface.switch("en")
    assert window.step_list.item(1).text() == "2. Parties"
    assert window.findings.summary.text() == "11 errors, 3 warnings"  # 3.offences: no act of Art. 3(1) named yet
    assert "Article 5. Forms of cooperation" in window.help.toPlainText()
    assert date_edit.text() == "26/11/2026"


def test_russian_plural_forms_of_the_summary(interface):
    interface.switch("ru")
    forms = {n: QCoreApplication.translate("FindingsPanel", "%n error(s)", None, n) for n in (1, 2, 5, 11, 21, 22)}
    assert forms == {1: "1 ошибка", 2: "2 ошибки", 5: "5 ошибок", 11: "11 ошибок", 21: "21 ошибка", 22: "22 ошибки"}
    assert QCoreApplication.translate("FindingsPanel", "Ready for signature; %n warning(s) to review", None, 3) == (
        "Готов к подписанию; 3 предупреждения требуют внимания")
