"""The findings panel: a summary line and the findings grouped by rule; a click goes to the field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from requestdesk.domain.check import CheckResult
from requestdesk.domain.profile import TreatyProfile
from requestdesk.ui.editor.findings_model import FIELD_ROLE, FindingsModel


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped message in the current width of the panel."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth = 1 if index.parent().isValid() else 0
        width = self.view.columnWidth(0) - self.view.indentation() * (depth + 1) - option.decorationSize.width() - 14
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 80), 100000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(max(width, 80), max(rect.height(), option.fontMetrics.height()) + 6)


class _FindingsView(QTreeView):
    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # rows re-wrap to the new width


class FindingsPanel(QWidget):
    finding_activated = Signal(str)  # the dotted path of the field to go to

    def __init__(self, profile: TreatyProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self.result: CheckResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.model = FindingsModel(profile, self)
        self.view = _FindingsView(self)
        self.view.setItemDelegate(_WrappingDelegate(self.view))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setIndentation(14)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.header().setStretchLastSection(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.retranslateUi()

    def show_result(self, result: CheckResult) -> None:
        unchanged = self.result is not None and self.result.findings == result.findings
        self.result = result
        if unchanged:  # most keystrokes change no finding: nothing to rebuild or repaint
            return
        self.model.set_result(result)
        self.view.expandAll()
        self._show_summary()

    def summary_text(self) -> str:
        if self.result is None:
            return ""
        errors, warnings = len(self.result.errors), len(self.result.warnings)
        if not errors and not warnings:
            return self.tr("Ready for signature")
        if not errors:
            return self.tr("Ready for signature; %n warning(s) to review", "", warnings)
        return self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings)

    def _show_summary(self) -> None:
        self.summary.setText(self.summary_text())
        colour = "#2e7d32" if self.result is None or self.result.ok else "#c62828"
        self.summary.setStyleSheet(f"color: {colour};")

    def _activated(self, index: QModelIndex) -> None:
        field = index.data(FIELD_ROLE)
        if isinstance(field, str):
            self.finding_activated.emit(field)

    def retranslateUi(self) -> None:
        self.view.setToolTip(self.tr("Click a finding to go to the field it is about."))
        self._show_summary()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
