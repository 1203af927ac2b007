"""Editors bound to a dotted path of the request: they read from the document and write
through the session (so every edit is an undoable command), never keeping a copy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from requestdesk.domain.formatting import format_offset
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.timeutil import is_aware, parse_date, parse_instant
from requestdesk.ui.date_input import DateInput
from requestdesk.ui.editor.session import EditorSession
from requestdesk.ui.wheel_guard import guard_wheel

_LANG_CAPTIONS = SUPPORTED


def _is_undo_key(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride and (
        event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
    )


class _Bound(QObject):
    """Follows the document at one path: refreshes its widget when a command touches it."""

    def __init__(self, session: EditorSession, path: str, refresh: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self.session = session
        self.path = path
        self._refresh = refresh
        session.changed.connect(self._on_changed)

    def _on_changed(self, changes: Any) -> None:
        if changes.touches(self.path):
            self._refresh()


class TextLine(QLineEdit):
    """One language of a one-line text (or a plain string field when `lang` is None)."""

    def __init__(self, session: EditorSession, path: str, lang: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.lang = session, lang
        self.bound = _Bound(session, path, self.refresh, self)
        self.textEdited.connect(self._write)
        self.refresh()

    @property
    def path(self) -> str:
        return f"{self.bound.path}.{self.lang}" if self.lang else self.bound.path

    def rebind(self, path: str) -> None:
        self.bound.path = path
        self.refresh()

    def value(self) -> str:
        if self.lang:
            return self.session.text(self.bound.path, self.lang)
        value = self.session.get(self.bound.path, "")
        return value if isinstance(value, str) else ""

    def refresh(self) -> None:
        value = self.value()
        if self.text() != value:
            self.setText(value)
            if not self.hasFocus():
                self.setCursorPosition(0)  # a long name reads from its beginning
        self._show_whole(value)

    def _show_whole(self, value: str) -> None:
        """A text wider than the field (an authority's full name) is shown whole as a tooltip."""
        wide = self.fontMetrics().horizontalAdvance(value) > self.width() - 12
        self.setToolTip(value if wide else "")

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._show_whole(self.text())

    def _write(self, text: str) -> None:
        if self.lang:
            self.session.set_text(self.bound.path, self.lang, text)
        else:
            self.session.set(self.bound.path, text, text=self.bound.path, typing=True)

    def event(self, event: QEvent) -> bool:
        if _is_undo_key(event):  # the editor's undo stack, not the line's own, answers Ctrl+Z
            event.ignore()
            return False
        return super().event(event)

    def focusOutEvent(self, event: Any) -> None:
        self.session.end_typing()
        super().focusOutEvent(event)


class TextArea(QPlainTextEdit):
    """One language of a multi-line text."""

    def __init__(self, session: EditorSession, path: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.lang = session, lang
        self.bound = _Bound(session, path, self.refresh, self)
        self._updating = False
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.textChanged.connect(self._write)
        self.refresh()

    @property
    def path(self) -> str:
        return f"{self.bound.path}.{self.lang}"

    def rebind(self, path: str) -> None:
        self.bound.path = path
        self.refresh()

    def refresh(self) -> None:
        value = self.session.text(self.bound.path, self.lang)
        if self.toPlainText() != value:
            self._updating = True
            self.setPlainText(value)
            self.moveCursor(self.textCursor().MoveOperation.End)
            self._updating = False

    def _write(self) -> None:
        if not self._updating:
            self.session.set_text(self.bound.path, self.lang, self.toPlainText())

    def event(self, event: QEvent) -> bool:
        if _is_undo_key(event):
            event.ignore()
            return False
        return super().event(event)

    def focusOutEvent(self, event: Any) -> None:
        self.session.end_typing()
        super().focusOutEvent(event)


class BilingualField(QWidget):
    """The Russian and English editors of one text, side by side, each labelled."""

    def __init__(self, session: EditorSession, path: str, multiline: bool = False, parent: QWidget | None = None,
                 lines: int = 5):
        super().__init__(parent)
        self.base_path = path
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(2)
        self.captions: dict[str, QLabel] = {}
        self.editors: dict[str, TextLine | TextArea] = {}
        for column, lang in enumerate(_LANG_CAPTIONS):
            editor: TextLine | TextArea
            if multiline:
                editor = TextArea(session, path, lang, self)
                editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 14)
            else:
                editor = TextLine(session, path, lang, self)
            caption = QLabel(self)
            caption.setBuddy(editor)
            caption.setProperty("role", "language-caption")
            layout.addWidget(caption, 0, column)
            layout.addWidget(editor, 1, column)
            layout.setColumnStretch(column, 1)
            self.captions[lang], self.editors[lang] = caption, editor
        self.retranslateUi()

    def editor(self, lang: str) -> TextLine | TextArea:
        return self.editors[lang]

    def rebind(self, path: str) -> None:
        self.base_path = path
        for editor in self.editors.values():
            editor.rebind(path)

    def paths(self) -> list[tuple[str, QWidget]]:
        return [(f"{self.base_path}.{lang}", editor) for lang, editor in self.editors.items()]

    def retranslateUi(self) -> None:
        self.captions["ru"].setText(self.tr("Russian"))
        self.captions["en"].setText(self.tr("English"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class CheckField(QCheckBox):
    def __init__(self, session: EditorSession, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.bound = _Bound(session, path, self.refresh, self)
        self.clicked.connect(lambda checked: session.set(self.bound.path, bool(checked), text=self.text()))
        self.refresh()

    @property
    def path(self) -> str:
        return self.bound.path

    def refresh(self) -> None:
        self.setChecked(self.session.get(self.bound.path) is True)


class ChoiceField(QComboBox):
    """A choice among codes (forms, roles, seals...) shown by their labels; "" is "not chosen"."""

    def __init__(self, session: EditorSession, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.bound = _Bound(session, path, self.refresh, self)
        self._choices: list[tuple[str, str]] = []
        self._placeholder = ""
        self.activated.connect(self._write)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        guard_wheel(self)

    @property
    def path(self) -> str:
        return self.bound.path

    def rebind(self, path: str) -> None:
        self.bound.path = path
        self.refresh()

    def set_choices(self, choices: list[tuple[str, str]], placeholder: str) -> None:
        self._choices, self._placeholder = choices, placeholder
        self.refresh()

    def refresh(self) -> None:
        value = self.session.get(self.bound.path, "")
        value = value if isinstance(value, str) else ""
        self.blockSignals(True)
        self.clear()
        self.addItem(self._placeholder, "")
        for key, label in self._choices:
            self.addItem(label, key)
            self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        if value and value not in {k for k, _ in self._choices}:
            self.addItem(value, value)  # a code this profile does not know: shown as it is, a finding says why
        self.setCurrentIndex(max(0, self.findData(value)))
        self.blockSignals(False)

    def _write(self, index: int) -> None:
        self.session.set(self.bound.path, self.itemData(index) or "", text=self.bound.path)


class DateField(QWidget):
    """A calendar date (YYYY-MM-DD), typed or picked from a calendar; it may be left empty."""

    def __init__(self, session: EditorSession, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.bound = _Bound(session, path, self.refresh, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = DateInput(False, self)
        self.clear_button = QToolButton(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.edit.committed.connect(self._write)
        self.clear_button.clicked.connect(lambda: session.set(self.bound.path, "", text=self.bound.path))
        self.setFocusProxy(self.edit)
        self.retranslateUi()
        self.refresh()

    @property
    def path(self) -> str:
        return self.bound.path

    def value(self) -> date | None:
        raw = self.session.get(self.bound.path, "")
        try:
            return parse_date(raw.strip()) if isinstance(raw, str) and raw.strip() else None
        except ValueError:
            return None

    def refresh(self) -> None:
        raw = self.session.get(self.bound.path, "")
        day = self.value()
        if day is None and isinstance(raw, str) and raw.strip():
            self.edit.show_raw(raw)
        else:
            self.edit.set_value(day)

    def _write(self, day: date | None) -> None:
        self.session.set(self.bound.path, day.isoformat() if day else "", text=self.bound.path)

    def retranslateUi(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Leave the date empty"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.refresh()
        super().changeEvent(event)


class DateTimeField(QWidget):
    """An instant (ISO 8601 with offset), entered as local time of a zone the form names."""

    zone_changed = Signal()

    def __init__(self, session: EditorSession, path: str, zone: Callable[[], ZoneInfo], clock_now: Callable[[], datetime],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.zone, self.clock_now = session, zone, clock_now
        self.bound = _Bound(session, path, self.refresh, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = DateInput(True, self, today=lambda: self.clock_now().astimezone(self.zone()).date())
        self.zone_label = QLabel(self)
        self.now_button = QToolButton(self)
        self.clear_button = QToolButton(self)
        for widget in (self.edit, self.zone_label, self.now_button, self.clear_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.edit.committed.connect(self._write)
        self.now_button.clicked.connect(self._now)
        self.clear_button.clicked.connect(lambda: session.set(self.bound.path, "", text=self.bound.path))
        self.setFocusProxy(self.edit)
        self.retranslateUi()
        self.refresh()

    @property
    def path(self) -> str:
        return self.bound.path

    def value(self) -> datetime | None:
        raw = self.session.get(self.bound.path, "")
        if not isinstance(raw, str) or not raw.strip():
            return None
        try:
            moment = parse_instant(raw)
        except ValueError:
            return None
        return moment if is_aware(moment) else None

    def refresh(self) -> None:
        raw = self.session.get(self.bound.path, "")
        moment = self.value()
        zone = self.zone()
        if moment is None and isinstance(raw, str) and raw.strip():
            self.edit.show_raw(raw)
        else:
            self.edit.set_value(moment.astimezone(zone).replace(tzinfo=None, second=0) if moment else None)
        shown = (moment.astimezone(zone) if moment else self.clock_now().astimezone(zone))
        self.zone_label.setText(f"{format_offset(shown)}, {zone.key}")

    def _write(self, local: datetime | None) -> None:
        value = local.replace(tzinfo=self.zone()).isoformat(timespec="seconds") if local else ""
        self.session.set(self.bound.path, value, text=self.bound.path)

    def _now(self) -> None:
        now = self.clock_now().astimezone(self.zone()).replace(second=0, microsecond=0)
        self.session.set(self.bound.path, now.isoformat(timespec="seconds"), text=self.bound.path)

    def retranslateUi(self) -> None:
        self.now_button.setText(self.tr("Now"))
        self.clear_button.setText(self.tr("Clear"))
        self.zone_label.setToolTip(self.tr("The time is entered in this time zone"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            self.refresh()
        super().changeEvent(event)
