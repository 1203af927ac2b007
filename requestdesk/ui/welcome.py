"""The welcome at first start: the officer's language, own authority, default signatory and
executor, kept in the settings, and an example request to explore. Skippable; Help menu
runs it again."""

from __future__ import annotations

import copy
import json
import uuid
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from requestdesk.domain.directory import Authority
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.profile import load_profile
from requestdesk.resources import resource_path
from requestdesk.ui.directory_choices import (
    fill_authorities,
    fill_subdivisions,
    refill,
    role_entries,
    select_data,
    state_entries,
)
from requestdesk.ui.i18n import Languages, current_language, language_name
from requestdesk.ui.qt import add_labelled_row, named, note_label
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options
from requestdesk.ui.settings_dialog import BilingualLine
from requestdesk.ui.wheel_guard import guard_wheel
from requestdesk.ui.window_fit import fit_to_screen

# The example's number says what it is in both languages, in the register and on paper.
def _shipped_example() -> dict[str, Any]:
    with resource_path("examples", "example.request.json").open(encoding="utf-8") as fh:
        return json.load(fh)


# The number the shipped example carries, the same in the welcome, the README and `check`.
EXAMPLE_NUMBER = str(_shipped_example().get("number") or "")


def example_request() -> dict[str, Any]:
    """The shipped example as a new request of the register: its own identity, marked as an example."""
    doc = copy.deepcopy(_shipped_example())
    doc["id"] = str(uuid.uuid4())
    doc["example"] = True
    return doc


def _filled(value: dict[str, Any]) -> bool:
    return any(v.strip() if isinstance(v, str) else _filled(v) if isinstance(v, dict) else bool(v) for v in value.values())


