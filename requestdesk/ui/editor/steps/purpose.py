"""Purpose of the request and its justification (Art. 6(3)(c): both are required)."""

from __future__ import annotations

from requestdesk.ui.editor.steps.base import Step


class PurposeStep(Step):
    key = "purpose"
    prefixes = ("purpose", "justification")
    element = "c"
    articles = ("6", "9", "10")

    def title(self) -> str:
        return self.tr("Purpose and justification")

    def build(self) -> None:
        self.bilingual("purpose", lambda: self.tr("Purpose of the request"), multiline=True, lines=5)
        self.bilingual("justification", lambda: self.tr("Justification: why the requested Party can help"),
                       multiline=True, lines=7)
        self.caption(lambda: self.tr("The results may be used only for the purpose stated here (Article 9)."), hint=True)
