"""Geschil voorbij for a dispute that does not run ends nothing (review26).

A bezwaar of Sanne's mother holds her record. Later a worker hears "de klacht is afgehandeld"
(a complaint that was never recorded here), opens "Geschil loopt…", picks "een klacht" and
clicks "Geschil voorbij". Before: the dialog ended "the only one that runs" instead — the
mother's bezwaar — and the record came free for erasure while the bezwaar still ran (AVG
art. 17(3)(e)). Now the dialog says which dispute runs and changes nothing; ending the
bezwaar takes choosing it."""

from __future__ import annotations

from consent_fixtures import desk
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.app import build_main_window
from ui.main_window import MainWindow
from ui.retention_hold import DisputeDialog

__all__ = ["desk"]


def _events(service: Service) -> int:
    return int(service.vault.db.scalar("SELECT count(*) FROM events"))


def test_ending_a_complaint_that_never_ran_keeps_the_bezwaar(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    sanne = seeded.odegaard
    service.retention.hold(sanne, "objection")
    dialog = DisputeDialog(service, sanne)
    qtbot.addWidget(dialog)
    assert dialog.kinds["objection"].isChecked()  # type: ignore[index]
    dialog.kinds["complaint"].setChecked(True)  # type: ignore[index]
    events = _events(service)

    dialog.release_button.click()

    assert service.retention.disputes(sanne) == ("objection",), "the bezwaar was ended"
    assert _events(service) == events
    assert dialog.message.kind == "error"
    assert "klacht" in dialog.message.text() and "bezwaar" in dialog.message.text()

    dialog.kinds["objection"].setChecked(True)  # the bezwaar is over after all
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        dialog.release_button.click()
    assert service.retention.disputes(sanne) == ()


def test_nothing_chosen_ends_the_only_one(qtbot: QtBot, service: Service, seeded: Seeded) -> None:
    sanne = seeded.odegaard
    service.retention.hold(sanne, "court")
    dialog = DisputeDialog(service, sanne)
    qtbot.addWidget(dialog)
    for button in dialog.kinds.values():
        button.setAutoExclusive(False)
        button.setChecked(False)
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        dialog.release_button.click()
    assert service.retention.disputes(sanne) == ()


def test_one_record_under_two_disputes_is_one_record_held(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    """Vandaag lists a line per running dispute (core25); the line at its top counts
    records. Before: Sanne's bezwaar and the AP's inquiry read "2 dossiers vastgehouden"."""
    service.retention.hold(seeded.odegaard, "objection")
    service.retention.hold(seeded.odegaard, "authority")
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    today = window.today
    today.refresh()
    assert "1 dossier vastgehouden door een geschil" in today.held_button.text()
    heading = today.tree.topLevelItem(today.tree.topLevelItemCount() - 1)
    assert heading.childCount() == 2  # a line per dispute, as before
    service.retention.hold(seeded.zoe, "court")
    today.refresh()
    assert "2 dossiers vastgehouden door een geschil" in today.held_button.text()


def test_geschil_voorbij_in_the_menu_with_two_running_asks_which(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    """The menu's "Geschil voorbij" ends the only dispute. With two running the core refuses
    ("Kies welk geschil voorbij is") — but the menu item has nothing to choose from: the
    worker read "kies" in the status bar and had no place to choose. Now it opens the dispute
    dialog, where she chooses; nothing is ended before."""
    actions = desk.retention_actions  # type: ignore[attr-defined]
    service.retention.hold(seeded.odegaard, "objection")
    service.retention.hold(seeded.odegaard, "authority")
    desk.detail.show_youth(seeded.odegaard)
    actions.update_enabled()
    events = _events(service)
    actions.release_action.trigger()
    assert service.retention.disputes(seeded.odegaard) == ("objection", "authority")
    assert _events(service) == events
    dialog = actions.dialog
    assert isinstance(dialog, DisputeDialog) and dialog.isVisible()
    dialog.kinds["authority"].setChecked(True)  # type: ignore[index]
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        dialog.release_button.click()
    assert service.retention.disputes(seeded.odegaard) == ("objection",)
