"""Uitstroom and erasure from the app: typed confirmation, the service's refusals shown in
Dutch with nothing changed, and a real erasure that keeps the audit log verifiable."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.retention import CONFIRM_WORD, EraseDialog, LeftDialog


def _events(service: Service) -> int:
    return int(service.vault.db.scalar("SELECT count(*) FROM events"))


def test_left_date_starts_the_retention_clock(
    qtbot: QtBot, service: Service, seeded: Seeded, clock: FixedClock
) -> None:
    clock.advance(timedelta(days=400))  # registered more than a year ago
    dialog = LeftDialog(service, seeded.odegaard)
    qtbot.addWidget(dialog)
    day = clock.today() - timedelta(days=3)
    dialog.date.setDate(QDate(day.year, day.month, day.day))
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        dialog.save()
    case = service.retention.case(seeded.odegaard)
    assert case.reference == day and case.reference_kind == "Uitgestroomd"
    assert case.due_on.year == day.year + service.policy().retention_years
    # A future date cannot even be picked.
    again = LeftDialog(service, seeded.odegaard)
    qtbot.addWidget(again)
    today = clock.today()
    assert again.date.maximumDate() == QDate(today.year, today.month, today.day)


def test_erase_needs_the_typed_word_and_keeps_the_chain(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    dialog = EraseDialog(service, seeded.odegaard)
    qtbot.addWidget(dialog)
    assert dialog.request.isChecked()  # the period has not passed: only "on request" makes sense
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "wis")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, CONFIRM_WORD)
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.erased, timeout=2000) as signal:
        dialog.erase_button.click()
    record = signal.args[0]
    assert record.youth_id == seeded.odegaard
    youth = service.people.youth(seeded.odegaard)
    assert youth.erased and "Ødegaard" not in youth.display_name
    assert service.verify_audit(deep=True).ok


def test_refusals_are_shown_and_nothing_changes(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    before = _events(service)
    # Zoë still has a given and a requested consent: erasure on request is refused.
    dialog = EraseDialog(service, seeded.zoe)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.confirm, CONFIRM_WORD)
    dialog.erase_button.click()
    assert dialog.message.kind == "error" and "toestemmingen" in dialog.message.text()
    # Retention as the ground while the period still runs: refused with the date.
    other = EraseDialog(service, seeded.odegaard)
    qtbot.addWidget(other)
    other.retention.setChecked(True)
    qtbot.keyClicks(other.confirm, CONFIRM_WORD)
    other.erase_button.click()
    assert other.message.kind == "error" and "bewaartermijn loopt nog" in other.message.text()
    assert _events(service) == before
    assert not service.people.youth(seeded.zoe).erased
    assert not service.people.youth(seeded.odegaard).erased


def test_beheer_menu_and_vandaag_reach_the_erase_dialog(
    qtbot: QtBot, service: Service, seeded: Seeded, clock: FixedClock
) -> None:
    from ui.app import build_main_window
    from ui.retention import RetentionActions
    from ui.today_panel import RETENTION

    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    actions = window.retention_actions  # type: ignore[attr-defined]
    assert isinstance(actions, RetentionActions)
    assert actions.erase_action in window.admin_tools.menu.actions()  # type: ignore[attr-defined]
    assert not actions.erase_action.isEnabled()  # no youth chosen yet
    window.detail.show_youth(seeded.odegaard)
    actions.update_enabled()
    assert actions.erase_action.isEnabled() and actions.left_action.isEnabled()
    actions.left_action.trigger()
    assert isinstance(actions.dialog, LeftDialog)
    actions.dialog.reject()
    # Seven years and a day later Sanne is on the retention list; Enter on that line opens
    # the erase dialog for her, with the retention ground chosen.
    clock.advance(timedelta(days=7 * 366 + 1))
    window._today_activated(RETENTION, seeded.odegaard, 0, 0)
    dialog = actions.dialog
    assert isinstance(dialog, EraseDialog) and dialog.retention.isChecked()
    qtbot.keyClicks(dialog.confirm, CONFIRM_WORD)
    with qtbot.waitSignal(dialog.erased, timeout=2000):
        dialog.erase_button.click()
    assert service.people.youth(seeded.odegaard).erased
    assert "gewist op" in window.statusBar().currentMessage()
    # The page no longer shows a placeholder person with actions: what is left is a count.
    assert window.detail.youth_id is None
    assert "zijn gewist" in window.detail.placeholder_label.text()
    assert not window.detail.new_request_action.isEnabled()
    window.detail.show_youth(seeded.zoe)  # another youth: the usual page again
    assert window.detail.youth_id == seeded.zoe and window.detail.new_request_action.isEnabled()
    # Locking takes the dialog and the actions away.
    window.lock()
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert not actions.erase_action.isEnabled()
