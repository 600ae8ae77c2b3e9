"""The first day: a new worker types the passphrase with Caps Lock on.

At the unlock window the dots showed nothing, Ontgrendelen said "De wachtwoordzin klopt
niet" and the next try went the same way. When creating the vault the strength meter even
praised the shouted phrase, to be refused at the first unlock. Now a line under the field
says "Caps Lock staat aan" as soon as a capital letter comes without Shift, and goes when a
small letter comes without Shift (Caps Lock off again). Keys as the keyboard sends them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from test_ui_setup_create import make_dialog as make_create_dialog
from test_ui_unlock import WRONG, make_dialog, wait_idle
from ui_vault import PASSPHRASE, VaultFiles

from toestemming.clock import FixedClock

SHIFT = Qt.KeyboardModifier.ShiftModifier


def caps_on_typing(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """What a keyboard sends with Caps Lock on: letters come as capitals, without Shift."""
    for char in text:
        qtbot.keyClicks(field, char.upper() if char.isalpha() else char)


def test_the_unlock_window_says_caps_lock_is_on(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock
) -> None:
    dialog = make_dialog(qtbot, vault, clock)
    field = dialog.passphrase_field
    assert not dialog.caps_lock.label.isVisible()
    caps_on_typing(qtbot, field, PASSPHRASE)
    assert dialog.caps_lock.label.isVisible()
    assert dialog.caps_lock.label.text().startswith("Caps Lock staat aan")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert WRONG in dialog.error_label.text()
    assert dialog.caps_lock.label.isVisible()  # still said beside the refusal
    # Caps Lock off: small letters without Shift; a capital with Shift stays fine.
    qtbot.keyClicks(field, "correct")
    assert not dialog.caps_lock.label.isVisible()
    qtbot.keyClicks(field, "H", SHIFT)
    assert not dialog.caps_lock.label.isVisible()
    # Caps Lock on and Shift held: small letters come.
    qtbot.keyClicks(field, "h", SHIFT)
    assert dialog.caps_lock.label.isVisible()


def test_creating_a_vault_says_caps_lock_is_on(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock
) -> None:
    dialog = make_create_dialog(qtbot, tmp_path / "nieuw.tvault", clock)
    fields = dialog.passphrase
    caps_on_typing(qtbot, fields.passphrase, "vier losse woorden op papier")
    assert fields.caps_lock.label.isVisible()
    qtbot.keyClicks(fields.repeat, "vier")
    assert not fields.caps_lock.label.isVisible()
