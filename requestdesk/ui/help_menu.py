"""The Help menu's own entries: the Articles of the Agreement and the welcome set-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from requestdesk.ui.articles import ArticlesWindow
    from requestdesk.ui.main_window import MainWindow

# The Articles an officer drafting a request needs at hand: the request itself (6),
# its execution (7), confidentiality (8) and the costs (11).
HELP_ARTICLES = ("6", "7", "8", "11")


class HelpMenu(QObject):
    def __init__(self, menu: QMenu, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.articles = {}
        for number in HELP_ARTICLES:
            action = menu.addAction("")
            action.setObjectName(f"actArticle_{number}")
            action.triggered.connect(lambda _=False, n=number: self.show_article(n))
            self.articles[number] = action
        menu.addSeparator()
        self.welcome = menu.addAction("")
        self.welcome.setObjectName("actWelcome")
        self.welcome.triggered.connect(self.show_welcome)
        self._articles_window: ArticlesWindow | None = None
        # The Articles' titles come from the treaty profile: read once the window is on
        # screen (or when the menu opens first), not before the register is painted.
        self._titled = False
        menu.aboutToShow.connect(self._title_articles)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Paint and not self._titled:
                QTimer.singleShot(0, self, self._title_articles)
        return False

    def _title_articles(self) -> None:
        from requestdesk.domain.profile import load_articles
        from requestdesk.ui.i18n import current_language

        articles = load_articles()
        lang = current_language()
        for number, action in self.articles.items():
            action.setText(articles[number]["title"][lang].replace("&", "&&"))
        self._titled = True

    def retranslate(self) -> None:
        if self._titled:
            self._title_articles()
        self.welcome.setText(self.tr("&Welcome and first settings…"))
        self.welcome.setStatusTip(self.tr("Your authority, signatory, executor and language; an example request to explore"))

    def show_article(self, number: str) -> None:
        from requestdesk.ui.articles import ArticlesWindow

        if not self._titled:  # by a shortcut, before the menu was ever opened
            self._title_articles()

        if self._articles_window is None:
            self._articles_window = ArticlesWindow(HELP_ARTICLES, self.window)
        self._articles_window.show_article(number)
        self._articles_window.show()
        self._articles_window.raise_()
        self._articles_window.activateWindow()

    def show_welcome(self) -> None:
        from requestdesk.ui.welcome import run_welcome

        created = run_welcome(self.window.services, self.window.languages, self.window)
        if created:
            self.window._after_change([created])  # reloads the register and selects the example
