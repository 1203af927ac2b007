"""Other information useful for execution and the enclosures (Art. 6(3)(f)); confidentiality
(Art. 8) and presence of representatives (Art. 7)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView

from requestdesk.editing import attachment_for_file, new_attachment
from requestdesk.store.enclosures import Enclosure
from requestdesk.ui.editor.enclosure_files import EnclosureFiles
from requestdesk.ui.editor.attachments_model import COLUMNS, PATH, AttachmentsModel
from requestdesk.ui.editor.fields import CheckField
from requestdesk.ui.editor.steps.base import Step


class OtherStep(Step):
    key = "other"
    prefixes = ("other_information", "attachments", "confidential", "presence_requested")
    element = "f"
    articles = ("6", "7", "8")

    def title(self) -> str:
        return self.tr("Other information and enclosures")

    def build(self) -> None:
        body = self.widget()
        self.bilingual("other_information", lambda: self.tr("Other information useful for execution"), multiline=True,
                       lines=5)
        self.caption(lambda: self.tr("Enclosures"))
        self.model = AttachmentsModel(self.session, self)
        self.table = QTableView(body)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(2, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(130)
        self.add(self.table, PATH)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(body)
        self.remove_button = QPushButton(body)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.body_layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_attachment)
        self.remove_button.clicked.connect(self.remove_attachment)
        self.caption(lambda: self.tr("Printed as “Enclosure: … on N pages in M copies”."), hint=True)

        self.caption(lambda: self.tr("Enclosed files"))
        self.caption(lambda: self.tr("Copies of the files themselves, kept with the request and sent with it in a package."),
                     hint=True)
        self.files = EnclosureFiles(self.context.services, self.session.request_id, body)
        self.body_layout.addWidget(self.files)
        self.files.attached.connect(self._file_attached)

        self.caption(lambda: self.tr("Conditions"))
        self.confidential = CheckField(self.session, "confidential", body)
        self.add(self.confidential, "confidential")
        self.presence = CheckField(self.session, "presence_requested", body)
        self.add(self.presence, "presence_requested")

    def add_attachment(self) -> None:
        row = self.session.insert(PATH, new_attachment(), self.tr("Add enclosure"))
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.setFocus()

    def _file_attached(self, enclosure: Enclosure) -> None:
        if self.files.ask_add_to_line(enclosure):
            self.add_file_to_line(enclosure)

    def add_file_to_line(self, enclosure: Enclosure) -> int:
        """Names the file in the request's enclosure line, its title the file name in that
        name's language (editable)."""
        item = attachment_for_file(enclosure.name, enclosure.pages)
        row = self.session.insert(PATH, item, self.tr("Add enclosure"))
        self.table.setCurrentIndex(self.model.index(row, 0))
        return row

    def remove_attachment(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.session.remove(PATH, index.row(), self.tr("Remove enclosure"))

    def focus_path(self, path: str):  # type: ignore[no-untyped-def]
        parts = path.split(".")
        if parts[0] == PATH and len(parts) > 1 and parts[1].isdigit() and int(parts[1]) < self.model.rowCount():
            rest = ".".join(parts[2:])
            column = COLUMNS.index(rest) if rest in COLUMNS else (COLUMNS.index("title.ru") if rest == "title" else 0)
            self.table.setCurrentIndex(self.model.index(int(parts[1]), column))
            self.ensureWidgetVisible(self.table, 50, 50)
            self.table.setFocus()
            return self.table
        return super().focus_path(path)

    def retranslate_choices(self) -> None:
        self.add_button.setText(self.tr("Add enclosure"))
        self.remove_button.setText(self.tr("Remove enclosure"))
        self.confidential.setText(self.tr("Ask to keep the fact and content of the request confidential (Article 8)"))
        self.presence.setText(self.tr("Ask that our representatives be present during execution (Article 7)"))
        self.model.retranslate()
        self.files.retranslate()
