"""Instellingen → Gegevens: the English name of a category (what an English-reading signer
sees), one at a time in a dialog or the standard translations at once. Real vault, real clicks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from toestemming.service import Service
from ui.settings import SettingsDialog
from ui.settings.categories import CategoriesPage


@pytest.fixture
def page(qtbot: QtBot, service: Service) -> Iterator[CategoriesPage]:
    dialog = SettingsDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.categories)
    qtbot.waitExposed(dialog)
    yield dialog.categories


def _row(page: CategoriesPage, code: str) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == code)


def test_standard_translations_are_offered_and_filled_in_one_click(
    qtbot: QtBot, page: CategoriesPage, service: Service
) -> None:
    # The template vault's "contact" category has the standard code and Dutch name.
    assert page.standard_button.isVisible() and page.standard_note.isVisible()
    assert "Contactgegevens" in page.standard_note.text()
    events = service.vault.db.scalar("SELECT count(*) FROM events")
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.standard_button, Qt.MouseButton.LeftButton)
    contact = next(c for c in service.catalog.categories() if c.code == "contact")
    assert contact.name_en == "Contact details"
    assert service.vault.db.scalar("SELECT count(*) FROM events") > events
    assert page.model.index(_row(page, "contact"), 2).data() == "Contact details"
    assert page.standard_button.isHidden() and page.standard_note.isHidden()


def test_english_name_dialog_saves_and_refuses_bad_input(
    qtbot: QtBot, page: CategoriesPage, service: Service
) -> None:
    assert not page.english_button.isEnabled()  # nothing selected yet
    page.table.setCurrentIndex(page.model.index(_row(page, "contact"), 0))
    assert page.english_button.isEnabled()
    dialog = page.open_english_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.name_en_field.setText("\u202eevil")
    dialog.submit()
    assert dialog.isVisible() and "niet zijn toegestaan" in dialog.error_label.text()
    assert service.catalog.standard_english_names()  # nothing was written
    dialog.name_en_field.setText("Contact info")
    with qtbot.waitSignal(page.changed):
        dialog.submit()
    assert not dialog.isVisible()
    assert page.selected() is not None and page.selected().name_en == "Contact info"
    assert page.model.index(_row(page, "contact"), 2).data() == "Contact info"
