"""Help for the current step: what the Agreement says, in the interface language."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from requestdesk.domain.profile import load_articles
from requestdesk.ui.editor.language import bilingual, interface_language
from requestdesk.ui.editor.steps.base import Step


class HelpPanel(QTextBrowser):
    def __init__(self, treaty: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.treaty = treaty
        self.setOpenLinks(False)
        self.step: Step | None = None

    def show_step(self, step: Step) -> None:
        self.step = step
        lang = interface_language()
        articles = load_articles(self.treaty)
        parts = [f"<h3>{html.escape(step.title())}</h3>"]
        reference = step.reference_text()
        if reference:
            parts.append(f"<p><i>{html.escape(reference)}</i></p>")
        for number in step.articles:
            article = articles.get(number)
            if not article:
                continue
            parts.append(f"<h4>{html.escape(bilingual(article['title'], lang))}</h4>")
            for paragraph in bilingual(article["text"], lang).split("\n"):
                if paragraph.strip():
                    parts.append(f"<p>{html.escape(paragraph)}</p>")
        self.setHtml("\n".join(parts))

    def retranslate(self) -> None:
        if self.step is not None:
            self.show_step(self.step)
