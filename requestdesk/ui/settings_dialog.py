"""The settings: interface language, the officer's authority and defaults, documents, deadlines."""

from __future__ import annotations

from functools import cache
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from requestdesk.domain.deadlines import Counting
from requestdesk.domain.directory import Authority
from requestdesk.domain.languages import EN, RU, SUPPORTED
from requestdesk.domain.profile import ProfileError, TreatyProfile, installed_profiles, load_profile
from requestdesk.domain.timeutil import zone
from requestdesk.ui.directory_choices import (
    fill_authorities,
    fill_subdivisions,
    refill,
    role_entries,
    select_data,
    state_entries,
)
from requestdesk.ui.i18n import Languages, current_language, language_name
from requestdesk.ui.letterhead_settings import LetterheadFields
from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options
from requestdesk.ui.treaty import PeriodWords, article, workstation_profile
from requestdesk.ui.qt import add_labelled_row, named, note_label
from requestdesk.ui.wheel_guard import guard_wheel
from requestdesk.ui.window_fit import fit_to_screen

LAYOUTS = ("parallel", "sequential")


@cache
def _zone_names() -> list[str]:
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/")))


class BilingualLine(QWidget):
    """A short text in Russian and English, side by side."""

    def __init__(self, name: str, parent: QWidget | None = None, *, person: bool = False):
        super().__init__(parent)
        self.person = person  # a person's name: the hint shows the form documents use (И. О. Фамилия)
        self.edits = {lang: named(QLineEdit(), f"{name}_{lang}") for lang in SUPPORTED}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for edit in self.edits.values():
            layout.addWidget(edit)
        self.retranslate()

    def retranslate(self) -> None:
        if self.person:
            hints = {RU: self.tr("Initials and surname, in Russian"), EN: self.tr("Initials and surname, in English")}
        else:
            hints = {RU: self.tr("in Russian"), EN: self.tr("in English")}
        for lang, edit in self.edits.items():
            edit.setPlaceholderText(hints[lang])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def value(self) -> dict[str, str]:
        return {lang: edit.text().strip() for lang, edit in self.edits.items()}

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for lang, edit in self.edits.items():
            edit.setText(str(value.get(lang, "") or ""))


def _profiles() -> list[TreatyProfile]:
    """The installed treaty profiles that can be read (a damaged one is not offered)."""
    profiles = []
    for name in installed_profiles():
        try:
            profiles.append(load_profile(name))
        except ProfileError:
            continue
    return profiles


