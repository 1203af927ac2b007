"""Export my public key: the small file the administrator adds to the list of trusted
keys, and the fingerprint to compare with them aloud or on paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from requestdesk.atomic import WriteError
from requestdesk.domain.display import visible
from requestdesk.identity import IdentityError, KeyFileError, write_public_key
from requestdesk.identity.keys import PUBLIC_SUFFIX
from requestdesk.ui import dialogs
from requestdesk.ui.i18n import current_language
from requestdesk.ui.identity.widgets import (
    error_label,
    fill_keys,
    fingerprint_label,
    show_error,
)
from requestdesk.ui.identity.workstation import Identity
from requestdesk.ui.qt import note_label


class ExportKeyDialog(QDialog):
    def __init__(self, identity: Identity, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportKeyDialog")
        self.identity = identity
        self.written: Path | None = None

        self.intro = note_label("exportKeyIntro", self)
        self.key = QComboBox(self)
        self.key.setObjectName("exportKey")
        self.fingerprint = fingerprint_label(self)
        self.fingerprint.setObjectName("exportFingerprint")
        self.error = error_label("exportKeyError", self)
        self.outcome = note_label("exportKeyResult", self)
        self.key_label, self.fingerprint_caption = QLabel(self), QLabel(self)
        self.key_label.setBuddy(self.key)
        form = QFormLayout()
        form.addRow(self.key_label, self.key)
        form.addRow(self.fingerprint_caption, self.fingerprint)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePublicKey")
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)

        self.key.currentIndexChanged.connect(lambda *_: self.fingerprint.setText(self.key.currentData() or ""))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        keys = self.identity.keys()
        fill_keys(self.key, keys)
        self.fingerprint.setText(self.key.currentData() or "")
        self.save_button.setEnabled(bool(keys))
        if not keys:
            show_error(self.error, self.tr("This workstation holds no personal key. Make one in the menu: Keys › Create my key…"))

    def save(self) -> bool:
        fingerprint = self.key.currentData()
        if not fingerprint:
            return False
        try:
            key = self.identity.keyring.find(fingerprint)
        except (IdentityError, KeyFileError) as exc:
            show_error(self.error, exc.message(current_language()))
            return False
        suggested = str(Path.home() / (key.holder.name.replace(".", "").replace(" ", "_") + PUBLIC_SUFFIX))
        chosen = dialogs.choose_save_file(self, self.tr("Export my public key"), suggested,
                                          self.tr("RequestDesk public keys (*%1)").replace("%1", PUBLIC_SUFFIX))
        if not chosen:
            return False
        target = Path(chosen)
        if not target.name.endswith(PUBLIC_SUFFIX):
            target = target.with_name(target.name.removesuffix(".json") + PUBLIC_SUFFIX)
        try:
            write_public_key(target, key.public.checked(key.path))
        except (KeyFileError, WriteError) as exc:
            show_error(self.error, exc.message(current_language()))
            return False
        show_error(self.error, "")
        self.written = target
        self.outcome.setText(self.tr("Written: %1. Give this file to the administrator and read them the fingerprint.")
                            .replace("%1", visible(str(target))))
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export my public key"))
        self.intro.setText(self.tr("The public key lets others check your signatures; it cannot sign. The administrator "
                                   "trusts it only after comparing its fingerprint with you, aloud or on paper."))
        self.key_label.setText(self.tr("&Key:"))
        self.fingerprint_caption.setText(self.tr("Fingerprint:"))
        self.save_button.setText(self.tr("&Save the public key…"))
        self.close_button.setText(self.tr("Close"))
