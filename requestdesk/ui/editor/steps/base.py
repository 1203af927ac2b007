"""What every step of the editor has: a title, the fields it edits, the articles behind it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from requestdesk.domain.check import CheckResult
from requestdesk.domain.profile import TreatyProfile
from requestdesk.ui.editor.fields import BilingualField
from requestdesk.ui.editor.session import EditorSession
from requestdesk.ui.services import Services


@dataclass
class StepContext:
    session: EditorSession
    services: Services
    profile: TreatyProfile
    result: Callable[[], CheckResult | None]  # the latest check of the request


def owns(prefixes: tuple[str, ...], path: str) -> bool:
    return any(path == p or path.startswith(p + ".") for p in prefixes)


class Step(QScrollArea):
    """One page of the guided editor. Subclasses build their fields in `build()`."""

    key = ""
    prefixes: tuple[str, ...] = ()  # the dotted paths this step edits
    element = ""  # the Art. 6(3) element letter it covers, if any
    articles: tuple[str, ...] = ("6",)  # the articles its help shows

    def __init__(self, context: StepContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.profile = context.profile
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(16, 12, 16, 16)
        self.body_layout.setSpacing(6)
        self.heading = QLabel(body)
        self.heading.setProperty("role", "step-heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.reference = QLabel(body)
        self.reference.setWordWrap(True)
        self.reference.setProperty("role", "step-reference")
        self.body_layout.addWidget(self.heading)
        self.body_layout.addWidget(self.reference)
        # The supervisor's comments on this step's fields, when the request was returned.
        self.review_banner = QLabel(body)
        self.review_banner.setObjectName("reviewComments")
        self.review_banner.setWordWrap(True)
        self.review_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.review_banner.setStyleSheet("background: #fdecea; color: #5f1010; border: 1px solid #b00020; padding: 6px;")
        self.review_banner.hide()
        self.body_layout.addWidget(self.review_banner)
        self.setWidget(body)
        self._texts: list[tuple[Callable[[str], None], Callable[[], str]]] = []
        self._fields: dict[str, QWidget] = {}
        self.build()
        self.body_layout.addStretch(1)
        self.retranslateUi()

    # -- building ---------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def translated(self, setter: Callable[[str], None], text: Callable[[], str]) -> None:
        """Sets a text now and again whenever the interface language changes."""
        self._texts.append((setter, text))

    def caption(self, text: Callable[[], str], parent_layout: QVBoxLayout | None = None, hint: bool = False) -> QLabel:
        label = QLabel(self.widget())
        label.setWordWrap(True)
        if hint:
            label.setProperty("role", "hint")
            font = label.font()
            font.setItalic(True)
            label.setFont(font)
        else:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setContentsMargins(0, 8, 0, 0)
        (parent_layout or self.body_layout).addWidget(label)
        self.translated(label.setText, text)
        return label

    def add(self, widget: QWidget, path: str | None = None, layout: QVBoxLayout | None = None) -> QWidget:
        (layout or self.body_layout).addWidget(widget)
        if path is not None:
            self.register(path, widget)
        return widget

    def bilingual(self, path: str, caption: Callable[[], str] | None, multiline: bool = False, lines: int = 5,
                  layout: QVBoxLayout | None = None) -> BilingualField:
        label = self.caption(caption, layout) if caption else None
        field = BilingualField(self.session, path, multiline=multiline, lines=lines, parent=self.widget())
        if label is not None:
            label.setBuddy(field.editor("ru"))
        (layout or self.body_layout).addWidget(field)
        self.register_bilingual(field)
        return field

    def register(self, path: str, widget: QWidget) -> None:
        self._fields[path] = widget

    def register_bilingual(self, field: BilingualField) -> None:
        for path, editor in field.paths():
            self._fields[path] = editor

    # -- navigation ---------------------------------------------------------------
    def owns(self, path: str) -> bool:
        return owns(self.prefixes, path)

    def field_widget(self, path: str) -> QWidget | None:
        """The widget that edits `path`, or the nearest one: a parent's (a cell's row), or
        the first of its children ("case_summary" -> the Russian editor)."""
        if path in self._fields:
            return self._fields[path]
        parts = path.split(".")
        for end in range(len(parts) - 1, 0, -1):
            widget = self._fields.get(".".join(parts[:end]))
            if widget is not None:
                return widget
        for registered, widget in self._fields.items():
            if registered.startswith(path + "."):
                return widget
        return None

    def field_widgets(self, path: str) -> list[QWidget]:
        """Every widget editing `path` or a part of it (both languages of a text), else the nearest one."""
        found = [w for p, w in self._fields.items() if p == path or p.startswith(path + ".")]
        nearest = self.field_widget(path)
        return list(dict.fromkeys(found)) or ([nearest] if nearest is not None else [])

    def focus_path(self, path: str) -> QWidget | None:
        """Brings the field at `path` into view and gives it the focus; returns it."""
        widget = self.field_widget(path)
        if widget is None:
            return None
        self.ensureWidgetVisible(widget, 50, 50)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    # -- live data -----------------------------------------------------------------
    def checked(self, result: CheckResult) -> None:
        """A new check of the request: steps that show computed values update them."""

    # -- language --------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.heading.setText(self.title())
        self.reference.setText(self.reference_text())
        for setter, text in self._texts:
            setter(text())
        self.retranslate_choices()

    def retranslate_choices(self) -> None:
        """Domain labels (forms, roles...) come from the profile in the interface language."""

    def article_part(self) -> tuple[str, str]:
        """(point, letter) of Article 6 the step is about, for help: ("3", "b") is 6(3)(b)."""
        return ("3", self.element) if self.element else ("", "")

    def reference_text(self) -> str:
        from requestdesk.ui.editor.language import bilingual, interface_language

        lang = interface_language()
        for element in self.profile.elements:
            if element.letter == self.element:
                return f"{bilingual(element.article, lang)}: {bilingual(element.label, lang)}"
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def value_of(session: EditorSession, path: str, default: Any = "") -> Any:
    value = session.get(path, default)
    return default if value is None else value
