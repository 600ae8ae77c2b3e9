"""A dialog whose content grows while it is open (Bewijs exporteren's result: the path and
seven lines of the check) grew down and to the right from where it stood: on a 1024×600
netbook with 200 % text its lower part and its buttons lay past the screen's edge (found by
the first-day walk, tests/ui/first_day_screen_s16.py). Now it moves back inside the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.forms import ProofExportDialog
from ui.screen_fit import install_dialog_fitter


def test_the_proof_dialog_stays_on_the_screen_when_its_result_grows(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    install_dialog_fitter(qapp)  # as the application does
    dialog = ProofExportDialog(service, item_id=seeded.given_item, directory=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen()
    assert screen is not None
    free = screen.availableGeometry()
    # Where a window manager may put it: low on the screen, against its right edge.
    frame = dialog.frameGeometry()
    corner = QPoint(free.right() + 1 - frame.width(), free.bottom() + 1 - frame.height())
    dialog.move(dialog.pos() + corner - frame.topLeft())
    qtbot.waitUntil(lambda: dialog.frameGeometry().topLeft() == corner)
    before = dialog.height()
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.height() > before)  # the result made it grow
    assert free.contains(dialog.frameGeometry()), (dialog.frameGeometry(), free)


def test_with_large_text_the_whole_result_can_be_read_and_the_buttons_stay(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    """The system's text at 200 %: the result did not fit and was cut off mid-line; now it
    scrolls, whole, and the dialog with its buttons stays within the screen."""
    install_dialog_fitter(qapp)
    normal = qapp.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    try:
        dialog = ProofExportDialog(service, item_id=seeded.given_item, directory=tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        with qtbot.waitSignal(dialog.exported, timeout=60_000):
            dialog.export_button.click()
        qtbot.waitUntil(lambda: "OK" in dialog.result_label.text())
        for _ in range(3):
            QApplication.processEvents()
        label = dialog.result_label
        assert label.height() >= label.heightForWidth(label.width()) - 1, "result cut off"
        screen = dialog.screen()
        assert screen is not None
        assert screen.availableGeometry().contains(dialog.frameGeometry())
        for button in (dialog.export_button, dialog.close_button):
            place = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
            assert dialog.rect().contains(place), button.text()
    finally:
        qapp.setFont(normal)
