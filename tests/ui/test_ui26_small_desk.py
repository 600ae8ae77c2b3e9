"""The desk on a 1024×600 laptop at Windows' 200 % display scaling: 512×300 logical pixels,
the title bar leaves 262 (ui26). The probe (test_ui25_small_screens.py) holds every window
to the screen; here the parts that made them fit, each as the worker meets it:

- the main window asked 320 px high: its tool bar, margins and the lines the list and Vandaag
  kept in view did not give way; Vergrendelen stays in the Kluis menu and on Ctrl+L;
- Gegevens wissen: its minimum knew nothing of its wrapped texts, which at 496 px need twice
  the lines; they were squeezed to half their height instead of scrolling;
- Verzoek op afstand: four buttons side by side (502 px) — the row now takes two lines;
- Instellingen e-mail: its own scroll area's form (463 px) scrolled sideways in 458 px.

The room is given to small_screen.fit_small_screen as the probe's screen gives it."""

from __future__ import annotations

from pathlib import Path

from consent_fixtures import desk
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QScrollArea
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.main_window import MainWindow
from ui.remote.send_dialog import SendRequestDialog
from ui.remote.settings_dialog import RemoteSettingsDialog
from ui.retention import EraseDialog
from ui.screen_fit import scrollable
from ui.small_screen import SCROLLED, fit_small_screen

__all__ = ["desk"]

# 1024×600 at 200 %: 512×300, less the frame and the title bar (screen_fit.available).
ROOM = QSize(496, 262)


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_main_window_fits_a_262_px_high_window_and_still_locks(
    qtbot: QtBot, desk: MainWindow, seeded: Seeded
) -> None:
    desk.setMinimumSize(0, 0)  # as on that screen (its minimum is capped to the screen)
    desk.resize(ROOM)
    desk.detail.show_youth(seeded.zoe)
    settle()
    assert desk.minimumSizeHint().height() <= ROOM.height(), desk.minimumSizeHint()
    # The worker locks the desk without the tool bar: the menu and Ctrl+L.
    assert desk.lock_action in desk.vault_menu.actions()
    assert desk.lock_action.shortcut().toString() == "Ctrl+L"
    # Back on a normal window, the tool bar is back.
    desk.resize(1200, 700)
    settle()
    assert desk.toolbar.isVisibleTo(desk)


def test_erase_dialog_scrolls_its_texts_instead_of_squeezing_them(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    dialog = EraseDialog(service, seeded.zoe)
    qtbot.addWidget(dialog)
    fit_small_screen(dialog, ROOM, scrollable)
    dialog.resize(ROOM)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    assert dialog.property(SCROLLED), "its texts need more than 262 px at 496 wide"
    for label in dialog.findChildren(QLabel):
        if label.wordWrap() and label.text() and label.isVisibleTo(dialog):
            need = label.heightForWidth(label.width())
            assert label.height() >= need - 1, (label.text()[:30], label.height(), need)
    # Definitief wissen and Annuleren stay in view, outside what scrolls.
    assert not _scrolls(dialog.erase_button)


def test_remote_request_buttons_take_two_lines_in_their_order(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    request = service.consents.requests_for_youth(seeded.zoe)[0].id
    dialog = SendRequestDialog(service, request, open_url=False)
    qtbot.addWidget(dialog)
    before = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    fit_small_screen(dialog, ROOM, scrollable)
    layout = dialog.layout()
    assert layout is not None
    layout.activate()
    assert layout.totalMinimumSize().width() <= ROOM.width(), layout.totalMinimumSize()
    dialog.resize(ROOM)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    send, mail = dialog.send_button, dialog.mailto_button
    assert send.width() >= send.minimumSizeHint().width() - 1
    assert mail.width() >= mail.minimumSizeHint().width() - 1
    assert not _scrolls(send)
    after = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    assert sorted(after) == sorted(before)  # none lost on the way


def test_mail_settings_form_does_not_scroll_sideways(
    qtbot: QtBot, service: Service, tmp_path: Path
) -> None:
    dialog = RemoteSettingsDialog(service)
    qtbot.addWidget(dialog)
    fit_small_screen(dialog, ROOM, scrollable)
    dialog.resize(ROOM)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    for area in dialog.findChildren(QScrollArea):
        content = area.widget()
        if content is not None and area.isVisibleTo(dialog) and area.widgetResizable():
            need, room = content.minimumSizeHint().width(), area.viewport().width()
            assert need <= room + 1, (need, room)


def _scrolls(widget: QAbstractButton) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _tab_cycle(dialog: QDialog) -> list[str]:
    """What Tab reaches, in order, from the dialog's first stop round to it again."""
    found: list[str] = []
    widget = dialog.nextInFocusChain()
    while widget is not dialog and len(found) < 200:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
        ):
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            found.append(f"{type(widget).__name__}:{text or widget.accessibleName()}")
        widget = widget.nextInFocusChain()
    return found


def _same_cycle(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and any(a == b[n:] + b[:n] for n in range(len(b) or 1))


def test_keyboard_order_and_escape_stay_on_a_small_screen(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    """The hurried worker with the keyboard only: in a dialog whose content now scrolls and
    whose buttons took two lines, Tab goes round the same stops in the same order as on a
    large screen, and Escape still closes it (nothing typed)."""
    request = service.consents.requests_for_youth(seeded.zoe)[0].id
    makers = (
        lambda: SendRequestDialog(service, request, open_url=False),
        lambda: EraseDialog(service, seeded.zoe),
        lambda: RemoteSettingsDialog(service),
    )
    for make in makers:
        large, small = make(), make()
        for dialog in (large, small):
            qtbot.addWidget(dialog)
        fit_small_screen(small, ROOM, scrollable)
        small.resize(ROOM)
        for dialog in (large, small):
            dialog.show()
            qtbot.waitExposed(dialog)
        settle()
        assert _same_cycle(_tab_cycle(small), _tab_cycle(large)), type(small).__name__
        large.close()
        small.activateWindow()
        focus = QApplication.focusWidget() or small
        qtbot.keyClick(focus, Qt.Key.Key_Escape)
        assert not small.isVisible(), type(small).__name__
