"""The files enclosed with a request (PDF, images, DOCX), kept with it in the register.

Attaching reads and hashes the whole file (a 150 MB scan takes seconds), so it runs on a
worker thread with its own connection to the register while the editor stays live.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from requestdesk.atomic import WriteError
from requestdesk.domain.formatting import format_number, format_size
from requestdesk.domain.review import ApprovalStatus
from requestdesk.store.enclosures import Enclosure, display_name
from requestdesk.store.requests import RequestStore, StoreError
from requestdesk.ui import dialogs
from requestdesk.ui.i18n import current_language
from requestdesk.ui.services import Services

Index = QModelIndex | QPersistentModelIndex

_KINDS = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG", "image/tiff": "TIFF",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX"}


file_size = format_size


class FilesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.files: list[Enclosure] = []

    def set_files(self, files: list[Enclosure]) -> None:
        self.beginResetModel()
        self.files = files
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.files)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Pages"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.files[index.row()]
        lang = current_language()
        return (item.name, _KINDS.get(item.media_type, item.media_type), file_size(item.size, lang),
                "" if item.pages is None else format_number(item.pages, lang))[index.column()]


class AttachWorker(QObject):
    """Attaches one file on its own thread (a large scan takes seconds to read and hash),
    through the desk over a register connection of its own; the desk's change reaches
    the window through the shared change hub."""

    done = Signal(object)  # Enclosure
    failed = Signal(object)  # StoreError

    def __init__(self, services: Services, user: str, request_id: str, path: Path, initiator: object = None):
        super().__init__()
        self.services, self.user, self.request_id, self.path = services, user, request_id, path
        self.initiator = initiator

    def run(self) -> None:
        from requestdesk.app import Desk

        try:
            store = RequestStore(self.services.store.path, directory=self.services.directory, clock=self.services.clock,
                                 counting=self.services.store.counting)
            try:
                desk = Desk(store, self.user, self.services.hub)
                self.done.emit(desk.attach(self.request_id, self.path, initiator=self.initiator).value)
            finally:
                store.close()
        except StoreError as exc:
            self.failed.emit(exc)


class EnclosureFiles(QWidget):
    """The list of enclosed files with attach, remove and save-a-copy."""

    attached = Signal(object)  # the Enclosure, once stored
    changed = Signal()  # files attached or removed
    approval_voided = Signal()  # a file change voided the approval

    def __init__(self, services: Services, request_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.request_id = request_id
        self.model = FilesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("enclosureFiles")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(100)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("attachFile")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeFile")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveFileCopy")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # reading and hashing: no fraction to show
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.progress_label = QLabel(self)
        self.progress_label.hide()
        buttons = QHBoxLayout()
        for widget in (self.attach_button, self.remove_button, self.save_button, self.progress_label, self.progress):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.attach_button.clicked.connect(self.choose_and_attach)
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._thread: QThread | None = None
        self._worker: AttachWorker | None = None
        self.retranslate()
        self.reload()

    # -- what is shown ------------------------------------------------------------------
    def reload(self) -> None:
        from requestdesk.ui.operations import desk_of

        self.model.set_files(desk_of(self.services).enclosures(self.request_id))
        self._update_buttons()

    def _selected(self) -> Enclosure | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.files[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.remove_button.setEnabled(chosen and self._thread is None)
        self.save_button.setEnabled(chosen)
        self.attach_button.setEnabled(self._thread is None)

    def busy(self) -> bool:
        return self._thread is not None

    # -- attaching ----------------------------------------------------------------------
    def choose_and_attach(self) -> None:
        chosen = dialogs.choose_open_files(self, self.tr("Attach files"), str(Path.home()),
                                           self.tr("Documents and scans (*.pdf *.docx *.png *.jpg *.jpeg *.tif *.tiff)"))
        if chosen:
            self.attach(Path(chosen[0]))

    def attach(self, path: Path) -> None:
        """Starts attaching `path` on a worker thread; `attached` or an error message follows."""
        from requestdesk.ui.review.operations import user_name

        if self._thread is not None:
            return
        self._valid_before = self._approval_valid()
        self._thread = QThread(self)
        self._worker = AttachWorker(self.services, user_name(self.services), self.request_id, path, self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.done.connect(self._attached)
        self._worker.failed.connect(self._failed)
        self.progress_label.setText(self.tr("Attaching %1…").replace("%1", display_name(path.name)))
        self.progress_label.show()
        self.progress.show()
        self._update_buttons()
        self._thread.start()

    def _finish_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            self._worker.deleteLater()  # type: ignore[union-attr]
        self._thread, self._worker = None, None
        self.progress.hide()
        self.progress_label.hide()

    def _attached(self, enclosure: Enclosure) -> None:
        self._finish_thread()
        self.reload()
        self._after_change()
        self.attached.emit(enclosure)

    def _failed(self, error: StoreError) -> None:
        self._finish_thread()
        self._update_buttons()
        dialogs.show_error(self, self.tr("Attach files"), self.tr("The file was not attached."), error.message(current_language()))

    def _approval_valid(self) -> bool:
        from requestdesk.ui.operations import desk_of

        return desk_of(self.services).approval(self.request_id).status is ApprovalStatus.VALID

    def _after_change(self) -> None:
        self.changed.emit()
        if self._valid_before and not self._approval_valid():
            self.approval_voided.emit()

    # -- removing and saving -----------------------------------------------------------------
    def remove_selected(self) -> None:
        from requestdesk.ui.operations import desk_of

        chosen = self._selected()
        if chosen is None:
            return
        self._valid_before = self._approval_valid()
        try:
            desk_of(self.services).detach(self.request_id, chosen.sha256, initiator=self)
        except StoreError as exc:
            dialogs.show_error(self, self.tr("Remove file"), exc.message(current_language()))
            return
        self.reload()
        self._after_change()

    def save_selected(self, target: Path | None = None) -> Path | None:
        from requestdesk.ui.operations import desk_of

        chosen = self._selected()
        if chosen is None:
            return None
        if target is None:
            picked = dialogs.choose_save_file(self, self.tr("Save a copy"), str(Path.home() / chosen.name), "")
            if not picked:
                return None
            target = Path(picked)
        try:
            desk_of(self.services).save_enclosure_copy(chosen.sha256, target)
        except (StoreError, WriteError) as exc:
            dialogs.show_error(self, self.tr("Save a copy"), self.tr("The copy was not written."), exc.message(current_language()))
            return None
        return target

    def close_worker(self) -> None:
        """Waits for an attachment under way (the editor is closing)."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def ask_add_to_line(self, enclosure: Enclosure) -> bool:
        """Whether to name the new file in the request's enclosure line."""
        box = QMessageBox(self)
        box.setObjectName("addEnclosureBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Enclosure line"))
        pages = self.tr("pages unknown") if enclosure.pages is None else self.tr("%n page(s)", "", enclosure.pages)
        box.setText(self.tr("Add “%1” (%2) to the enclosures listed in the request?")
                    .replace("%1", enclosure.name).replace("%2", pages))
        box.setInformativeText(self.tr("Its title can be edited in the list of enclosures."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.attach_button.setText(self.tr("Attach &file…"))
        self.attach_button.setToolTip(self.tr("Keep a copy of a PDF, DOCX or image file with the request"))
        self.remove_button.setText(self.tr("Remove file"))
        self.save_button.setText(self.tr("Save a cop&y…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

