"""Read aloud with QtTextToSpeech, only where an engine with a voice is present.

The module is optional in a PySide6 install and needs system libraries (speech-dispatcher,
libpulse on Linux, SAPI/WinRT on Windows). When anything is missing `make_reader` returns
None and signing mode hides the button rather than showing one that does nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject

LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class Reader:
    def __init__(self, engine: Any) -> None:
        self._engine = engine

    def say(self, text: str, language: str) -> None:
        wanted = LOCALES.get(language)
        if wanted is not None:
            for locale in self._engine.availableLocales():
                if locale.language() == wanted.language():
                    self._engine.setLocale(locale)
                    break
        self._engine.say(text)

    def stop(self) -> None:
        self._engine.stop()


def make_reader(parent: QObject) -> Reader | None:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # module or its system libraries absent
        return None
    try:
        if not QTextToSpeech.availableEngines():
            return None
        engine = QTextToSpeech(parent)
        if engine.state() == QTextToSpeech.State.Error or not engine.availableVoices():
            return None
    except Exception:  # a broken engine plug-in must not break signing mode
        return None
    return Reader(engine)
