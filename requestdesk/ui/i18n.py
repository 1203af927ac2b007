"""Interface languages: Qt Linguist catalogs installed and swapped at run time.

Every catalog `translations/*_<lang>.qm` (ours and other modules') is installed with
Qt's own `qtbase_<lang>`; installing or removing a translator makes Qt send
QEvent.LanguageChange to every widget, which then retranslates itself. Source strings
are English; the English catalogs carry only plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from requestdesk.domain.formatting import format_number
from requestdesk.domain.languages import EN, RU, SUPPORTED, normalise_language
from requestdesk.resources import translations_dir
from requestdesk.ui.settings import Options, Settings

# The language widgets and models format data in; follows Languages.apply().
_current = EN

_QT_LOCALES = {RU: QLocale("ru_RU"), EN: QLocale("en_GB")}


def current_language() -> str:
    """The interface language ("ru" or "en") now in use."""
    return _current


def with_number(translated: str, n: int) -> str:
    """A translated message counting `n` ("%n request(s)") with n written the interface
    language's way (100 000, 100,000): Qt puts bare digits in place of %n."""
    if abs(n) < 1000:
        return translated
    return translated.replace(str(n), format_number(n, _current), 1)


def system_language() -> str:
    return normalise_language(QLocale.system().name(), fallback=EN)


def language_name(lang: str) -> str:
    """A language's own name, as a language menu shows it whatever the interface language."""
    return {RU: "Русский", EN: "English"}[lang]


class Languages(QObject):
    """Installs the catalogs of the chosen interface language into the application."""

    changed = Signal(str)

    def __init__(self, settings: Settings, app: QCoreApplication | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        running = app or QCoreApplication.instance()
        if running is None:
            raise RuntimeError("the interface language is set on a running application")
        self._app = running
        self._installed: list[QTranslator] = []

    def preferred(self) -> str:
        """The saved choice, or the system locale's language when none was made."""
        saved = self._settings.get(Options.language)
        return saved if saved in SUPPORTED else system_language()

    def current(self) -> str:
        return _current

    def set_language(self, lang: str) -> None:
        """Chooses the interface language: saved, and applied at once."""
        self._settings.set(Options.language, lang)
        self.apply(lang)

    def apply(self, lang: str) -> None:
        global _current
        lang = normalise_language(lang)
        changed = lang != _current
        # Set before the translators change: the LanguageChange events they cause make
        # widgets and models re-read the language.
        _current = lang
        QLocale.setDefault(_QT_LOCALES[lang])
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = [t for t in self._translators(lang) if self._app.installTranslator(t)]
        if changed:
            self.changed.emit(lang)

    def _translators(self, lang: str) -> list[QTranslator]:
        translators = []
        folder = translations_dir()
        for path in sorted(folder.glob(f"*_{lang}.qm")) if folder.is_dir() else ():
            translator = QTranslator(self._app)
            if translator.load(str(path)):
                translators.append(translator)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self._app)
        if lang != EN and qtbase.load(f"qtbase_{lang}", qt_folder):
            translators.append(qtbase)
        return translators
