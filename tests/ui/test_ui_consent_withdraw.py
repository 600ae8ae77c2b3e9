"""Withdrawal in one action, the recipients to notify (each tick logged) and the history."""

from __future__ import annotations

import pytest
from consent_fixtures import click, desk
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.model import Channel, ItemStatus, SignerRef
from toestemming.service import Service
from ui.consent.disclose import DiscloseDialog
from ui.consent.history import HistoryDialog
from ui.consent.withdraw import NotifyDialog, WithdrawDialog
from ui.consent_list import HISTORY, NOTIFY, SHARE, WITHDRAW
from ui.main_window import MainWindow

__all__ = ["desk"]

TO_NOTIFY = "Intrekking: ontvangers informeren"


def test_withdraw_stops_sharing_and_lists_recipients_to_notify(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    desk.detail.show_youth(seeded.zoe)
    view = next(
        v for v in service.consents.items_for_youth(seeded.zoe) if v.item_id == seeded.given_item
    )
    what = (seeded.zoe, view.recipient_id, view.purpose_id, sorted(view.category_ids))

    # Share under the consent first, from the item's own "Gegevens delen…".
    card = desk.detail.consents.card(seeded.given_item)
    assert card is not None
    click(qtbot, card.buttons[SHARE])
    share = desk.detail.dialog
    assert isinstance(share, DiscloseDialog)
    assert share.answer_title.text() == "Mag ik delen? Ja — gedekt door toestemming"
    click(qtbot, share.save_button)
    assert share.disclosure is not None
    assert desk.detail.disclosures.count() == 1

    card = desk.detail.consents.card(seeded.given_item)
    assert card is not None
    click(qtbot, card.buttons[WITHDRAW])
    dialog = desk.detail.dialog
    assert isinstance(dialog, WithdrawDialog)
    assert dialog.only_item.isChecked() and dialog.whole_request.isVisible()
    parents = service.people.representatives(seeded.zoe)
    assert [dialog.signer_combo.itemData(i) for i in range(dialog.signer_combo.count())] == [
        SignerRef.representative(p.id) for p in parents
    ]
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData(Channel.EMAIL))
    click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == dialog.CONFIRM
    summary = dialog.confirm_text.text()
    assert summary.startswith("Ayşe Çelik (ouder met gezag) trekt de toestemming in voor:")
    assert "• onderdeel 1: Begeleiding naar werk — UWV – Werkbedrijf" in summary
    assert "Hoe: per e-mail. Wanneer: nu." in summary
    assert service.sharing.may_share(*what).allowed  # nothing written before the confirmation
    click(qtbot, dialog.confirm_button)

    assert dialog.pages.currentIndex() == dialog.RESULT
    answer = service.sharing.may_share(*what)
    assert not answer.allowed
    notify = dialog.notify_list
    assert notify is not None
    box = notify.boxes[view.recipient_id]
    assert box.text() == "UWV – Werkbedrijf — geïnformeerd" and not box.isChecked()
    assert desk.today.counts[TO_NOTIFY] == 1
    card = desk.detail.consents.card(seeded.given_item)
    assert card is not None and card.status == ItemStatus.WITHDRAWN
    assert NOTIFY in card.buttons

    click(qtbot, box)
    assert box.isChecked() and not box.isEnabled()  # logged; cannot be taken back
    assert notify.outstanding == 0
    kinds = [e["kind"] for e in service.consents.item_history(seeded.given_item)]
    assert kinds[-1] == "withdrawal.recipient_notified"
    assert service.withdrawals.recipients_to_notify(dialog.result_data.withdrawals[0].id) == []  # type: ignore[union-attr]
    assert desk.today.counts[TO_NOTIFY] == 0
    card = desk.detail.consents.card(seeded.given_item)
    assert card is not None and NOTIFY not in card.buttons
    click(qtbot, dialog.done_button)

    click(qtbot, card.buttons[HISTORY])
    history = desk.detail.dialog
    assert isinstance(history, HistoryDialog)
    qtbot.waitUntil(lambda: history.loaded)  # read off the GUI thread
    assert history.texts() == [
        "Gevraagd in verzoek "
        + view.reference_code
        + "; gegevens: Contactgegevens; geldig tot en met 01-11-2027.",
        "Ayşe Çelik (ouder) zei ja, aan de balie of telefonisch.",
        "Ömer Çelik (ouder) zei ja, aan de balie of telefonisch.",
        "Gegevens gedeeld met UWV – Werkbedrijf: Contactgegevens (grondslag: toestemming).",
        "Ingetrokken door Ayşe Çelik, per e-mail.",
        "UWV – Werkbedrijf is geïnformeerd over de intrekking.",
    ]
    assert "Nu: ingetrokken" in history.status_label.text()


