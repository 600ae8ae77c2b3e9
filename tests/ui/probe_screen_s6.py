"""The probe on the screen this process has (not collected by itself: test_ui_probe_s6.py runs
it in a child process whose offscreen platform has one screen of the size under test).

The main window fills the screen, shows a youth with parents and consents, then every dialog
the desk opens from its menus and the youth page (the list of test_ui_dialog_sizes.py) is
opened the way the desk opens it; each window is checked with probe_checks.probe. With
PROBE_SHOTS set, the main window and the youth page are saved there as PNG."""

from __future__ import annotations

import os
from pathlib import Path

from consent_fixtures import activate, desk
from probe_checks import probe
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from test_ui_dialog_sizes import DIALOGS
from ui_vault import Seeded

from toestemming.service import Service
from ui.help_menu import AboutDialog
from ui.main_window import MainWindow
from ui.screen_fit import available
from ui.verify_view import VerifyDialog

__all__ = ["desk"]

# The Help menu's windows and the youth's whole proof, next to the desk's dialogs
# (test_ui_dialog_sizes.DIALOGS).
EXTRA = {
    "bewijspakket van de jongere": lambda win, svc, s, t: win.detail.export_youth_proof(),
    "over Toestemming": lambda win, svc, s, t: AboutDialog(win),
    "bewijspakket controleren": lambda win, svc, s, t: VerifyDialog(t / "bewijs.zip", win),
}


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_everything_fits_this_screen(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    screen = QGuiApplication.primaryScreen()
    size = screen.size()
    assert f"{size.width()}x{size.height()}" == os.environ["PROBE_SCREEN"], size
    # Maximised: the whole screen less a title bar (dialogs keep to ui/screen_fit's budget).
    room = screen.availableGeometry().size() - QSize(0, 38)
    desk.resize(room)
    settle()
    problems: dict[str, list[str]] = {}
    activate(desk)  # type: ignore[arg-type]
    problems["hoofdvenster"] = probe(desk, room)
    shots = os.environ.get("PROBE_SHOTS")
    if shots:
        desk.grab().save(str(Path(shots) / f"desk_{os.environ['PROBE_SCREEN']}.png"))
    desk.detail.show_youth(seeded.zoe)
    settle()
    activate(desk)  # type: ignore[arg-type]
    problems["jongerenpagina"] = probe(desk, room)
    if shots:
        desk.grab().save(str(Path(shots) / f"youth_{os.environ['PROBE_SCREEN']}.png"))

    for what, opener in sorted({**DIALOGS, **EXTRA}.items()):
        desk.detail.show_youth(seeded.zoe)
        dialog = opener(desk, service, seeded, tmp_path)
        if dialog is None:
            dialog = desk.detail.dialog
        assert isinstance(dialog, QDialog), what
        dialog.show()
        qtbot.waitExposed(dialog)
        settle()
        activate(dialog)
        problems[what] = probe(dialog, available(dialog))
        dialog.reject()
        settle()
    found = {k: v for k, v in problems.items() if v}
    report = "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in found.items())
    assert not found, f"on {os.environ['PROBE_SCREEN']}:\n{report}"
