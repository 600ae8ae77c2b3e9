"""Language set-up: Dutch is the source language; other languages come from .qm catalogues.

The language is the worker's choice in Instellingen (QSettings, see preferences.py) or, when
none was made, the system language. `switch_language` swaps the catalogues at run time;
windows built afterwards (after the next unlock) speak the new language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from toestemming.errors import Phrase, ToestemmingError

from .preferences import saved_language

TRANSLATIONS_DIR = Path(__file__).with_name("translations")

# The translators this module installed, so a language switch can take them out again.
_installed: list[QTranslator] = []
# The language the desk speaks now: "nl" (the source language) or a loaded catalogue's.
_desk_language = ["nl"]


def desk_language() -> str:
    """ "nl" or "en": the worker's language, for data shown in it (purpose titles, data
    category names) as opposed to what a signer saw."""
    return _desk_language[0]


def desk_text(exc: ToestemmingError) -> str:
    """An error from the core as the worker reads it: in the desk's language (the core gives a
    message id and parameters; its `message` is the Dutch rendering only)."""
    return exc.text_in(desk_language())


def desk_phrase(phrase: Phrase | None) -> str:
    """A catalog phrase from the core (who decides and why, a reason) in the desk's language;
    "" for none."""
    return phrase.text_in(desk_language()) if phrase is not None else ""


def locale_for(language: str) -> QLocale:
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's own strings (dialog buttons, context menus) and, for a non-Dutch locale,
    the app's catalogue `ui/translations/toestemming_<lang>.qm` when it exists. Returns the
    translators so the caller keeps them alive."""
    if locale is None:
        chosen = saved_language()
        locale = locale_for(chosen) if chosen else QLocale.system()
    dutch = locale.language() == QLocale.Language.Dutch
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    # Our texts are Dutch, so Qt's buttons ("Cancel", "Copy") should be Dutch too, unless a
    # catalogue for the user's own language exists.
    app_translator = QTranslator(app)
    if not dutch and app_translator.load(locale, "toestemming", "_", str(TRANSLATIONS_DIR)):
        app.installTranslator(app_translator)
        installed.append(app_translator)
        qt_locale = locale
        _desk_language[0] = QLocale.languageToCode(locale.language())
    else:
        qt_locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        _desk_language[0] = "nl"
    if qt_translator.load(qt_locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    _installed.extend(installed)
    return installed


def remove_translators(app: QApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def switch_language(app: QApplication, language: str) -> list[QTranslator]:
    """Replace the installed catalogues by those for `language` ("nl" or "en")."""
    remove_translators(app)
    return install_translators(app, locale_for(language))
