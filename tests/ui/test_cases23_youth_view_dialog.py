"""The worker writes down what Lotte (14) said, from her item's context menu on the youth page.

Her parents decide; she is asked her view (DOMAIN rule 3). Before session 21 the desk had no
place for it. Now "Mening van de jongere…" opens a dialog with a choice per part, none chosen:
saving records her view (not a decision: the item stays 'gevraagd'); for a 16-year-old the
dialog says at once that she decides herself, and saving is refused in words, nothing written.
Real dialog on a real vault (pytest-qt)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, RepresentativeRole
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui.consent.youth_view import YouthViewDialog
from ui.consent_list import YOUTH_VIEW, context_actions


def _request_for(service: Service, age: int, clock: FixedClock) -> tuple[int, list[int]]:
    today = clock.today()
    born = today.replace(year=today.year - age) - timedelta(days=30)
    youth = service.people.add_youth(
        given_name="Lotte", family_name="Smit", birth_date=born.isoformat()
    )
    service.people.add_representative(youth.id, "Eva Smit", RepresentativeRole.PARENT, True)
    recipients = service.catalog.recipients()
    purpose = service.catalog.purposes()[0].id
    category = service.catalog.categories()[0].id
    request = service.consents.create_request(
        youth.id,
        [ItemSpec(purpose, r.id, (category,)) for r in recipients[:2]],
    )
    return request.id, [i.id for i in request.items]


def test_lottes_view_is_recorded_from_the_dialog_and_decides_nothing(
    qtbot: QtBot, service: Service, clock: FixedClock, seeded: Seeded, tmp_path: Path
) -> None:
    request_id, items = _request_for(service, 14, clock)
    youth_id = service.consents.request(request_id).youth_id
    status = service.consents.item_status(items[0])
    assert YOUTH_VIEW in context_actions(status, service.youth_views.may_be_heard(youth_id))
    dialog = YouthViewDialog(service, request_id, focus_item_id=items[1])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.message.text() == ""  # she may be heard: no warning
    assert all(c.currentData() is None for c in dialog.choices.values())  # nothing chosen
    dialog.grab().save(str(tmp_path / "mening.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "minstens één onderdeel" in dialog.message.text()
    dialog.choose(items[1], "objects")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.message.text()
    assert [(v.item_id, v.view.value) for v in dialog.heard] == [(items[1], "objects")]
    assert service.consents.item_status(items[1]).status == ItemStatus.REQUESTED


def test_a_16_year_old_decides_herself_the_dialog_says_so_nothing_written(
    qtbot: QtBot, service: Service, clock: FixedClock, seeded: Seeded
) -> None:
    request_id, items = _request_for(service, 16, clock)
    youth_id = service.consents.request(request_id).youth_id
    assert not service.youth_views.may_be_heard(youth_id)  # not offered on her page
    dialog = YouthViewDialog(service, request_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "beslist zelf" in dialog.message.text()
    events = int(service.vault.db.scalar("SELECT count(*) FROM events"))
    dialog.choose(items[0], "agrees")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "als besluit" in dialog.message.text()
    assert int(service.vault.db.scalar("SELECT count(*) FROM events")) == events
