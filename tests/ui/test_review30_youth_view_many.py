"""'Mening van de jongere' for a request of many parts (review30).

cases23's dialog puts two rows per part (its words, then its choice) in a plain form. A
school's transition request easily has a dozen parts: on the desk's 1366×768 laptop the
dialog then needed more height than the screen, and its buttons ("Mening vastleggen",
Annuleren) lay below the screen's edge — the worker could not save. (The small-screen fitter
only steps in below 700×400; a larger screen leaves each dialog to fit itself.) Now the parts
scroll and the buttons stay in view, at desk size and at 512×300."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui import screen_fit
from ui.consent.youth_view import YouthViewDialog
from ui.screen_fit import DialogFitter

PARTS = 14


def _big_request(service: Service, clock: FixedClock) -> tuple[int, list[int]]:
    today = clock.today()
    born = today.replace(year=today.year - 14) - timedelta(days=30)
    youth = service.people.add_youth(
        given_name="Lotte", family_name="Smit", birth_date=born.isoformat()
    )
    service.people.add_representative(youth.id, "Eva Smit", RepresentativeRole.PARENT, True)
    category = service.catalog.categories()[0].id
    purpose = service.catalog.purposes()[0].id
    specs = []
    for n in range(PARTS):
        recipient = service.catalog.add_recipient(
            f"Organisatie nummer {n + 1} voor de overstap", "gemeente", f"Afdeling {n + 1}"
        )
        specs.append(ItemSpec(purpose, recipient.id, (category,)))
    request = service.consents.create_request(youth.id, specs)
    return request.id, [i.id for i in request.items]


@pytest.mark.parametrize("room", [QSize(1366 - 16, 768 - 40 - 38), QSize(512, 300)])
def test_the_save_button_of_a_many_part_request_is_on_the_screen(
    qtbot: QtBot,
    service: Service,
    clock: FixedClock,
    seeded: Seeded,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    room: QSize,
) -> None:
    monkeypatch.setattr(screen_fit, "available", lambda widget=None: room)
    app = QApplication.instance()
    fitter = DialogFitter(app)  # as the desk's application has it (create_application)
    app.installEventFilter(fitter)
    request_id, items = _big_request(service, clock)
    try:
        _save_the_last_part(qtbot, service, clock, tmp_path, room, request_id, items)
    finally:
        app.removeEventFilter(fitter)
        fitter.deleteLater()


def _save_the_last_part(
    qtbot: QtBot,
    service: Service,
    clock: FixedClock,
    tmp_path: Path,
    room: QSize,
    request_id: int,
    items: list[int],
) -> None:
    dialog = YouthViewDialog(service, request_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()  # the small screen's scroll area lays out its content
    dialog.grab().save(str(tmp_path / f"mening-{room.width()}.png"))
    dialog.grab().save(f"/tmp/r30/shots/mening-{room.width()}.png")
    assert dialog.height() <= room.height(), (dialog.height(), room.height())
    button = dialog.save_button
    bottom = button.mapTo(dialog, QPoint(0, button.height())).y()
    assert button.isVisible() and bottom <= dialog.height()
    # The last part can be reached and chosen, and saving records it.
    last = dialog.choices[items[-1]]
    dialog.choose(items[-1], "agrees")
    assert last.currentData() == "agrees"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.message.text()
    assert [(v.item_id, v.view.value) for v in dialog.heard] == [(items[-1], "agrees")]
