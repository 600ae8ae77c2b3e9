"""Startkwalificatie vastleggen from the Beheer menu, on a real vault: the worker picks the
diploma and the day, the core records it, and from then the verzuimmelding needs the youth's
consent; a missing choice or the service's refusal is shown in Dutch and nothing changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.model import Diploma
from toestemming.service import Service
from ui.qualification import QualificationDialog


def _events(service: Service) -> int:
    return int(service.vault.db.scalar("SELECT count(*) FROM events"))


def test_a_worker_records_a_diploma_and_a_bad_one_changes_nothing(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    before = _events(service)
    dialog = QualificationDialog(service, seeded.odegaard)
    qtbot.addWidget(dialog)
    assert dialog.diploma.currentIndex() == -1  # nothing chosen for the worker
    dialog.submit()
    assert "diploma" in dialog.error_label.text() and dialog.saved is None
    # A date before the youth's 12th birthday: the core refuses, in its own words.
    born = service.people.youth(seeded.odegaard).birth_date
    dialog.diploma.setCurrentIndex(dialog.diploma.findData("mbo2"))
    dialog.date.setDate(QDate(born.year + 5, 6, 1))
    dialog.submit()
    assert "verjaardag" in dialog.error_label.text() and dialog.saved is None
    assert _events(service) == before and service.qualifications.of(seeded.odegaard) is None

    dialog.date.setDate(QDate(2026, 7, 10))
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.submit()
    got = service.qualifications.of(seeded.odegaard)
    assert got is not None and got.diploma == Diploma.MBO2 and got.obtained_on == date(2026, 7, 10)
    # Opened again, it shows what is on record.
    again = QualificationDialog(service, seeded.odegaard)
    qtbot.addWidget(again)
    assert again.diploma.currentData() == "mbo2"
    assert again.date.date() == QDate(2026, 7, 10)


def test_the_beheer_menu_opens_it_for_the_youth_on_the_page(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    """A new worker looks for it where Uitstroom is: Beheer, enabled once a youth is chosen."""
    from ui.app import build_main_window

    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    actions = window.retention_actions  # type: ignore[attr-defined]
    action = actions.qualification_action
    assert action in window.admin_tools.menu.actions()  # type: ignore[attr-defined]
    assert not action.isEnabled()  # no youth chosen yet
    window.detail.show_youth(seeded.odegaard)
    actions.update_enabled()
    assert action.isEnabled()
    action.trigger()
    assert isinstance(actions.dialog, QualificationDialog)
    assert actions.dialog._youth_id == seeded.odegaard
    actions.dialog.reject()


def test_a_diploma_recorded_by_mistake_is_taken_back_from_the_dialog(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    """The worker typed a classmate's diploma in for this youth. Opened again, the dialog
    offers "Terugnemen (vergissing)…": without a reason the core's Dutch message shows and
    nothing changes; with one, the record is taken back and the dialog closes unsaved."""
    service.qualifications.record(seeded.odegaard, "mbo2", "10-07-2026")
    dialog = QualificationDialog(service, seeded.odegaard)
    qtbot.addWidget(dialog)
    take_back = dialog.open_take_back()
    qtbot.addWidget(take_back)
    shown = " ".join(label.text() for label in take_back.findChildren(QLabel))
    assert "mbo niveau 2, behaald op 10-07-2026" in shown
    before = _events(service)
    take_back.submit()  # type: ignore[attr-defined]
    assert take_back.error_label.text() and _events(service) == before  # type: ignore[attr-defined]
    assert service.qualifications.of(seeded.odegaard) is not None
    take_back.reason.setText("Diploma van een klasgenoot.")  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        take_back.submit()  # type: ignore[attr-defined]
    assert service.qualifications.of(seeded.odegaard) is None
    assert _events(service) == before + 1
    # Nothing on record any more: no button to take back.
    again = QualificationDialog(service, seeded.odegaard)
    qtbot.addWidget(again)
    assert not hasattr(again, "take_back_button")
