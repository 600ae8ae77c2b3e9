"""The privacy officer's view through the real widgets: Beheer → Logboek (who, what, when,
youth by number and reference code), filters, CSV, the proof of a period (written, verified),
and the youth's Geschiedenis naming the worker of every event."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from consent_fixtures import click, desk, type_text
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.proof import verify
from toestemming.service import Service
from ui.activity_log import ActivityLogDialog
from ui.consent.history import HistoryDialog
from ui.consent_list import HISTORY
from ui.main_window import MainWindow

__all__ = ["desk"]


def open_log(qtbot: QtBot, desk: MainWindow) -> ActivityLogDialog:
    desk.admin_tools.log_action.trigger()  # type: ignore[attr-defined]
    dialog = desk.admin_tools.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, ActivityLogDialog)
    dialog.since_edit.setDate(QDate(2020, 1, 1))
    click(qtbot, dialog.show_button)
    return dialog


def test_log_view_filters_and_csv_without_youth_names(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    dialog = open_log(qtbot, desk)
    rows = dialog.rows()
    assert rows, dialog.message.text()
    worker = service.worker.name
    decisions = [r for r in rows if r[2] == "Beslissing vastgelegd"]
    assert len(decisions) == 2 and all(r[1] == worker for r in decisions)
    code = service.consents.requests_for_youth(seeded.zoe)[0].reference_code
    assert all(r[3] == f"nr. {seeded.zoe}" and r[4] == code for r in decisions)
    for name in ("Zoë", "Çelik", "Ayşe", "Ömer", "Mehmet"):
        assert not any(name in cell for row in rows for cell in row)

    # Filter: one youth, one kind of action.
    type_text(qtbot, dialog.youth_field, str(seeded.zoe))
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("Toestemming"))
    click(qtbot, dialog.show_button)
    assert {r[2] for r in dialog.rows()} == {"Toestemming gevraagd", "Beslissing vastgelegd"}
    # Bad input: a Dutch message, the table keeps what it showed.
    shown = dialog.rows()
    dialog.youth_field.clear()
    type_text(qtbot, dialog.youth_field, "Zoë")
    click(qtbot, dialog.show_button)
    assert "nummer" in dialog.message.text() and dialog.rows() == shown
    dialog.youth_field.clear()
    dialog.until_edit.setDate(QDate(2019, 1, 1))
    click(qtbot, dialog.show_button)
    assert "begindatum" in dialog.message.text()

    dialog.until_edit.setDate(QDate.currentDate().addYears(5))
    click(qtbot, dialog.show_button)
    target = dialog.save_csv(tmp_path / "logboek.csv")
    assert target is not None and target.stat().st_mode & 0o077 == 0
    lines = list(csv.reader(io.StringIO(target.read_text("utf-8-sig")), delimiter=";"))
    assert lines[0][2] == "medewerker" and len(lines) == len(dialog.rows()) + 1
    assert "Zoë" not in target.read_text("utf-8-sig")


def test_proof_of_a_period_is_written_and_verifies(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    dialog = open_log(qtbot, desk)
    dialog.until_edit.setDate(QDate.currentDate().addYears(5))
    task = dialog.export_proofs(tmp_path / "bewijs")
    assert task is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    packages = sorted((tmp_path / "bewijs").glob("bewijs-*.tbewijs"))
    assert len(packages) == 1, dialog.message.text()
    assert "in orde" in dialog.message.text()
    report = verify(packages[0], trust=service.forms.proof.own_trust())
    assert report.exit_code == 0
    # A period with nothing in it: said so, nothing written.
    dialog.since_edit.setDate(QDate(2001, 1, 1))
    dialog.until_edit.setDate(QDate(2001, 1, 2))
    dialog.export_proofs(tmp_path / "leeg")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "niets" in dialog.message.text()
    assert not (tmp_path / "leeg").exists() or not any((tmp_path / "leeg").iterdir())


def test_history_names_the_worker_of_every_event(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    desk.detail.show_youth(seeded.zoe)
    card = desk.detail.consents.card(seeded.given_item)
    assert card is not None
    click(qtbot, card.buttons[HISTORY])
    history = desk.detail.dialog
    assert isinstance(history, HistoryDialog)
    qtbot.waitUntil(lambda: history.loaded)
    assert history.workers() and all(w == service.worker.name for w in history.workers())
    shown = [history.list.item(i).text() for i in range(history.list.count())]
    assert all(f"vastgelegd door {service.worker.name}" in line for line in shown)
