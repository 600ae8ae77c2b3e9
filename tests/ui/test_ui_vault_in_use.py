"""A colleague already has the vault open: the unlock dialog says who, where and since when,
and offers "Alleen-lezen openen"; the main window then shows the read-only banner (not the
damaged-vault one) and refuses writes. The recovery key copied at creation is cleared after
30 s even though no main window ever opens; a scan is decoded off the GUI thread."""

from __future__ import annotations

import socket
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_vault import PASSPHRASE, VaultFiles

import formulieren.scan as scan
from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.service import Service
from toestemming.store.header import KdfParams
from ui.app import build_main_window
from ui.forms import import_paper_scan
from ui.setup.create_vault import CreateVaultDialog
from ui.unlock import UnlockDialog


def _open_dialog(qtbot: QtBot, path: Path, clock: FixedClock) -> UnlockDialog:
    dialog = UnlockDialog(path, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_in_use_offers_read_only_and_the_window_says_so(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock, tmp_path: Path
) -> None:
    colleague = Service.open(vault.path, PASSPHRASE, clock=clock)  # the other window
    service: Service | None = None
    try:
        dialog = _open_dialog(qtbot, vault.path, clock)
        qtbot.keyClicks(dialog.passphrase_field, PASSPHRASE)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        assert dialog.service is None and dialog.isVisible()
        text = dialog.error_label.text()
        assert "al geopend" in text and "Anna" in text and socket.gethostname()[:20] in text
        assert dialog.read_only_button.isVisible()
        assert dialog.read_only_button.text() == "Alleen-lezen openen"
        assert dialog.passphrase_field.text() == PASSPHRASE  # no need to type it again
        shot = tmp_path / "unlock_in_use.png"
        assert dialog.grab().save(str(shot)) and shot.stat().st_size > 1000

        qtbot.mouseClick(dialog.read_only_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.service is not None, timeout=10_000)
        service = dialog.service
        assert service is not None and service.read_only and service.opened_read_only
        assert dialog.passphrase_field.text() == ""

        window = build_main_window(service)
        qtbot.addWidget(window)
        window.show()
        banner = window.shared_read_only_banner  # type: ignore[attr-defined]
        assert banner.isVisible()
        assert "Alleen-lezen" in banner.message_label.text()
        assert "Anna" in banner.message_label.text()
        assert not window.vault_care.damaged_banner.isVisible()  # type: ignore[attr-defined]
        assert window.grab().save(str(tmp_path / "main_read_only.png"))
        try:
            service.people.add_youth(given_name="Nieuw", family_name="Kind", birth_date="1-1-2011")
            raise AssertionError("a read-only window wrote")
        except VaultError as exc:
            assert "alleen-lezen" in exc.message
        # The colleague's window still writes.
        colleague.people.add_youth(given_name="Door", family_name="Collega", birth_date="1-1-2011")
    finally:
        if service is not None:
            service.close()
        colleague.close()


def test_recovery_key_leaves_the_clipboard_after_30_seconds_without_a_main_window(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock
) -> None:
    dialog = CreateVaultDialog(tmp_path / "nieuw.tvault", clock=clock, kdf=KdfParams())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.organisation_field, "Testschool")
    qtbot.keyClicks(dialog.worker_field, "Anna")
    qtbot.keyClicks(dialog.passphrase.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.repeat, PASSPHRASE)
    dialog.create_vault()
    qtbot.waitUntil(lambda: dialog.showing_recovery_key, timeout=20_000)
    guard = dialog.clipboard_guard
    assert guard is not None
    # The worker selects the key on screen and copies it (Ctrl+C on the label).
    label = dialog.key_label
    label.setFocus()
    label.setSelection(0, len(label.text()))
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    copied = clipboard.text()
    assert copied and copied.split()[0] in label.text()
    assert guard.pending()
    # Confirms, and the dialog goes; no main window is ever built in this test.
    dialog.confirm_box.setChecked(True)
    dialog.finish()
    assert dialog.service is not None
    dialog.service.close()
    dialog.close()
    dialog.deleteLater()
    clock.advance(timedelta(seconds=29))
    guard.check_now()
    assert clipboard.text() == copied  # not yet
    clock.advance(timedelta(seconds=2))
    guard.check_now()
    assert clipboard.text() == ""  # gone after 30 s


def test_someone_elses_copy_is_never_cleared(qtbot: QtBot, clock: FixedClock) -> None:
    from ui.clipboard_guard import guard_recovery_key

    guard = guard_recovery_key(clock, "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB")
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("een adres uit een ander programma")
    clock.advance(timedelta(minutes=5))
    guard.check_now()
    assert clipboard.text() == "een adres uit een ander programma"
    guard.stop()


def test_a_scan_is_decoded_off_the_gui_thread(
    qtbot: QtBot, service: Service, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_gui_thread: list[bool] = []
    real = scan.qr_texts

    def spy(content: bytes, media_type: str = "") -> list[str]:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(content, media_type)

    shown: list[str] = []
    monkeypatch.setattr(scan, "qr_texts", spy)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(str(args[2])))
    photo = tmp_path / "wit.png"
    Image.new("RGB", (400, 300), "white").save(photo)
    assert import_paper_scan(service, path=str(photo)) is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert on_gui_thread == [False]
    assert "geen QR-code" in shown[0]
