"""A record an open dispute holds is listed last on the Vandaag panel ("Vastgehouden door een
geschil"): with a dozen requests waiting for an answer that list sat below the fold of a
1366×768 laptop, and a worker who never scrolls down never saw that the desk is keeping a
record past its retention period. Now the panel says so at its top, and a click on that line
takes the worker to the held record (Enter there opens its dispute)."""

from __future__ import annotations

from consent_fixtures import activate
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui.app import build_main_window
from ui.today_panel import HELD


def _waiting_requests(service: Service, count: int) -> None:
    """`count` youths each with a request waiting for an answer (the usual Monday)."""
    work, uwv = service.catalog.purposes()[0], service.catalog.recipients()[0]
    contact = service.catalog.categories()[0]
    for n in range(count):
        youth = service.people.add_youth(
            given_name=f"Wacht{n:02d}", family_name="Jansen", birth_date="01-01-2008"
        )
        service.consents.create_request(
            youth.id, [ItemSpec(work.id, uwv.id, (contact.id,))], valid_until="01-11-2027"
        )


def test_a_held_record_is_seen_at_the_top_and_one_click_away(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    _waiting_requests(service, 14)
    service.retention.hold(seeded.odegaard, "complaint")
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.resize(1350, 690)  # a 1366×768 laptop, maximised
    window.show()
    qtbot.waitExposed(window)
    activate(window)  # type: ignore[arg-type]
    today = window.today
    today.refresh()
    tree = today.tree
    # The held list itself is below the fold: the other lists' lines come first.
    heading = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert heading.text(today.NAME).startswith("Vastgehouden door een geschil")
    assert not tree.viewport().rect().intersects(tree.visualItemRect(heading.child(0)))
    # What the worker sees at the top of the panel, without scrolling:
    button = today.held_button
    assert button.isVisible()
    assert "1 dossier vastgehouden door een geschil" in button.text()
    assert button.accessibleName() == button.text()
    top = button.mapTo(window, button.rect().topLeft())
    assert window.rect().contains(top)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    line = tree.currentItem()
    assert today.line_at(line) is not None
    assert today.line_at(line).kind == HELD  # type: ignore[union-attr]
    assert today.line_at(line).youth_id == seeded.odegaard  # type: ignore[union-attr]
    assert tree.viewport().rect().intersects(tree.visualItemRect(line))
    assert tree.hasFocus()
    # Released: the line at the top goes.
    service.retention.release(seeded.odegaard)
    today.refresh()
    assert not button.isVisible()
