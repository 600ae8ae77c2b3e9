"""Session 15: at the desk, a parent who already said "ja" (at the desk, by mail or on the
tablet) answers the same item again. The worker clicks what the parent says; the core's one
rule decides what it is (rules.answer_effect) and the dialog says so: "nee" after one's own
"ja" is a withdrawal (with the recipients to tell), the same "ja" again is refused with a Dutch
reason and nothing is stored."""

from __future__ import annotations

from consent_fixtures import answer
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.model import Answer, ItemStatus, SignerRef
from toestemming.service import Service
from ui.consent.record_decision import RecordDecisionDialog


def _dialog(qtbot: QtBot, service: Service, seeded: Seeded) -> RecordDecisionDialog:
    view = next(
        v for v in service.consents.items_for_youth(seeded.zoe) if v.item_id == seeded.given_item
    )
    dialog = RecordDecisionDialog(service, view.request_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(service: Service, table: str) -> int:
    return int(service.vault.db.scalar(f"SELECT count(*) FROM {table}"))


def test_no_after_her_own_yes_is_shown_and_stored_as_a_withdrawal(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    ayse = SignerRef.representative(service.people.representatives(seeded.zoe)[0].id)
    dialog = _dialog(qtbot, service, seeded)
    decisions = _rows(service, "decisions")

    assert answer(qtbot, dialog, ayse, {seeded.given_item: Answer.NO})

    assert "onderdeel 1 ingetrokken" in dialog.message.text()
    assert _rows(service, "decisions") == decisions
    assert _rows(service, "withdrawals") == 1
    assert service.consents.item_status(seeded.given_item).status == ItemStatus.WITHDRAWN


def test_the_same_yes_again_is_refused_and_nothing_is_stored(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    ayse = SignerRef.representative(service.people.representatives(seeded.zoe)[0].id)
    dialog = _dialog(qtbot, service, seeded)
    before = (_rows(service, "decisions"), _rows(service, "events"))

    assert not answer(qtbot, dialog, ayse, {seeded.given_item: Answer.YES})

    assert "al precies zo beantwoord" in dialog.message.text()
    assert (_rows(service, "decisions"), _rows(service, "events")) == before
    assert service.consents.item_status(seeded.given_item).status == ItemStatus.GIVEN
