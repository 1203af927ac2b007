"""First run and help: the welcome stores the defaults and adds the example; files given on
the command line open; the Help menu shows the Articles and the licences."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from requestdesk.domain.check import check_document
from requestdesk.domain.profile import load_profile
from requestdesk.launch import opened_files, wants_desktop
from requestdesk.ui.settings import Options
from tests.keyboard import type_text
from tests.shell.helpers import example

ROOT = Path(__file__).resolve().parents[2]


def _welcome(qtbot, services, languages):
    from requestdesk.ui.welcome import WelcomeWizard

    wizard = WelcomeWizard(services, languages, first_run=True)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _choose(combo, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def test_the_welcome_stores_the_defaults_and_adds_an_example_that_passes_the_check(qtbot, services, languages):
    wizard = _welcome(qtbot, services, languages)
    _choose(wizard.language, "Русский")
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Добро пожаловать в RequestDesk")
    wizard.next()

    _choose(wizard.state, "Армения")
    pick = wizard.authority_pick
    pick.setFocus()
    type_text(pick.lineEdit(), "Министерство внутренних")
    popup = pick.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert wizard.authority.value() == {"ru": "Министерство внутренних дел Республики Армения",
                                        "en": "Ministry of Internal Affairs of the Republic of Armenia"}
    wizard.next()

    _choose(wizard.role, load_profile().roles["subdivision_head"]["ru"])
    type_text(wizard.signatory_name.edits["ru"], "А. Б. Саргсян")
    qtbot.keyClicks(wizard.signatory_name.edits["en"], "A. B. Sargsyan")
    type_text(wizard.signatory_position.edits["ru"], "Начальник управления")
    qtbot.keyClicks(wizard.signatory_position.edits["en"], "Head of Department")
    type_text(wizard.executor_name.edits["ru"], "В. Г. Петросян")
    qtbot.keyClicks(wizard.executor_name.edits["en"], "V. G. Petrosyan")
    qtbot.keyClicks(wizard.executor_phone, "+374 10 00-00-00")
    wizard.next()
    assert wizard.make_example.isChecked()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    settings = services.settings
    assert settings.get(Options.first_run_done) is True
    assert settings.get(Options.language) == "ru"
    own = settings.get(Options.own_authority)
    assert own["state"] == "AM" and own["authority"]["en"] == "Ministry of Internal Affairs of the Republic of Armenia"
    assert own["time_zone"] == "Asia/Yerevan"
    assert settings.get(Options.default_signatory) == {
        "role": "subdivision_head",
        "name": {"ru": "А. Б. Саргсян", "en": "A. B. Sargsyan"},
        "position": {"ru": "Начальник управления", "en": "Head of Department"},
    }
    assert settings.get(Options.default_executor) == {"name": {"ru": "В. Г. Петросян", "en": "V. G. Petrosyan"},
                                                      "phone": "+374 10 00-00-00"}

    stored = services.store.get(wizard.created_example)
    # Marked as an example, under the number the README's `check` example shows (1/ПРИМЕР-2026).
    assert stored["example"] is True and stored["number"] == example()["number"] == "1/ПРИМЕР-2026"
    assert stored["id"] != example()["id"]
    assert not check_document(stored, directory=services.directory, clock=services.clock).errors


def test_skipping_the_welcome_is_remembered_and_changes_nothing_else(qtbot, services, languages):
    wizard = _welcome(qtbot, services, languages)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert services.settings.get(Options.first_run_done) is True
    assert services.settings.get(Options.default_signatory) == {}
    assert services.store.count() == 0


def test_the_example_request_passes_the_check_from_the_command_line(tmp_path):
    from requestdesk.ui.welcome import example_request

    path = tmp_path / "example.request.json"
    path.write_text(json.dumps(example_request(), ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "requestdesk", "check", str(path), "--json"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["ok"] is True


def test_a_file_argument_opens_the_application_not_the_command_line(tmp_path):
    request = tmp_path / "a.request.json"
    request.write_text("{}")
    assert wants_desktop([str(request)], ("check", "export"))
    assert wants_desktop([str(tmp_path / "b.requestpkg")], ("check", "export"))
    assert not wants_desktop(["check", str(request)], ("check", "export"))
    assert not wants_desktop(["--help"], ("check", "export"))
    assert opened_files(["-platform", "offscreen", str(request)]) == [request]


def test_a_request_file_given_at_start_is_imported_and_opened_in_the_editor(qtbot, make_window, services, write_request):
    doc = example()
    path = write_request(doc, "incoming.request.json")
    window = make_window(services)
    window.open_files(opened_files([str(path)]))
    assert services.store.get(doc["id"]) == doc
    editor = window._editors[doc["id"]]
    qtbot.waitExposed(editor)
    # Given again (a second double-click): not imported twice, the same editor comes forward.
    window.open_files([path])
    assert services.store.count() == 1 and window._editors[doc["id"]] is editor


def test_help_shows_the_articles_in_the_interface_language(qtbot, make_window, services, languages):
    window = make_window(services)
    languages.set_language("ru")
    window.help.articles["8"].trigger()
    articles = window.help._articles_window
    qtbot.waitExposed(articles)
    assert "Статья 8" in articles.text.toPlainText()
    languages.set_language("en")
    qtbot.waitUntil(lambda: "Article 8" in articles.text.toPlainText())
    assert [window.help.articles[n].text() for n in ("6", "7", "8", "11")][0].startswith("Article 6")


def test_about_lists_the_licences_of_the_bundled_libraries(qtbot, make_window, services):
    from requestdesk.ui.about import AboutDialog

    window = make_window(services)
    about = AboutDialog(window)
    qtbot.addWidget(about)
    text = about.text.toPlainText()
    cells = text.splitlines()  # the table reads as name, version, licence, licence files: one cell a line
    for name, licence in (("PySide6", "LGPL-3.0"), ("python-docx", "MIT"), ("docxtpl", "LGPL-2.1"),
                          ("babel", "BSD-3-Clause"), ("tzdata", "Apache-2.0"), ("lxml", "BSD-3-Clause")):
        row = next(i for i, cell in enumerate(cells) if cell.startswith(name))
        assert licence in cells[row + 2], (name, cells[row:row + 4])
    assert "relink" in text and "GPL-3.0-or-later" in about.heading.text()


def test_a_request_package_given_at_start_is_imported_and_opened(qtbot, make_window, services, tmp_path):
    from requestdesk.packages import pack_document

    doc = example()
    package = tmp_path / "from-colleague.requestpkg"
    from tests.signers import trusted_key

    colleague = trusted_key(services.store.path.parent, "Капитан К. К. Коллегов", "officer")  # trusted here
    pack_document(doc, package, "colleague", services.clock.now(), signer=colleague)
    window = make_window(services)
    window.open_files(opened_files([str(package)]))
    assert services.store.get(doc["id"]) == doc
    qtbot.waitExposed(window._editors[doc["id"]])


def test_a_damaged_package_is_refused_with_a_message_and_changes_nothing(qtbot, make_window, services, tmp_path):
    from tests.shell.helpers import message_text, when_modal

    package = tmp_path / "damaged.requestpkg"
    package.write_bytes(b"PK\x03\x04 this is not a whole zip file")
    window = make_window(services)
    messages = []
    seen = when_modal(lambda box: (messages.append(message_text(box)), box.accept()))
    window.open_files([package])
    assert seen and "damaged.requestpkg" in messages[0]
    assert services.store.count() == 0 and not window._editors
