"""What happens around the work: after unlock (integrity check, overdue remote requests expire,
the backup banner), the backup actions of the Kluis menu, the automatic backup at lock and at
close, the youth list after adding a youth, and where today's worklist lines lead."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from consent_fixtures import add_youth, desk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot
from ui_vault import PASSPHRASE, Seeded, VaultFiles, damaged_copy

from toestemming.capture.settings import RemoteSettings
from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service
from ui.app import Session
from ui.backup import AutoBackupDialog, BackupDialog, RestoreDialog
from ui.consent.withdraw import NotifyDialog
from ui.main_window import MainWindow
from ui.remote import SendRequestDialog
from ui.today_panel import REMOTE, RETENTION, TodayPanel
from ui.unlock import UnlockDialog

__all__ = ["desk"]  # the fixture, imported for pytest
pytestmark = pytest.mark.usefixtures("no_message_boxes")


@pytest.fixture
def session(qtbot: QtBot, vault: VaultFiles, clock: FixedClock) -> Iterator[Session]:
    s = Session(vault.path, clock=clock)
    yield s
    s.shutdown()
    for widget in (s.dialog, s.window):
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def unlock(qtbot: QtBot, session: Session) -> MainWindow:
    session.show_unlock()
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase_field.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.unlock()
    assert session.window is not None
    return session.window


def mail_request(service: Service, youth_id: int) -> int:
    """Mehmet's open request, sent as an .eml (a remote request waiting for an answer)."""
    service.people.update_youth(youth_id, email="mehmet@example.org")
    service.remote.set_settings(RemoteSettings(reply_address="balie@testschool.example"))
    purpose = service.catalog.purposes()[0]
    recipient = service.catalog.recipients()[0]
    category = service.catalog.categories()[0]
    from toestemming.usecases.consent import ItemSpec

    request = service.consents.create_request(
        youth_id, [ItemSpec(purpose.id, recipient.id, (category.id,))]
    )
    service.remote.export_eml(request.id, SignerRef.youth(youth_id))
    return request.id


def test_after_unlock_overdue_remote_requests_expire_and_the_backup_banner_shows(
    qtbot: QtBot, session: Session, vault: VaultFiles, clock: FixedClock, seeded: Seeded
) -> None:
    svc = Service.open(vault.path, PASSPHRASE, clock=clock)
    request_id = mail_request(svc, seeded.mehmet)
    svc.close()
    clock.advance(timedelta(days=15))  # past the 14 days of the remote settings

    window = unlock(qtbot, session)
    care = window.vault_care  # type: ignore[attr-defined]
    assert care.expired == [request_id]
    assert "1 verzoek op afstand" in window.statusBar().currentMessage()
    # No verified backup yet: the banner says so and offers one.
    assert not care.backup_banner.isHidden()
    assert "nog geen geverifieerde reservekopie" in care.backup_banner.message_label.text()
    assert care.damaged_banner.isHidden()
    window.close()
    check = Service.open(vault.path, PASSPHRASE, clock=clock)
    try:
        assert check.remote.expired_at(request_id) is not None
    finally:
        check.close()


def test_a_damaged_vault_opens_read_only_with_the_banner(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock, tmp_path: Path, quits: list[bool]
) -> None:
    damaged = damaged_copy(vault, tmp_path)
    session = Session(damaged, clock=clock)
    try:
        window = unlock(qtbot, session)
        care = window.vault_care  # type: ignore[attr-defined]
        assert not care.damaged_banner.isHidden()
        assert "alleen-lezen" in care.damaged_banner.message_label.text()
        assert care.backup_banner.isHidden() and not care.backup_action.isEnabled()
        assert "beschadigd" in window.statusBar().currentMessage()
        docs = window.documents_menu  # type: ignore[attr-defined]
        assert not docs.scan_action.isEnabled()
        care.damaged_banner.restore_button.click()
        assert isinstance(care.dialog, RestoreDialog)
    finally:
        session.shutdown()


