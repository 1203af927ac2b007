"""Help for the current step: what the Agreement says, in the interface language."""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import QTextBrowser, QWidget

from requestdesk.domain.profile import load_articles
from requestdesk.ui.editor.language import bilingual, interface_language
from requestdesk.ui.editor.steps.base import Step


_POINT = re.compile(r"(\d+)\.\s")


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
        anchored = False
        for number in step.articles:
            article = articles.get(number)
            if not article:
                continue
            parts.append(f"<h4>{html.escape(bilingual(article['title'], lang))}</h4>")
            point = ""
            for line in bilingual(article["text"], lang).split("\n"):
                if not line.strip():
                    continue
                numbered = _POINT.match(line)
                point = numbered.group(1) if numbered else point
                if number == "6" and self._relevant(step, point, line, lang):
                    if not anchored and parts[-1].startswith("<p>"):
                        # Scrolled to one paragraph above, so the highlighted part reads in context.
                        parts[-1] = '<p><a name="here"></a>' + parts[-1][3:]
                    anchored = True
                    parts.append(f'<p style="background-color:#fff4c2"><b>{html.escape(line)}</b></p>')
                else:
                    parts.append(f"<p>{html.escape(line)}</p>")
        self.setHtml("\n".join(parts))
        if anchored:
            self.scrollToAnchor("here")

    def _relevant(self, step: Step, point: str, line: str, lang: str) -> bool:
        """The part of Article 6 the step is about: its point, or its letter of point 3."""
        wanted_point, letter = step.article_part()
        if not wanted_point or point != wanted_point:
            return False
        if not letter:
            return True
        local = next((e.local_letter for e in step.profile.elements if e.letter == letter), letter)
        return line.startswith(f"{local if lang == 'ru' else letter})")

    def retranslate(self) -> None:
        if self.step is not None:
            self.show_step(self.step)
