"""Instellingen → Taal: English through the Qt Linguist catalogue, remembered in QSettings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_vault import VaultFiles

from toestemming.service import Service
from ui.app import build_main_window
from ui.i18n import TRANSLATIONS_DIR, install_translators, remove_translators, switch_language
from ui.preferences import LANGUAGE_KEY, app_settings, saved_language
from ui.settings import SettingsDialog
from ui.settings.language import LanguagePage
from ui.unlock import UnlockDialog


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """Preferences in a temporary directory; Dutch again afterwards for the other tests."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield tmp_path
    switch_language(qapp, "nl")
    remove_translators(qapp)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "after")
    )


def menu_titles(service: Service) -> list[str]:
    """The first menu's title and the last before Help (Kluis … Beheer; the others sit in
    between; "Help" is the same word in both languages)."""
    window = build_main_window(service)
    actions = [a.text() for a in window.menuBar().actions()]
    assert actions[-1] == "&Help"
    titles = [actions[0], actions[-2]]
    window.deleteLater()  # not close(): that would close the vault as well
    return titles


def test_catalogue_is_compiled_and_complete() -> None:
    assert (TRANSLATIONS_DIR / "toestemming_en.qm").is_file()
    ts = (TRANSLATIONS_DIR / "toestemming_en.ts").read_text(encoding="utf-8")
    assert 'language="en_GB"' in ts and 'sourcelanguage="nl_NL"' in ts


def test_every_widget_text_in_the_code_has_its_english_translation(tmp_path: Path) -> None:
    """lupdate over ui/ (as the README says) on a copy of the catalogue: a text added to a
    widget without an English translation shows up as unfinished, and an English desk would
    show it in Dutch. Also the compiled .qm must be as new as the .ts (lrelease was run)."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    ui = Path(__file__).resolve().parents[2] / "ui"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / "en.ts"
    shutil.copy(TRANSLATIONS_DIR / "toestemming_en.ts", copy)
    sources = sorted(str(p) for p in ui.rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)], check=True, capture_output=True
    )
    missing = []
    for context in ET.parse(copy).getroot().iter("context"):
        where = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            unfinished = translation is not None and translation.get("type") == "unfinished"
            if unfinished and any(ch.isalpha() for ch in source):
                missing.append(f"{where}: {source}")
    assert not missing, f"{len(missing)} without English, e.g. {missing[:5]}"


def test_the_compiled_catalogue_holds_every_translation_of_the_ts() -> None:
    """lrelease was run after the last edit of the .ts: every finished translation is in .qm."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS_DIR / "toestemming_en.qm"))
    stale = []
    root = ET.parse(TRANSLATIONS_DIR / "toestemming_en.ts").getroot()
    for context in root.iter("context"):
        where = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or message.get("numerus"):
                continue
            source, english = message.findtext("source") or "", translation.text or ""
            if english and translator.translate(where, source) != english:
                stale.append(f"{where}: {source}")
    assert not stale, f"{len(stale)} not compiled (run lrelease), e.g. {stale[:5]}"


def test_switching_to_english(
    qtbot: QtBot, qapp: QApplication, service: Service, vault: VaultFiles, own_settings: Path
) -> None:
    assert saved_language() is None
    assert menu_titles(service)[:2] == ["&Kluis", "&Beheer"]

    page = LanguagePage()
    qtbot.addWidget(page)
    page.choose("en")
    assert saved_language() == "en"
    assert app_settings().value(LANGUAGE_KEY) == "en"
    assert (own_settings / "Toestemming" / "Toestemming.ini").is_file()

    assert menu_titles(service)[:2] == ["&Vault", "&Manage"]
    window = build_main_window(service)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Toestemming — Testschool"
    assert window.lock_action.text() == "&Lock"
    assert window.search_field.placeholderText() == "Search by name, date of birth or school…"
    dialog = UnlockDialog(vault.path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Toestemming — unlock vault"
    assert dialog.unlock_button.text() == "Unlock"
    settings = SettingsDialog(service)
    qtbot.addWidget(settings)
    assert settings.windowTitle() == "Settings"
    assert (
        settings.tabs.tabText(0) == "Rec&ipients"
    )  # Alt+I: R and P belong to buttons on its pages
    assert settings.recipients.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    # Qt's own buttons follow: no Dutch "Annuleren" next to English texts.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"

    page.choose("nl")
    assert saved_language() == "nl"
    assert menu_titles(service)[:2] == ["&Kluis", "&Beheer"]


def test_saved_choice_is_used_at_start(qapp: QApplication, service: Service) -> None:
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, "en")
    settings.sync()
    remove_translators(qapp)
    install_translators(qapp)
    assert menu_titles(service)[0] == "&Vault"
