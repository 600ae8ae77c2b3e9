"""Under curatele she no longer decides, but she may still take back her own "ja".

DOMAIN.md rule 3: for an adult under curatele the curator exercises the rights; what she gave
herself at 17 waits for the curator's re-confirmation. Rule 4: withdrawing is as easy as
giving, by any channel that could give consent, and from 16 the young person may always
withdraw. Noor said "ja" at 17, the UWV got her contact data, she turned 18 under curatele,
and then she said "nee" — at the desk, or by replying to the request mail.

Before (found by review18): her "nee" was refused ("Deze persoon beslist niet over dit
verzoek") because who decides was asked before what the answer does — while the explicit
withdraw action at the desk did list her. Now a "nee" that is the withdrawal of her own "ja"
(rules.answer_effect) is recorded as her withdrawal; a "ja" of hers is still refused: the
curator decides. (Session 18: her "nee" to something she never gave stops it too — what the
desk's "Intrekken" does for her; tests/test_casussen_s18_curatele_stops_curators_yes.py.)"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from types import SimpleNamespace
from typing import Any

import pytest
from mail_support import RemoteVault

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

NOOR_17 = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)  # the vault's story starts here (conftest)


def _noor_gave_and_turned_18(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> tuple[Any, int, int, int]:
    clock.set(datetime(2026, 11, 2, 10, 0, tzinfo=UTC))
    noor = make_youth(17, birth_date=date(2008, 11, 20), protection="curatele").youth
    service.people.add_representative(noor.id, "Mr. A. Smit", "curator", False)
    request = service.consents.create_request(
        noor.id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.stage.id, c.werkgever.id, (c.contact.id,)),
        ],
    )
    uwv, other = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(noor.id), {uwv: "yes"}, "desk")
    service.sharing.record_disclosure(noor.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))  # 18 since the 20th, under curatele
    assert service.consents.item_status(uwv).needs_reconfirmation
    return noor, request.id, uwv, other


@pytest.mark.parametrize("clock", [NOOR_17], indirect=True)
def test_her_own_no_at_the_desk_after_curatele_is_her_withdrawal(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    noor, request_id, uwv, _ = _noor_gave_and_turned_18(service, catalog, make_youth, clock)
    service.consents.record_decisions(request_id, SignerRef.youth(noor.id), {uwv: "no"}, "desk")
    assert service.consents.item_status(uwv).status == ItemStatus.WITHDRAWN
    (withdrawal,) = [
        e for e in service.consents.item_history(uwv) if e["kind"] == "withdrawal.recorded"
    ]
    assert withdrawal["data"]["signer"] == ["youth", noor.id]
    # The UWV already had her data: listed to be told (AVG art. 19).
    assert [w.item_id for w in service.worklists.withdrawals_to_notify()] == [uwv]
    assert not service.sharing.may_share(
        noor.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
    ).allowed


@pytest.mark.parametrize("answers", ["yes_to_hers", "yes_and_no"])
@pytest.mark.parametrize("clock", [NOOR_17], indirect=True)
def test_any_other_answer_of_hers_is_still_refused_the_curator_decides(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    answers: str,
) -> None:
    noor, request_id, uwv, other = _noor_gave_and_turned_18(service, catalog, make_youth, clock)
    given = {
        "yes_to_hers": {uwv: "yes"},  # a re-confirmation is the curator's
        "yes_and_no": {uwv: "no", other: "yes"},  # a withdrawal does not carry a new yes
    }[answers]
    rows = service.vault.db.scalar("SELECT count(*) FROM decisions")
    with pytest.raises(RuleViolation) as refused:
        service.consents.record_decisions(request_id, SignerRef.youth(noor.id), given, "desk")
    assert refused.value.message_id == "error-consent-not-decider"
    assert service.vault.db.scalar("SELECT count(*) FROM decisions") == rows
    assert service.vault.db.scalar("SELECT count(*) FROM withdrawals") == 0
    assert service.consents.item_status(uwv).status != ItemStatus.WITHDRAWN


def test_her_mailed_no_after_curatele_is_proposed_and_recorded_as_her_withdrawal(
    rv: RemoteVault,
) -> None:
    svc, clock = rv.svc, rv.clock  # (the remote vault starts on 23-11-2026: she is 17)
    noor = svc.people.add_youth(
        given_name="Noor",
        family_name="Visser",
        birth_date="2008-11-28",
        email="noor.visser@example.org",
        protection="curatele",
    )
    svc.people.add_representative(noor.id, "Mr. A. Smit", "curator", False)
    item = rv.main.items[0]
    spec = ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))
    request = svc.consents.create_request(noor.id, [spec])
    (uwv,) = (i.id for i in request.items)
    svc.consents.record_decisions(request.id, SignerRef.youth(noor.id), {uwv: "yes"}, "desk")
    svc.sharing.record_disclosure(
        noor.id, item.recipient.id, item.purpose.id, [item.categories[0].id]
    )
    clock.set(datetime(2026, 12, 1, 10, 0, tzinfo=UTC))  # 18 since the 28th, under curatele
    mail = (
        "From: Noor Visser <noor.visser@example.org>\r\nTo: school@example.org\r\n"
        f"Subject: Re: code {request.reference_code}\r\n"
        f"Date: {format_datetime(clock.now() - timedelta(minutes=5))}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nNee.\r\n"
    ).encode()
    proposal = svc.remote.read_reply(mail)
    assert proposal.can_confirm, proposal.problems
    assert "intrekking" in " ".join(proposal.notes)
    svc.remote.confirm(proposal)
    assert svc.consents.item_status(uwv).status == ItemStatus.WITHDRAWN
    assert [w.item_id for w in svc.worklists.withdrawals_to_notify()] == [uwv]
