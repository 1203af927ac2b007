"""What an officer does with the editor's widgets, as test steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox


def choose(qtbot, combo: QComboBox, key: str) -> None:
    """Picks the entry with this code as a user does: open the list, go to it, press Enter."""
    index = combo.findData(key)
    assert index >= 0, f"{key!r} is not offered"
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    view.setCurrentIndex(combo.model().index(index, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentData() == key


def type_text(qtbot, widget, text: str) -> None:
    """Types text key by key. QTest.keyClicks handles only ASCII, so Cyrillic letters are sent
    as key presses carrying their text, as a Russian keyboard layout delivers them."""
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_A, char, Qt.KeyboardModifier.NoModifier)
