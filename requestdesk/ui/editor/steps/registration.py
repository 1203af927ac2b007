"""Request details: outgoing number, date, document languages; the reference to the Agreement."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from requestdesk.domain.languages import SUPPORTED
from requestdesk.ui.editor.fields import DateField, TextLine
from requestdesk.ui.editor.language import bilingual
from requestdesk.ui.editor.steps.base import Step


class RegistrationStep(Step):
    key = "registration"
    prefixes = ("number", "date", "languages", "treaty")
    element = "g"

    def title(self) -> str:
        return self.tr("Request details")

    def build(self) -> None:
        self.caption(lambda: self.tr("Outgoing registration number"))
        self.number = TextLine(self.session, "number", parent=self.widget())
        self.number.setMaximumWidth(360)
        self.add(self.number, "number")
        self.caption(lambda: self.tr("Date of the request"))
        self.add(DateField(self.session, "date", self.widget()), "date")

        self.caption(lambda: self.tr("Languages of the document"))
        row = QWidget(self.widget())
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.language_boxes: dict[str, QCheckBox] = {}
        for lang in SUPPORTED:
            box = QCheckBox(row)
            box.clicked.connect(lambda checked, lang=lang: self._toggle_language(lang, checked))
            layout.addWidget(box)
            self.language_boxes[lang] = box
        layout.addStretch(1)
        self.add(row)
        self.register("languages", self.language_boxes["ru"])
        self.caption(lambda: self.tr("Each language ticked here is required in every text the Agreement requires."), hint=True)

        self.caption(lambda: self.tr("Reference to the Agreement (Art. 6(3)(g)), written into the document"))
        self.legal_basis = self.caption(lambda: bilingual(self.profile.legal_basis), hint=True)
        self.register("treaty", self.legal_basis)
        self.session.changed.connect(lambda changes: self._show_languages() if changes.touches("languages") else None)
        self._show_languages()

    def _languages(self) -> list[str]:
        value = self.session.get("languages")
        return list(value) if isinstance(value, list) else list(SUPPORTED)

    def _show_languages(self) -> None:
        chosen = self._languages()
        for lang, box in self.language_boxes.items():
            box.setChecked(lang in chosen)

    def _toggle_language(self, lang: str, checked: bool) -> None:
        chosen = [code for code in self._languages() if code != lang]
        if checked:
            chosen = [code for code in SUPPORTED if code in chosen or code == lang] + [c for c in chosen if c not in SUPPORTED]
        if not chosen:  # a document needs a language: the last one stays
            self._show_languages()
            return
        self.session.set("languages", chosen, text=self.tr("Languages of the document"))

    def retranslate_choices(self) -> None:
        self.language_boxes["ru"].setText(self.tr("Russian"))
        self.language_boxes["en"].setText(self.tr("English"))
