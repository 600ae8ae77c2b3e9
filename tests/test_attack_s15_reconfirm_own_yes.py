"""Session 15 review: turning 16, the youth re-confirms with the same "ja" he gave at 15.

In a youth-care organisation (co_decision_12_15) Daan (15) and his mother both say "ja". On his
16th birthday the consent waits for his re-confirmation (DOMAIN rule 3): his "ja" at 15 counted
beside his mother's, not as his own decision now. The one rule for a later answer by the same
signer (rules.answer_effect) read his "ja" at 16 as "the same answer again": the desk refused it
("al precies zo beantwoord"), a mail reply had nothing to confirm, the tablet showed him as done
— and the item waited for a re-confirmation nobody could record, for good."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from types import SimpleNamespace

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.rules import AnswerEffect
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_his_yes_at_16_after_his_yes_at_15_is_his_reconfirmation(
    service: Service, catalog: SimpleNamespace, make_youth, clock: FixedClock
) -> None:
    c = catalog
    service.set_policy(replace(service.policy(), co_decision_12_15=True))
    case = make_youth(15, parents=1, birth_date=date(2010, 12, 1), given_name="Daan")
    daan, mother = SignerRef.youth(case.youth.id), SignerRef.representative(case.parents[0].id)
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    service.consents.record_decisions(request.id, mother, {item: "yes"}, "desk")
    service.consents.record_decisions(request.id, daan, {item: "yes"}, "desk")
    assert service.consents.item_status(item).status == ItemStatus.GIVEN

    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))  # 16 since yesterday
    status = service.consents.item_status(item)
    assert status.status == ItemStatus.GIVEN and status.needs_reconfirmation
    # The reply reader and the tablet see a re-confirmation to give, not "already said".
    effect, _ = service.consents.answer_effects(request.id, daan, {item: "yes"}, clock.now())[item]
    assert effect == AnswerEffect.NEW
    session = service.signing.session(request.id)
    assert [s.has_signed for s in session.signers if s.signer == daan] == [False]

    done = service.consents.record_decisions(request.id, daan, {item: "yes"}, "desk")
    assert len(done) == 1 and not done.unchanged
    status = service.consents.item_status(item)
    assert status.status == ItemStatus.GIVEN and not status.needs_reconfirmation
    assert service.worklists.needs_reconfirmation() == []
    assert service.integrity_problems() == []
