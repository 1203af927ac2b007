"""Create my key: a personal key pair for the person working here, under a passphrase;
the first administrator key of a workstation starts its list of trusted keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from requestdesk.atomic import WriteError
from requestdesk.domain.display import visible
from requestdesk.identity import (
    Holder,
    IdentityError,
    KeyFileError,
    PersonalKey,
    Role,
    role_label,
)
from requestdesk.identity.keys import PASSPHRASE_MINIMUM, check_new_passphrase
from requestdesk.ui.i18n import current_language
from requestdesk.ui.identity.widgets import error_label, fingerprint_label, show_error
from requestdesk.ui.identity.workstation import Identity
from requestdesk.ui.qt import note_label


class CreateKeyDialog(QDialog):
    def __init__(self, identity: Identity, parent: QWidget | None = None, *, name: str = "", authority: str = ""):
        super().__init__(parent)
        self.setObjectName("createKeyDialog")
        self.identity = identity
        self.created: PersonalKey | None = None
        self.started_list = False

        self.intro = note_label("createKeyIntro", self)
        self.name = QLineEdit(self)
        self.name.setObjectName("keyHolderName")
        self.name.setText(name)
        self.role = QComboBox(self)
        self.role.setObjectName("keyRole")
        self.authority = QLineEdit(self)
        self.authority.setObjectName("keyAuthority")
        self.authority.setText(authority)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("keyPassphrase")
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("keyPassphraseRepeat")
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("createKeyError", self)
        self.outcome = note_label("createKeyResult", self)
        self.outcome.hide()
        self.fingerprint = fingerprint_label(self)
        self.fingerprint.setObjectName("createdFingerprint")
        self.fingerprint.hide()

        self.labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        for label, buddy in zip(self.labels, (self.name, self.role, self.authority, self.passphrase, self.repeat)):
            label.setBuddy(buddy)
            form.addRow(label, field)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createKey")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeCreateKey")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)

        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_key)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()

    def create_key(self) -> bool:
        lang = current_language()
        try:
            holder = Holder.checked(self.name.text(), Role(self.role.currentData()), self.authority.text())
            check_new_passphrase(self.passphrase.text(), self.repeat.text())
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                key = self.identity.keyring.create(holder, self.passphrase.text())
                starts = holder.role is Role.ADMINISTRATOR and not self.identity.trust_list().established
                if starts:
                    self.identity.trust.establish(key.unlock(self.passphrase.text(), minutes=1))
            finally:
                QApplication.restoreOverrideCursor()
        except (IdentityError, KeyFileError, WriteError) as exc:
            show_error(self.error, exc.message(lang))
            return False
        finally:
            self.passphrase.clear()
            self.repeat.clear()
        show_error(self.error, "")
        self.created, self.started_list = key, starts
        for field in (self.name, self.role, self.authority, self.passphrase, self.repeat, self.create_button):
            field.setEnabled(False)
        self._show_result()
        self.identity.notify()
        return True

    def _show_result(self) -> None:
        if self.created is None:
            return
        text = self.tr("Your key is made: %1. Its fingerprint is below; read it to the administrator, or write it on the form, "
                       "exactly as shown.").replace("%1", visible(self.created.holder.name))
        if self.started_list:
            text += " " + self.tr("It is the first administrator key of this workstation: it starts the list of trusted keys. "
                                  "Check the fingerprint against your authority's record.")
        else:
            text += " " + self.tr("It is not trusted yet: export your public key (Keys › Export my public key…) and give the "
                                  "file to the administrator.")
        self.outcome.setText(text)
        self.outcome.show()
        self.fingerprint.setText(self.created.fingerprint)
        self.fingerprint.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_result()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.tr("Create my key"))
        self.intro.setText(self.tr("Your personal key signs what you approve, return or send. It is kept on this workstation, "
                                   "locked with a passphrase that only you know: nobody, not even the administrator, can "
                                   "recover a forgotten passphrase."))
        current = self.role.currentData() or Role.OFFICER.value
        self.role.clear()
        for role in Role:
            self.role.addItem(role_label(role, lang), role.value)
        self.role.setCurrentIndex(self.role.findData(current))
        for label, text in zip(self.labels, (self.tr("Your &name (initials and surname, as you sign):"), self.tr("&Role:"),
                                             self.tr("&Authority:"),
                                             self.tr("&Passphrase (at least %1 characters):").replace("%1", str(PASSPHRASE_MINIMUM)),
                                             self.tr("&Repeat the passphrase:"))):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("P. P. Petrov"))
        self.create_button.setText(self.tr("&Create the key"))
        self.close_button.setText(self.tr("Close"))
