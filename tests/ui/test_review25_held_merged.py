"""Review of session 19: the Vandaag panel's list of held records (lead) meets the merge of a
held record (review24 carries the hold to the record that stays).

Sanne was entered twice; the FG holds the second record (a complaint). A worker merges the
second into the first. Before: the hold stayed on the number that went, the panel looked that
youth up, got "Deze jongere bestaat niet (meer)" and showed that error instead of ALL of its
lists — the worker's whole day (pending requests, notifications, retention) was gone until the
dispute… could not even be released (its record no longer exists). Now the panel lists Sanne's
kept record once, under its dispute, and every other list with it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.app import build_main_window

HELD_LIST = "Vastgehouden door een geschil"


def test_the_today_panel_survives_merging_a_held_record(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    sanne = service.people.youth(seeded.odegaard)
    double = service.people.add_youth(
        given_name=sanne.given_name,
        family_name=sanne.family_name,
        birth_date=sanne.birth_date,
        school=sanne.school,
    )
    service.retention.hold(double.id, "complaint")
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    today = window.today
    assert today.counts[HELD_LIST] == 1
    kept = service.duplicates.merge(seeded.odegaard, double.id)
    today.refresh()
    assert today.error_label.isHidden(), today.error_label.text()
    assert today.counts[HELD_LIST] == 1
    assert sum(today.counts.values()) > 1  # the other lists are there too
    heading = next(
        today.tree.topLevelItem(i)
        for i in range(today.tree.topLevelItemCount())
        if today.tree.topLevelItem(i).text(today.NAME).startswith(HELD_LIST)
    )
    line = heading.child(0)
    assert line.text(today.NAME) == sanne.display_name
    assert today.line_at(line).youth_id == kept.id
