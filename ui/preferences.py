"""Per-computer preferences (not in the vault): the app language.

Stored as an INI file in the user's config directory. Organisation policy (auto-lock time,
parent rule) lives in the vault instead, so every workstation follows the same policy.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

LANGUAGE_KEY = "ui/language"
LANGUAGES = ("nl", "en")


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Toestemming", "Toestemming"
    )


def saved_language() -> str | None:
    """ "nl" or "en" if the worker chose one; None means: follow the system language."""
    value = app_settings().value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()
