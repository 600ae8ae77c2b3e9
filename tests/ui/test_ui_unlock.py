"""The unlock dialog opens the vault off the GUI thread and keeps errors inline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from ui_vault import PASSPHRASE, VaultFiles

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.unlock import UnlockDialog

WRONG = "De wachtwoordzin klopt niet"


def make_dialog(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock, **kwargs: object
) -> UnlockDialog:
    dialog = UnlockDialog(vault.path, clock=clock, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def wait_idle(qtbot: QtBot, dialog: UnlockDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def close_service(dialog: UnlockDialog) -> None:
    if dialog.service is not None:
        dialog.service.close()


def test_shows_file_name_and_masks_passphrase(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock
) -> None:
    dialog = make_dialog(qtbot, vault, clock)
    assert "v.tvault" in dialog.file_label.text()
    assert dialog.passphrase_field.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.hint_label.isHidden()
    assert dialog.focusWidget() is dialog.passphrase_field


def test_demo_hint_is_shown(qtbot: QtBot, vault: VaultFiles, clock: FixedClock) -> None:
    dialog = make_dialog(qtbot, vault, clock, demo_passphrase_hint=PASSPHRASE)
    assert dialog.hint_label.isVisible()
    assert dialog.hint_label.text() == f"Demokluis — wachtwoordzin: {PASSPHRASE}"


def test_wrong_passphrase_shows_dutch_error_and_stays_open(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock
) -> None:
    dialog = make_dialog(qtbot, vault, clock)
    qtbot.keyClicks(dialog.passphrase_field, "paard batterij nietjes fout")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.busy  # the key is derived on a pool thread, the dialog shows it is busy
    assert dialog.busy_bar.isVisible() and not dialog.passphrase_field.isEnabled()
    wait_idle(qtbot, dialog)

    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.service is None
    assert WRONG in dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert dialog.passphrase_field.text() == ""
    assert dialog.focusWidget() is dialog.passphrase_field
    assert dialog.busy_bar.isHidden()


def test_enter_after_a_wrong_try_retries_instead_of_quitting(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock
) -> None:
    dialog = make_dialog(qtbot, vault, clock)
    qtbot.keyClicks(dialog.passphrase_field, "nog een verkeerde zin")
    qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    wait_idle(qtbot, dialog)
    assert WRONG in dialog.error_label.text()

    qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    close_service(dialog)


def test_correct_passphrase_yields_an_open_service(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock
) -> None:
    dialog = make_dialog(qtbot, vault, clock)
    qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.service is not None, timeout=10_000)

    service = dialog.service
    assert isinstance(service, Service) and service.is_open
    assert service.worker.name == "Anna"
    assert service.clock is clock
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase_field.text() == ""  # the secret does not linger in the widget
    close_service(dialog)


def test_recovery_key_opens_the_vault(qtbot: QtBot, vault: VaultFiles, clock: FixedClock) -> None:
    dialog = make_dialog(qtbot, vault, clock)
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert dialog.using_recovery_key
    assert dialog.recovery_field.isVisible()
    assert dialog.focusWidget() is dialog.recovery_field
    assert dialog.switch_button.text() == "Wachtwoordzin gebruiken"

    qtbot.keyClicks(dialog.recovery_field, "AAAA-BBBB-CCCC-DDDD")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert "herstelsleutel" in dialog.error_label.text().lower()
    assert dialog.recovery_field.text() == ""

    qtbot.keyClicks(dialog.recovery_field, vault.seeded.recovery_key)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.service is not None, timeout=10_000)
    close_service(dialog)


def test_empty_passphrase_is_refused_without_trying(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock
) -> None:
    dialog = make_dialog(qtbot, vault, clock)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy
    assert dialog.error_label.text() == "Vul de wachtwoordzin in."


def test_cannot_be_dismissed_while_unlocking(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock
) -> None:
    dialog = make_dialog(qtbot, vault, clock)
    qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    dialog.reject()  # Escape / window close while the key is derived
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.service is not None, timeout=10_000)
    close_service(dialog)


def test_unexpected_failure_shows_generic_text_only(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock
) -> None:
    dialog = make_dialog(qtbot, vault, clock)
    dialog._failed(KeyError("Zoë Çelik"))  # what a programming error could carry
    text = dialog.error_label.text()
    assert "Zoë" not in text and "Foutcode: KeyError" in text


def test_any_workers_passphrase_unlocks_as_that_worker(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock
) -> None:
    svc = Service.open(vault.path, PASSPHRASE, clock=clock)
    svc.add_worker("Bram", "tweede medewerker eigen zin")
    svc.close()

    dialog = make_dialog(qtbot, vault, clock)
    qtbot.keyClicks(dialog.passphrase_field, "tweede medewerker eigen zin")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.service is not None, timeout=10_000)
    assert dialog.service is not None and dialog.service.worker.name == "Bram"
    close_service(dialog)
