"""The letterhead's requisites in the settings: postal address, telephone, e-mail, emblem.

The address, telephone and e-mail belong to the officer's authority (spec §1 `party.address`,
`phone`, `email`): they go into new requests with it. The emblem is an image file on this
workstation, printed at the head of every letter exported here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from requestdesk.domain.languages import EN, RU, SUPPORTED
from requestdesk.ui import dialogs
from requestdesk.ui.qt import named, note_label
from requestdesk.ui.settings import Options, Settings

translate = QCoreApplication.translate
REQUISITES = ("address", "phone", "email")
IMAGE_FILES = "*.png *.jpg *.jpeg *.gif *.bmp"


class LetterheadFields(QGroupBox):
    def __init__(self, own: dict[str, Any], settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letterhead")
        self.settings = settings
        address = own.get("address")
        if not isinstance(address, dict):
            address = {}
        self.address = {lang: named(QLineEdit(str(address.get(lang, "") or "")), f"address_{lang}") for lang in SUPPORTED}
        self.phone = named(QLineEdit(str(own.get("phone", "") or "")), "letterheadPhone")
        self.email = named(QLineEdit(str(own.get("email", "") or "")), "letterheadEmail")
        self.emblem = named(QLineEdit(settings.get(Options.letterhead_emblem)), "emblem")
        self.emblem.setReadOnly(True)
        self.choose = named(QPushButton(), "chooseEmblem")
        self.remove = named(QPushButton(), "removeEmblem")
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(lambda: self.emblem.clear())
        self.note = note_label("letterheadNote")

        emblem_row = QHBoxLayout()
        emblem_row.addWidget(self.emblem, 1)
        emblem_row.addWidget(self.choose)
        emblem_row.addWidget(self.remove)
        self.form = QFormLayout(self)
        self.labels = {key: QLabel() for key in ("address_ru", "address_en", "phone", "email", "emblem")}
        self.form.addRow(self.labels["address_ru"], self.address[RU])
        self.form.addRow(self.labels["address_en"], self.address[EN])
        self.form.addRow(self.labels["phone"], self.phone)
        self.form.addRow(self.labels["email"], self.email)
        self.form.addRow(self.labels["emblem"], emblem_row)
        self.form.addRow(self.note)
        self.retranslate()

    def _choose(self) -> None:
        start = self.emblem.text() or str(Path.home())
        chosen = dialogs.choose_open_files(self, self.tr("Emblem for the letterhead"), start,
                                           self.tr("Images (%1)").replace("%1", IMAGE_FILES))
        if chosen:
            self.emblem.setText(chosen[0])

    def requisites(self) -> dict[str, Any]:
        """The authority's requisites that are filled in, as spec §1 party keys."""
        out: dict[str, Any] = {}
        address = {lang: edit.text().strip() for lang, edit in self.address.items()}
        if any(address.values()):
            out["address"] = address
        for key, edit in (("phone", self.phone), ("email", self.email)):
            if edit.text().strip():
                out[key] = edit.text().strip()
        return out

    def save(self) -> None:
        self.settings.set(Options.letterhead_emblem, self.emblem.text().strip())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Letterhead"))
        self.labels["address_ru"].setText(self.tr("Postal address (Russian):"))
        self.labels["address_en"].setText(self.tr("Postal address (English):"))
        self.labels["phone"].setText(self.tr("Telephone:"))
        self.labels["email"].setText(self.tr("E-mail:"))
        self.labels["emblem"].setText(self.tr("Emblem (image):"))
        self.choose.setText(self.tr("Choose…"))
        self.remove.setText(self.tr("Remove"))
        self.note.setText(self.tr(
            "Printed at the head of every letter, with the authority's name. New requests take the address, "
            "telephone and e-mail from here; without them the directory's entry for the authority is used."))
