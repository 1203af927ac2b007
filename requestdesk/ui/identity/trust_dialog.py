"""The administrator's list of trusted keys: add a colleague's public key from a file
(after comparing its fingerprint with them), show a fingerprint, revoke a key from a
date. Every change is signed with the administrator's own key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from requestdesk.atomic import WriteError
from requestdesk.domain.display import visible
from requestdesk.domain.formatting import format_day, format_instant
from requestdesk.identity import (
    IdentityError,
    KeyFileError,
    PublicKey,
    Role,
    TrustEntry,
    UnlockedKey,
    read_public_key,
    role_label,
)
from requestdesk.identity.keys import PUBLIC_SUFFIX
from requestdesk.ui import dialogs
from requestdesk.ui.i18n import current_language
from requestdesk.ui.identity.widgets import error_label, fingerprint_label, show_error
from requestdesk.ui.identity.workstation import Identity
from requestdesk.ui.qt import note_label

COLUMNS = 6  # holder, role, authority, fingerprint, added, revoked


class TrustDialog(QDialog):
    def __init__(self, identity: Identity, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trustDialog")
        self.identity = identity
        self.entries: list[TrustEntry] = []
        self.resize(1000, 480)

        self.state = note_label("trustState", self)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("trustedKeys")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.error = error_label("trustError", self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addTrustedKey")
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("showFingerprint")
        self.revoke_button = QPushButton(self)
        self.revoke_button.setObjectName("revokeKey")
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.show_button, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(lambda: self.add_from_file())
        self.show_button.clicked.connect(self.show_fingerprint)
        self.revoke_button.clicked.connect(lambda: self.revoke_selected())
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.reload()

    # -- what is shown ----------------------------------------------------------------------------
    def reload(self) -> None:
        lang = current_language()
        self.entries, listed, problem = [], None, ""
        try:
            listed = self.identity.trust_list()
            self.entries = listed.entries
        except KeyFileError as exc:
            problem = exc.message(lang)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            revoked = entry.revoked
            cells = [visible(entry.holder), role_label(entry.role, lang), visible(entry.authority), entry.fingerprint,
                     format_instant(entry.added_at.astimezone(), lang),
                     "" if revoked is None else self.tr("from %1: %2").replace("%1", format_day(revoked.day, lang))
                     .replace("%2", visible(revoked.reason))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if revoked is not None:
                    item.setForeground(Qt.GlobalColor.darkGray)
                    item.setToolTip(self.tr("Revoked from %1 by the administrator with the key %2: %3")
                                    .replace("%1", format_day(revoked.day, lang)).replace("%2", revoked.by)
                                    .replace("%3", visible(revoked.reason)))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if problem:
            self.state.setText("")
        elif listed is None or not listed.established:
            self.state.setText(self.tr("This workstation has no list of trusted keys yet: no signature is trusted here. "
                                       "The first administrator key made here (Keys › Create my key…) starts it."))
        else:
            first = listed.first_administrator
            assert first is not None  # an established list starts with its first administrator
            self.state.setText(self.tr("Keys trusted on this workstation: %1. First administrator: %2, fingerprint %3.")
                               .replace("%1", str(len(self.entries))).replace("%2", visible(first.holder))
                               .replace("%3", first.fingerprint))
        show_error(self.error, problem)
        self.add_button.setEnabled(not problem and listed is not None and listed.established)
        self._update_buttons()

    def selected(self) -> TrustEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.show_button.setEnabled(entry is not None)
        self.revoke_button.setEnabled(entry is not None and entry.revoked is None)

    # -- the administrator's actions ------------------------------------------------------------
    def _administrator(self, action: str) -> UnlockedKey | None:
        return self.identity.signer(self, role=Role.ADMINISTRATOR, action=action)

    def add_from_file(self, path: str | None = None) -> bool:
        lang = current_language()
        if path is None:
            chosen = dialogs.choose_open_files(self, self.tr("Add a trusted key"), "",
                                               self.tr("RequestDesk public keys (*%1)").replace("%1", PUBLIC_SUFFIX))
            if not chosen:
                return False
            path = chosen[0]
        try:
            public = read_public_key(Path(path))
        except KeyFileError as exc:
            show_error(self.error, exc.message(lang))
            return False
        if not self.confirm_fingerprint(public):
            return False
        return self._change(lambda admin: self.identity.trust.add(public, public.holder.role, admin),
                            self.tr("adding %1 to the trusted keys").replace("%1", visible(public.holder.name)))

    def confirm_fingerprint(self, public: PublicKey) -> bool:
        box = QMessageBox(self)
        box.setObjectName("confirmFingerprint")
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Compare the fingerprint"))
        box.setText(self.tr("%1 — %2, %3\n\nFingerprint: %4")
                    .replace("%1", visible(public.holder.name))
                    .replace("%2", role_label(public.holder.role, current_language()))
                    .replace("%3", visible(public.holder.authority) or "—")
                    .replace("%4", public.fingerprint))
        box.setInformativeText(self.tr("Trust this key only if its holder reads you the same fingerprint, in person, by "
                                       "telephone or on a signed form. A file can be swapped on the way; the fingerprint "
                                       "cannot be matched by another key."))
        trust = box.addButton(self.tr("The fingerprints match: trust the key"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is trust

    def show_fingerprint(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        box = QMessageBox(self)
        box.setObjectName("fingerprintBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Fingerprint"))
        box.setText(f"{visible(entry.holder)}\n\n{entry.fingerprint}")
        box.setInformativeText(self.tr("Added %1 by the administrator with the key %2.")
                               .replace("%1", format_instant(entry.added_at.astimezone(), current_language()))
                               .replace("%2", entry.added_by))
        box.exec()

    def revoke_selected(self, day: date | None = None, reason: str | None = None) -> bool:
        entry = self.selected()
        if entry is None or entry.revoked is not None:
            return False
        if day is None or reason is None:
            asked = RevokeDialog(entry, self)
            if not asked.exec():
                return False
            day, reason = asked.day(), asked.reason.text()
        return self._change(lambda admin: self.identity.trust.revoke(entry.fingerprint, day, reason, admin),
                            self.tr("revoking the key of %1").replace("%1", visible(entry.holder)))

    def _change(self, change: Callable[[UnlockedKey], object], action: str) -> bool:
        admin = self._administrator(action)
        if admin is None:
            return False
        try:
            change(admin)
        except (IdentityError, KeyFileError, WriteError) as exc:
            show_error(self.error, exc.message(current_language()))
            return False
        self.reload()
        self.identity.notify()
        return True

    # -- language ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trusted keys"))
        self.table.setHorizontalHeaderLabels([self.tr("Holder"), self.tr("Role"), self.tr("Authority"), self.tr("Fingerprint"),
                                              self.tr("Added"), self.tr("Revoked")])
        self.add_button.setText(self.tr("&Add from file…"))
        self.show_button.setText(self.tr("Show &fingerprint"))
        self.revoke_button.setText(self.tr("&Revoke…"))
        self.close_button.setText(self.tr("Close"))


class RevokeDialog(QDialog):
    """The date from which a key is no longer trusted, and why."""

    def __init__(self, entry: TrustEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("revokeDialog")
        self.setMinimumWidth(480)
        self.entry = entry
        self.intro = note_label("revokeIntro", self)
        self.fingerprint = fingerprint_label(self)
        self.fingerprint.setText(entry.fingerprint)
        self.date = QDateEdit(self)
        self.date.setObjectName("revokeDate")
        self.date.setCalendarPopup(True)
        self.date.setDate(QDate.currentDate())
        self.reason = QLineEdit(self)
        self.reason.setObjectName("revokeReason")
        self.error = error_label("revokeError", self)
        self.date_label, self.reason_label = QLabel(self), QLabel(self)
        self.date_label.setBuddy(self.date)
        self.reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(self.date_label, self.date)
        form.addRow(self.reason_label, self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept_if_given)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def day(self) -> date:
        picked = self.date.date()
        return date(picked.year(), picked.month(), picked.day())

    def _accept_if_given(self) -> None:
        if not self.reason.text().strip():
            show_error(self.error, IdentityError("reason_empty").message(current_language()))
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Revoke a key"))
        self.intro.setText(self.tr("Revoke the key of %1. What it signed from the start of the chosen day on is not trusted "
                                   "here; what it signed before stays valid. A revocation cannot be undone.")
                           .replace("%1", visible(self.entry.holder)))
        self.date_label.setText(self.tr("Not trusted &from:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Revoke"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
