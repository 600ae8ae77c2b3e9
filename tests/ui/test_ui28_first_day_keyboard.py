"""The first day with the keyboard only (no mouse: a worker with a motor impairment, or one
who works faster that way): every key goes to the widget that has the focus, as a keyboard
sends it — Tab, Enter, Space, Escape and the Alt-letters the labels underline. A vault, the
first youth, her mother with gezag, a request handed to the tablet, the mother signing with
her typed name, back to the desk, "Mag ik delen?", lock and unlock."""

from __future__ import annotations

from pathlib import Path

from consent_fixtures import activate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_ui_first_run import PASSPHRASE, session

from toestemming.model import ItemStatus
from ui.app import Session
from ui.consent.disclose import DiscloseDialog
from ui.consent.new_request import NewRequestDialog
from ui.consent.people import AddRepresentativeDialog, AddYouthDialog
from ui.main_window import MainWindow
from ui.signing import SigningMode
from ui.unlock import UnlockDialog

__all__ = ["session"]

NO = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.presses = 0

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the focus: a key goes nowhere"
        return widget

    def press(self, key: Qt.Key, mod: Qt.KeyboardModifier = NO) -> None:
        self.qtbot.keyClick(self.focused(), key, mod)
        self.presses += 1
        for _ in range(3):
            QApplication.processEvents()

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)
        self.presses += 1

    def opened(self, desk: MainWindow) -> None:
        """An Alt-letter presses its button the way a click looks (Qt's animateClick: the
        button shows pressed for a moment, then acts): wait for the dialog it opens."""
        self.qtbot.waitUntil(lambda: desk.detail.dialog is not None, timeout=3000)

    def tab_to(self, target: QWidget, most: int = 40) -> None:
        """Tab until `target` has the focus (it must be reachable)."""
        seen = []
        for _ in range(most):
            if self.focused() is target:
                return
            seen.append(type(self.focused()).__name__)
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {target!r}: {seen}")

    def wait_focus_in(self, window: QWidget) -> None:
        activate(window)  # type: ignore[arg-type]
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        self.qtbot.waitUntil(
            lambda: (w := QApplication.focusWidget()) is not None and w.window() is window,
            timeout=3000,
        )


