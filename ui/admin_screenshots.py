"""Screenshots of the set-up and management screens, for review and documentation.

    python -m ui.admin_screenshots OUTDIR

Renders offscreen at 1366×768: the create-vault dialog (filled in, strength meter visible),
the recovery key page, Instellingen (recipients and purposes), and the CSV import preview
with a few bad rows — each dialog drawn over the main window of the demo vault, or over an
empty desktop before there is a vault.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from .screenshots import NOW, SIZE, build_demo_vault, open_demo_window

CSV_SAMPLE = (
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;School;Opleiding;Mentor\n"
    "24001;Amira;;El Idrissi;14-02-2010;Praktijkschool De Brug;Entree;Dhr. Bakker\n"
    "24002;Jesse;van der;Meer;31-02-2010;Praktijkschool De Brug;;Dhr. Bakker\n"
    "24003;;;Kaya;03-11-2009;Praktijkschool De Brug;Entree;Mw. Smit\n"
    "24004;Liam;de;Boer;7-7-2009;VSO De Horizon;;Mw. Smit\n"
    "24001;Amira;;El Idrissi;14-02-2010;Praktijkschool De Brug;Entree;Dhr. Bakker\n"
    "24005;Noor;;Visser;12.05.2011;Praktijkschool De Brug;Entree;Dhr. Bakker\n"
    "24006;Sem;;Jansen;01-01-2030;VSO De Horizon;;Mw. Smit\n"
    "24007;Eva;;Mulder;2010-09-30;Praktijkschool De Brug;;Dhr. Bakker\n"
).encode("cp1252")


def _wait(condition: Any) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()
    QApplication.processEvents()


def _over(background: Any, dialog: Any, path: Path) -> Path:
    """Save `dialog` drawn centred over `background` (a QPixmap of SIZE), like on screen."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter, QPen
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    shot = dialog.grab()
    canvas = background.copy()
    painter = QPainter(canvas)
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 60))  # the dimmed window behind
    x = max(0, (canvas.width() - shot.width()) // 2)
    y = max(0, (canvas.height() - shot.height()) // 2)
    painter.drawPixmap(QPoint(x, y), shot)
    painter.setPen(QPen(QColor("#555555"), 1))
    painter.drawRect(x - 1, y - 1, shot.width() + 1, shot.height() + 1)
    painter.end()
    canvas.save(str(path))
    return path


def render_admin_screenshots(out: Path, directory: Path, **vault_options: Any) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPixmap

    from toestemming.clock import FixedClock

    from .csv_import import CsvImportDialog
    from .settings import SettingsDialog
    from .setup.create_vault import CreateVaultDialog

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    desktop = QPixmap(*SIZE)
    desktop.fill(QColor("#3b4a5a"))

    setup = CreateVaultDialog(
        directory / "nieuw" / "kluis.tvault",
        clock=FixedClock(NOW),
        kdf=vault_options.get("kdf"),
    )
    (directory / "nieuw").mkdir(exist_ok=True)
    setup.show()
    setup.organisation_field.setText("Praktijkschool De Brug")
    setup.worker_field.setText("Anna de Vries")
    setup.passphrase.passphrase.setText("fiets regen kaas")
    setup.passphrase.repeat.setText("fiets regen kaas")
    setup.adjustSize()
    written.append(_over(desktop, setup, out / "setup.png"))
    setup.passphrase.passphrase.setText("zeven kleine olifanten dansen op het dak")
    setup.passphrase.repeat.setText("zeven kleine olifanten dansen op het dak")
    setup.create_vault()
    _wait(lambda: not setup.busy)
    setup.adjustSize()
    written.append(_over(desktop, setup, out / "recovery_key.png"))
    setup.confirm_box.setChecked(True)
    setup.finish()
    if setup.service is not None:
        setup.service.close()

    path, clock = build_demo_vault(directory, **vault_options)
    service, window = open_demo_window(path, clock)
    _wait(lambda: True)
    background = window.grab()

    settings = SettingsDialog(service, window)
    settings.setWindowModality(Qt.WindowModality.WindowModal)
    settings.show()
    settings.recipients.table.setCurrentIndex(settings.recipients.model.index(0, 0))
    written.append(_over(background, settings, out / "settings_recipients.png"))
    settings.show_tab(SettingsDialog.PURPOSES)
    settings.purposes.table.setCurrentIndex(settings.purposes.model.index(0, 0))
    written.append(_over(background, settings, out / "settings_purposes.png"))
    settings.show_tab(SettingsDialog.POLICY)
    written.append(_over(background, settings, out / "settings_policy.png"))
    settings.show_tab(SettingsDialog.WORKERS)
    add_worker = settings.workers.open_add_dialog()
    add_worker.name_field.setText("Bert Jansen")
    add_worker.passphrase.passphrase.setText("kort")
    add_worker.submit()
    add_worker.adjustSize()
    written.append(_over(settings.grab(), add_worker, out / "settings_add_worker.png"))
    add_worker.reject()
    settings.close()

    importer = CsvImportDialog(service, window)
    importer.show()
    importer.load_bytes(CSV_SAMPLE, "leerlingen-export.csv")
    _wait(lambda: not importer.busy)
    written.append(_over(background, importer, out / "csv_preview.png"))
    importer.close()
    window.close()
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        raise SystemExit("Gebruik: python -m ui.admin_screenshots UITVOERMAP")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import create_application
    from .i18n import install_translators

    install_translators(create_application())
    with tempfile.TemporaryDirectory() as tmp:
        render_admin_screenshots(Path(argv[0]), Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
