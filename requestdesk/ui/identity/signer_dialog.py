"""Who is working: the person making a signature chooses their key and gives its
passphrase; the key then stays open for the minutes the setting allows."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from requestdesk.domain.display import visible
from requestdesk.domain.formatting import format_day
from requestdesk.identity import (
    IdentityError,
    KeyFileError,
    Role,
    UnlockedKey,
    role_label,
)
from requestdesk.ui.i18n import current_language
from requestdesk.ui.identity.widgets import (
    error_label,
    fill_keys,
    fingerprint_label,
    show_error,
)
from requestdesk.ui.identity.workstation import MINUTES_RANGE, Identity
from requestdesk.ui.qt import note_label


class SignerDialog(QDialog):
    def __init__(self, identity: Identity, role: Role | None = None, action: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signerDialog")
        self.identity = identity
        self.role = role
        self.action = action
        self.unlocked: UnlockedKey | None = None

        self.intro = note_label("signerIntro", self)
        self.who = QComboBox(self)
        self.who.setObjectName("signerKey")
        self.fingerprint = fingerprint_label(self)
        self.fingerprint.setObjectName("signerFingerprint")
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("signerPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("unlockMinutes")
        self.minutes.setRange(*MINUTES_RANGE)
        self.minutes.setValue(identity.unlock_minutes())
        self.trust_note = note_label("signerTrust", self)
        self.trust_note.setStyleSheet("color: #8a5a00")
        self.trust_note.hide()
        self.error = error_label("signerError", self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)

        self.form = QFormLayout()
        self.who_label, self.fingerprint_caption = QLabel(self), QLabel(self)
        self.passphrase_label, self.minutes_label = QLabel(self), QLabel(self)
        self.who_label.setBuddy(self.who)
        self.passphrase_label.setBuddy(self.passphrase)
        self.minutes_label.setBuddy(self.minutes)
        self.form.addRow(self.who_label, self.who)
        self.form.addRow(self.fingerprint_caption, self.fingerprint)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.minutes_label, self.minutes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.trust_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.who.currentIndexChanged.connect(self._show_fingerprint)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        keys = self.identity.keys(self.role)
        fill_keys(self.who, keys)
        problems = self.identity.keyring.scan()[1]
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(keys))
        self.passphrase.setEnabled(bool(keys))
        if not keys:
            text = (self.tr("This workstation holds no personal key of a %1. Make one in the menu: Keys › Create my key…")
                    .replace("%1", role_label(self.role, current_language())) if self.role is not None
                    else self.tr("This workstation holds no personal key. Make one in the menu: Keys › Create my key…"))
            show_error(self.error, text)
        elif problems:
            show_error(self.error, "\n".join(p.message(current_language()) for p in problems))
        self._show_fingerprint()

    def _show_fingerprint(self) -> None:
        self.fingerprint.setText(self.who.currentData() or "")
        self._show_trust()

    def _show_trust(self) -> None:
        """Says before the passphrase is typed when what the key signs will not be
        recognised here (not on the list, revoked, or the list refused)."""
        fingerprint, text = self.who.currentData(), ""
        key = next((k for k in self.identity.keys(self.role) if k.fingerprint == fingerprint), None)
        if key is not None:
            try:
                listed = self.identity.trust_list()
            except KeyFileError as exc:
                text = exc.message(current_language())
            else:
                entry = listed.entry_for_key(key.public.key)
                if entry is None:
                    text = self.tr("This key is not on this workstation's list of trusted keys: what it signs is not "
                                   "recognised here until an administrator adds it.")
                elif not entry.trusted_at(self.identity.clock.now()) and entry.revoked is not None:
                    text = self.tr("This key was revoked from %1: what it signs is not recognised.").replace(
                        "%1", format_day(entry.revoked.day, current_language()))
        self.trust_note.setText(visible(text, multiline=True))
        self.trust_note.setVisible(bool(text))

    def try_unlock(self) -> bool:
        fingerprint = self.who.currentData()
        if not fingerprint:
            return False
        self.identity.set_unlock_minutes(self.minutes.value())
        try:
            key = self.identity.keyring.find(fingerprint)
            self.unlocked = key.unlock(self.passphrase.text(), minutes=self.identity.unlock_minutes())
        except (IdentityError, KeyFileError) as exc:
            self.passphrase.clear()
            self.passphrase.setFocus()
            show_error(self.error, exc.message(current_language()))
            return False
        finally:
            self.passphrase.clear()
        self.identity.hold(self.unlocked)
        self.accept()
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who is working"))
        intro = self.tr("A signature is made with the personal key of the person working now.")
        if self.action:
            intro += " " + self.tr("Signing: %1").replace("%1", self.action)
        self.intro.setText(intro)
        self.who_label.setText(self.tr("&Who is working:"))
        self.fingerprint_caption.setText(self.tr("Key fingerprint:"))
        self.passphrase_label.setText(self.tr("&Passphrase of the key:"))
        self.minutes_label.setText(self.tr("Keep the key open for (&minutes):"))
        self.minutes.setToolTip(self.tr("After this time the key is locked again and the passphrase is asked for at the next signature"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock and sign"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
