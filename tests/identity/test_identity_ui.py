"""The identity dialogs driven as people use them: real widgets, offscreen."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from requestdesk.identity import Role, TrustStore, read_public_key, write_public_key
from requestdesk.ui import dialogs
from tests.cli_helpers import ROOT
from tests.identity.conftest import ADMIN_PASS, SUPERVISOR_PASS
from tests.shell.helpers import click_button, message_text, type_text, when_modal


def _create(qtbot, identity, name, role, passphrase, repeat=None, authority="МВД России"):
    from requestdesk.ui.identity.create_key_dialog import CreateKeyDialog

    dialog = CreateKeyDialog(identity)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText(name)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    dialog.authority.setText(authority)
    type_text(qtbot, dialog.passphrase, passphrase)
    type_text(qtbot, dialog.repeat, passphrase if repeat is None else repeat)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    return dialog


def _unlock_when_asked(qtbot, passphrase, seen=None, minutes=None):
    def answer(dialog):
        assert dialog.objectName() == "signerDialog"
        if minutes is not None:
            dialog.minutes.setValue(minutes)
        type_text(qtbot, dialog.passphrase, passphrase)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return when_modal(answer, seen)


def test_the_first_administrator_key_made_in_the_window_starts_the_list(qtbot, identity, data):
    dialog = _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS)
    key = dialog.created
    assert key is not None and key.path.exists()
    assert dialog.fingerprint.isVisible() and dialog.fingerprint.text() == key.fingerprint
    assert "first administrator key of this workstation" in dialog.outcome.text()
    assert not dialog.create_button.isEnabled() and dialog.passphrase.text() == ""
    assert TrustStore(data).load().first_administrator.fingerprint == key.fingerprint


def test_a_second_key_is_made_but_not_trusted_and_says_so(qtbot, identity, data):
    _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS)
    dialog = _create(qtbot, identity, "П. П. Петров", "supervisor", SUPERVISOR_PASS)
    assert "not trusted yet" in dialog.outcome.text()
    assert len(TrustStore(data).load().entries) == 1


@pytest.mark.parametrize("name, passphrase, repeat, words", [
    ("П. П. Петров", "short", None, "at least 10 characters"),
    ("П. П. Петров", "a long passphrase", "a long passphrasE", "differ"),
    ("П. П. Петров\u202e", "a long passphrase", None, "U+202E"),
    ("  ", "a long passphrase", None, "missing"),
])
def test_a_key_that_cannot_be_made_is_said_and_nothing_is_written(qtbot, identity, data, name, passphrase, repeat, words):
    dialog = _create(qtbot, identity, name, "supervisor", passphrase, repeat)
    assert dialog.created is None
    assert dialog.error.isVisible() and words in dialog.error.text()
    assert dialog.create_button.isEnabled() and dialog.name.text() == name
    assert not (data / "keys").exists() or not list((data / "keys").iterdir())


def test_my_public_key_is_exported_with_its_fingerprint(qtbot, identity, tmp_path, monkeypatch):
    from requestdesk.ui.identity.export_key_dialog import ExportKeyDialog

    made = _create(qtbot, identity, "П. П. Петров", "supervisor", SUPERVISOR_PASS).created
    target = tmp_path / "out" / "petrov"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: str(target))
    dialog = ExportKeyDialog(identity)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fingerprint.text() == made.fingerprint
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "out" / "petrov.pubkey.json"
    assert dialog.written == written and read_public_key(written) == made.public
    assert str(written) in dialog.outcome.text()


def test_export_into_a_missing_folder_is_said(qtbot, identity, tmp_path, monkeypatch):
    from requestdesk.ui.identity.export_key_dialog import ExportKeyDialog

    _create(qtbot, identity, "П. П. Петров", "supervisor", SUPERVISOR_PASS)
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: str(tmp_path / "gone" / "k.pubkey.json"))
    dialog = ExportKeyDialog(identity)
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert "does not exist" in dialog.error.text()


def test_who_is_working_unlocks_the_chosen_key_and_refuses_a_wrong_passphrase(qtbot, identity):
    from requestdesk.ui.identity.signer_dialog import SignerDialog

    _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS)
    boss = _create(qtbot, identity, "П. П. Петров", "supervisor", SUPERVISOR_PASS).created
    dialog = SignerDialog(identity, role=Role.SUPERVISOR, action="approval of request 1/2026")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.who.count() == 1 and dialog.who.currentText().startswith("П. П. Петров")
    assert dialog.fingerprint.text() == boss.fingerprint
    assert "approval of request 1/2026" in dialog.intro.text()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "wrong passphrase" in dialog.error.text() and dialog.passphrase.text() == ""
    assert identity.unlocked is None
    type_text(qtbot, dialog.passphrase, SUPERVISOR_PASS)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert identity.unlocked is dialog.unlocked and identity.unlocked.fingerprint == boss.fingerprint


def test_the_open_key_signs_again_without_a_question_until_its_minutes_are_up(qtbot, identity, services):
    from requestdesk.identity import verify
    from requestdesk.ui.settings import Options

    boss = _create(qtbot, identity, "П. П. Петров", "supervisor", SUPERVISOR_PASS).created
    seen = _unlock_when_asked(qtbot, SUPERVISOR_PASS, minutes=7)
    signer = identity.signer(None, role=Role.SUPERVISOR)
    assert len(seen) == 1 and signer is not None
    assert services.settings.get(Options.unlock_minutes) == 7
    assert identity._timer.isActive() and 6 * 60_000 < identity._timer.interval() <= 7 * 60_000
    assert identity.signer(None, role=Role.SUPERVISOR) is signer  # asked once
    assert verify(boss.public.key, signer.sign(b"payload"), b"payload")
    identity._timer.timeout.emit()  # the minutes are up
    assert identity.unlocked is None and not signer.unlocked
    cancelled = when_modal(lambda d: d.reject())
    assert identity.signer(None, role=Role.SUPERVISOR) is None and len(cancelled) == 1


def test_a_signature_of_a_role_without_a_key_here_is_said(qtbot, identity):
    from requestdesk.ui.identity.signer_dialog import SignerDialog

    _create(qtbot, identity, "И. И. Иванов", "officer", "officer's passphrase")
    dialog = SignerDialog(identity, role=Role.SUPERVISOR)
    qtbot.addWidget(dialog)
    assert dialog.who.count() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "no personal key of a supervisor" in dialog.error.text()


def _trust_dialog(qtbot, identity):
    from requestdesk.ui.identity.trust_dialog import TrustDialog

    dialog = TrustDialog(identity)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _column(dialog, column):
    return [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())]


def test_the_administrator_adds_a_key_after_comparing_its_fingerprint(qtbot, identity, tmp_path, monkeypatch, data):
    _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS)
    boss = _create(qtbot, identity, "П. П. Петров", "supervisor", SUPERVISOR_PASS).created
    exported = tmp_path / "petrov.pubkey.json"
    write_public_key(exported, boss.public)
    dialog = _trust_dialog(qtbot, identity)
    assert _column(dialog, 0) == ["А. А. Админов"] and "First administrator: А. А. Админов" in dialog.state.text()

    monkeypatch.setattr(dialogs, "choose_open_files", lambda *args: [str(exported)])
    shown = []

    def compare(box):
        assert isinstance(box, QMessageBox)
        shown.append(message_text(box))
        _unlock_when_asked(qtbot, ADMIN_PASS)
        click_button(box, "The fingerprints match: trust the key")

    when_modal(compare)
    assert dialog.add_from_file()
    assert boss.fingerprint in shown[0] and "П. П. Петров" in shown[0] and "supervisor" in shown[0]
    assert _column(dialog, 0) == ["А. А. Админов", "П. П. Петров"]
    assert _column(dialog, 3)[1] == boss.fingerprint
    assert TrustStore(data).load().is_trusted(boss.fingerprint, "supervisor", boss.public.created)


def test_fingerprints_that_do_not_match_add_nothing(qtbot, identity, tmp_path, data):
    _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS)
    boss = _create(qtbot, identity, "П. П. Петров", "supervisor", SUPERVISOR_PASS).created
    exported = tmp_path / "petrov.pubkey.json"
    write_public_key(exported, boss.public)
    dialog = _trust_dialog(qtbot, identity)
    when_modal(lambda box: click_button(box, "Cancel"))
    assert not dialog.add_from_file(str(exported))
    assert dialog.table.rowCount() == 1 and len(TrustStore(data).load().entries) == 1


def test_an_edited_public_key_file_is_refused_in_the_window(qtbot, identity, tmp_path):
    _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS)
    boss = _create(qtbot, identity, "П. П. Петров", "supervisor", SUPERVISOR_PASS).created
    exported = tmp_path / "petrov.pubkey.json"
    write_public_key(exported, boss.public)
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["holder"] = "Подполковник П. П. Петров"
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    dialog = _trust_dialog(qtbot, identity)
    assert not dialog.add_from_file(str(exported))
    assert "were changed after the key was made" in dialog.error.text() and dialog.table.rowCount() == 1


def test_a_supervisor_cannot_manage_the_list_from_the_window(qtbot, identity, tmp_path, data):
    _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS)
    boss = _create(qtbot, identity, "П. П. Петров", "supervisor", SUPERVISOR_PASS).created
    identity.hold(boss.unlock(SUPERVISOR_PASS))  # a supervisor is working
    other = tmp_path / "other.pubkey.json"
    write_public_key(other, boss.public)
    dialog = _trust_dialog(qtbot, identity)
    seen = []

    def compare(box):
        # The open supervisor key is not asked to sign: an administrator's is.
        when_modal(lambda signer: (seen.append(signer.who.count()), signer.reject()))
        click_button(box, "The fingerprints match: trust the key")

    when_modal(compare)
    assert not dialog.add_from_file(str(other))
    assert seen == [1]  # only the administrator's key was offered
    assert len(TrustStore(data).load().entries) == 1


def test_the_administrator_revokes_a_key_from_a_date(qtbot, identity, tmp_path, data):
    from datetime import date, datetime, timezone

    admin = _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS).created
    boss = _create(qtbot, identity, "П. П. Петров", "supervisor", SUPERVISOR_PASS).created
    admin_key = admin.unlock(ADMIN_PASS)
    TrustStore(data).add(boss.public, "supervisor", admin_key)
    identity.hold(admin_key)
    dialog = _trust_dialog(qtbot, identity)
    dialog.table.selectRow(1)
    assert dialog.revoke_button.isEnabled()

    def fill(revoke):
        assert revoke.objectName() == "revokeDialog" and revoke.fingerprint.text() == boss.fingerprint
        revoke.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason yet
        assert revoke.isVisible() and "reason" in revoke.error.text()
        from PySide6.QtCore import QDate

        revoke.date.setDate(QDate(2026, 11, 20))
        revoke.reason.setText("переведен на другую должность")
        revoke.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill)
    assert dialog.revoke_selected()
    assert _column(dialog, 5)[1] == "from 20 November 2026: переведен на другую должность"
    dialog.table.selectRow(1)
    assert not dialog.revoke_button.isEnabled()
    listed = TrustStore(data).load()
    assert not listed.is_trusted(boss.fingerprint, "supervisor", datetime(2026, 11, 21, tzinfo=timezone.utc))
    assert listed.holder_of(boss.fingerprint).revoked.day == date(2026, 11, 20)


def test_a_list_edited_by_hand_is_shown_as_refused(qtbot, identity, data):
    _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS)
    path = data / "trust.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["changes"][0]["role"] = "supervisor"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    dialog = _trust_dialog(qtbot, identity)
    assert dialog.table.rowCount() == 0
    assert "changed outside RequestDesk" in dialog.error.text() and "no key is trusted" in dialog.error.text()
    assert not dialog.add_button.isEnabled()


def test_a_fresh_workstation_says_how_the_list_starts(qtbot, identity):
    dialog = _trust_dialog(qtbot, identity)
    assert "no list of trusted keys yet" in dialog.state.text() and not dialog.add_button.isEnabled()


def test_the_fingerprint_of_an_entry_is_shown_to_read_aloud(qtbot, identity):
    admin = _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS).created
    dialog = _trust_dialog(qtbot, identity)
    dialog.table.selectRow(0)
    seen = when_modal(lambda box: box.accept())
    dialog.show_fingerprint()
    assert admin.fingerprint in seen[0].text()


def test_the_keys_menu_opens_the_dialogs_and_locks_the_open_key(qtbot, identity, services, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from requestdesk.ui.identity.menu import open_identity_menu
    from requestdesk.ui.settings import Options

    services.settings.set(Options.default_executor, {"name": "И. И. Иванов", "phone": ""})
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = open_identity_menu(window, services)
    assert menu in [a.menu() for a in window.menuBar().actions()]
    assert [a.text() for a in menu.actions() if a.text()][:3] == ["&Create my key…", "&Export my public key…", "&Trusted keys…"]
    assert not menu.lock_action.isEnabled()
    opened = when_modal(lambda d: d.reject())
    menu.create_action.trigger()
    assert opened[0].objectName() == "createKeyDialog" and opened[0].name.text() == "И. И. Иванов"
    boss = _create(qtbot, menu.identity, "П. П. Петров", "supervisor", SUPERVISOR_PASS).created
    menu.identity.hold(boss.unlock(SUPERVISOR_PASS))
    assert menu.lock_action.isEnabled() and "П. П. Петров" in menu.lock_action.text()
    menu.lock_action.trigger()
    assert menu.identity.unlocked is None and not menu.lock_action.isEnabled()
    for action, name in ((menu.export_action, "exportKeyDialog"), (menu.trust_action, "trustDialog")):
        opened = when_modal(lambda d: d.reject())
        action.trigger()
        assert opened[0].objectName() == name


def test_the_dialogs_speak_russian(qtbot, identity, languages):
    from requestdesk.ui.identity.create_key_dialog import CreateKeyDialog
    from requestdesk.ui.identity.signer_dialog import SignerDialog
    from requestdesk.ui.identity.trust_dialog import TrustDialog

    _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS)
    languages.apply("ru")
    qtbot.wait(10)
    create, signer, trust = CreateKeyDialog(identity), SignerDialog(identity), TrustDialog(identity)
    for dialog in (create, signer, trust):
        qtbot.addWidget(dialog)
    assert create.windowTitle() == "Создать мой ключ" and create.role.itemText(1) == "руководитель (согласующий)"
    assert signer.windowTitle() == "Кто работает" and signer.who.currentText().startswith("А. А. Админов — администратор")
    assert trust.windowTitle() == "Доверенные ключи" and "Первый администратор: А. А. Админов" in trust.state.text()
    assert trust.table.horizontalHeaderItem(0).text() == "Владелец"
    qtbot.keyClicks(signer.passphrase, "not the passphrase")
    signer.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "неверный пароль" in signer.error.text()
    languages.apply("en")
    qtbot.waitUntil(lambda: trust.windowTitle() == "Trusted keys")
    assert trust.table.horizontalHeaderItem(0).text() == "Holder"


def test_the_window_start_up_path_does_not_load_cryptography():
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen';"
            "from PySide6.QtWidgets import QApplication, QMainWindow; app = QApplication([]);"
            "import tempfile; from pathlib import Path; from requestdesk.ui.services import Services;"
            "from requestdesk.ui.identity.menu import open_identity_menu;"
            "services = Services.open(Path(tempfile.mkdtemp()));"
            "window = QMainWindow(); menu = open_identity_menu(window, services); menu.retranslate();"
            "import requestdesk.ui.main_window, requestdesk.cli.main;"
            "print('cryptography' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.stdout.strip().endswith("False"), done.stderr


def test_who_is_working_says_when_the_chosen_key_is_not_trusted_here(qtbot, identity, data):
    from datetime import date

    from requestdesk.ui.identity.signer_dialog import SignerDialog

    admin = _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS).created
    boss = _create(qtbot, identity, "П. П. Петров", "supervisor", SUPERVISOR_PASS).created
    dialog = SignerDialog(identity, role=Role.SUPERVISOR)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.trust_note.isVisible() and "not on this workstation's list" in dialog.trust_note.text()
    admin_key = admin.unlock(ADMIN_PASS)
    TrustStore(data).add(boss.public, "supervisor", admin_key)
    dialog.reload()
    assert not dialog.trust_note.isVisible()
    TrustStore(data).revoke(boss.fingerprint, date(2026, 10, 1), "утрата доверия", admin_key)
    dialog.reload()
    assert "revoked from 1 October 2026" in dialog.trust_note.text()
    admin_dialog = SignerDialog(identity, role=Role.ADMINISTRATOR)
    qtbot.addWidget(admin_dialog)
    admin_dialog.show()
    assert not admin_dialog.trust_note.isVisible()


def test_the_application_starts_without_loading_cryptography(tmp_path):
    from tests.cli_helpers import run_cli

    done = run_cli("--smoke", env={"PYTHONPROFILEIMPORTTIME": "1", "REQUESTDESK_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == 0 and "startup_ms=" in done.stdout, done.stderr
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")]
    assert "requestdesk.ui.main_window" in imported  # the profile saw the window's start-up
    assert not [name for name in imported if name.startswith("cryptography")]


def test_the_key_dialogs_keep_qt_s_own_result_and_create(qtbot, identity):
    # Their message labels were once named `result`, hiding QDialog.result(): asking a
    # key dialog how it was closed raised TypeError; `create` hid QWidget.create().
    from requestdesk.ui.identity.export_key_dialog import ExportKeyDialog

    created = _create(qtbot, identity, "А. А. Админов", "administrator", ADMIN_PASS)
    assert created.result() == QDialog.DialogCode.Rejected  # still open: not accepted yet
    exporting = ExportKeyDialog(identity)
    qtbot.addWidget(exporting)
    assert exporting.result() == QDialog.DialogCode.Rejected
