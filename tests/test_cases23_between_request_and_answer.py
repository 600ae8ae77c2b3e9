"""What happens between the request and the answer (checked fine in session 21; kept as scenarios).

DOMAIN rule 3: age and gezag are judged on the day of the decision. Rule 4: a withdrawal by one
of two parents with gezag ends the consent; sharing before it stays lawful, the recipient is to be
told, and the other parent's "ja" afterwards does not revive the item.

- Eva turns 16 the day after her mother got the request by e-mail. The mother's reply written
  after the birthday is refused (Eva decides herself); her reply dated before the birthday counts,
  flagged for Eva to re-confirm; Eva's own "nee" then ends it.
- Noor (14): both parents said yes, UWV got her contact details, then her father withdraws by
  e-mail: UWV is on the list to tell, nothing more goes, the mother's new "ja" changes nothing.
- Sem (13): his father's gezag ends while the request is out; the father's later "ja" is refused,
  Sem's own answer is refused as a decision (under 16 the parents decide) — the mother's "ja" alone
  then covers it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, user_text
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _status(service: Service, youth_id: int) -> Any:
    (view,) = service.consents.items_for_youth(youth_id)
    return view.status


def test_eva_turns_16_while_her_mothers_mail_is_out(
    service: Service, catalog: SimpleNamespace, clock: FixedClock
) -> None:
    c = catalog
    today = clock.today()
    born = today.replace(year=today.year - 16) + timedelta(days=1)
    eva = service.people.add_youth(given_name="Eva", family_name="B", birth_date=born.isoformat())
    mum = service.people.add_representative(eva.id, "Moeder B", "parent", True)
    request = service.consents.create_request(
        eva.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    clock.advance(timedelta(days=3))
    events = row_count(service, "events")
    with pytest.raises(RuleViolation) as caught:
        service.consents.record_decisions(
            request.id, SignerRef.representative(mum.id), {item: "yes"}, "email"
        )
    assert "16 jaar en beslist zelf" in user_text(caught.value)
    assert row_count(service, "events") == events
    # Her reply was written the day the request came, while Eva was 15: that counts.
    service.consents.record_decisions(
        request.id,
        SignerRef.representative(mum.id),
        {item: "yes"},
        "email",
        decided_at=clock.now() - timedelta(days=3),
    )
    status = _status(service, eva.id)
    assert status.status == ItemStatus.GIVEN and status.needs_reconfirmation
    answer = service.sharing.may_share(eva.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert answer.allowed and any("herbevestigen" in w for w in answer.warnings)
    service.consents.record_decisions(request.id, SignerRef.youth(eva.id), {item: "no"}, "desk")
    assert _status(service, eva.id).status == ItemStatus.WITHDRAWN
    assert not service.sharing.may_share(eva.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed


def test_noors_father_withdraws_after_both_said_yes_and_uwv_was_served(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    case = make_youth(14, parents=2, given_name="Noor")
    noor = case.youth.id
    mother, father = case.parents
    request = service.consents.create_request(
        noor, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    for parent in (mother, father):
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {item: "yes"}, "desk"
        )
    clock.advance(timedelta(hours=1))
    before = service.sharing.record_disclosure(noor, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(hours=1))
    done = service.withdrawals.withdraw([item], SignerRef.representative(father.id), "email")
    assert [r.id for _, r in done.recipients_to_notify] == [c.uwv.id]
    assert _status(service, noor).status == ItemStatus.WITHDRAWN
    assert not service.sharing.may_share(noor, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    assert service.sharing.may_share(
        noor, c.uwv.id, c.werk.id, [c.contact.id], at=before.disclosed_at
    ).allowed
    with pytest.raises(RuleViolation) as caught:
        service.consents.record_decisions(
            request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
        )
    assert "nieuw verzoek" in user_text(caught.value)


def test_sems_fathers_gezag_ends_while_the_request_is_out(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    case = make_youth(13, parents=2, given_name="Sem")
    sem = case.youth.id
    mother, father = case.parents
    request = service.consents.create_request(sem, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))])
    item = request.items[0].id
    clock.advance(timedelta(days=1))
    service.people.set_gezag(father.id, False)
    clock.advance(timedelta(days=1))
    events = row_count(service, "events")
    for signer in (SignerRef.representative(father.id), SignerRef.youth(sem)):
        with pytest.raises(RuleViolation) as caught:
            service.consents.record_decisions(request.id, signer, {item: "yes"}, "email")
        assert "beslist niet over dit verzoek" in user_text(caught.value)
    assert row_count(service, "events") == events
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "email"
    )
    assert _status(service, sem).status == ItemStatus.GIVEN
    assert service.sharing.may_share(sem, c.uwv.id, c.werk.id, [c.contact.id]).allowed
