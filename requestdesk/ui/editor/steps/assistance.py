"""Assistance requested (Art. 6(3)(d)): items, each with its Art. 5 form, description,
ground (for form b) and the identifiers it concerns."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from requestdesk.domain.deadlines import requesting_zone
from requestdesk.domain.languages import RU, SUPPORTED
from requestdesk.domain.timeutil import zone as zone_named
from requestdesk.editing import new_assistance_item, new_identifier
from requestdesk.ui.editor.delegates import ChoiceDelegate
from requestdesk.ui.editor.fields import BilingualField, ChoiceField
from requestdesk.ui.editor.identifiers_model import COLUMNS, IdentifiersModel
from requestdesk.ui.editor.language import bilingual, interface_language
from requestdesk.ui.editor.steps.base import Step


class AssistanceStep(Step):
    key = "assistance"
    prefixes = ("assistance",)
    element = "d"
    articles = ("5", "6")

    def title(self) -> str:
        return self.tr("Assistance requested")

    def build(self) -> None:
        body = self.widget()
        self.caption(lambda: self.tr("Items of assistance"))
        self.items = QListWidget(body)
        self.items.setMaximumHeight(130)
        self.items.setWordWrap(True)
        self.add(self.items, "assistance")
        buttons = QHBoxLayout()
        self.add_item_button = QPushButton(body)
        self.remove_item_button = QPushButton(body)
        buttons.addWidget(self.add_item_button)
        buttons.addWidget(self.remove_item_button)
        buttons.addStretch(1)
        self.body_layout.addLayout(buttons)
        self.empty_hint = self.caption(lambda: self.tr("The request asks for nothing yet: add an item of assistance."),
                                       hint=True)

        self.detail = QWidget(body)
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.detail)
        self.item_heading = self.caption(lambda: self._item_heading(), detail)
        font = self.item_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.item_heading.setFont(font)
        self.caption(lambda: self.tr("Form of cooperation (Article 5)"), detail)
        self.form = ChoiceField(self.session, "", self.detail)
        self.form.setMinimumContentsLength(40)
        detail.addWidget(self.form)
        self.ground_caption = self.caption(lambda: self.tr("Ground (required for form b of Article 5)"), detail)
        self.ground = ChoiceField(self.session, "", self.detail)
        self.ground.setMinimumContentsLength(40)
        detail.addWidget(self.ground)
        self.description_caption = self.caption(lambda: self.tr("What the requested authority is asked to do"), detail)
        self.description = BilingualField(self.session, "", multiline=True, lines=5, parent=self.detail)
        detail.addWidget(self.description)
        self.caption(lambda: self.tr("Identifiers and the time of their use"), detail)
        self.identifiers_model = IdentifiersModel(self.session, self.profile, self._default_zone, self)
        self.identifiers = QTableView(self.detail)
        self.identifiers.setModel(self.identifiers_model)
        self.identifiers.setItemDelegateForColumn(COLUMNS.index("type"),
                                                  ChoiceDelegate(self.identifiers_model.type_choices, self.identifiers))
        self.identifiers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.identifiers.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.identifiers.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(90)
        self.identifiers.setMinimumHeight(150)
        detail.addWidget(self.identifiers)
        self.identifiers_hint = self.caption(lambda: self._zone_hint(), detail, hint=True)
        id_buttons = QHBoxLayout()
        self.add_identifier_button = QPushButton(self.detail)
        self.remove_identifier_button = QPushButton(self.detail)
        id_buttons.addWidget(self.add_identifier_button)
        id_buttons.addWidget(self.remove_identifier_button)
        id_buttons.addStretch(1)
        detail.addLayout(id_buttons)

        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.add_identifier_button.clicked.connect(self.add_identifier)
        self.remove_identifier_button.clicked.connect(self.remove_identifier)
        self.items.currentRowChanged.connect(self._select)
        self.session.changed.connect(self._changed)
        self._current = -1
        self._fill_items()

    # -- the list of items ------------------------------------------------------------
    def _items(self) -> list:
        value = self.session.get("assistance")
        return value if isinstance(value, list) else []

    def _item_label(self, index: int) -> str:
        item = self._items()[index]
        item = item if isinstance(item, dict) else {}
        lang = interface_language()
        form = self.profile.forms.get(str(item.get("form") or ""))
        form_text = bilingual(form, lang) if form else self.tr("form not chosen")
        description = self.session.text(f"assistance.{index}.description", lang) or self.session.text(
            f"assistance.{index}.description", "ru" if lang == "en" else "en")
        first_line = description.strip().splitlines()[0] if description.strip() else ""
        if len(first_line) > 90:
            first_line = first_line[:90] + "…"
        return f"{index + 1}. {form_text}" + (f" — {first_line}" if first_line else "")

    def _fill_items(self) -> None:
        count = len(self._items())
        self.items.blockSignals(True)
        self.items.clear()
        for index in range(count):
            self.items.addItem(self._item_label(index))
        current = min(max(self._current, 0), count - 1) if count else -1
        self.items.setCurrentRow(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.items.blockSignals(False)
        self._select(current)
        self.items.setVisible(count > 0)
        self.empty_hint.setVisible(count == 0)
        self.remove_item_button.setEnabled(count > 0)

    def _changed(self, changes) -> None:  # type: ignore[no-untyped-def]
        if "assistance" in changes.lists or any(p in ("assistance",) for p in changes.paths):
            self._fill_items()
        elif changes.touches("assistance"):
            for index in range(min(self.items.count(), len(self._items()))):
                self.items.item(index).setText(self._item_label(index))
            self._show_ground()
        if changes.touches("requesting"):
            self.identifiers_hint.setText(self._zone_hint())

    def _select(self, index: int) -> None:
        self._current = index
        self.detail.setVisible(index >= 0)
        if index < 0:
            self.identifiers_model.set_item("")
            return
        path = f"assistance.{index}"
        self.form.rebind(f"{path}.form")
        self.ground.rebind(f"{path}.ground")
        self.description.rebind(f"{path}.description")
        self.identifiers_model.set_item(path)
        self.item_heading.setText(self._item_heading())
        self._show_ground()

    def _show_ground(self) -> None:
        if self._current < 0:
            return
        form = self.profile.forms.get(str(self.session.get(f"assistance.{self._current}.form") or ""), {})
        needed = bool(form.get("requires_ground")) or bool(self.session.get(f"assistance.{self._current}.ground"))
        self.ground.setEnabled(needed)

    def _item_heading(self) -> str:
        return self.tr("Item %1").replace("%1", str(self._current + 1)) if getattr(self, "_current", -1) >= 0 else ""

    def add_item(self) -> None:
        index = self.session.insert("assistance", new_assistance_item(), self.tr("Add item of assistance"))
        self.select_item(index)
        self.form.setFocus()

    def remove_item(self) -> None:
        if 0 <= self._current < len(self._items()):
            self.session.remove("assistance", self._current, self.tr("Remove item of assistance"))

    def select_item(self, index: int) -> None:
        self._current = index
        self.items.setCurrentRow(index)
        self._select(index)

    # -- identifiers --------------------------------------------------------------------
    def _default_zone(self) -> ZoneInfo:
        result = self.context.result()
        if result is not None:
            return requesting_zone(result.request, self.context.services.directory)
        state = self.session.get("requesting.state", "")
        return zone_named(str(self.session.get("requesting.time_zone") or "")) or zone_named(
            self.context.services.directory.zone_of(state if isinstance(state, str) else "")) or ZoneInfo("UTC")

    def _zone_hint(self) -> str:
        return self.tr("Click a cell to edit it. A time typed without a UTC offset is taken in the requesting "
                       "authority's zone (%1).").replace("%1", self._default_zone().key)

    def add_identifier(self) -> None:
        if self._current < 0:
            return
        path = f"assistance.{self._current}.identifiers"
        row = self.session.insert(path, new_identifier(), self.tr("Add identifier"))
        self.identifiers.setCurrentIndex(self.identifiers_model.index(row, COLUMNS.index("value")))
        self.identifiers.setFocus()

    def remove_identifier(self) -> None:
        index = self.identifiers.currentIndex()
        if self._current >= 0 and index.isValid():
            self.session.remove(f"assistance.{self._current}.identifiers", index.row(), self.tr("Remove identifier"))

    # -- navigation ----------------------------------------------------------------------
    def focus_path(self, path: str):  # type: ignore[no-untyped-def]
        parts = path.split(".")
        if not self._items():  # nothing to point at yet: the button that adds an item
            self.add_item_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.add_item_button
        if len(parts) < 2 or not parts[1].isdigit():
            return super().focus_path(path)
        index = int(parts[1])
        if index >= len(self._items()):
            return super().focus_path("assistance")
        self.select_item(index)
        rest = parts[2:]
        widget: QWidget
        if rest[:1] == ["form"]:
            widget = self.form
        elif rest[:1] == ["ground"]:
            widget = self.ground
        elif rest[:1] == ["description"]:
            widget = self.description.editor(rest[1] if len(rest) > 1 and rest[1] in SUPPORTED else RU)
        elif rest[:1] == ["identifiers"]:
            widget = self.identifiers
            if len(rest) > 1 and rest[1].isdigit():
                column = COLUMNS.index(rest[2]) if len(rest) > 2 and rest[2] in COLUMNS else COLUMNS.index("value")
                self.identifiers.setCurrentIndex(self.identifiers_model.index(int(rest[1]), column))
        else:
            widget = self.form
        self.ensureWidgetVisible(widget, 50, 50)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    # -- language --------------------------------------------------------------------------
    def retranslate_choices(self) -> None:
        lang = interface_language()
        self.add_item_button.setText(self.tr("Add item"))
        self.remove_item_button.setText(self.tr("Remove item"))
        self.add_identifier_button.setText(self.tr("Add identifier"))
        self.remove_identifier_button.setText(self.tr("Remove identifier"))
        forms = []
        for key, form in self.profile.forms.items():
            letter = form.get("local_letter", key) if lang == "ru" else key
            forms.append((key, f"{letter}) {bilingual(form, lang)}"))
        self.form.set_choices(forms, self.tr("— choose a form —"))
        self.ground.set_choices([(key, bilingual(g, lang)) for key, g in self.profile.grounds.items()],
                                self.tr("— choose a ground —"))
        self.identifiers_model.retranslate()
        if hasattr(self, "_current"):
            self._fill_items()
