"""The Articles of the Agreement, in the interface language, in a window of their own."""

from __future__ import annotations

import html
import json
import re
from functools import cache

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from requestdesk.domain.profile import DEFAULT_TREATY, load_articles
from requestdesk.resources import resource_path
from requestdesk.ui.i18n import current_language
from requestdesk.ui.qt import named, note_label



@cache
def _translation_note() -> dict[str, str]:
    """Which text is authoritative (load_articles gives the Articles alone)."""
    with resource_path("profiles", f"{DEFAULT_TREATY}.articles.json").open(encoding="utf-8") as fh:
        note = json.load(fh).get("note", {})
    return note if isinstance(note, dict) else {}


def article_html(article: dict, lang: str) -> str:
    """An Article as HTML: its title, then one paragraph per point; the text is escaped."""
    parts = [f"<h3>{html.escape(article['title'][lang])}</h3>"]
    for line in article["text"][lang].split("\n"):
        if line.strip():
            indent = ' style="margin-left:18px"' if re.match(r"^[а-яa-z]\)\s", line) else ""
            parts.append(f"<p{indent}>{html.escape(line)}</p>")
    return "\n".join(parts)


class ArticlesWindow(QDialog):
    def __init__(self, numbers: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articlesWindow")
        self.numbers = numbers
        self.list = named(QListWidget(), "articleList")
        self.text = named(QTextBrowser(), "articleText")
        self.note = note_label("articleNote")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.text, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._show_row)
        self.resize(900, 620)
        self.retranslate()

    def show_article(self, number: str) -> None:
        self.list.setCurrentRow(self.numbers.index(number))

    def current_number(self) -> str:
        return self.numbers[max(0, self.list.currentRow())]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.numbers):
            self.text.setHtml(article_html(load_articles()[self.numbers[row]], current_language()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = current_language()
        row = max(0, self.list.currentRow())
        articles = load_articles()
        self.setWindowTitle(self.tr("The Agreement of 2018: Articles on requests for assistance"))
        self.list.blockSignals(True)
        self.list.clear()
        for number in self.numbers:
            item = QListWidgetItem(articles[number]["title"][lang])
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setToolTip(item.text())
            self.list.addItem(item)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.blockSignals(False)
        self.list.setCurrentRow(row)
        self._show_row(row)
        self.note.setText(_translation_note().get(lang, ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