def test_the_first_day_with_the_keyboard_only(
    qtbot: QtBot, session: Session, tmp_path: Path, quits: list[bool]
) -> None:
    keys = Keyboard(qtbot)

    # -- 1. The vault: the organisation's field has the focus, Tab goes down the form ------------
    session.show_unlock()
    setup = session.setup_dialog
    assert setup is not None
    qtbot.waitExposed(setup)
    keys.wait_focus_in(setup)
    keys.tab_to(setup.organisation_field)
    keys.type("Praktijkschool De Brug")
    keys.tab_to(setup.worker_field)
    keys.type("Anna")
    keys.tab_to(setup.passphrase.passphrase)
    keys.type(PASSPHRASE)
    keys.tab_to(setup.passphrase.repeat)
    keys.type(PASSPHRASE)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not setup.busy, timeout=30_000)
    assert setup.showing_recovery_key, setup.error_label.text()
    keys.wait_focus_in(setup)
    keys.tab_to(setup.confirm_box)
    keys.press(Qt.Key.Key_Space)
    assert setup.confirm_box.isChecked()
    keys.tab_to(setup.done_button)
    keys.press(Qt.Key.Key_Return)
    desk = session.window
    assert isinstance(desk, MainWindow) and desk.isVisible()
    service = desk.detail._service
    assert service is not None

    # -- 2. The first youth: the focus waits on Jongere toevoegen -------------------------------
    keys.wait_focus_in(desk)
    keys.tab_to(desk.detail.placeholder_add_youth)
    keys.press(Qt.Key.Key_Return)
    add = desk.detail.dialog
    assert isinstance(add, AddYouthDialog)
    keys.wait_focus_in(add)
    assert keys.focused() is add.given_field
    keys.type("Sara")
    keys.tab_to(add.family_field)
    keys.type("Bakker")
    keys.tab_to(add.birth_field)
    keys.type("14-05-2011")
    keys.press(Qt.Key.Key_Return)
    youth_id = desk.detail.youth_id
    assert youth_id is not None, add.message.text()

    # -- 3. Her mother: Alt+U on the youth's page, the name, Enter -----------------------------
    keys.wait_focus_in(desk)
    keys.press(Qt.Key.Key_U, ALT)
    keys.opened(desk)
    rep = desk.detail.dialog
    assert isinstance(rep, AddRepresentativeDialog), "Alt+U did not open Ouder/voogd toevoegen"
    keys.wait_focus_in(rep)
    assert keys.focused() is rep.name_field
    keys.type("Fatima Bakker")
    keys.press(Qt.Key.Key_Return)
    (mother,) = service.people.representatives(youth_id)
    assert mother.has_gezag

    # -- 4. The request: Alt+N, the template by its Alt-letter and arrow keys --------------------
    keys.wait_focus_in(desk)
    keys.press(Qt.Key.Key_N, ALT)
    keys.opened(desk)
    request_dialog = desk.detail.dialog
    assert isinstance(request_dialog, NewRequestDialog), "Alt+N did not open Nieuw verzoek"
    keys.wait_focus_in(request_dialog)
    keys.tab_to(request_dialog.template_combo)
    wanted = request_dialog.template_combo.findText("Warme overdracht naar mbo")
    while request_dialog.template_combo.currentIndex() < wanted:
        keys.press(Qt.Key.Key_Down)
    if request_dialog.items_tree.topLevelItemCount() == 0:
        keys.tab_to(request_dialog.template_button)
        keys.press(Qt.Key.Key_Return)
    assert request_dialog.items_tree.topLevelItemCount() == 1, request_dialog.error.text()
    keys.tab_to(request_dialog.create_and_sign_button)
    keys.press(Qt.Key.Key_Return)
    mode = request_dialog.signing_mode
    # Enter on the focused "Aanmaken en nu tekenen op de tablet" (not the dialog's default).
    assert isinstance(mode, SigningMode), (request_dialog.request, request_dialog.error.text())
    qtbot.waitExposed(mode)

    # -- 5. The mother signs by keyboard: Ja, Volgende, her typed name ---------------------------
    keys.wait_focus_in(mode)
    bar = mode.item_page.text_scroll.verticalScrollBar()
    keys.tab_to(mode.item_page.text_scroll)
    while bar.value() < bar.maximum():  # reads to the end with the arrow keys
        keys.press(Qt.Key.Key_PageDown)
    keys.tab_to(mode.item_page.yes_button)
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(mode.item_page.next_button)
    keys.press(Qt.Key.Key_Return)
    assert mode.stack.currentWidget() is mode.summary_page
    keys.tab_to(mode.summary_page.next_button)
    keys.press(Qt.Key.Key_Return)
    assert mode.stack.currentWidget() is mode.sign_page
    typed = mode.sign_page.typed
    keys.tab_to(mode.sign_page.type_button)
    keys.press(Qt.Key.Key_Return)
    keys.tab_to(typed.field)
    keys.type("Fatima Bakker")
    keys.tab_to(typed.confirm_box)
    keys.press(Qt.Key.Key_Space)
    keys.tab_to(mode.sign_page.confirm_button)
    keys.press(Qt.Key.Key_Return)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    keys.tab_to(mode.thanks_page.worker.field)
    keys.type(PASSPHRASE)
    with qtbot.waitSignal(mode.left, timeout=5000):
        keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(desk.isVisible, timeout=5000)
    (card,) = desk.detail.consents.cards
    assert card.status == ItemStatus.GIVEN

    # -- 6. "Mag ik delen?": Ctrl+D, the answer, Escape ----------------------------------------
    keys.wait_focus_in(desk)
    keys.press(Qt.Key.Key_D, CTRL)
    share = desk.detail.dialog
    assert isinstance(share, DiscloseDialog), "Ctrl+D did not open Gegevens delen"
    keys.wait_focus_in(share)
    assert share.answer_title.text().startswith("Mag ik delen?")
    keys.press(Qt.Key.Key_Escape)
    assert not share.isVisible()

    # -- 7. Ctrl+L, and the passphrase with Enter ---------------------------------------------
    keys.wait_focus_in(desk)
    with qtbot.waitSignal(desk.locked, timeout=60_000):
        keys.press(Qt.Key.Key_L, CTRL)
    unlock = session.dialog
    assert isinstance(unlock, UnlockDialog)
    qtbot.waitExposed(unlock)
    keys.wait_focus_in(unlock)
    assert keys.focused() is unlock.passphrase_field
    keys.type(PASSPHRASE)
    with qtbot.waitSignal(unlock.accepted, timeout=30_000):
        keys.press(Qt.Key.Key_Return)
    assert quits == []
    print(f"\nFIRST DAY BY KEYBOARD: {keys.presses} key presses and typed fields")
