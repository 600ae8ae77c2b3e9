"""Instellingen → Doelen → Wettelijke plicht: a worker marks a purpose the law requires (seed
004, kwalificatieplicht) from the desk, on a real vault, clicking the real widgets. The duty is
set once, so the dialog wants a tick first, refuses a vague law in Dutch (nothing recorded),
and the page then says the purpose is a duty and offers no second one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from toestemming.service import Service
from ui.screen_fit import install_dialog_fitter
from ui.settings import SettingsDialog
from ui.settings.legal_duty import ALWAYS, LegalDutyDialog
from ui.settings.purposes import PurposesPage


@pytest.fixture
def page(qtbot: QtBot, service: Service) -> Iterator[PurposesPage]:
    d = SettingsDialog(service)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.show_tab(SettingsDialog.PURPOSES)
    d.purposes.table.setCurrentIndex(d.purposes.model.index(0, 0))
    yield d.purposes


def _open(qtbot: QtBot, page: PurposesPage) -> LegalDutyDialog:
    qtbot.mouseClick(page.duty_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(LegalDutyDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_marking_a_duty_from_the_desk(qtbot: QtBot, page: PurposesPage, service: Service) -> None:
    purpose = page.selected()
    assert purpose is not None
    assert page.duty_button.isEnabled() and page.duty_note.isHidden()
    dialog = _open(qtbot, page)
    assert not dialog.save_button.isEnabled()  # nothing before the tick
    qtbot.keyClicks(dialog.law_field, "wet")
    dialog.sure.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Noem de wet en het artikel" in dialog.error_label.text()
    assert service.legal_duties.of(purpose.id) is None  # nothing recorded
    dialog.law_field.clear()
    qtbot.keyClicks(dialog.law_field, "Leerplichtwet 1969, art. 21")
    assert dialog.age_field.value() == 18  # kwalificatieplicht, the usual case
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    duty = service.legal_duties.of(purpose.id)
    assert duty is not None and (duty.law, duty.until_age) == ("Leerplichtwet 1969, art. 21", 18)
    selected = page.selected()
    assert selected is not None and selected.id == purpose.id
    note = page.duty_note
    assert note.isVisible() and "Leerplichtwet 1969, art. 21" in note.text() and "18" in note.text()
    assert not page.duty_button.isEnabled()


def test_a_duty_at_every_age(qtbot: QtBot, page: PurposesPage, service: Service) -> None:
    purpose = page.selected()
    dialog = _open(qtbot, page)
    qtbot.keyClicks(dialog.law_field, "Wet op het RIO, art. 8")
    dialog.age_field.setValue(ALWAYS)
    assert dialog.age_field.text() == "altijd, op elke leeftijd"
    dialog.sure.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    duty = service.legal_duties.of(purpose.id)
    assert duty is not None and duty.until_age is None
    assert "op elke leeftijd" in page.duty_note.text()


def test_cancel_records_nothing(
    qtbot: QtBot, qapp: QApplication, page: PurposesPage, service: Service
) -> None:
    install_dialog_fitter(qapp)  # as the desk has it: Escape keeps typed work once
    purpose = page.selected()
    dialog = _open(qtbot, page)
    qtbot.keyClicks(dialog.law_field, "Leerplichtwet 1969, art. 21")
    dialog.sure.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # the law typed in is not dropped unseen
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert service.legal_duties.of(purpose.id) is None
    assert page.duty_button.isEnabled()


def test_the_dialog_and_the_page_say_the_duty_holds_toward_a_public_body_only(
    qtbot: QtBot, page: PurposesPage, service: Service
) -> None:
    """The core holds a duty toward a public body on its legal task only (a stage employer
    still needs the youth's consent, and her objection counts there). A worker who reads
    "no consent needed" without that would skip consent toward the employer too: the dialog,
    before the tick, and the page's note after it say toward whom."""
    purpose = page.selected()
    assert purpose is not None
    dialog = _open(qtbot, page)
    assert "overheidsorgaan" in dialog.explanation.text()
    assert "werkgever" in dialog.explanation.text()  # whom it does not hold toward
    qtbot.keyClicks(dialog.law_field, "Leerplichtwet 1969, art. 21")
    dialog.sure.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert "overheidsorgaan" in page.duty_note.text(), page.duty_note.text()
    # What the texts say is what the core does.
    youth = service.people.add_youth(given_name="Noa", family_name="Smit", birth_date="01-02-2011")
    employer = service.catalog.add_recipient("Bakkerij De Korenschoof", "werkgever", "")
    rbl = service.catalog.add_recipient("RBL Utrecht", "leerplicht_rmc", "Leerplicht")
    assert service.sharing.options(youth.id, employer.id, purpose.id).legal_duty == ""
    assert service.sharing.options(youth.id, rbl.id, purpose.id).legal_duty != ""


def test_the_age_field_offers_only_what_the_core_takes(qtbot: QtBot, page: PurposesPage) -> None:
    """The highest age the dialog offers is the core's (a second number in the desk could
    drift from it); the lowest is 'altijd'."""
    from toestemming.usecases.legal_duties import MAX_UNTIL_AGE

    dialog = _open(qtbot, page)
    assert dialog.age_field.maximum() == MAX_UNTIL_AGE
    dialog.age_field.setValue(dialog.age_field.minimum())
    assert dialog.until_age() is None
