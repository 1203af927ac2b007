"""Typing as a user does, Cyrillic included (QTest.keyClicks only knows ASCII)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Sends a key press and release per character, with the character as the event text."""
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
