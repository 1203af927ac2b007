"""Small pieces the identity dialogs share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from requestdesk.domain.display import visible
from requestdesk.identity import PersonalKey, role_label
from requestdesk.ui.i18n import current_language

ERROR_STYLE = "color: #b00020; font-weight: bold"


def fingerprint_label(parent: QWidget | None = None) -> QLabel:
    """A fingerprint shown large, in a fixed-width font, selectable to copy."""
    label = QLabel(parent)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def error_label(name: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(visible(message, multiline=True))
    label.setVisible(bool(message))


def key_title(key: PersonalKey) -> str:
    """«П. П. Петров — руководитель (согласующий), МВД России»."""
    holder = key.holder
    text = f"{visible(holder.name)} — {role_label(holder.role, current_language())}"
    return text + (f", {visible(holder.authority)}" if holder.authority else "")


def fill_keys(combo: QComboBox, keys: list[PersonalKey]) -> None:
    current = combo.currentData()
    combo.clear()
    for key in keys:
        combo.addItem(key_title(key), key.fingerprint)
    index = combo.findData(current)
    if index >= 0:
        combo.setCurrentIndex(index)
