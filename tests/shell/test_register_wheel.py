"""The main window's boxes turn under the wheel only when clicked into, as the editor's do
(tests/ui/test_forms_by_hand.py): every box it has, so that a box added to the window
without its guard fails here."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

from tests.ui.test_forms_by_hand import wheel


def test_no_box_of_the_main_window_turns_under_the_wheel_unfocused(qtbot, window):
    window.register.search.setFocus()
    boxes = [b for b in window.findChildren(QComboBox) + window.findChildren(QAbstractSpinBox) if b.isVisibleTo(window)]
    assert window.register.status_filter in boxes
    for box in boxes:
        if isinstance(box, QComboBox):
            before = box.currentIndex()
            wheel(box, -1 if before == 0 else 1)
            assert box.currentIndex() == before, box.objectName()
        else:
            before = box.text()
            wheel(box, -1)
            assert box.text() == before, box.objectName()
    assert window.model.state.filters.status is None  # the register still lists every request
