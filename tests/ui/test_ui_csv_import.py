"""The CSV import dialog: preview with per-row errors, nothing written before the confirm,
import off the GUI thread with progress, stop between rows, and no duplicates next time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from toestemming.csv_import import RowStatus
from toestemming.service import Service
from ui.admin_tools import AdminTools
from ui.app import build_main_window
from ui.csv_import import CsvImportDialog, ImportPreviewModel

M = ImportPreviewModel
EXPORT = (
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;School;Opleiding;Klas\n"
    "5001;Yara;;Bakker;04-05-2010;Pro Utrecht;Entree;2B\n"
    "5002;Timo;van;Dijk;31-02-2010;Pro Utrecht;;2B\n"  # impossible date
    "5003;;;Smit;01-01-2010;Pro Utrecht;;2B\n"  # no given name
    "5001;Yara;;Bakker;04-05-2010;Pro Utrecht;Entree;2B\n"  # same Leerlingnummer again
    "5004;Noë;de;Wit;7-7-2009;VSO Kompas;;3A\n"
).encode("cp1252")


@pytest.fixture
def dialog(qtbot: QtBot, service: Service) -> Iterator[CsvImportDialog]:
    d = CsvImportDialog(service)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    yield d


def load(qtbot: QtBot, dialog: CsvImportDialog, data: bytes, name: str = "export.csv") -> None:
    dialog.load_bytes(data, name)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def run_import(qtbot: QtBot, dialog: CsvImportDialog) -> None:
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def cells(model: ImportPreviewModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_preview_shows_each_row_with_its_errors(
    qtbot: QtBot, dialog: CsvImportDialog, service: Service
) -> None:
    assert not dialog.import_button.isEnabled()
    before = service.people.count()
    load(qtbot, dialog, EXPORT)
    m = dialog.model
    assert cells(m, M.LINE) == ["2", "3", "4", "5", "6"]
    assert cells(m, M.STATUS) == [
        "nieuw",
        "fout – overslaan",
        "fout – overslaan",
        "fout – overslaan",
        "nieuw",
    ]
    assert cells(m, M.NAME) == ["Yara Bakker", "Timo van Dijk", "Smit", "Yara Bakker", "Noë de Wit"]
    assert cells(m, M.ERRORS) == [
        "",
        "Geboortedatum is geen geldige datum (gebruik dd-mm-jjjj).",
        "Voornaam is verplicht.",
        "Dit leerlingnummer staat al op regel 2.",
        "",
    ]
    assert m.index(1, M.STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert dialog.summary_label.text() == (
        "5 regels: 2 nieuw, 0 bestaan al, 3 met fouten. Tekenset: Windows-1252, "
        "scheidingsteken: puntkomma."
    )
    assert "Niet gebruikt: Klas." in dialog.columns_label.text()
    assert dialog.import_button.text() == "&Importeren (2)" and dialog.import_button.isEnabled()
    assert service.people.count() == before  # nothing written by the preview

    dialog.errors_only_box.setChecked(True)
    assert cells(m, M.LINE) == ["3", "4", "5"]


def test_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, dialog: CsvImportDialog
) -> None:
    qtmodeltester.check(dialog.model)
    load(qtbot, dialog, EXPORT)
    qtmodeltester.check(dialog.model)
    dialog.model.set_errors_only(True)
    qtmodeltester.check(dialog.model)


def test_import_adds_new_rows_and_reimport_adds_none(
    qtbot: QtBot, dialog: CsvImportDialog, service: Service
) -> None:
    before = service.people.count()
    load(qtbot, dialog, EXPORT)
    run_import(qtbot, dialog)
    assert service.people.count() == before + 2
    assert dialog.import_result is not None and dialog.import_result.added == 2
    assert dialog.status_label.text() == "Klaar: 2 jongeren toegevoegd (2 van 2 regels verwerkt)."
    assert dialog.progress_bar.value() == 2
    assert not dialog.import_button.isEnabled()  # a preview is imported once
    assert dialog.close_button.isEnabled()

    load(qtbot, dialog, EXPORT)
    assert cells(dialog.model, M.STATUS)[0] == "bestaat al – overslaan"
    assert dialog.preview is not None and dialog.preview.count(RowStatus.NEW) == 0
    assert not dialog.import_button.isEnabled()
    assert service.people.count() == before + 2


def test_stop_keeps_rows_already_added_and_says_how_many(
    qtbot: QtBot, dialog: CsvImportDialog, service: Service
) -> None:
    lines = "".join(f"{9000 + i};Reeks{i};Import;01-01-2010\n" for i in range(300))
    data = ("Leerlingnummer;Roepnaam;Achternaam;Geboortedatum\n" + lines).encode()
    before = service.people.count()
    load(qtbot, dialog, data)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.start_import()
        assert dialog.importing and dialog.stop_button.isVisible()
        assert not dialog.close_button.isEnabled()
        dialog.reject()  # Escape while importing means: stop
        assert dialog.isVisible()
        assert not dialog.stop_button.isEnabled()
        assert dialog.status_label.text().startswith("Stoppen na de regel")
    result = dialog.import_result
    assert result is not None and result.cancelled and result.added < 300
    added = service.people.count() - before
    assert added == result.added
    assert dialog.status_label.text().startswith(
        f"Gestopt na {result.done} van 300 regels. {added} jongeren zijn toegevoegd"
    )

    # The same file again imports only the rest.
    load(qtbot, dialog, data)
    assert dialog.preview is not None and dialog.preview.count(RowStatus.EXISTING) == added
    run_import(qtbot, dialog)
    assert service.people.count() == before + 300


def test_file_problems_block_the_import(
    qtbot: QtBot, dialog: CsvImportDialog, tmp_path: Path
) -> None:
    load(qtbot, dialog, b"Naam;Klas\nZoe;2B\n")
    assert dialog.problem_label.isVisible()
    assert dialog.problem_label.text().startswith("Deze kolommen ontbreken")
    assert not dialog.import_button.isEnabled()

    dialog.load_file(tmp_path / "bestaat-niet.csv")
    assert dialog.problem_label.text() == "Het bestand kan niet worden gelezen."

    good = tmp_path / "goed.csv"
    good.write_bytes(EXPORT)
    chooser_dialog = CsvImportDialog(dialog._service, choose_file=lambda _w: good)
    qtbot.addWidget(chooser_dialog)
    qtbot.mouseClick(chooser_dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not chooser_dialog.busy, timeout=10_000)
    assert chooser_dialog.file_label.text() == "goed.csv"
    assert chooser_dialog.model.rowCount() == 5


def test_menu_opens_the_import_and_refreshes_the_list(qtbot: QtBot, service: Service) -> None:
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    tools = window.admin_tools  # type: ignore[attr-defined]
    assert isinstance(tools, AdminTools)
    assert tools.import_action.shortcut().toString() == "Ctrl+I"
    assert [a.text() for a in tools.menu.actions()][:3] == [
        "&Jongeren importeren (CSV)…",
        "&Medewerkers…",
        "&Instellingen…",
    ]  # then the retention actions (tests/ui/test_ui_retention_dialogs.py)
    tools.import_action.trigger()
    dialog = tools.dialog
    assert isinstance(dialog, CsvImportDialog) and dialog.isVisible()
    load(qtbot, dialog, EXPORT)
    run_import(qtbot, dialog)
    window.search_field.setText("Bakker")
    window.flush_search()
    assert window.model.rowCount() == 1
    dialog.close()
    qtbot.waitUntil(lambda: tools.dialog is None)


def test_look_alikes_are_shown_and_added_only_when_ticked(
    qtbot: QtBot, dialog: CsvImportDialog, service: Service
) -> None:
    service.people.add_youth(
        given_name="Lieke", family_name="van den Berg", birth_date="01-02-2010"
    )
    before = service.people.count()
    data = (
        b"Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum\n"
        b"Lieke;Van den;Berg;01-02-2010\n"  # the same youth, written differently
        b"Lieke;van den;Berg;02-01-2010\n"  # same name, other date: a typo?
        b"Nieuw;;Kind;03-03-2011\n"
    )
    load(qtbot, dialog, data)
    assert cells(dialog.model, M.STATUS) == [
        "bestaat al – overslaan",
        "mogelijk dubbel – controleer",
        "nieuw",
    ]
    assert cells(dialog.model, M.ERRORS)[1] == "Lijkt op: Lieke van den Berg, 01-02-2010"
    assert "1 regel lijkt op een jongere" in dialog.summary_label.text()
    assert dialog.possible_box.isVisible() and not dialog.possible_box.isChecked()
    assert dialog.import_button.text() == "&Importeren (1)"
    dialog.possible_box.setChecked(True)
    assert dialog.import_button.text() == "&Importeren (2)"
    run_import(qtbot, dialog)
    assert service.people.count() == before + 2