def test_backup_from_the_menu_then_restore_into_a_new_place(
    qtbot: QtBot, desk: MainWindow, seeded: Seeded, tmp_path: Path
) -> None:
    care = desk.vault_care  # type: ignore[attr-defined]
    assert not care.backup_banner.isHidden()
    qtbot.keyClick(
        desk.search_field,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = care.dialog
    assert isinstance(dialog, BackupDialog)
    backup = tmp_path / "kopie.tbackup"
    dialog.path_field.setText(str(backup))
    with qtbot.waitSignal(dialog.backup_made, timeout=60_000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert backup.is_file()
    assert care.backup_banner.isHidden()  # the last verified backup is today's
    dialog.reject()

    care.restore_action.trigger()
    restore = care.dialog
    assert isinstance(restore, RestoreDialog)
    target = tmp_path / "terug" / "kluis.tvault"
    target.parent.mkdir()
    restore.backup_field.setText(str(backup))
    restore.target_field.setText(str(target))
    restore.secret_field.setText(PASSPHRASE)
    with qtbot.waitSignal(restore.restored, timeout=60_000):
        qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)
    again = Service.open(target, PASSPHRASE, check=True)
    try:
        assert again.people.youth(seeded.zoe).display_name == "Zoë Çelik"
    finally:
        again.close()


def set_auto_folder(qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    care = window.vault_care  # type: ignore[attr-defined]
    care.auto_action.trigger()
    dialog = care.dialog
    assert isinstance(dialog, AutoBackupDialog)
    dialog.folder_field.setText(str(folder))
    dialog.warn_days.setValue(3)
    assert dialog.keep.value() == 10  # the default, shown
    dialog.keep.setValue(4)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    # Saved, and shown again next time.
    care.auto_action.trigger()
    again = care.dialog
    assert isinstance(again, AutoBackupDialog) and again is not dialog
    assert (again.keep.value(), again.warn_days.value()) == (4, 3)
    assert again.folder_field.text() == str(folder)
    again.reject()


def test_automatic_backup_at_lock_and_at_close(
    qtbot: QtBot, session: Session, tmp_path: Path, clock: FixedClock, quits: list[bool]
) -> None:
    folder = tmp_path / "reservekopieen"
    folder.mkdir()
    window = unlock(qtbot, session)
    set_auto_folder(qtbot, window, folder)
    care = window.vault_care  # type: ignore[attr-defined]

    with qtbot.waitSignal(window.locked, timeout=60_000):
        window.lock()
        # The window is emptied at once; the vault stays open for the backup, with progress.
        assert window.model.rowCount() == 0 and not window.is_locked
        assert care.progress is not None and care.progress.isVisible()
    first = sorted(folder.glob("*.tbackup"))
    assert len(first) == 1 and care.last_auto_backup is not None
    assert window.is_locked and care.progress is None

    clock.advance(timedelta(minutes=5))  # the next automatic backup gets its own name
    second = session.dialog
    assert isinstance(second, UnlockDialog)
    second.passphrase_field.setText(PASSPHRASE)
    with qtbot.waitSignal(second.accepted, timeout=20_000):
        second.unlock()
    window = session.window
    assert window is not None
    with qtbot.waitSignal(window.closed, timeout=60_000):
        window.close()
    assert len(list(folder.glob("*.tbackup"))) == 2
    assert window.is_locked and quits == [True]
    restored = Service.restore_backup(
        sorted(folder.glob("*.tbackup"))[-1], tmp_path / "t.tvault", PASSPHRASE
    )
    assert restored is not None


def test_a_failed_automatic_backup_still_closes(
    qtbot: QtBot,
    session: Session,
    tmp_path: Path,
    quits: list[bool],
    no_message_boxes: list[str],
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    window = unlock(qtbot, session)
    set_auto_folder(qtbot, window, folder)
    folder.rmdir()  # the stick was pulled out
    with qtbot.waitSignal(window.closed, timeout=60_000):
        window.close()
    assert window.is_locked and quits == [True]
    assert any("automatische reservekopie is mislukt" in t for t in no_message_boxes)


def test_a_youth_added_on_the_page_joins_the_list(qtbot: QtBot, desk: MainWindow) -> None:
    youth = add_youth(qtbot, desk, "Noor", "Aarts", "01-02-2010")
    row = desk.model.row_of(youth.id)
    assert row is not None  # "Aarts" sorts first: on the first page of the list
    assert desk.table.currentIndex().row() == row


def line(today: TodayPanel, kind: str) -> QTreeWidgetItem:
    for i in range(today.tree.topLevelItemCount()):
        header = today.tree.topLevelItem(i)
        for j in range(header.childCount()):
            item = header.child(j)
            found = today.line_at(item)
            if found is not None and found.kind == kind:
                return item
    raise AssertionError(f"no line of kind {kind}")


def activate(qtbot: QtBot, today: TodayPanel, item: QTreeWidgetItem) -> None:
    today.tree.setFocus()
    today.tree.setCurrentItem(item)
    qtbot.keyClick(today.tree, Qt.Key.Key_Return)


def test_today_lines_lead_to_where_they_are_dealt_with(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    request_id = mail_request(service, seeded.mehmet)
    # Zoë's given item was shared, then withdrawn: the recipient must be told.
    item = service.consents.request(service.consents.requests_for_youth(seeded.zoe)[0].id)
    given = next(i for i in item.items if i.id == seeded.given_item)
    service.sharing.record_disclosure(
        seeded.zoe, given.recipient.id, given.purpose.id, [c.id for c in given.categories]
    )
    parent = service.people.representatives(seeded.zoe)[0]
    service.withdrawals.withdraw([seeded.given_item], SignerRef.representative(parent.id), "desk")
    desk.refresh()
    today = desk.today

    remote = line(today, REMOTE)
    assert remote.text(today.DETAIL).startswith("op afstand verstuurd, 0 dagen geleden")
    today.tree.setCurrentItem(remote)  # moving onto it: the page, its request current
    assert desk.detail.youth_id == seeded.mehmet
    assert desk.detail.current_request_id() == request_id
    assert desk.documents_menu.remote.send_action.isEnabled()  # type: ignore[attr-defined]
    activate(qtbot, today, remote)
    reminder = desk.detail.dialog
    assert isinstance(reminder, SendRequestDialog) and reminder.reminder.isChecked()
    reminder.reject()

    notify = line(today, "notify")
    activate(qtbot, today, notify)
    assert desk.detail.youth_id == seeded.zoe
    assert isinstance(desk.detail.dialog, NotifyDialog)
    desk.detail.dialog.reject()


def test_retention_due_lines_show_the_youth(
    qtbot: QtBot, vault: VaultFiles, seeded: Seeded
) -> None:
    from ui_vault import NOW

    from ui.app import build_main_window

    later = FixedClock(NOW + timedelta(days=365 * 12))  # every retention period has passed
    svc = Service.open(vault.path, PASSPHRASE, clock=later)
    window = build_main_window(svc)
    qtbot.addWidget(window)
    try:
        today = window.today
        assert today.counts["Bewaartermijn verstreken"] > 400
        first = line(today, RETENTION)
        assert "wissen kan vanaf" in first.text(today.DETAIL)
        activate(qtbot, today, first)
        found = today.line_at(first)
        assert found is not None and window.detail.youth_id == found.youth_id
    finally:
        window.close()
