"""The findings of a check as a tree: one group per rule (with its article), its findings below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from requestdesk.domain.check import CheckResult
from requestdesk.domain.findings import Finding, Severity
from requestdesk.domain.profile import TreatyProfile
from requestdesk.ui.editor.icons import severity_icon
from requestdesk.ui.editor.language import bilingual, interface_language

FIELD_ROLE = Qt.ItemDataRole.UserRole + 1  # the dotted path a finding is about
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2  # "error" or "warning"

Index = QModelIndex | QPersistentModelIndex
_GROUP = 0  # internal id of a group row; a finding row carries its group's number + 1


class FindingsModel(QAbstractItemModel):
    def __init__(self, profile: TreatyProfile, parent: QObject | None = None):
        super().__init__(parent)
        self.profile = profile
        self.groups: list[tuple[str, list[Finding]]] = []  # (rule code, findings)

    def set_result(self, result: CheckResult | None) -> None:
        self.beginResetModel()
        self.groups = self._group(result.findings if result else ())
        self.endResetModel()

    def _group(self, findings: tuple[Finding, ...]) -> list[tuple[str, list[Finding]]]:
        order = [info.code for info in self.profile.rules]
        by_code: dict[str, list[Finding]] = {}
        for finding in findings:
            by_code.setdefault(finding.code, []).append(finding)
        for group in by_code.values():  # errors before warnings, each in the order the check found them
            group.sort(key=lambda f: f.severity is not Severity.ERROR)
        return sorted(by_code.items(), key=lambda kv: (
            all(f.severity is Severity.WARNING for f in kv[1]),
            order.index(kv[0]) if kv[0] in order else len(order)))

    def retranslate(self) -> None:
        if self.groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.groups) - 1, 0))
            for row in range(len(self.groups)):
                parent = self.index(row, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(self.groups[row][1]) - 1, 0, parent))

    # -- tree shape -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self.groups) else QModelIndex()
        if parent.internalId() == _GROUP and row < len(self.groups[parent.row()][1]):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _GROUP:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def finding(self, index: Index) -> Finding | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    # -- content ---------------------------------------------------------------------
    def _group_title(self, code: str, findings: list[Finding]) -> str:
        lang = interface_language()
        try:
            info = self.profile.rule(code)
            title = f"{bilingual(info.article, lang)} — {bilingual(info.label, lang)}"
        except KeyError:
            title = code
        return f"{title} ({len(findings)})"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.finding(index)
        if finding is None:
            code, findings = self.groups[index.row()]
            worst = Severity.ERROR if any(f.is_error for f in findings) else Severity.WARNING
            if role == Qt.ItemDataRole.DisplayRole:
                return self._group_title(code, findings)
            if role == Qt.ItemDataRole.DecorationRole:
                return severity_icon(str(worst))
            if role == FIELD_ROLE:
                return findings[0].field
            if role == SEVERITY_ROLE:
                return str(worst)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return finding.message(interface_language())
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(str(finding.severity))
        if role == FIELD_ROLE:
            return finding.field
        if role == SEVERITY_ROLE:
            return str(finding.severity)
        return None
