"""The executing officer who prepared the request, with a phone number."""

from __future__ import annotations

from requestdesk.ui.editor.fields import TextLine
from requestdesk.ui.editor.steps.base import Step


class ExecutorStep(Step):
    key = "executor"
    prefixes = ("executor",)

    def title(self) -> str:
        return self.tr("Executing officer")

    def build(self) -> None:
        self.bilingual("executor.name", lambda: self.tr("Name (initials and surname)"))
        self.caption(lambda: self.tr("Phone"))
        self.phone = TextLine(self.session, "executor.phone", parent=self.widget())
        self.phone.setMaximumWidth(360)
        self.add(self.phone, "executor.phone")
        self.caption(lambda: self.tr("Printed at the foot of the letter so that the requested authority can reach "
                                     "the officer who prepared it."), hint=True)
