"""Help menu (Over: licence + third-party notice; the log: open, save a copy to send) and the
verify view a double-clicked .tbewijs opens — driven through the real widgets."""

from __future__ import annotations

import json
import logging
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from consent_fixtures import desk
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming import applog
from toestemming.service import Service
from ui import launcher
from ui.help_menu import AboutDialog
from ui.main_window import MainWindow
from ui.verify_view import VerifyDialog, is_proof_package, open_verify_view

__all__ = ["desk"]


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot("QUrl")
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


@pytest.fixture
def opened_urls() -> Iterator[_Opened]:
    receiver = _Opened()
    QDesktopServices.setUrlHandler("file", receiver, "open")
    yield receiver
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setattr(applog, "log_directory", lambda: folder)
    monkeypatch.setattr("ui.help_menu.log_directory", lambda: folder)
    monkeypatch.setattr("ui.help_menu.log_files", lambda directory=None: applog.log_files(folder))
    applog.configure_logging(folder)
    yield folder
    applog.remove_logging(folder)


def test_help_is_the_last_menu_with_about_log_and_verify(desk: MainWindow) -> None:
    titles = [a.text() for a in desk.menuBar().actions()]
    assert titles[-1] == "&Help"
    texts = [a.text() for a in desk.help_menu.menu.actions() if not a.isSeparator()]  # type: ignore[attr-defined]
    assert texts == [
        "Bewijspakket &controleren…",
        "&Logboek openen",
        "Logboek &meesturen…",
        "&Over Toestemming…",
    ]


def test_about_shows_the_licence_and_every_bundled_package(qtbot: QtBot) -> None:
    about = AboutDialog()
    qtbot.addWidget(about)
    notice = about.notice.toPlainText()
    for name in ("PySide6_Essentials", "sqlcipher3", "reportlab", "phonenumberslite", "zxcvbn"):
        assert name.lower() in notice.lower(), name
    assert "LGPL-3.0" in notice and "code.qt.io" in notice and "Dynamisch gekoppeld" in notice
    assert "ONBEKEND" not in notice
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in about.licence.toPlainText()


def test_open_log_points_at_the_log_folder(
    desk: MainWindow, log_dir: Path, opened_urls: _Opened
) -> None:
    desk.help_menu.open_log_action.trigger()  # type: ignore[attr-defined]
    assert opened_urls.urls == [str(log_dir)]


