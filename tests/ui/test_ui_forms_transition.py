"""The transitieformulier editor and the PDF preview: fill in, save a version, reopen, see
errors in Dutch, preview what is on screen, save it as PDF and print it (logged)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from toestemming.usecases.forms_data import Perspective
from ui.forms import PdfPreviewDialog, TransitionFormDialog

SHOTS_DIR = os.environ.get("TOESTEMMING_SCREENSHOTS")  # keep the pictures to look at them
SHOTS = Path(SHOTS_DIR) if SHOTS_DIR else None


def events(service: Service, kind: str) -> int:
    return int(service.vault.db.scalar("SELECT count(*) FROM events WHERE kind = ?", (kind,)))


@pytest.fixture
def dialog(qtbot: QtBot, service: Service, seeded: Seeded) -> TransitionFormDialog:
    d = TransitionFormDialog(service, seeded.zoe)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def fill(d: TransitionFormDialog, row: int, values: list[str]) -> None:
    for col, text in enumerate(values):
        d.table.setItem(row, col, QTableWidgetItem(text))


def test_fill_in_save_and_reopen(
    qtbot: QtBot, dialog: TransitionFormDialog, service: Service, seeded: Seeded
) -> None:
    assert dialog.request_combo.count() == 2  # "(geen …)" + Zoë's request
    dialog.request_combo.setCurrentIndex(1)
    dialog.add_button.click()
    fill(
        dialog,
        0,
        [
            "Bakkerij Çelik, Utrecht",
            "Brood bakken",
            "01-02-2026",
            "30-06-2026",
            "16",
            "Goed",
            "Vaste begeleider",
        ],
    )
    dialog.perspective_buttons[Perspective.WORK].click()
    dialog.school_contact.name.setText("Sanne Ødegaard")
    dialog.municipality_contact.name.setText("Анна Кузнецова")
    dialog.save_button.click()
    assert "versie 1" in dialog.message.text()
    form = service.forms.transition_form(seeded.zoe)
    assert form is not None
    assert form.data.internships[0].workplace == "Bakkerij Çelik, Utrecht"
    assert form.data.internships[0].hours_per_week == 16
    assert form.data.perspective == Perspective.WORK
    assert form.data.request_id == dialog.request_combo.itemData(1)

    again = TransitionFormDialog(service, seeded.zoe)
    qtbot.addWidget(again)
    assert (
        again.table.rowCount() == 1 and again.table.item(0, 0).text() == "Bakkerij Çelik, Utrecht"
    )
    assert again.table.item(0, 2).text() == "01-02-2026"
    assert again.perspective_buttons[Perspective.WORK].isChecked()
    assert again.municipality_contact.name.text() == "Анна Кузнецова"
    assert "Versie 1 geladen" in again.message.text()


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (["Bakker", "Werk", "31-02-2026", "", "", "", ""], "datum is ongeldig"),
        (["Bakker", "Werk", "", "", "veel", "", ""], "heel getal"),
        (["Bakker", "Werk", "", "", "99", "", ""], "tussen 1 en 60"),
        (["", "Werk", "", "", "", "", ""], "stageplaats is verplicht"),
    ],
)
def test_errors_are_dutch_and_nothing_is_saved(
    dialog: TransitionFormDialog, service: Service, seeded: Seeded, values: list[str], message: str
) -> None:
    dialog.add_button.click()
    fill(dialog, 0, values)
    dialog.save_button.click()
    assert message in dialog.message.text()
    assert service.forms.transition_form(seeded.zoe) is None


def test_empty_rows_are_ignored_and_can_be_removed(dialog: TransitionFormDialog) -> None:
    dialog.add_button.click()
    dialog.add_button.click()
    fill(dialog, 1, ["Magazijn", "Orderpicken", "", "", "", "", ""])
    assert len(dialog.data().internships) == 1
    dialog.table.selectRow(1)
    dialog.remove_button.click()
    assert dialog.table.rowCount() == 1 and dialog.data().internships == ()


def test_preview_save_and_print_are_logged(
    qtbot: QtBot, dialog: TransitionFormDialog, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    dialog.request_combo.setCurrentIndex(1)
    dialog.school_contact.name.setText("Sanne Ødegaard")
    preview = dialog.preview()
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    assert preview.document.pageCount() >= 1
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Zoë Çelik" in text and "Sanne Ødegaard" in text
    assert service.forms.transition_form(seeded.zoe) is None  # a preview saves nothing

    assert preview.save(str(tmp_path / "formulier"))
    assert (tmp_path / "formulier.pdf").read_bytes() == preview.pdf
    assert events(service, "form.exported") == 1

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afgedrukt.pdf"))
    assert preview.print_(printer)
    printed = PdfReader(tmp_path / "afgedrukt.pdf")
    assert len(printed.pages) == preview.document.pageCount()
    assert events(service, "form.exported") == 2
    assert "printer" in preview.status.text()


def has_ink(image: QImage) -> bool:
    step = 7
    return any(
        image.pixelColor(x, y).lightness() < 100
        for y in range(image.height() // 8, image.height() // 2, step)
        for x in range(image.width() // 8, image.width() * 7 // 8, step)
    )


def test_dialog_and_preview_screenshots(
    qtbot: QtBot, dialog: TransitionFormDialog, tmp_path: Path
) -> None:
    dialog.request_combo.setCurrentIndex(1)
    dialog.add_button.click()
    fill(
        dialog,
        0,
        [
            "Bakkerij Çelik, Utrecht",
            "Brood bakken",
            "01-02-2026",
            "30-06-2026",
            "16",
            "Goed",
            "Vaste begeleider",
        ],
    )
    dialog.resize(900, 760)
    out = SHOTS or tmp_path
    assert dialog.grab().save(str(out / "transitieformulier-dialoog.png"))
    preview = dialog.preview()
    assert preview is not None
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    preview.resize(760, 900)
    # QPdfView renders pages in the background: wait until the page shows ink.
    qtbot.waitUntil(lambda: has_ink(preview.view.grab().toImage()), timeout=10_000)
    assert preview.grab().save(str(out / "transitieformulier-voorbeeld.png"))
