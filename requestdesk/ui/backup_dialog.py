"""Restoring the register from one of its daily backups (the last seven are kept)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from requestdesk.domain.formatting import format_day, format_size
from requestdesk.store.backup import backups
from requestdesk.ui.i18n import current_language
from requestdesk.ui.qt import named, note_label
from requestdesk.ui.services import Services


class RestoreDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.found = backups(services.backup_dir)
        self.intro = note_label("restoreIntro")
        self.list = named(QListWidget(), "backups")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda _: self._update())
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        self.retranslate()
        if self.found:
            self.list.setCurrentRow(0)

    def chosen(self) -> Path | None:
        row = self.list.currentRow()
        return self.found[row].path if 0 <= row < len(self.found) else None

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.tr("Restore the register from a backup"))
        self.intro.setText(
            self.tr("RequestDesk keeps a copy of the register for each of the last seven days it was used. "
                    "Restoring replaces every request with the copy chosen; the register as it is now is kept "
                    "beside it (requests.sqlite3.before-restore).")
            if self.found else self.tr("There is no backup yet: one is made each day the program starts.")
        )
        row = self.list.currentRow()
        self.list.clear()
        for backup in self.found:
            item = QListWidgetItem(self.tr("%1 (%2)").replace("%1", format_day(backup.day, lang))
                                   .replace("%2", format_size(backup.size, lang)))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update()
