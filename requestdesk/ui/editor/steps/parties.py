"""Parties: the requesting and requested competent authorities (Art. 6(3)(a), Art. 4) and the
kind of exchange between them (Art. 6(4))."""

from __future__ import annotations

from functools import cache
from typing import cast

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from requestdesk.domain.directory import Authority
from requestdesk.domain.formatting import format_offset
from requestdesk.domain.languages import SUPPORTED
from requestdesk.domain.timeutil import zone as zone_named
from requestdesk.ui.editor.fields import BilingualField, ChoiceField, TextLine
from requestdesk.ui.editor.language import bilingual, interface_language
from requestdesk.ui.editor.steps.base import Step


@cache
def _zone_names() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(name for name in available_timezones() if "/" in name and not name.startswith(("Etc/", "SystemV/")))


class ZoneField(QComboBox):
    """The party's IANA time zone; the first entry follows the authority's or state's zone."""

    def __init__(self, step: "PartiesStep", side: str, parent: QWidget):
        super().__init__(parent)
        self.step, self.side = step, side
        self.path = f"{side}.time_zone"
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(_zone_names(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.activated.connect(lambda index: self._write(self.itemData(index) if self.itemData(index) is not None else self.itemText(index)))
        line = self.lineEdit()
        assert line is not None  # an editable combo box has its line
        line.editingFinished.connect(self._typed)
        step.session.changed.connect(lambda c: self.refresh() if c.touches(self.path) or c.touches(f"{side}.state") else None)
        self.refresh()

    def default_zone(self) -> str:
        state = self.step.session.get(f"{self.side}.state", "")
        return self.step.context.services.directory.zone_of(state) if isinstance(state, str) else ""

    def refresh(self) -> None:
        value = self.step.session.get(self.path, "")
        value = value if isinstance(value, str) else ""
        self.blockSignals(True)
        self.clear()
        default = self.default_zone()
        self.addItem(self.tr("State's zone (%1)").replace("%1", default or "—"), "")
        for name in _zone_names():
            self.addItem(name, name)
        index = self.findData(value)
        if index < 0:  # not an IANA name: shown as typed, and the check reports it
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def _typed(self) -> None:
        text = self.currentText().strip()
        if self.currentIndex() == 0 and text == self.itemText(0):
            return
        self._write(text)

    def _write(self, value: str) -> None:
        self.step.session.set(self.path, value or "", text=self.path)

    def effective(self) -> str:
        value = self.step.session.get(self.path, "")
        return value if isinstance(value, str) and value else self.default_zone()


class PartyBox(QGroupBox):
    """One competent authority: state, name, subdivision, time zone."""

    def __init__(self, step: "PartiesStep", side: str, parent: QWidget | None):
        super().__init__(parent)
        self.step, self.side = step, side
        session = step.session
        layout = QVBoxLayout(self)
        self.state_caption = QLabel(self)
        self.state = ChoiceField(session, f"{side}.state", self)
        self.state.setMaximumWidth(420)
        self.state_caption.setBuddy(self.state)
        layout.addWidget(self.state_caption)
        layout.addWidget(self.state)
        self.authority_caption = QLabel(self)
        self.authority = BilingualField(session, f"{side}.authority", parent=self)
        self.authority_caption.setBuddy(self.authority.editor("ru"))
        layout.addWidget(self.authority_caption)
        layout.addWidget(self.authority)
        self.subdivision_caption = QLabel(self)
        self.subdivision = BilingualField(session, f"{side}.subdivision", parent=self)
        layout.addWidget(self.subdivision_caption)
        layout.addWidget(self.subdivision)
        self.zone_caption = QLabel(self)
        zone_row = QHBoxLayout()
        self.zone = ZoneField(step, side, self)
        self.zone_caption.setBuddy(self.zone)
        self.zone_offset = QLabel(self)
        zone_row.addWidget(self.zone)
        zone_row.addWidget(self.zone_offset)
        zone_row.addStretch(1)
        layout.addWidget(self.zone_caption)
        layout.addLayout(zone_row)
        for caption in (self.state_caption, self.authority_caption, self.subdivision_caption, self.zone_caption):
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
        self.completers: dict[str, QCompleter] = {}
        self.models: dict[str, QStringListModel] = {}
        for lang in SUPPORTED:
            self.models[lang] = QStringListModel(self)
            self.models[f"sub-{lang}"] = QStringListModel(self)
            completer = QCompleter(self.models[lang], self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.activated.connect(lambda text, lang=lang: self._picked(lang, text))
            authority_line = self.authority.editor(lang)
            assert isinstance(authority_line, TextLine)  # names are one line: they complete
            authority_line.setCompleter(completer)
            self.completers[lang] = completer
            sub_completer = QCompleter(self.models[f"sub-{lang}"], self)
            sub_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            sub_completer.setFilterMode(Qt.MatchFlag.MatchContains)
            sub_completer.activated.connect(lambda text, lang=lang: self._picked_subdivision(lang, text))
            subdivision_line = self.subdivision.editor(lang)
            assert isinstance(subdivision_line, TextLine)
            subdivision_line.setCompleter(sub_completer)
            self.completers[f"sub-{lang}"] = sub_completer
        for completer in self.completers.values():
            # Long names keep their beginning and their end («Управление … по Приморскому
            # краю»): two units of one ministry differ at the end, which cutting would hide.
            # popup() makes the list when there is none (a popup completer, as these are): not None.
            cast(QAbstractItemView, completer.popup()).setTextElideMode(Qt.TextElideMode.ElideMiddle)
        session.changed.connect(self._changed)

    def _changed(self, changes) -> None:  # type: ignore[no-untyped-def]
        if changes.touches(self.side):
            self.refresh_lists()

    def authorities(self) -> list[Authority]:
        directory = self.step.context.services.directory
        state = self.step.session.get(f"{self.side}.state", "")
        return directory.authorities_of(state) if state else list(directory.authorities)

    def current_authority(self) -> Authority | None:
        for lang in SUPPORTED:
            name = self.step.session.text(f"{self.side}.authority", lang)
            for authority in self.authorities():
                if name and authority.name.get(lang, "").strip().casefold() == name.strip().casefold():
                    return authority
        return None

    def refresh_lists(self) -> None:
        authorities = self.authorities()
        current = self.current_authority()
        for lang in SUPPORTED:
            self._offer(f"{lang}", [a.name.get(lang, "") for a in authorities])
            self._offer(f"sub-{lang}", [s.name.get(lang, "") for s in current.subdivisions] if current else [])
        zone = zone_named(self.zone.effective())
        self.zone_offset.setText(format_offset(self.step.context.services.clock.now().astimezone(zone)) if zone else "")

    def _offer(self, key: str, names: list[str]) -> None:
        # The model is replaced only when the names differ: the completer may be in the
        # middle of handling the keystroke that led here.
        model = self.models[key]
        if model.stringList() != names:
            model.setStringList(names)

    def _picked(self, lang: str, text: str) -> None:
        for authority in self.authorities():
            if authority.name.get(lang) == text:
                values: list[tuple[str, object]] = [(f"{self.side}.authority", dict(authority.name))]
                if not self.step.session.get(f"{self.side}.state"):
                    values.append((f"{self.side}.state", authority.state))
                if authority.time_zone:
                    values.append((f"{self.side}.time_zone", authority.time_zone))
                self.step.session.set_many(values, self.tr("Authority from the directory"))
                return

    def _picked_subdivision(self, lang: str, text: str) -> None:
        authority = self.current_authority()
        for subdivision in authority.subdivisions if authority else ():
            if subdivision.name.get(lang) == text:
                self.step.session.set_many([(f"{self.side}.subdivision", dict(subdivision.name))],
                                           self.tr("Subdivision from the directory"))
                return

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Requesting competent authority") if self.side == "requesting"
                      else self.tr("Requested competent authority"))
        self.state_caption.setText(self.tr("State"))
        self.authority_caption.setText(self.tr("Competent authority (pick from the directory or type)"))
        self.subdivision_caption.setText(self.tr("Subdivision"))
        self.zone_caption.setText(self.tr("Time zone"))
        lang = interface_language()
        states = sorted(self.step.context.services.directory.states.values(), key=lambda s: bilingual(s.short, lang))
        self.state.set_choices([(s.code, bilingual(s.short, lang)) for s in states], self.tr("— choose a state —"))
        self.zone.refresh()
        self.refresh_lists()


class PartiesStep(Step):
    key = "parties"
    prefixes = ("requesting", "requested", "exchange")
    element = "a"
    articles = ("4", "6")

    def title(self) -> str:
        return self.tr("Parties")

    def build(self) -> None:
        self.boxes = {side: PartyBox(self, side, self.widget()) for side in ("requesting", "requested")}
        for side, box in self.boxes.items():
            self.add(box)
            self.register(f"{side}.state", box.state)
            self.register_bilingual(box.authority)
            self.register_bilingual(box.subdivision)
            self.register(f"{side}.time_zone", box.zone)
        self.caption(lambda: self.tr("Exchange of information (Article 6(4))"))
        holder = QWidget(self.widget())
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.exchange_group = QButtonGroup(self)
        self.exchange_buttons: dict[str, QRadioButton] = {}
        for key in self.profile.exchanges:
            button = QRadioButton(holder)
            button.clicked.connect(lambda _checked, key=key: self.session.set("exchange", key, text=self.tr("Exchange")))
            self.exchange_group.addButton(button)
            holder_layout.addWidget(button)
            self.exchange_buttons[key] = button
        self.add(holder)
        self.register("exchange", next(iter(self.exchange_buttons.values())))
        self.exchange_rule = QLabel(self.widget())
        self.exchange_rule.setWordWrap(True)
        self.exchange_rule.setStyleSheet("padding: 6px; border: 1px solid palette(mid); border-radius: 3px;")
        self.add(self.exchange_rule)
        self.session.changed.connect(lambda changes: self._show_exchange() if changes.touches("exchange") else None)

    def _show_exchange(self) -> None:
        value = self.session.get("exchange", "")
        self.exchange_group.setExclusive(False)
        for key, button in self.exchange_buttons.items():
            button.setChecked(key == value)
        self.exchange_group.setExclusive(True)
        lang = interface_language()
        exchange = self.profile.exchanges.get(value) if isinstance(value, str) else None
        if exchange is None:
            self.exchange_rule.setText(self.tr("Choose how information is exchanged: it decides who signs the request "
                                               "and which seal it bears."))
        else:
            self.exchange_rule.setText(f"{bilingual(exchange.article, lang)}: {bilingual(exchange.rule, lang)}")

    def retranslate_choices(self) -> None:
        lang = interface_language()
        for key, button in self.exchange_buttons.items():
            exchange = self.profile.exchanges[key]
            text = bilingual(exchange.name, lang)
            button.setText(text[:1].upper() + text[1:])
        for box in self.boxes.values():
            box.retranslateUi()
        self._show_exchange()
