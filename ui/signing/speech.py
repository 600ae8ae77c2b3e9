"""Read aloud with QtTextToSpeech, only where an engine has a voice for the signer's language.

The module is optional in a PySide6 install and needs system libraries (speech-dispatcher,
libpulse on Linux, SAPI/WinRT on Windows). When anything is missing `make_reader` returns
None and signing mode hides the button rather than showing one that does nothing. A Dutch
text read by an English voice is no help either: the button shows only for a language the
engine has a voice for (`Reader.speaks`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject

LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
# Qt ships a "mock" engine for its own tests: it speaks nothing, so it never reads to a signer.
NOT_FOR_SIGNERS = {"mock"}


class Reader:
    def __init__(self, engine: Any) -> None:
        self.engine = engine

    def _locale_for(self, language: str) -> Any:
        wanted = LOCALES.get(language)
        if wanted is None:
            return None
        matches = [
            locale
            for locale in self.engine.availableLocales()
            if locale.language() == wanted.language()
        ]
        # The country asked for first (nl_NL before nl_BE, en_GB before en_US).
        matches.sort(key=lambda locale: locale.territory() != wanted.territory())
        return matches[0] if matches else None

    def speaks(self, language: str) -> bool:
        return self._locale_for(language) is not None

    def say(self, text: str, language: str) -> bool:
        """Read `text` in the voice of `language`; False (and silence) without such a voice."""
        locale = self._locale_for(language)
        if locale is None:
            return False
        self.engine.setLocale(locale)
        self.engine.say(text)
        return True

    def stop(self) -> None:
        self.engine.stop()


def make_reader(parent: QObject, engine: str | None = None) -> Reader | None:
    """A reader on the first working engine with a voice (`engine`: that one only; the tests
    name Qt's "mock" engine)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # module or its system libraries absent
        return None
    try:
        names = [engine] if engine else QTextToSpeech.availableEngines()
    except Exception:  # a broken speech installation must not break signing mode
        return None
    for name in names:
        if name in NOT_FOR_SIGNERS and engine is None:
            continue
        try:
            candidate = QTextToSpeech(name, parent)
            # Locales, not voices: voices are listed only for the engine's current locale,
            # which may be the system's (C, German …) while Dutch and English voices exist.
            if candidate.state() != QTextToSpeech.State.Error and candidate.availableLocales():
                return Reader(candidate)
            candidate.deleteLater()
        except Exception:  # this engine's plug-in is broken: try the next one
            continue
    return None
