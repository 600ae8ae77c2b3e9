"""Instellingen → recipients, purposes (versioned), data categories: real dialogs on a real
vault; the table models pass Qt's model tester."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.model import ConsentItem, DataLevel
from toestemming.service import Service
from ui.settings import SettingsDialog
from ui.settings.models import (
    CategoryModel,
    PurposeModel,
    PurposeVersionModel,
    RecipientModel,
    WorkerModel,
)


@pytest.fixture
def dialog(qtbot: QtBot, service: Service) -> Iterator[SettingsDialog]:
    d = SettingsDialog(service)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    yield d


def column(model: RecipientModel | PurposeModel | CategoryModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def asked_item(service: Service, seeded: Seeded) -> ConsentItem:
    """The item the template vault already asked (and the parents gave)."""
    view = next(
        v for v in service.consents.items_for_youth(seeded.zoe) if v.item_id == seeded.given_item
    )
    request = service.consents.request_by_code(view.reference_code)
    return next(i for i in request.items if i.id == seeded.given_item)


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, service: Service) -> None:
    purposes = service.catalog.purposes()
    for model in (
        RecipientModel(lambda: service.catalog.recipients(active_only=False)),
        PurposeModel(service.catalog.purposes),
        PurposeVersionModel(lambda: service.catalog.purpose_versions(purposes[0].id)),
        CategoryModel(service.catalog.categories),
        WorkerModel(service.workers, service.worker_id),
        RecipientModel(list),  # empty
    ):
        qtmodeltester.check(model)
        model.reload()
        qtmodeltester.check(model)


def test_tabs_and_title(dialog: SettingsDialog) -> None:
    assert dialog.windowTitle() == "Instellingen"
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == [
        "&Ontvangers",
        "&Doelen",
        "&Gegevens",
        "&Medewerkers",
        "&Beleid",
        "T&aal",
        "T&ijd",
    ]


def test_add_recipient_and_deactivate(
    qtbot: QtBot, dialog: SettingsDialog, service: Service
) -> None:
    page = dialog.recipients
    assert column(page.model, 0) == ["RBL Utrecht", "UWV"]
    changed: list[bool] = []
    dialog.catalog_changed.connect(lambda: changed.append(True))

    add = page.open_add_dialog()
    add.submit()  # empty name
    assert add.isVisible() and add.error_label.text() == "Naam van de ontvanger is verplicht."
    assert add.focusWidget() is add.name_field
    qtbot.keyClicks(add.name_field, "Gemeente Utrecht")
    qtbot.keyClicks(add.department_field, "Werk en Inkomen")
    add.kind_field.setCurrentIndex(add.kind_field.findData("gemeente"))
    qtbot.keyClicks(add.email_field, "geen-adres")
    add.submit()
    assert add.error_label.text() == "Dit e-mailadres ziet er niet geldig uit."
    assert add.focusWidget() is add.email_field
    add.email_field.setText("wi@utrecht.nl")
    add.convenant_box.setChecked(True)
    qtbot.mouseClick(add.save_button, Qt.MouseButton.LeftButton)
    assert not add.isVisible()

    assert column(page.model, 0) == ["Gemeente Utrecht", "RBL Utrecht", "UWV"]
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert row == [
        "Gemeente Utrecht",
        "Werk en Inkomen",
        "gemeente",
        "wi@utrecht.nl",
        "ja",
        "actief",
    ]
    assert page.selected() is not None and page.selected().name == "Gemeente Utrecht"
    assert changed == [True]

    assert page.toggle_button.text() == "Deacti&veren"
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in service.catalog.recipients()] == ["RBL Utrecht", "UWV"]
    # The row stays visible (inactive ones are shown now), labelled, and can be undone.
    assert page.show_inactive.isChecked()
    assert page.selected() is not None and not page.selected().active
    assert page.model.index(page.current_row(), 5).data() == "niet actief"
    assert page.toggle_button.text() == "Acti&veren"
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert len(service.catalog.recipients()) == 3


def test_revising_a_purpose_makes_a_new_version_and_old_items_keep_theirs(
    qtbot: QtBot, dialog: SettingsDialog, service: Service, seeded: Seeded
) -> None:
    page = dialog.purposes
    dialog.show_tab(SettingsDialog.PURPOSES)
    codes = column(page.model, 0)
    assert codes == ["begeleiding-werk", "schoolwissel"]
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.versions.rowCount() == 1
    assert page.version_text.toPlainText() == "Zodat het UWV je kan helpen."
    old_item = asked_item(service, seeded)
    assert old_item.purpose.version == 1

    revise = page.open_revise_dialog()
    assert revise is not None
    assert revise.title_field.text() == "Begeleiding naar werk"
    revise.submit()  # nothing changed
    assert revise.error_label.text() == "Er is niets gewijzigd; een nieuwe versie is niet nodig."
    revise.description_field.setPlainText(
        "Zodat het UWV en de gemeente je samen kunnen helpen bij het vinden van werk."
    )
    revise.submit()
    assert not revise.isVisible()

    assert page.model.index(0, 2).data() == "2"  # latest version shown in the list
    assert [page.versions.index(r, 0).data() for r in range(page.versions.rowCount())] == [
        "2",
        "1",
    ]
    assert "samen kunnen helpen" in page.version_text.toPlainText()
    page.versions_table.setCurrentIndex(page.versions.index(1, 0))
    assert page.version_text.toPlainText() == "Zodat het UWV je kan helpen."
    # The consent already asked still points at version 1 and its text.
    item = asked_item(service, seeded)
    assert item.purpose == old_item.purpose and item.text == old_item.text


def test_purpose_page_says_when_the_english_text_is_missing_or_older(
    dialog: SettingsDialog, service: Service
) -> None:
    page = dialog.purposes
    dialog.show_tab(SettingsDialog.PURPOSES)
    page.table.setCurrentIndex(page.model.index(0, 0))
    purpose = page.selected()
    assert purpose is not None
    assert page.language_note.isVisible()
    assert "Nog geen Engelse tekst" in page.language_note.text()
    service.catalog.revise_purpose(purpose.id, "Guidance to work", "So the UWV can help.", "en")
    page.reload()
    page.select(purpose.id)
    assert page.language_note.isHidden()
    service.catalog.revise_purpose(purpose.id, "Begeleiding", "Zodat UWV en gemeente helpen.")
    page.reload()
    page.select(purpose.id)
    assert page.language_note.isVisible()
    assert page.language_note.text().startswith(
        "De Engelse tekst (versie 2) is ouder dan de Nederlandse (versie 3)."
    )


def test_add_purpose_duplicate_code_is_refused(dialog: SettingsDialog) -> None:
    page = dialog.purposes
    add = page.open_add_dialog()
    add.code_field.setText("schoolwissel")
    add.title_field.setText("Nog een")
    add.description_field.setPlainText("Uitleg.")
    add.submit()
    assert add.error_label.text() == "Er bestaat al een doel met deze code."
    assert add.focusWidget() is add.code_field
    add.code_field.setText("stage")
    add.submit()
    assert "stage" in column(page.model, 0)
    assert page.selected() is not None and page.selected().code == "stage"


def test_add_special_category_warns(qtbot: QtBot, dialog: SettingsDialog, service: Service) -> None:
    page = dialog.categories
    add = page.open_add_dialog()
    assert add.dat_button.isChecked() and add.special_warning.isHidden()
    add.code_field.setText("gezondheid")
    add.name_field.setText("Gezondheid")
    add.description_field.setPlainText("Diagnose en medicijnen, alleen als het echt nodig is.")
    add.wat_button.setChecked(True)
    qtbot.mouseClick(add.special_box, Qt.MouseButton.LeftButton)
    assert add.special_warning.isVisible()
    assert "uitdrukkelijke toestemming" in add.special_warning.text()
    add.submit()
    created = next(c for c in service.catalog.categories() if c.code == "gezondheid")
    assert created.level == DataLevel.WAT and created.special
    row = next(
        r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "gezondheid"
    )
    assert page.model.index(row, 2).data() == "— (Nederlandse naam)"
    assert page.model.index(row, 3).data() == "WAT (wát er speelt)"
    assert page.model.index(row, 4).data() == "ja – bijzonder persoonsgegeven"
