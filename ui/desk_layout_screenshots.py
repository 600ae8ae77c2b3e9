"""Screenshots of the first-day-at-the-desk screens, for review and the README:

    python -m ui.desk_layout_screenshots OUTDIR

Signing mode at the tablet sizes (1024×768, 1280×800, 800×1280 upright) and with the system's
large text (200 %); Jongere toevoegen showing who may already be in the vault; Samenvoegen;
the CSV import with a look-alike row. A temporary vault with synthetic people only."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from toestemming.clock import FixedClock
from toestemming.service import Service

TABLET_SHOTS = (
    ("signing_item_1024x768.png", (1024, 768), 1.0),
    ("signing_item_1280x800_tekst200.png", (1280, 800), 2.0),
    ("signing_item_staand_800x1280.png", (800, 1280), 1.0),
    ("signing_item_staand_tekst200.png", (800, 1280), 2.0),
)


def _settle(widget: Any) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
        widget.grab()


def _vault(path: Path, create_options: dict[str, Any]) -> Service:
    from .signing.screenshots import NOW, PASSPHRASE

    svc, _ = Service.create(
        path, "Praktijkschool De Brug", "Anna", PASSPHRASE, FixedClock(NOW), **create_options
    )
    return svc


def render_tablet(out: Path, directory: Path, **create_options: Any) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from .font_size import scaled
    from .signing.mode import SigningMode
    from .signing.screenshots import _sample

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    svc = _vault(directory / "tablet.tvault", create_options)
    clock = svc.clock
    written = []
    normal = app.font()
    try:
        request_id = _sample(svc)
        for name, size, scale in TABLET_SHOTS:
            app.setFont(scaled(normal, scale))  # the system's large text
            mode = SigningMode(svc, request_id, clock)
            mode.present(full_screen=False)
            mode.resize(*size)
            _settle(mode)  # one signer: the mode opens on item 1
            _read_to_end(mode)  # Ja waits until a text that scrolls was read (read_gate.py)
            mode.item_page.yes_button.click()
            mode.item_page.next_button.click()  # the item with special data
            _settle(mode)
            _read_to_end(mode)
            mode.item_page.yes_button.click()
            _settle(mode)
            path = out / name
            mode.grab().save(str(path))
            written.append(path)
            mode.leave()
    finally:
        app.setFont(normal)
        svc.close()
    return written


def render_desk(out: Path, directory: Path, **create_options: Any) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from .app import build_main_window
    from .csv_import import CsvImportDialog

    svc = _vault(directory / "desk.tvault", create_options)
    written: list[Path] = []
    try:
        first = svc.people.add_youth(
            given_name="Lieke",
            family_name="van den Berg",
            birth_date="01-02-2010",
            school="Pro Utrecht",
        )
        svc.people.add_youth(
            external_ref="4711",
            given_name="Lieke",
            family_name="Berg, van den",
            birth_date="01-02-2010",
        )
        svc.people.add_representative(first.id, "Sanne van den Berg", "parent", True)
        window = build_main_window(svc)
        window.resize(1366, 768)
        window.show()
        _settle(window)
        dialog = window.detail.open_add_youth()
        assert dialog is not None
        for field, text in (
            (dialog.given_field, "Lieke"),
            (dialog.infix_field, "Van den"),
            (dialog.family_field, "Berg"),
            (dialog.birth_field, "1-2-2010"),
        ):
            field.setText(text)
        dialog.save()  # shows who may already be there; nothing is added
        dialog.adjustSize()
        _settle(dialog)
        path = out / "jongere_toevoegen_mogelijk_dubbel.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.reject()
        window.detail.show_youth(first.id)
        merge = window.detail.open_merge()
        assert merge is not None
        _settle(merge)
        path = out / "samenvoegen.png"
        merge.grab().save(str(path))
        written.append(path)
        merge.reject()
        importer = CsvImportDialog(svc)
        importer.show()
        importer.load_bytes(
            b"Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum\n"
            b"4711;Lieke;van den;Berg;01-02-2010\n"
            b";Lieke;van den;Berg;02-01-2010\n"
            b"5001;Daan;de;Vries;03-09-2010\n",
            "export.csv",
        )
        for _ in range(200):
            if not importer.busy:
                break
            QApplication.processEvents()
        _settle(importer)
        path = out / "csv_import_mogelijk_dubbel.png"
        importer.grab().save(str(path))
        written.append(path)
        importer.reject()
        window.close()
    finally:
        svc.close()
    return written


def _read_to_end(mode: Any) -> None:
    """Scroll the item's text to its end as a signer reading it would."""
    bar = mode.item_page.text_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    _settle(mode)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        raise SystemExit("Gebruik: python -m ui.desk_layout_screenshots UITVOERMAP")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        render_tablet(out, Path(tmp))
        render_desk(out, Path(tmp))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
