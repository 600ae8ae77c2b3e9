"""First run: create a vault through the dialog (live strength meter, weak phrases refused),
see the recovery key once, confirm it, and land in the main window; the key then works."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from toestemming.passwords import TOO_SHORT
from toestemming.service import Service
from toestemming.store.header import KdfParams
from ui.app import Session
from ui.main_window import MainWindow
from ui.setup.create_vault import CreateVaultDialog
from ui.setup.paths import vault_exists
from ui.setup.recovery_sheet import print_sheet, sheet_html

STRONG = "zeven kleine olifanten dansen"
KEY_PATTERN = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$")


def make_dialog(qtbot: QtBot, path: Path, clock: FixedClock) -> CreateVaultDialog:
    dialog = CreateVaultDialog(path, clock=clock, kdf=KdfParams())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot: QtBot, dialog: CreateVaultDialog, passphrase: str = STRONG) -> None:
    qtbot.keyClicks(dialog.organisation_field, "Praktijkschool De Brug")
    qtbot.keyClicks(dialog.worker_field, "Anna")
    qtbot.keyClicks(dialog.passphrase.passphrase, passphrase)
    qtbot.keyClicks(dialog.passphrase.repeat, passphrase)


def create(qtbot: QtBot, dialog: CreateVaultDialog) -> str:
    """Click Kluis maken, wait for the recovery page; returns the key as shown."""
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.busy_bar.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.showing_recovery_key, dialog.error_label.text()
    return "-".join(dialog.key_label.text().split())


def test_meter_follows_typing(qtbot: QtBot, tmp_path: Path, clock: FixedClock) -> None:
    dialog = make_dialog(qtbot, tmp_path / "k.tvault", clock)
    meter = dialog.passphrase.meter
    assert meter.verdict.text() == "nog leeg" and meter.reason.isHidden()
    qtbot.keyClicks(dialog.passphrase.passphrase, "kort")
    assert meter.score == 0 and meter.verdict.text() == "te zwak"
    assert meter.reason.text() == TOO_SHORT  # the core's rule, word for word
    assert meter.reason.isVisible()
    qtbot.keyClicks(dialog.passphrase.passphrase, " maar nu wel lang genoeg")
    assert meter.score >= 3 and meter.verdict.text() in ("sterk", "zeer sterk")
    assert meter.bar.value() == meter.score
    assert meter.reason.isHidden()


def test_weak_or_mismatched_passphrase_is_refused_with_the_reason(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "k.tvault"
    dialog = make_dialog(qtbot, path, clock)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Vul de naam van de organisatie in."
    assert dialog.focusWidget() is dialog.organisation_field

    fill(qtbot, dialog, "aaaaaaaaaaaaaaa")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy
    assert dialog.error_label.text() == "De wachtwoordzin herhaalt te veel dezelfde tekens."
    assert dialog.focusWidget() is dialog.passphrase.passphrase

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase.passphrase, STRONG)
    qtbot.keyClicks(dialog.passphrase.repeat, STRONG + "!")
    qtbot.keyClick(dialog.passphrase.repeat, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "De twee wachtwoordzinnen zijn niet gelijk."
    assert dialog.focusWidget() is dialog.passphrase.repeat
    assert not vault_exists(path)  # nothing was written


def test_recovery_key_is_shown_once_and_must_be_confirmed(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "k.tvault"
    dialog = make_dialog(qtbot, path, clock)
    fill(qtbot, dialog)
    key = create(qtbot, dialog)
    assert KEY_PATTERN.match(key)
    assert vault_exists(path)
    assert dialog.passphrase.text() == ""  # the secret does not linger

    assert not dialog.done_button.isEnabled()
    dialog.reject()  # Escape
    assert dialog.isVisible()
    assert dialog.recovery_notice.isVisible()
    dialog.close()  # the window's close button
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()

    qtbot.mouseClick(dialog.confirm_box, Qt.MouseButton.LeftButton)
    assert dialog.done_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.key_label.text() == ""  # forgotten once confirmed

    service = dialog.service
    assert isinstance(service, Service)
    assert service.organisation == "Praktijkschool De Brug" and service.worker.name == "Anna"
    service.close()
    # The key as shown opens the vault; so does the passphrase.
    Service.open_with_recovery(path, key, clock=clock).close()
    Service.open(path, STRONG, clock=clock).close()


def test_an_existing_file_is_refused_inline(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "k.tvault"
    path.write_bytes(b"iets anders")
    dialog = make_dialog(qtbot, path, clock)
    fill(qtbot, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert not dialog.showing_recovery_key
    assert dialog.error_label.text() == "Op deze plek staat al een kluis; kies een andere naam."
    assert path.read_bytes() == b"iets anders"


def test_other_location_can_be_chosen(qtbot: QtBot, tmp_path: Path, clock: FixedClock) -> None:
    other = tmp_path / "elders.tvault"
    dialog = CreateVaultDialog(
        tmp_path / "k.tvault", clock=clock, kdf=KdfParams(), choose_path=lambda _w, _p: other
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.path_button, Qt.MouseButton.LeftButton)
    assert dialog.path == other and dialog.path_label.toolTip() == str(other)
    fill(qtbot, dialog)
    create(qtbot, dialog)
    assert vault_exists(other) and not vault_exists(tmp_path / "k.tvault")
    qtbot.mouseClick(dialog.confirm_box, Qt.MouseButton.LeftButton)
    dialog.finish()
    assert dialog.service is not None
    dialog.service.close()


def test_recovery_sheet_prints_the_key(tmp_path: Path, qtbot: QtBot) -> None:
    key = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = tmp_path / "sheet.pdf"
    printer.setOutputFileName(str(pdf))
    print_sheet(printer, "De Brug & Co", "kluis.tvault", key, date(2026, 11, 23))
    raw = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    text = " ".join(raw.split())  # the PDF's word gaps come back as tabs
    assert "Herstelsleutel Toestemming" in text
    compact = "".join(raw.split())  # extraction may split a monospace group ("67 89")
    assert "ABCD-EFGH-JKMN-PQRS" in compact and "TVWX-YZ01-2345-6789" in compact
    assert "De Brug & Co" in text and "23-11-2026" in text
    assert "&amp;" not in text
    assert "<script>" not in sheet_html("<script>", "x", key, date(2026, 1, 1))


# -- the session: first run and "Nieuwe kluis maken…" -----------------------------------------
@pytest.fixture
def session_factory(qtbot: QtBot, clock: FixedClock) -> Iterator[list[Session]]:
    sessions: list[Session] = []
    yield sessions
    for s in sessions:
        s.shutdown()
        for widget in (s.dialog, s.setup_dialog, s.window):
            if widget is not None:
                widget.hide()
                widget.deleteLater()


def test_first_run_creates_then_opens_the_main_window(
    qtbot: QtBot,
    tmp_path: Path,
    clock: FixedClock,
    quits: list[bool],
    session_factory: list[Session],
) -> None:
    path = tmp_path / "nieuw.tvault"
    session = Session(path, clock=clock, kdf=KdfParams())
    session_factory.append(session)
    session.show_unlock()
    assert session.dialog is None
    setup = session.setup_dialog
    assert isinstance(setup, CreateVaultDialog) and setup.isVisible()

    fill(qtbot, setup)
    create(qtbot, setup)
    qtbot.mouseClick(setup.confirm_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(setup.done_button, Qt.MouseButton.LeftButton)
    window = session.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.windowTitle() == "Toestemming — Praktijkschool De Brug"
    assert window.worker_label.text() == "Medewerker: Anna"

    window.lock()
    unlock = session.dialog
    assert unlock is not None and unlock.isVisible()
    assert "nieuw.tvault" in unlock.file_label.text()
    unlock.passphrase_field.setText(STRONG)
    with qtbot.waitSignal(unlock.accepted, timeout=10_000):
        unlock.unlock()
    assert session.window is not None
    assert quits == []


def test_cancelling_the_first_run_quits(
    qtbot: QtBot,
    tmp_path: Path,
    clock: FixedClock,
    quits: list[bool],
    session_factory: list[Session],
) -> None:
    session = Session(tmp_path / "nieuw.tvault", clock=clock, kdf=KdfParams())
    session_factory.append(session)
    session.show_unlock()
    assert session.setup_dialog is not None
    session.setup_dialog.reject()
    assert quits == [True]


def test_new_vault_from_the_unlock_dialog(
    qtbot: QtBot,
    tmp_path: Path,
    clock: FixedClock,
    quits: list[bool],
    session_factory: list[Session],
) -> None:
    first = tmp_path / "eerste.tvault"
    Service.create(first, "Org", "Bert", STRONG, clock, kdf=KdfParams())[0].close()
    second = tmp_path / "tweede.tvault"
    session = Session(first, clock=clock, kdf=KdfParams(), choose_path=lambda _w, _p: second)
    session_factory.append(session)
    session.show_unlock()
    unlock = session.dialog
    assert unlock is not None and unlock.create_button.text() == "Nieuwe kluis maken…"

    qtbot.mouseClick(unlock.create_button, Qt.MouseButton.LeftButton)
    assert session.dialog is None and not unlock.isVisible()
    setup = session.setup_dialog
    assert setup is not None and setup.path == second
    setup.reject()  # changed my mind: back to unlocking the first vault
    assert quits == []
    assert session.dialog is not None and "eerste.tvault" in session.dialog.file_label.text()

    qtbot.mouseClick(session.dialog.create_button, Qt.MouseButton.LeftButton)
    setup = session.setup_dialog
    assert setup is not None
    fill(qtbot, setup)
    create(qtbot, setup)
    setup.confirm_box.setChecked(True)
    setup.finish()
    assert session.window is not None and session.vault_path == second
    QApplication.processEvents()
