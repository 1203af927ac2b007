"""Choice boxes, spin boxes and date fields take the mouse wheel only when focused.

An officer scrolling a long form with the pointer resting on the Art. 5 form box must
scroll the form, not turn «б» into «и» without noticing. The wheel over an unfocused box
is passed on to the box's parents (the scrolled page); clicking or tabbing into the box
first lets the wheel change it as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QWheelEvent) and isinstance(watched, QWidget) and not _focused(watched):
            page = _scrolled_page(watched)
            if page is None:
                # Handled here but not accepted: Qt then offers the wheel to the parents.
                event.ignore()
                return True
            viewport = page.viewport()
            at = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
            QApplication.sendEvent(viewport, QWheelEvent(
                at, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
                event.modifiers(), event.phase(), event.inverted()))
            event.accept()
            return True
        return False


def _scrolled_page(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scrolled area holding the widget (the step's page, a dialog's list)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _focused(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


_guard: _WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Guards `root` and every choice, spin or date box inside it (idempotent)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, _GUARDED):
            guard_box(widget)


def guard_box(box: QComboBox | QAbstractSpinBox) -> None:
    """Guards one box (idempotent), without walking the widgets inside it: a window whose
    one box is known guards it so, and PySide makes no Python type for the kinds of
    widget a walk would meet (a box's popup list, scroll bars: their types and enums were
    a tenth of the main window's construction, measured)."""
    global _guard
    if _guard is None:
        _guard = _WheelGuard(QApplication.instance())
    if not box.property("wheelGuarded"):
        box.setProperty("wheelGuarded", True)
        # The wheel must not give the box focus either (Qt.WheelFocus would).
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box.installEventFilter(_guard)