class SettingsDialog(QDialog):
    def __init__(self, services: Services, languages: Languages, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.services = services
        self.languages = languages
        self.directory = services.directory
        self.profile = workstation_profile(services.settings)
        self._language_on_open = current_language()
        settings = services.settings
        self._labels: dict[QWidget, QLabel] = {}

        # -- general ---------------------------------------------------------------
        self.language = named(QComboBox(), "language")
        for lang in SUPPORTED:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(lambda _: languages.set_language(self.language.currentData()))
        self.layout_choice = named(QComboBox(), "layout")
        self.treaty = named(QComboBox(), "treaty")
        self.exchange = named(QComboBox(), "exchange")
        self.exchange.currentTextChanged.connect(self.exchange.setToolTip)
        self.counting_box = QGroupBox()
        self.counting = QButtonGroup(self)
        self.counting_buttons: dict[str, QRadioButton] = {}
        self.counting_notes: dict[str, QLabel] = {}
        counting_layout = QVBoxLayout(self.counting_box)
        for i, rule in enumerate(Counting):
            button = named(QRadioButton(), f"counting_{rule.value}")
            note = note_label()
            note.setIndent(22)
            self.counting.addButton(button, i)
            self.counting_buttons[rule.value] = button
            self.counting_notes[rule.value] = note
            counting_layout.addWidget(button)
            counting_layout.addWidget(note)
        chosen = settings.get(Options.confirmation_counting)
        self.counting_buttons.get(chosen, self.counting_buttons[Counting.ELAPSED_72H.value]).setChecked(True)

        general = QWidget()
        self.general_form = QFormLayout()
        add_labelled_row(self.general_form, self.language, self._labels)
        add_labelled_row(self.general_form, self.layout_choice, self._labels)
        add_labelled_row(self.general_form, self.treaty, self._labels)
        add_labelled_row(self.general_form, self.exchange, self._labels)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(self.general_form)
        general_layout.addWidget(self.counting_box)
        general_layout.addStretch(1)

        # -- own authority -------------------------------------------------------------
        own = settings.get(Options.own_authority)
        self.state = named(QComboBox(), "state")
        self.authority_pick = named(QComboBox(), "authorityPick")
        self.authority_pick.setEditable(True)
        self.authority_pick.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.authority_pick.completer()
        assert completer is not None  # an editable combo box makes its own
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.authority = BilingualLine("authority")
        self.subdivision_pick = named(QComboBox(), "subdivisionPick")
        self.subdivision = BilingualLine("subdivision")
        self.time_zone = named(QComboBox(), "timeZone")
        self.time_zone.setEditable(True)
        self.time_zone.addItems(_zone_names())
        completer = self.time_zone.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone_note = note_label("zoneNote")

        authority_page = QWidget()
        self.authority_form = QFormLayout(authority_page)
        add_labelled_row(self.authority_form, self.state, self._labels)
        add_labelled_row(self.authority_form, self.authority_pick, self._labels)
        add_labelled_row(self.authority_form, self.authority, self._labels)
        add_labelled_row(self.authority_form, self.subdivision_pick, self._labels)
        add_labelled_row(self.authority_form, self.subdivision, self._labels)
        add_labelled_row(self.authority_form, self.time_zone, self._labels)
        add_labelled_row(self.authority_form, self.zone_note, self._labels)
        self.letterhead = LetterheadFields(own, settings)
        self.authority_form.addRow(self.letterhead)

        # -- signatory and executor --------------------------------------------------------
        signatory = settings.get(Options.default_signatory)
        executor = settings.get(Options.default_executor)
        self.role = named(QComboBox(), "role")
        self.signatory_name = BilingualLine("signatoryName", person=True)
        self.signatory_position = BilingualLine("signatoryPosition")
        self.executor_name = BilingualLine("executorName", person=True)
        self.executor_phone = named(QLineEdit(), "executorPhone")
        people = QWidget()
        people_layout = QVBoxLayout(people)
        self.signatory_box = QGroupBox()
        self.signatory_form = QFormLayout(self.signatory_box)
        add_labelled_row(self.signatory_form, self.role, self._labels)
        add_labelled_row(self.signatory_form, self.signatory_name, self._labels)
        add_labelled_row(self.signatory_form, self.signatory_position, self._labels)
        self.executor_box = QGroupBox()
        self.executor_form = QFormLayout(self.executor_box)
        add_labelled_row(self.executor_form, self.executor_name, self._labels)
        add_labelled_row(self.executor_form, self.executor_phone, self._labels)
        people_layout.addWidget(self.signatory_box)
        people_layout.addWidget(self.executor_box)
        people_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(general, "")
        self.tabs.addTab(authority_page, "")
        self.tabs.addTab(people, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        main = QVBoxLayout(self)
        main.addWidget(self.tabs)
        main.addWidget(self.buttons)

        self._fill_choices()
        select_data(self.layout_choice, settings.get(Options.document_layout))
        select_data(self.treaty, self.profile.id)
        self.treaty.currentIndexChanged.connect(self._treaty_chosen)
        select_data(self.exchange, settings.get(Options.default_exchange))
        select_data(self.state, own.get("state", ""))
        self._fill_authorities()
        self.authority.set_value(own.get("authority"))
        self.subdivision.set_value(own.get("subdivision"))
        self._fill_subdivisions()
        self.time_zone.setCurrentText(own.get("time_zone") or self.directory.zone_of(own.get("state", "")))
        select_data(self.role, signatory.get("role", ""))
        self.signatory_name.set_value(signatory.get("name"))
        self.signatory_position.set_value(signatory.get("position"))
        self.executor_name.set_value(executor.get("name"))
        self.executor_phone.setText(str(executor.get("phone", "") or ""))

        self.state.currentIndexChanged.connect(self._state_chosen)
        self.authority_pick.activated.connect(self._authority_chosen)
        self.subdivision_pick.activated.connect(self._subdivision_chosen)
        self.time_zone.currentTextChanged.connect(self._update_zone_note)
        self.retranslate()
        guard_wheel(self)
        fit_to_screen(self, "settings", QSize(760, 560), services.settings)


    # -- choices from the directory and the profile ----------------------------------------

    def _fill_choices(self) -> None:
        lang = current_language()
        refill(
            self.layout_choice,
            [(self.tr("Russian and English side by side"), "parallel"), (self.tr("Russian text, then English text"), "sequential")],
        )
        # The article first: the names are long and the combo box may cut them.
        refill(
            self.exchange,
            [(f"{e.article.get(lang, '')}: {e.name.get(lang, key)}", key) for key, e in self.profile.exchanges.items()],
        )
        # A name the box cuts is read whole in its list, which is as wide as the longest,
        # and in the box's tooltip.
        for i in range(self.exchange.count()):
            self.exchange.setItemData(i, self.exchange.itemText(i), Qt.ItemDataRole.ToolTipRole)
        self.exchange.view().setMinimumWidth(self.exchange.view().sizeHintForColumn(0) + 24)
        self.exchange.setToolTip(self.exchange.currentText())
        refill(self.state, state_entries(self.directory, lang, self.tr("(not chosen)")))
        refill(self.role, role_entries(self.profile, lang, self.tr("(not chosen)")))
        refill(self.treaty, [(profile.short_name.get(lang, profile.id), profile.id) for profile in _profiles()])

    def _treaty_chosen(self) -> None:
        # The exchanges, roles and the confirmation period shown are the chosen treaty's.
        self.profile = load_profile(self.treaty.currentData())
        self.retranslate()

    def _authorities(self) -> list[Authority]:
        return self.directory.authorities_of(self.state.currentData() or "")

    def _fill_authorities(self) -> None:
        lang = current_language()
        fill_authorities(
            self.authority_pick, self.directory, self.state.currentData() or "", self.authority.value().get(lang, ""), lang
        )

    def _chosen_authority(self) -> Authority | None:
        wanted = self.authority_pick.currentData()
        return next((a for a in self._authorities() if a.id == wanted), None)

    def _fill_subdivisions(self) -> None:
        fill_subdivisions(self.subdivision_pick, self._chosen_authority(), current_language(),
                          self.tr("(choose from the directory or type below)"))

    def _state_chosen(self) -> None:
        self._fill_authorities()
        self.authority.set_value({})
        self.subdivision.set_value({})
        self._fill_subdivisions()
        self.time_zone.setCurrentText(self.directory.zone_of(self.state.currentData() or ""))

    def _authority_chosen(self) -> None:
        authority = self._chosen_authority()
        if authority is None:
            return
        self.authority.set_value(authority.name)
        self.subdivision.set_value({})
        self._fill_subdivisions()
        self.time_zone.setCurrentText(authority.time_zone or self.directory.zone_of(authority.state))

    def _subdivision_chosen(self) -> None:
        authority = self._chosen_authority()
        index = self.subdivision_pick.currentData()
        if authority is not None and index is not None:
            self.subdivision.set_value(authority.subdivisions[index].name)

    def _update_zone_note(self) -> None:
        name = self.time_zone.currentText().strip()
        if not name:
            self.zone_note.setText("")
        elif zone(name) is None:
            self.zone_note.setText(self.tr("“%1” is not a time zone name (for example Europe/Moscow).").replace("%1", name))
        else:
            default = self.directory.zone_of(self.state.currentData() or "")
            self.zone_note.setText(
                self.tr("Deadlines of urgent requests are shown in this zone.")
                + ("" if name == default or not default else " " + self.tr("The state's zone is %1.").replace("%1", default))
            )

    # -- saving ------------------------------------------------------------------------------
    def own_authority(self) -> dict[str, Any]:
        state = self.state.currentData() or ""
        authority, subdivision = self.authority.value(), self.subdivision.value()
        zone_name = self.time_zone.currentText().strip()
        if not state and not any(authority.values()):
            return {}
        return {
            "state": state,
            "authority": authority,
            "subdivision": subdivision,
            "time_zone": zone_name if zone(zone_name) else self.directory.zone_of(state),
            **self.letterhead.requisites(),
        }

    def accept(self) -> None:
        settings = self.services.settings
        settings.set(Options.document_layout, self.layout_choice.currentData())
        settings.set(Options.default_exchange, self.exchange.currentData())
        settings.set(Options.treaty, self.profile.id)
        counting = list(Counting)[self.counting.checkedId()].value
        settings.set(Options.confirmation_counting, counting)
        own = self.own_authority()
        settings.set(Options.own_authority, own)
        settings.set(Options.own_state, own.get("state", ""))
        self.letterhead.save()
        signatory: dict[str, Any] = {"role": self.role.currentData() or "", "name": self.signatory_name.value(), "position": self.signatory_position.value()}
        settings.set(Options.default_signatory, signatory if any([signatory["role"], *signatory["name"].values(), *signatory["position"].values()]) else {})
        executor: dict[str, Any] = {"name": self.executor_name.value(), "phone": self.executor_phone.text().strip()}
        settings.set(Options.default_executor, executor if any([executor["phone"], *executor["name"].values()]) else {})
        super().accept()

    def reject(self) -> None:
        if current_language() != self._language_on_open:
            self.languages.set_language(self._language_on_open)
        super().reject()

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = current_language()
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Your authority"))
        self.tabs.setTabText(2, self.tr("Signatory and executor"))
        self._labels[self.language].setText(self.tr("Interface language:"))
        self._labels[self.layout_choice].setText(self.tr("Document layout:"))
        self._labels[self.treaty].setText(self.tr("Legal basis of new requests:"))
        self._labels[self.exchange].setText(self.tr("Usual exchange (Art. 6(4)):"))
        period = self.profile.confirmation
        self.counting_box.setTitle(self.tr("Deadline of the written confirmation (%1: “%2”)")
                                   .replace("%1", article(self.profile, lang)).replace("%2", PeriodWords().within(period)))
        rules = self.profile.confirmation_rules
        self.counting_buttons[Counting.ELAPSED_72H.value].setText(rules[Counting.ELAPSED_72H.value].get(lang, ""))
        self.counting_notes[Counting.ELAPSED_72H.value].setText(
            self.tr("Recommended. The conservative reading: the deadline is the instant %n hour(s) of elapsed time "
                    "later, whatever clock changes happen in between.", "", period.hours))
        self.counting_buttons[Counting.WHOLE_DAYS.value].setText(rules[Counting.WHOLE_DAYS.value].get(lang, ""))
        self.counting_notes[Counting.WHOLE_DAYS.value].setText(
            self.tr("National practice. Choose this only where your national law counts periods in whole days; the "
                    "deadline then falls later than %n hour(s). Documents always state which rule was applied.", "",
                    period.hours))
        self._labels[self.state].setText(self.tr("State:"))
        self._labels[self.authority_pick].setText(self.tr("Competent authority:"))
        self._labels[self.authority].setText(self.tr("Name (Russian, English):"))
        self._labels[self.subdivision_pick].setText(self.tr("Subdivision:"))
        self._labels[self.subdivision].setText(self.tr("Subdivision (Russian, English):"))
        self._labels[self.time_zone].setText(self.tr("Time zone:"))
        self._labels[self.zone_note].setText("")
        line = self.authority_pick.lineEdit()
        assert line is not None  # editable
        line.setPlaceholderText(self.tr("Type to search the directory of competent authorities"))
        self.letterhead.retranslate()
        self.signatory_box.setTitle(self.tr("Default signatory (Art. 6(4))"))
        self._labels[self.role].setText(self.tr("Role:"))
        self._labels[self.signatory_name].setText(self.tr("Name:"))
        self._labels[self.signatory_position].setText(self.tr("Position:"))
        self.executor_box.setTitle(self.tr("Executing officer (who prepares requests)"))
        self._labels[self.executor_name].setText(self.tr("Name:"))
        self._labels[self.executor_phone].setText(self.tr("Phone:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._fill_choices()
        self._fill_authorities()
        subdivision = self.subdivision.value()
        self._fill_subdivisions()
        self.subdivision.set_value(subdivision)
        self._update_zone_note()
