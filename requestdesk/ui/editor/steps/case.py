"""The case: the Art. 3(1) acts concerned and the statement of the substance of the case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from requestdesk.ui.editor.language import bilingual, interface_language
from requestdesk.ui.editor.steps.base import Step


class _ActLabel(QLabel):
    """An act's wrapped text beside its box: a click on it toggles the box, as a check box's own text would."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        box = self.buddy()
        if isinstance(box, QCheckBox):
            box.click()


class CaseStep(Step):
    key = "case"
    prefixes = ("offences", "case_summary")
    element = "b"
    articles = ("3", "6")

    def title(self) -> str:
        return self.tr("The case")

    def build(self) -> None:
        self.caption(lambda: self.tr("Acts concerned (Article 3(1) of the Agreement)"))
        grid_holder = QWidget(self.widget())
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.act_boxes: dict[str, QCheckBox] = {}
        self.act_labels: dict[str, QLabel] = {}
        for row, letter in enumerate(self.profile.acts):
            box = QCheckBox(grid_holder)
            label = _ActLabel(grid_holder)
            label.setWordWrap(True)
            label.setBuddy(box)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            box.clicked.connect(lambda checked, letter=letter: self._toggle(letter, checked))
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            self.act_boxes[letter], self.act_labels[letter] = box, label
        self.add(grid_holder)
        self.register("offences", next(iter(self.act_boxes.values())))
        self.bilingual("case_summary", lambda: self.tr("Statement of the substance of the case"), multiline=True, lines=9)
        self.caption(lambda: self.tr("When, where and how the act was committed, the damage, the case number; "
                                     "every date, amount and identifier in both languages."), hint=True)
        self.session.changed.connect(lambda changes: self._show() if changes.touches("offences") else None)
        self._show()

    def _chosen(self) -> list[str]:
        value = self.session.get("offences")
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def _show(self) -> None:
        chosen = self._chosen()
        for letter, box in self.act_boxes.items():
            box.setChecked(letter in chosen)

    def _toggle(self, letter: str, checked: bool) -> None:
        chosen = [c for c in self._chosen() if c != letter]
        if checked:
            chosen.append(letter)
        order = list(self.profile.acts)
        chosen.sort(key=lambda c: order.index(c) if c in order else len(order))
        self.session.set("offences", chosen, text=self.tr("Acts concerned"))

    def retranslate_choices(self) -> None:
        lang = interface_language()
        for letter, label in self.act_labels.items():
            act = self.profile.acts[letter]
            shown_letter = act.get("local_letter", letter) if lang == "ru" else letter
            label.setText(f"{shown_letter}) {bilingual(act, lang)}")