def test_send_log_saves_a_zip_of_the_log(
    desk: MainWindow,
    log_dir: Path,
    opened_urls: _Opened,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    logging.getLogger("tests.help").warning("een regel voor de beheerder")
    target = tmp_path / "mee.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    desk.help_menu.send_log_action.trigger()  # type: ignore[attr-defined]
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == ["toestemming.log"]
        assert b"een regel voor de beheerder" in archive.read("toestemming.log")
    assert "mee.zip" in told[0]
    assert opened_urls.urls == [str(tmp_path)]
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o077 == 0


def _send_log_to(target: Path, monkeypatch: pytest.MonkeyPatch, desk: MainWindow) -> list[str]:
    """Logboek meesturen with `target` picked in the save dialog; the warnings shown."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: pytest.fail("said it was saved"))
    desk.help_menu.send_log_action.trigger()  # type: ignore[attr-defined]
    return warned


def test_send_log_onto_the_vaults_key_file_is_refused_in_dutch(
    desk: MainWindow, service: Service, log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hurried worker picks the vault's key file in the save dialog and says yes to
    "replace?": the log copy must not replace it (the vault could never be opened again),
    and the worker reads why instead of a crash."""
    from toestemming.store.header import header_path

    keys = header_path(service.vault.path)
    before = keys.read_bytes()
    warned = _send_log_to(keys, monkeypatch, desk)
    assert len(warned) == 1 and "kluis" in warned[0], warned
    assert keys.read_bytes() == before


def test_send_log_where_no_file_can_be_made_says_so(
    desk: MainWindow, log_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A place the system refuses (here: "inside" a file, refused even to root, like a pulled
    stick or a folder without rights): a Dutch warning, not a traceback."""
    not_a_folder = tmp_path / "notities.txt"
    not_a_folder.write_text("geen map")
    warned = _send_log_to(not_a_folder / "mee.zip", monkeypatch, desk)
    assert len(warned) == 1 and "andere plek" in warned[0], warned
    assert not_a_folder.read_text() == "geen map"


def _verdict(qtbot: QtBot, package: Path) -> VerifyDialog:
    dialog = open_verify_view(package)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    return dialog


def test_a_tbewijs_export_opens_in_the_verify_view(
    qtbot: QtBot, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    package = service.forms.proof.export_item(seeded.given_item, tmp_path)
    assert package.suffix == ".tbewijs"
    with zipfile.ZipFile(package) as archive:  # a zip inside
        assert "manifest.json" in archive.namelist()
    assert is_proof_package(str(package))
    dialog = _verdict(qtbot, package)
    assert dialog.report is not None and dialog.report.ok
    assert dialog.headline.text().startswith("Intact, maar de ondertekenaar is niet bevestigd")
    assert "vingerafdruk" in dialog.details.toPlainText().lower()
    # The app names its own buttons, not the command line's options.
    assert "Met vertrouwensbestand controleren" in dialog.details.toPlainText()
    assert "--expect-key" not in dialog.details.toPlainText()

    old_style = package.with_suffix(".zip")  # older exports keep working
    old_style.write_bytes(package.read_bytes())
    assert is_proof_package(str(old_style))
    assert _verdict(qtbot, old_style).report.ok  # type: ignore[union-attr]


def test_the_signer_is_confirmed_with_the_trust_file_or_the_fingerprint(
    qtbot: QtBot,
    service: Service,
    seeded: Seeded,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A privacy officer of another organisation double-clicks a package: intact, signer not
    confirmed. With the organisation's trust file, or the fingerprint it read out by phone,
    the same dialog says who signed; another organisation's fingerprint makes it NOT in order;
    a fingerprint too short or a damaged file is told in Dutch and the verdict stays."""
    package = service.forms.proof.export_item(seeded.given_item, tmp_path)
    trust_file = service.forms.proof.export_trust(tmp_path / "vertrouwen.json")
    fingerprint = service.forms.proof.own_trust().shown
    dialog = _verdict(qtbot, package)
    assert dialog.report is not None and dialog.report.exit_code == 3
    assert dialog.with_trust_file.isEnabled() and dialog.with_fingerprint.isEnabled()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(trust_file), ""))
    qtbot.mouseClick(dialog.with_trust_file, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.report.exit_code == 0
    assert dialog.headline.text().startswith("In orde: het pakket is intact en ondertekend")
    assert "vertrouwensbestand vertrouwen.json" in dialog.details.toPlainText()

    answers = iter([(fingerprint.upper(), True), ("0123 4567 89ab cdef " * 2, True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    qtbot.mouseClick(dialog.with_fingerprint, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.report.exit_code == 0 and fingerprint in dialog.details.toPlainText()
    qtbot.mouseClick(dialog.with_fingerprint, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.report.exit_code == 1
    assert dialog.headline.text().startswith("NIET in orde")
    assert "niet met de verwachte sleutel" in dialog.details.toPlainText()

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    before = dialog.details.toPlainText()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (fingerprint[:19], True))
    qtbot.mouseClick(dialog.with_fingerprint, Qt.MouseButton.LeftButton)
    damaged = tmp_path / "kapot.json"
    doc = json.loads(trust_file.read_text("utf-8"))
    doc["organisation"] = "Een andere school"  # edited after signing
    damaged.write_text(json.dumps(doc), "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(damaged), ""))
    qtbot.mouseClick(dialog.with_trust_file, Qt.MouseButton.LeftButton)
    assert len(told) == 2 and "te kort" in told[0] and "kapot.json" in told[1]
    assert not dialog.busy and dialog.details.toPlainText() == before


def test_a_changed_package_is_shown_as_not_in_order(
    qtbot: QtBot, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    package = service.forms.proof.export_item(seeded.given_item, tmp_path)
    changed = tmp_path / "gewijzigd.tbewijs"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(changed, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "receipt.json":
                data = data.replace(b'"', b"'", 1)
            dst.writestr(name, data)
    dialog = _verdict(qtbot, changed)
    assert dialog.headline.text().startswith("NIET in orde")
    not_a_zip = tmp_path / "kapot.tbewijs"
    not_a_zip.write_bytes(b"dit is geen zip")
    assert not _verdict(qtbot, not_a_zip).report.ok  # type: ignore[union-attr]


def test_the_launcher_sends_a_double_clicked_package_to_the_verify_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "bewijs.tbewijs"
    package.write_bytes(b"PK")
    shown: list[Path] = []
    monkeypatch.setattr("ui.verify_app.run_verify_app", lambda p: shown.append(p) or 0)
    monkeypatch.setattr(applog, "log_directory", lambda: tmp_path / "logs")
    monkeypatch.setattr(sys, "argv", ["toestemming", str(package)])
    try:
        assert launcher.main() == 0
    finally:
        applog.remove_logging(tmp_path / "logs")
    assert shown == [package]
    # Not a package (no such file, another suffix): the normal command line.
    assert not is_proof_package(str(tmp_path / "weg.tbewijs"))
    assert not is_proof_package(str(tmp_path))
