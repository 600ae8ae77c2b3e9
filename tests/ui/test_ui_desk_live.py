"""The desk follows every change at once (one change signal from the service), signing mode
starts from any open item on the youth page (also for a withdrawal), and corrections of a
youth and their representatives — with what they change for who must decide."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from consent_fixtures import click, desk, type_text
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from signing_support import mouse_stroke, pen_stroke, read_to_end, zigzag
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from ui.consent.corrections import CorrectionsDialog
from ui.consent_list import TABLET, TABLET_WITHDRAW, ConsentCard
from ui.main_window import MainWindow
from ui.signing import SigningMode
from ui.status_style import status_label

__all__ = ["desk"]


@pytest.fixture
def zoe_page(qtbot: QtBot, desk: MainWindow, seeded: Seeded) -> Iterator[MainWindow]:
    desk.detail.show_youth(seeded.zoe)
    yield desk


def card(desk: MainWindow, item_id: int) -> ConsentCard:
    found = desk.detail.consents.card(item_id)
    assert found is not None
    return found


def sign_here(qtbot: QtBot, mode: SigningMode) -> None:
    pad = mode.sign_page.pad
    pen_stroke(pad, [(40 + 12 * i, 80 + (25 if i % 2 else 0), 0.2 + i / 40) for i in range(25)])
    mouse_stroke(qtbot, pad, zigzag(60, 160))
    click(qtbot, mode.sign_page.confirm_button)


def answer_yes_to_all(qtbot: QtBot, mode: SigningMode) -> None:
    while mode.stack.currentWidget() is mode.item_page:
        read_to_end(mode)
        click(qtbot, mode.item_page.yes_button)
        click(qtbot, mode.item_page.next_button)
    assert mode.stack.currentWidget() is mode.summary_page
    click(qtbot, mode.summary_page.next_button)


def leave(qtbot: QtBot, mode: SigningMode) -> None:
    """The worker takes the tablet back: passphrase, then the desk is shown again."""
    mode._unlocked = True  # (the passphrase screen is tested in test_ui_signing_mode)
    mode.idle.stop()
    mode.close()


def tablet_from_card(qtbot: QtBot, desk: MainWindow, item_id: int, action: str) -> SigningMode:
    target = card(desk, item_id)
    if action in target.buttons:
        click(qtbot, target.buttons[action])
    else:
        target.actions_by_key[action].trigger()
    modes = [w for w in desk.findChildren(QWidget) if isinstance(w, SigningMode)]
    assert modes, desk.detail.error_label.text()
    return modes[-1]


def test_second_parent_signs_later_from_the_card_and_the_desk_shows_it_at_once(
    qtbot: QtBot, zoe_page: MainWindow, service: Service, seeded: Seeded
) -> None:
    desk = zoe_page
    item = seeded.requested_item
    assert card(desk, item).status == ItemStatus.REQUESTED
    pending_before = desk.today.counts.copy()
    # The first parent answered earlier at the desk; the second comes in later that week.
    ayse = service.people.representatives(seeded.zoe)[0]
    request = service.consents.request(card(desk, item).view.request_id)
    service.consents.record_decisions(
        request.id, SignerRef.representative(ayse.id), {item: "yes"}, "desk"
    )
    assert card(desk, item).status == ItemStatus.REQUESTED  # still waiting for Ömer
    mode = tablet_from_card(qtbot, desk, item, TABLET)
    assert mode.request_id == request.id
    assert [b.text().split("  ")[0] for b in mode.who_page.buttons] == ["Ayşe Çelik", "Ömer Çelik"]
    click(qtbot, mode.who_page.buttons[1])
    answer_yes_to_all(qtbot, mode)
    sign_here(qtbot, mode)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    # No F5, no refresh call: the card, its status words and Vandaag follow the commit.
    now = card(desk, item)
    assert now.status == ItemStatus.GIVEN
    assert status_label(ItemStatus.GIVEN) in now.accessibleDescription()
    assert desk.today.counts != pending_before or desk.today.counts == {}
    leave(qtbot, mode)


def test_withdrawal_on_the_tablet_from_a_given_item(
    qtbot: QtBot, zoe_page: MainWindow, service: Service, seeded: Seeded
) -> None:
    desk = zoe_page
    mode = tablet_from_card(qtbot, desk, seeded.given_item, TABLET_WITHDRAW)
    assert mode.stack.currentWidget() is mode.withdraw_who_page
    click(qtbot, mode.withdraw_who_page.buttons[0])
    pick = mode.withdraw_pick_page
    box = next(b for b, it in pick.boxes if it.item_id == seeded.given_item)
    box.setChecked(True)
    click(qtbot, pick.next_button)
    sign_here(qtbot, mode)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    assert card(desk, seeded.given_item).status == ItemStatus.WITHDRAWN
    leave(qtbot, mode)


def test_tablet_refused_with_a_dutch_message_when_nobody_may_decide(
    qtbot: QtBot, zoe_page: MainWindow, service: Service, seeded: Seeded
) -> None:
    """Both parents' representation ended: nobody may decide for a 15-year-old. The page
    says so; no signing mode opens, no traceback."""
    desk = zoe_page
    for rep in service.people.representatives(seeded.zoe):
        service.people.end_representative(rep.id)
    target = card(desk, seeded.requested_item)
    click(qtbot, target.buttons[TABLET])
    assert not [w for w in desk.findChildren(QWidget) if isinstance(w, SigningMode)]
    assert desk.detail.error_label.isVisible() and desk.detail.error_label.text()


def test_a_write_from_outside_the_page_reaches_list_page_and_today(
    qtbot: QtBot, zoe_page: MainWindow, service: Service, seeded: Seeded
) -> None:
    """A reply confirmed, an import or another window's dialog all commit through the
    service: the desk hears each commit, whoever wrote it."""
    desk = zoe_page
    before = desk.model.rowCount()
    service.people.add_youth(given_name="Nieuw", family_name="Aaaa", birth_date="01-01-2009")
    desk.flush_search()
    assert desk.model.rowCount() == before + 1 or desk.model.rowCount() == before
    assert any(
        desk.model.youth_at(r) is not None and desk.model.youth_at(r).given_name == "Nieuw"  # type: ignore[union-attr]
        for r in range(desk.model.rowCount())
    )
    # Decision recorded elsewhere (e.g. a reply confirmed): Zoë's card turns at once.
    ayse, omer = service.people.representatives(seeded.zoe)
    rid = card(desk, seeded.requested_item).view.request_id
    for parent in (ayse, omer):
        service.consents.record_decisions(
            rid, SignerRef.representative(parent.id), {seeded.requested_item: "yes"}, "email"
        )
    assert card(desk, seeded.requested_item).status == ItemStatus.GIVEN


def test_corrections_of_youth_and_representatives_are_logged_and_recompute_who_decides(
    qtbot: QtBot,
    zoe_page: MainWindow,
    service: Service,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = zoe_page
    detail = desk.detail
    click(qtbot, detail.correct_button)
    dialog = detail.dialog
    assert isinstance(dialog, CorrectionsDialog)
    # The youth: a typo in the school; saved, logged, shown on the page without refresh.
    dialog.school_field.clear()
    type_text(qtbot, dialog.school_field, "Praktijkschool Utrecht")
    click(qtbot, dialog.save_youth_button)
    assert service.people.youth(seeded.zoe).school == "Praktijkschool Utrecht"
    assert "Praktijkschool Utrecht" in detail.school_label.text()
    # Bad input: a Dutch message, nothing changed.
    dialog.birth_field.clear()
    type_text(qtbot, dialog.birth_field, "31-02-2011")
    click(qtbot, dialog.save_youth_button)
    assert dialog.message.text() and "Traceback" not in dialog.message.text()
    assert service.people.youth(seeded.zoe).birth_date.day == 12

    # Ömer loses gezag (court ruling): the given item no longer needs him … and Ayşe alone
    # decides. Then Ayşe's representation ends: nobody with gezag is left.
    dialog.tabs.setCurrentIndex(1)
    dialog.reps_list.setCurrentRow(1)
    assert dialog.rep_name.text() == "Ömer Çelik"
    dialog.rep_gezag.setChecked(False)
    dialog.rep_email.clear()
    type_text(qtbot, dialog.rep_email, "omer@example.org")
    click(qtbot, dialog.save_rep_button)
    omer = service.people.representatives(seeded.zoe)[1]
    assert not omer.has_gezag and omer.email == "omer@example.org"
    assert "Ayşe" in detail.decides_label.text() and "Ömer" not in detail.decides_label.text()
    assert dialog.consequence.text().startswith("Beslist nu: Ayşe Çelik.")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.reps_list.setCurrentRow(0)
    assert dialog.end_rep() is True
    assert [r.name for r in service.people.representatives(seeded.zoe)] == ["Ömer Çelik"]
    assert "Beslist nu: niemand" in dialog.consequence.text()
    # Nobody may decide now: the page says so, and the dialog names what changed.
    assert (
        detail.decides_label.text() == service.consents.who_must_decide(seeded.zoe).blocked_reason
    )
    kinds = [
        r[0]
        for r in service.vault.db.query(
            "SELECT kind FROM events WHERE kind LIKE 'youth.updated' OR kind LIKE 'representative.%'"
            " ORDER BY seq"
        )
    ]
    assert kinds[-4:] == [
        "youth.updated",
        "representative.gezag",
        "representative.updated",
        "representative.ended",
    ]
    # Gezag back for Ömer: the requested item waits for him, listed in Vandaag.
    dialog.reps_list.setCurrentRow(0)
    dialog.rep_gezag.setChecked(True)
    click(qtbot, dialog.save_rep_button)
    assert service.people.representatives(seeded.zoe)[0].has_gezag
    assert "Ömer" in detail.decides_label.text()
    pending = {w.request_id for w in service.worklists.pending_requests()}
    assert card(desk, seeded.requested_item).view.request_id in pending
    assert service.verify_audit().ok


def test_commits_on_a_pool_thread_reach_the_desk_gathered(
    qtbot: QtBot, zoe_page: MainWindow, service: Service, seeded: Seeded
) -> None:
    """An import writes one transaction per youth on a pool thread: the desk hears all of
    them, on the GUI thread, a few times — not once per row."""
    from ui.background import Task

    desk = zoe_page
    heard: list[int] = []
    desk.change_signal.changed.connect(lambda changes: heard.append(len(changes)))
    names = [f"Import{n:02d}" for n in range(40)]

    def write() -> int:
        for name in names:
            service.people.add_youth(given_name=name, family_name="Aaa", birth_date="02-02-2009")
        return len(names)

    task = Task(write)
    with qtbot.waitSignal(task.succeeded, timeout=60_000):
        task.start()
    # The task's result arrives only after its writes reached the desk.
    assert sum(heard) == len(names)
    assert len(heard) < len(names) / 2, heard
    desk.search_field.setText("Import")
    desk.flush_search()
    assert desk.model.rowCount() == len(names)


def test_tablet_and_corrections_by_keyboard(
    qtbot: QtBot, zoe_page: MainWindow, seeded: Seeded
) -> None:
    """Ctrl+Shift+E from the list opens the corrections of the youth chosen there; Ctrl+Shift+G
    on an open item hands its request to the tablet."""
    from PySide6.QtCore import Qt

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    desk = zoe_page
    desk.activateWindow()
    qtbot.waitActive(desk)
    desk.search_field.setText("Zoë")
    desk.flush_search()
    desk.table.setFocus()
    desk.table.setCurrentIndex(desk.model.index(0, 0))
    assert desk.detail.youth_id == seeded.zoe
    qtbot.keyClick(desk.table, Qt.Key.Key_E, ctrl_shift)
    dialog = desk.detail.dialog
    assert isinstance(dialog, CorrectionsDialog) and dialog.given_field.text() == "Zoë"
    dialog.reject()
    qtbot.waitUntil(lambda: desk.detail.dialog is None)
    desk.activateWindow()
    qtbot.waitActive(desk)
    asked = card(desk, seeded.requested_item)
    asked.setFocus()
    qtbot.keyClick(asked, Qt.Key.Key_G, ctrl_shift)
    modes = [w for w in desk.findChildren(QWidget) if isinstance(w, SigningMode)]
    assert len(modes) == 1 and modes[0].request_id == asked.view.request_id
    leave(qtbot, modes[0])


def test_a_reply_confirmed_in_the_import_dialog_turns_the_card_on_the_desk(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded, clock: FixedClock
) -> None:
    from datetime import timedelta

    from test_ui_remote_dialogs import MAIL, _reply

    from toestemming.capture.settings import RemoteSettings
    from toestemming.usecases.consent import ItemSpec
    from ui.remote import ImportReplyDialog

    service.people.update_youth(seeded.mehmet, email=MAIL)
    service.remote.set_settings(RemoteSettings(reply_address="balie@testschool.example"))
    cat = service.catalog
    request = service.consents.create_request(
        seeded.mehmet,
        [ItemSpec(cat.purposes()[0].id, cat.recipients()[0].id, (cat.categories()[0].id,))],
    )
    desk.detail.show_youth(seeded.mehmet)
    item = request.items[0].id
    assert card(desk, item).status == ItemStatus.REQUESTED
    clock.advance(timedelta(hours=1))
    dialog = ImportReplyDialog(service, desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_bytes(_reply(request, clock, "1 ja"))
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=10_000)
    assert dialog.confirm_button.isEnabled(), dialog.message.text()
    click(qtbot, dialog.confirm_button)
    assert dialog.message.kind == "ok", dialog.message.text()
    assert card(desk, item).status == ItemStatus.GIVEN  # no refresh, no F5


def test_corrections_edit_the_tussenvoegsel_apart_like_jongere_toevoegen(
    qtbot: QtBot, zoe_page: MainWindow, service: Service, seeded: Seeded
) -> None:
    """A family name "van der Berg" shows as tussenvoegsel + name; a typo in the
    tussenvoegsel is corrected without retyping the name, and the list sorts under B."""
    service.people.update_youth(seeded.zoe, family_name="Berg, van der")  # register order
    detail = zoe_page.detail
    click(qtbot, detail.correct_button)
    dialog = detail.dialog
    assert isinstance(dialog, CorrectionsDialog)
    assert (dialog.infix_field.text(), dialog.family_field.text()) == ("van der", "Berg")
    dialog.infix_field.clear()
    type_text(qtbot, dialog.infix_field, "van den")
    click(qtbot, dialog.save_youth_button)
    assert service.people.youth(seeded.zoe).family_name == "van den Berg"
    # Emptying the tussenvoegsel keeps just the family name (nothing doubled or lost).
    dialog.infix_field.clear()
    click(qtbot, dialog.save_youth_button)
    assert service.people.youth(seeded.zoe).family_name == "Berg"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1366, 768)])
def test_the_youth_page_buttons_wrap_instead_of_squeezing_the_list(
    qtbot: QtBot, zoe_page: MainWindow, size: tuple[int, int]
) -> None:
    """Six page buttons in one row forced the page wide: at 1024 px the youth list kept 260 px
    and its names were cut. The buttons now continue on a second row; each stays whole and
    inside the page."""
    from PySide6.QtCore import QRect

    desk = zoe_page
    desk.resize(*size)
    for _ in range(5):
        QApplication.processEvents()
    assert desk.table.width() >= 0.4 * size[0], desk.table.width()
    detail = desk.detail
    page = detail.rect()
    for button in (
        detail.new_request_button,
        detail.disclose_button,
        detail.add_rep_button,
        detail.proof_button,
        detail.correct_button,
        detail.merge_button,
    ):
        assert button.isVisible()
        rect = QRect(button.mapTo(detail, button.rect().topLeft()), button.size())
        assert page.contains(rect), (button.text(), rect, page)
        assert button.width() >= button.sizeHint().width(), button.text()  # not cut