class WelcomeWizard(QWizard):
    """Four short pages; Finish stores the answers, Skip stores nothing but the wish not to be asked."""

    def __init__(self, services: Services, languages: Languages, first_run: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeWizard")
        self.services = services
        self.languages = languages
        self.directory = services.directory
        self.profile = load_profile()
        self.created_example: str | None = None
        self._labels: dict[QWidget, QLabel] = {}
        settings = services.settings
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)

        # -- 1. welcome and language -------------------------------------------------------
        self.page_start = QWizardPage()
        self.intro = note_label("welcomeIntro")
        self.language = named(QComboBox(), "welcomeLanguage")
        for lang in SUPPORTED:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(lambda _: languages.set_language(self.language.currentData()))
        start = QVBoxLayout(self.page_start)
        start.addWidget(self.intro)
        form = QFormLayout()
        add_labelled_row(form, self.language, self._labels)
        start.addLayout(form)
        start.addStretch(1)

        # -- 2. own authority ----------------------------------------------------------------
        own = settings.get(Options.own_authority)
        self.page_authority = QWizardPage()
        self.authority_note = note_label("authorityNote")
        self.state = named(QComboBox(), "welcomeState")
        self.authority_pick = named(QComboBox(), "welcomeAuthorityPick")
        self.authority_pick.setEditable(True)
        self.authority_pick.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.authority_pick.completer()  # an editable combo box has one
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.authority = BilingualLine("welcomeAuthority")
        self.subdivision_pick = named(QComboBox(), "welcomeSubdivisionPick")
        self.subdivision = BilingualLine("welcomeSubdivision")
        layout = QVBoxLayout(self.page_authority)
        layout.addWidget(self.authority_note)
        self.authority_form = QFormLayout()
        for field in (self.state, self.authority_pick, self.authority, self.subdivision_pick, self.subdivision):
            add_labelled_row(self.authority_form, field, self._labels)
        layout.addLayout(self.authority_form)
        layout.addStretch(1)

        # -- 3. signatory and executor ---------------------------------------------------------
        signatory = settings.get(Options.default_signatory)
        executor = settings.get(Options.default_executor)
        self.page_people = QWizardPage()
        self.people_note = note_label("peopleNote")
        self.role = named(QComboBox(), "welcomeRole")
        self.signatory_name = BilingualLine("welcomeSignatoryName", person=True)
        self.signatory_position = BilingualLine("welcomeSignatoryPosition")
        self.executor_name = BilingualLine("welcomeExecutorName", person=True)
        self.executor_phone = named(QLineEdit(), "welcomeExecutorPhone")
        self.signatory_caption = named(QLabel(), "signatoryCaption")
        self.executor_caption = named(QLabel(), "executorCaption")
        people = QVBoxLayout(self.page_people)
        people.addWidget(self.people_note)
        people.addWidget(self.signatory_caption)
        self.signatory_form = QFormLayout()
        for field in (self.role, self.signatory_name, self.signatory_position):
            add_labelled_row(self.signatory_form, field, self._labels)
        people.addLayout(self.signatory_form)
        people.addWidget(self.executor_caption)
        self.executor_form = QFormLayout()
        for line in (self.executor_name, self.executor_phone):
            add_labelled_row(self.executor_form, line, self._labels)
        people.addLayout(self.executor_form)
        people.addStretch(1)

        # -- 4. the example ---------------------------------------------------------------------
        self.page_example = QWizardPage()
        self.example_note = note_label("exampleNote")
        self.make_example = named(QCheckBox(), "welcomeMakeExample")
        self.make_example.setChecked(first_run)
        self.finish_note = note_label("finishNote")
        last = QVBoxLayout(self.page_example)
        last.addWidget(self.example_note)
        last.addWidget(self.make_example)
        last.addSpacing(12)
        last.addWidget(self.finish_note)
        last.addStretch(1)

        for page in (self.page_start, self.page_authority, self.page_people, self.page_example):
            self.addPage(page)

        self._fill_choices()
        select_data(self.state, own.get("state", ""))
        self._fill_authorities()
        self.authority.set_value(own.get("authority"))
        self.subdivision.set_value(own.get("subdivision"))
        self._fill_authorities()
        select_data(self.role, signatory.get("role", ""))
        self.signatory_name.set_value(signatory.get("name"))
        self.signatory_position.set_value(signatory.get("position"))
        self.executor_name.set_value(executor.get("name"))
        self.executor_phone.setText(str(executor.get("phone", "") or ""))
        self.state.currentIndexChanged.connect(self._state_chosen)
        self.authority_pick.activated.connect(self._authority_chosen)
        self.subdivision_pick.activated.connect(self._subdivision_chosen)
        # Long authority and role names would otherwise widen the wizard page by page.
        for combo in (self.state, self.authority_pick, self.subdivision_pick, self.role):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        self.retranslate()
        self._show_beginnings()
        guard_wheel(self)
        fit_to_screen(self, "welcome", QSize(780, 460))

    def _show_beginnings(self) -> None:
        """Long names are shown from their first word, not scrolled to their end."""
        for line in (self.authority, self.subdivision, self.signatory_name, self.signatory_position, self.executor_name):
            for edit in line.edits.values():
                edit.setCursorPosition(0)

    # -- choices from the directory and the profile -------------------------------------------
    def _fill_choices(self) -> None:
        lang = current_language()
        refill(self.state, state_entries(self.directory, lang, self.tr("(not chosen)")))
        refill(self.role, role_entries(self.profile, lang, self.tr("(not chosen)")))

    def _authorities(self) -> list[Authority]:
        return self.directory.authorities_of(self.state.currentData() or "")

    def _fill_authorities(self) -> None:
        lang = current_language()
        fill_authorities(
            self.authority_pick, self.directory, self.state.currentData() or "", self.authority.value().get(lang, ""), lang
        )

    def _state_chosen(self) -> None:
        self.authority.set_value({})
        self.subdivision.set_value({})
        self._fill_authorities()
        self._fill_subdivisions()

    def _chosen_authority(self) -> Authority | None:
        wanted = self.authority_pick.currentData()
        return next((a for a in self._authorities() if a.id == wanted), None)

    def _authority_chosen(self) -> None:
        authority = self._chosen_authority()
        if authority is not None:
            self.authority.set_value(authority.name)
            self._show_beginnings()
        self._fill_subdivisions()

    def _fill_subdivisions(self) -> None:
        """The directory's subdivisions of the chosen authority, as Settings and the editor offer them."""
        fill_subdivisions(self.subdivision_pick, self._chosen_authority(), current_language(),
                          self.tr("(choose from the directory or type below)"))

    def _subdivision_chosen(self) -> None:
        authority = self._chosen_authority()
        index = self.subdivision_pick.currentData()
        if authority is not None and index is not None:
            self.subdivision.set_value(authority.subdivisions[index].name)
            self._show_beginnings()

    # -- the answers -------------------------------------------------------------------------------
    def own_authority(self) -> dict[str, Any]:
        state = self.state.currentData() or ""
        authority = self.authority.value()
        if not state and not any(authority.values()):
            return {}
        chosen = self.directory.find_authority(state, authority.get(current_language(), ""), current_language())
        zone_name = (chosen.time_zone if chosen else "") or self.directory.zone_of(state)
        return {"state": state, "authority": authority, "subdivision": self.subdivision.value(), "time_zone": zone_name}

    def signatory(self) -> dict[str, Any]:
        value = {"role": self.role.currentData() or "", "name": self.signatory_name.value(),
                 "position": self.signatory_position.value()}
        return value if _filled(value) else {}

    def executor(self) -> dict[str, Any]:
        value = {"name": self.executor_name.value(), "phone": self.executor_phone.text().strip()}
        return value if _filled(value) else {}

    def accept(self) -> None:
        settings = self.services.settings
        own = self.own_authority()
        settings.set(Options.own_authority, own)
        settings.set(Options.own_state, own.get("state", ""))
        settings.set(Options.default_signatory, self.signatory())
        settings.set(Options.default_executor, self.executor())
        settings.set(Options.language, current_language())
        if self.make_example.isChecked():
            from requestdesk.ui.operations import desk_of

            doc = example_request()
            desk_of(self.services).create(doc, source="welcome")
            self.created_example = doc["id"]
        settings.set(Options.first_run_done, True)
        super().accept()

    def reject(self) -> None:
        # Skipped: not asked again at start; Help ▸ Welcome brings it back.
        self.services.settings.set(Options.first_run_done, True)
        super().reject()

    # -- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to RequestDesk"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.page_start.setTitle(self.tr("Welcome"))
        self.intro.setText(self.tr(
            "RequestDesk helps you draft a request for assistance under Article 6 of the 2018 CIS Agreement, "
            "check it against the Article's required elements and its signature and seal rules, watch the "
            "3-day deadline of written confirmation of urgent requests, and print the request in Russian and "
            "English.\n\nA few answers fill every new request with your details. You can skip this now and "
            "change everything later in File ▸ Settings."))
        self._labels[self.language].setText(self.tr("Interface language:"))
        self.page_authority.setTitle(self.tr("Your authority"))
        self.authority_note.setText(self.tr(
            "The competent authority that sends your requests. Choose your state, then type a few letters of "
            "the authority's name to find it in the directory; its Russian and English names are filled in."))
        self._labels[self.state].setText(self.tr("State:"))
        self._labels[self.authority_pick].setText(self.tr("Competent authority:"))
        self._labels[self.authority].setText(self.tr("Name (Russian, English):"))
        self._labels[self.subdivision_pick].setText(self.tr("Subdivision in the directory:"))
        self._labels[self.subdivision].setText(self.tr("Subdivision (Russian, English):"))
        self._fill_subdivisions()
        search = self.authority_pick.lineEdit()  # an editable combo box has one
        if search is not None:
            search.setPlaceholderText(self.tr("Type to search the directory"))
        self.page_people.setTitle(self.tr("Signatory and executor"))
        self.people_note.setText(self.tr(
            "Who usually signs your requests (Art. 6(4)) and who prepares them. Names and positions are "
            "written in both languages, as they appear in the document."))
        self.signatory_caption.setText("<b>" + self.tr("Default signatory") + "</b>")
        self.executor_caption.setText("<b>" + self.tr("Executing officer") + "</b>")
        self._labels[self.role].setText(self.tr("Role:"))
        self._labels[self.signatory_name].setText(self.tr("Name:"))
        self._labels[self.signatory_position].setText(self.tr("Position:"))
        self._labels[self.executor_name].setText(self.tr("Name:"))
        self._labels[self.executor_phone].setText(self.tr("Phone:"))
        self.page_example.setTitle(self.tr("An example to explore"))
        self.example_note.setText(self.tr(
            "The example is a complete request from one competent authority to another, with the number "
            "%1. Open it, look at each step and its help, export it to see the document. It is only an "
            "example: delete it when you no longer need it.").replace("%1", EXAMPLE_NUMBER))
        self.make_example.setText(self.tr("Add the example request to the register"))
        self.finish_note.setText(self.tr(
            "Help ▸ Welcome and first settings brings this back; Help also holds the Articles of the Agreement."))
        self._fill_choices()
        self._fill_authorities()


def run_welcome(services: Services, languages: Languages, parent: QWidget | None = None) -> str | None:
    """Shows the welcome; the id of the example request it created, if any."""
    wizard = WelcomeWizard(services, languages, first_run=not services.settings.get(Options.first_run_done), parent=parent)
    wizard.exec()
    created = wizard.created_example
    wizard.deleteLater()
    return created
