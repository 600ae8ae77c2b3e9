"""Language set-up: Dutch is the source language; other languages come from .qm catalogues."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS_DIR = Path(__file__).with_name("translations")


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's own strings (dialog buttons, context menus) and, for a non-Dutch locale,
    the app's catalogue `ui/translations/toestemming_<lang>.qm` when it exists. Returns the
    translators so the caller keeps them alive."""
    locale = locale or QLocale.system()
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
    else:
        qt_locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    if qt_translator.load(qt_locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    return installed