def test_withdraw_a_whole_request_with_nobody_to_notify(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    desk.detail.show_youth(seeded.zoe)
    dialog = desk.detail.open_withdraw(seeded.requested_item)
    assert dialog is not None
    click(qtbot, dialog.whole_request)
    assert "Het hele verzoek" in dialog.whole_request.text()
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.back_button)
    assert dialog.pages.currentIndex() == dialog.FORM  # "Terug": nothing written
    assert service.consents.item_status(seeded.given_item).status == ItemStatus.GIVEN
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.confirm_button)
    for item in (seeded.given_item, seeded.requested_item):
        assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    notify = dialog.notify_list
    assert notify is not None and notify.boxes == {}
    assert "geen ontvanger hoeft te worden geïnformeerd" in notify.empty_label.text()
    assert "Ingetrokken op 23-11-2026: 2 onderdelen." in dialog.result_title.text()
    assert [h.status for h in desk.detail.consents.headings] == [ItemStatus.WITHDRAWN]


def test_recipients_can_be_notified_later_from_the_item(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    view = next(
        v for v in service.consents.items_for_youth(seeded.zoe) if v.item_id == seeded.given_item
    )
    service.sharing.record_disclosure(
        seeded.zoe, view.recipient_id, view.purpose_id, sorted(view.category_ids)
    )
    parent = service.people.representatives(seeded.zoe)[0]
    service.withdrawals.withdraw(
        [seeded.given_item], SignerRef.representative(parent.id), Channel.DESK
    )
    desk.detail.show_youth(seeded.zoe)
    card = desk.detail.consents.card(seeded.given_item)
    assert card is not None
    click(qtbot, card.buttons[NOTIFY])
    dialog = desk.detail.dialog
    assert isinstance(dialog, NotifyDialog)
    qtbot.waitUntil(lambda: dialog.list is not None)  # looked up off the GUI thread
    assert dialog.list is not None
    box = dialog.list.boxes[view.recipient_id]
    click(qtbot, box)
    assert not box.isEnabled()
    assert service.worklists.withdrawals_to_notify() == []
    card = desk.detail.consents.card(seeded.given_item)
    assert card is not None and NOTIFY not in card.buttons


def test_the_withdraw_dialog_shows_the_cores_choices(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    """Who is listed and what "the whole request" takes along come from the core
    (withdrawals.choices), for a youth under 16 with parents and one of 17."""
    for youth_id in (seeded.zoe, seeded.mehmet):
        for view in service.consents.items_for_youth(youth_id):
            if view.status.status in (ItemStatus.WITHDRAWN, ItemStatus.REVOKED):
                continue
            dialog = WithdrawDialog(service, youth_id, view.item_id)
            qtbot.addWidget(dialog)
            choices = service.withdrawals.choices(view.item_id)
            combo = dialog.signer_combo
            assert [combo.itemData(i) for i in range(combo.count())] == list(choices.signers)
            assert tuple(i.id for i in dialog.request_items) == choices.item_ids
            assert dialog.next_button.isEnabled() == bool(choices.signers)


def test_the_decision_dialog_locks_exactly_what_the_core_no_longer_accepts(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    """After a withdrawal the item's Ja/Nee are locked because rules.may_answer says so, and
    the other item stays open; the core refuses an answer for the locked one."""
    from toestemming.errors import RuleViolation
    from toestemming.rules import may_answer
    from ui.consent.record_decision import RecordDecisionDialog

    view = next(
        v for v in service.consents.items_for_youth(seeded.zoe) if v.item_id == seeded.given_item
    )
    parent = service.people.representatives(seeded.zoe)[0]
    signer = SignerRef.representative(parent.id)
    service.withdrawals.withdraw([seeded.given_item], signer, "desk")
    dialog = RecordDecisionDialog(service, view.request_id)
    qtbot.addWidget(dialog)
    statuses = {
        v.item_id: v.status.status
        for v in service.consents.items_for_youth(seeded.zoe)
        if v.request_id == view.request_id
    }
    for item_id, row in dialog.rows.items():
        assert row.yes.isEnabled() is may_answer(statuses[item_id]), item_id
    assert not dialog.rows[seeded.given_item].yes.isEnabled()
    assert any(row.yes.isEnabled() for row in dialog.rows.values())
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            view.request_id, signer, {seeded.given_item: "yes"}, "desk"
        )
