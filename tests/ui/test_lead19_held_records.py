"""A record an open dispute holds stays off the erasure list (cases21) — and so out of sight:
the desk had no place that showed what it is keeping and why, so a dispute that ended long ago
kept a record for good without anyone noticing. Now the Vandaag panel lists each held record
with its dispute, and Enter on the line opens the dispute dialog where "voorbij" is said."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.app import build_main_window
from ui.retention import RetentionActions
from ui.retention_hold import DisputeDialog
from ui.today_panel import HELD

HELD_LIST = "Vastgehouden door een geschil"


def test_the_today_panel_lists_a_held_record_and_enter_opens_its_dispute(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    today = window.today
    assert today.counts[HELD_LIST] == 0
    service.retention.hold(seeded.zoe, "complaint")
    today.refresh()
    assert today.counts[HELD_LIST] == 1
    assert service.retention.held_records() == [(seeded.zoe, service.retention.dispute(seeded.zoe))]
    heading = next(
        today.tree.topLevelItem(i)
        for i in range(today.tree.topLevelItemCount())
        if today.tree.topLevelItem(i).text(today.NAME).startswith(HELD_LIST)
    )
    line = heading.child(0)
    assert line.text(today.NAME) == "Zoë Çelik"
    assert "klacht" in line.text(today.DETAIL) and "niet wissen" in line.text(today.DETAIL)
    window._today_activated(HELD, seeded.zoe, 0, 0)
    actions = window.retention_actions  # type: ignore[attr-defined]
    assert isinstance(actions, RetentionActions)
    assert isinstance(actions.dialog, DisputeDialog)
    actions.dialog.reject()
    service.retention.release(seeded.zoe)
    today.refresh()
    assert today.counts[HELD_LIST] == 0
