"""No two Alt-keys of one window share a letter, on the Dutch and on the English desk, in
every window the GUI probe opens (tests/ui/probe_screen_s9.py: the main window with its menu
bar and the youth's page, every dialog and every page of a tab widget or a state the probe
shows, such as Gegevens delen with its weighing) and in every menu of the menu bar.

Two captions with one letter make Alt+letter jump between them instead of doing what the
worker asked (Qt: "ambiguous shortcut"): with the weighing shown, Gegevens delen had two
&B's; on the English desk "&Data:" and "&Do not share" answered Alt+D together, and the main
window's "Sa&menvoegen…" fought the menu "Docu&menten" for Alt+M."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from consent_fixtures import desk
from probe_screen_s6 import EXTRA
from probe_screen_s9 import MORE
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_ui_dialog_sizes import DIALOGS, Opener, _page
from test_ui_dialog_sizes import _mnemonic as mnemonic
from ui_vault import Seeded

from toestemming.service import Service
from ui.background import wait_for_tasks
from ui.consent.people import AddYouthDialog
from ui.consent.withdraw import WithdrawDialog
from ui.i18n import remove_translators, switch_language
from ui.main_window import MainWindow

__all__ = ["desk"]


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The desk's language, chosen before any window is built."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    switch_language(qapp, request.param)
    yield request.param
    switch_language(qapp, "nl")
    remove_translators(qapp)


def _shown(w: QWidget, top: QWidget) -> bool:
    return w.isVisibleTo(top) and w.window() is top


def alt_keys(top: QWidget) -> list[tuple[str, str]]:
    """(letter, caption) of every Alt-key of the window as it shows now: buttons, labels with
    a buddy, group boxes (Qt gives each titled box its Alt-key), tabs of shown tab bars and,
    for a main window, the titles of its menu bar."""
    found: list[tuple[str, str]] = []

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            found.append((letter, f"{what} {text!r}"))

    for button in top.findChildren(QAbstractButton):
        if _shown(button, top) and not isinstance(button.parentWidget(), QTabBar):
            add(button.text(), type(button).__name__)
    for label in top.findChildren(QLabel):
        if _shown(label, top) and label.buddy() is not None:
            add(label.text(), "QLabel")
    for box in top.findChildren(QGroupBox):
        if _shown(box, top):
            add(box.title(), "QGroupBox")
    for bar in top.findChildren(QTabBar):
        if _shown(bar, top):
            for i in range(bar.count()):
                add(bar.tabText(i), "tab")
    if isinstance(top, QMainWindow) and top.menuBar().isVisible():
        for action in top.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    return found


def clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, caption in found:
        by_letter.setdefault(letter, []).append(caption)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def window_clashes(what: str, top: QWidget) -> dict[str, dict[str, list[str]]]:
    """The clashes of `top` and of every other page of each of its tab widgets."""
    out: dict[str, dict[str, list[str]]] = {}
    found = clashes(alt_keys(top))
    if found:
        out[what] = found
    for tabs in top.findChildren(QTabWidget):
        if not _shown(tabs, top):
            continue
        first = tabs.currentIndex()
        for i in range(tabs.count()):
            if i != first and tabs.isTabEnabled(i):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                found = clashes(alt_keys(top))
                if found:
                    out[f"{what} › {tabs.tabText(i)}"] = found
        tabs.setCurrentIndex(first)
    return out


def menu_clashes(title: str, menu: QMenu) -> dict[str, dict[str, list[str]]]:
    """Within one menu a letter opens one item (two: the key only moves between them)."""
    out: dict[str, dict[str, list[str]]] = {}
    found = [
        (letter, repr(a.text()))
        for a in menu.actions()
        if a.isVisible() and not a.isSeparator() and (letter := mnemonic(a.text()))
    ]
    if clashes(found):
        out[f"menu {title!r}"] = clashes(found)
    for a in menu.actions():
        if a.menu() is not None:
            out.update(menu_clashes(f"{title} › {a.text()}", a.menu()))  # type: ignore[arg-type]
    return out


def _known_youth_typed(win: MainWindow, seeded: Seeded) -> QDialog:
    """Jongere toevoegen with a youth the vault has: "Bestaande openen" shows."""
    dialog = win.detail.open_add_youth()
    assert isinstance(dialog, AddYouthDialog)
    zoe = win.detail._service.people.youth(seeded.zoe)  # type: ignore[union-attr]
    dialog.given_field.setText(zoe.given_name)
    dialog.family_field.setText(zoe.family_name)
    dialog.birth_field.setText(f"{zoe.birth_date:%d-%m-%Y}")
    assert not dialog.save() and dialog.open_existing_button.isVisibleTo(dialog)
    return dialog


def _withdraw(win: MainWindow, seeded: Seeded, *, done: bool) -> QDialog:
    """Intrekken asking "zeker?", or done (the list of recipients to tell)."""
    dialog = win.detail.open_withdraw(seeded.given_item)
    assert isinstance(dialog, WithdrawDialog)
    dialog.ask_confirmation()
    if done:
        assert dialog.confirm()
    return dialog


# States the probe does not open, where buttons appear that the first page lacks.
STATES: dict[str, Opener] = {
    "jongere toevoegen: bestaat al": _page(_known_youth_typed),
    "intrekken: bevestigen": _page(lambda w, s: _withdraw(w, s, done=False)),
    "intrekken: klaar": _page(lambda w, s: _withdraw(w, s, done=True)),
}


def test_no_alt_key_clash_in_the_main_window_and_its_menus(
    language: str, desk: MainWindow, seeded: Seeded
) -> None:
    found = window_clashes("hoofdvenster", desk)
    desk.detail.show_youth(seeded.zoe)
    QApplication.processEvents()
    found |= window_clashes("jongerenpagina", desk)
    for action in desk.menuBar().actions():
        if action.menu() is not None:
            found |= menu_clashes(action.text(), action.menu())  # type: ignore[arg-type]
    assert not found, f"{language}: {found}"


def test_no_alt_key_clash_in_any_dialog_the_probe_opens(
    language: str,
    qtbot: QtBot,
    desk: MainWindow,
    service: Service,
    seeded: Seeded,
    tmp_path: Path,
) -> None:
    found: dict[str, dict[str, list[str]]] = {}
    for what, opener in sorted({**DIALOGS, **EXTRA, **MORE, **STATES}.items()):
        desk.detail.show_youth(seeded.zoe)
        dialog = opener(desk, service, seeded, tmp_path)
        if dialog is None:
            dialog = desk.detail.dialog
        assert isinstance(dialog, QDialog), what
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_for_tasks(20)
        for _ in range(3):
            QApplication.processEvents()
        found |= window_clashes(what, dialog)
        if shiboken6.isValid(dialog):
            dialog.reject()
        QApplication.processEvents()
    assert not found, f"{language}: " + "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_check_sees_a_clash() -> None:
    """The check itself: two captions with one letter (and '&&' is no Alt-key)."""
    assert mnemonic("Werk && &Inkomen") == "i"
    assert mnemonic("Werk && Inkomen") is None
    assert clashes([("d", "&Data:"), ("d", "&Do not share"), ("r", "&Record")]) == {
        "d": ["&Data:", "&Do not share"]
    }


def test_no_alt_key_clash_on_any_tablet_page(
    language: str, qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    """Signing mode, page by page as the probe shows it (the worker's passphrase page too)."""
    from toestemming.clock import FixedClock
    from ui.signing import SigningMode

    request = service.consents.requests_for_youth(seeded.zoe)[0].id
    mode = SigningMode(service, request, FixedClock(service.clock.now()))
    qtbot.addWidget(mode)
    mode.present(full_screen=False)
    mode.resize(1280, 800)
    qtbot.waitExposed(mode)
    steps = {
        "wie ben jij": lambda: None,
        "onderdeel": lambda: mode.choose_signer(mode.model.people[0]),
        "samenvatting": mode.show_summary,
        "ondertekenen": mode._enter_signature,
        "begeleider": mode.ask_passphrase,
        "intrekken: wie": mode.start_withdrawal,
        "intrekken: wat": lambda: mode.choose_withdrawer(mode.model.withdraw_people[0]),
    }
    found = {}
    try:
        for what, step in steps.items():
            step()
            QApplication.processEvents()
            if clashes(alt_keys(mode)):
                found[what] = clashes(alt_keys(mode))
    finally:
        mode._unlocked = True
        mode.idle.stop()
        mode.close()
    assert not found, f"{language}: {found}"
