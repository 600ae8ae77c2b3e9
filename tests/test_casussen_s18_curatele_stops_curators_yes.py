"""Under curatele the curator decides — and she may still stop what the curator gave.

DOMAIN.md rule 4: "Under curatele/mentorschap the representative decides; a withdrawal by the
person themselves is still accepted (stopping is always privacy-safe), recorded as theirs".
Seed 003 (privacyreglement art. 15): the curator exercises the rights of a person under
curatele. Noor is 18 and under curatele; her curator said "ja" to the UWV. Before anything
was shared Noor says "nee" — by reply mail, or at the desk.

Before (session 17): her "nee" was refused as "Deze persoon beslist niet over dit verzoek",
because only a "nee" after her *own* "ja" (or after sharing) was read as a withdrawal, while
the desk's "Intrekken" listed her for the same item. Now her "nee" is what "Intrekken" does at
the desk, by any channel: on any item that can still be answered, her withdrawal (an item the
curator has not answered yet included — it will not be given any more). A "ja" of hers is still
refused: the curator decides.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from types import SimpleNamespace
from typing import Any

import pytest
from mail_support import RemoteVault
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

NOOR_18 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def _curator_said_yes(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], protection: str
) -> tuple[Any, Any, int, int, int]:
    noor = make_youth(18, birth_date=date(2008, 11, 20), protection=protection).youth
    role = "curator" if protection == "curatele" else "mentor"
    rep = service.people.add_representative(noor.id, "Mr. A. Smit", role, False)
    request = service.consents.create_request(
        noor.id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.stage.id, c.werkgever.id, (c.contact.id,)),
        ],
    )
    uwv, other = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.representative(rep.id), {uwv: "yes"}, "desk"
    )
    assert service.consents.item_status(uwv).status == ItemStatus.GIVEN
    return noor, rep, request.id, uwv, other


def _her_withdrawal(service: Service, item_id: int) -> dict[str, Any]:
    (w,) = [e for e in service.consents.item_history(item_id) if e["kind"] == "withdrawal.recorded"]
    return dict(w["data"])


@pytest.mark.parametrize("protection", ["curatele", "mentorschap"])
@pytest.mark.parametrize("clock", [NOOR_18], indirect=True)
def test_her_no_at_the_desk_to_the_curators_yes_before_sharing_is_her_withdrawal(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    protection: str,
) -> None:
    noor, rep, request_id, uwv, _ = _curator_said_yes(service, catalog, make_youth, protection)
    # The desk's own "Intrekken" lists her for this item: the answer "nee" must agree.
    assert SignerRef.youth(noor.id) in service.withdrawals.choices(uwv).signers
    clock.advance(timedelta(hours=1))
    done = service.consents.record_decisions(
        request_id, SignerRef.youth(noor.id), {uwv: "no"}, "desk"
    )
    assert done.withdrawal_ids
    assert service.consents.item_status(uwv).status == ItemStatus.WITHDRAWN
    assert _her_withdrawal(service, uwv)["signer"] == ["youth", noor.id]
    # Recorded as hers; the curator (or mentor), who decides, is the one to inform.
    told = service.withdrawals.result(done.withdrawal_ids).representatives_to_inform
    assert [r.id for r in told] == [rep.id]
    # Nothing went out yet: no recipient to tell; and nothing may go out now.
    assert service.worklists.withdrawals_to_notify() == []
    assert not service.sharing.may_share(
        noor.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
    ).allowed


@pytest.mark.parametrize("clock", [NOOR_18], indirect=True)
def test_her_no_to_a_part_the_curator_has_not_answered_stops_it_too(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    noor, rep, request_id, _, other = _curator_said_yes(service, catalog, make_youth, "curatele")
    clock.advance(timedelta(hours=1))
    service.consents.record_decisions(request_id, SignerRef.youth(noor.id), {other: "no"}, "desk")
    assert service.consents.item_status(other).status == ItemStatus.WITHDRAWN
    # The curator's later "ja" no longer gives it: stopped is stopped (a new request is the way).
    clock.advance(timedelta(hours=1))
    rows = service.vault.db.scalar("SELECT count(*) FROM decisions")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request_id, SignerRef.representative(rep.id), {other: "yes"}, "desk"
        )
    assert service.vault.db.scalar("SELECT count(*) FROM decisions") == rows


@pytest.mark.parametrize("clock", [NOOR_18], indirect=True)
def test_her_yes_is_still_refused_the_curator_decides(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    noor, _, request_id, uwv, other = _curator_said_yes(service, catalog, make_youth, "curatele")
    clock.advance(timedelta(hours=1))
    rows = service.vault.db.scalar("SELECT count(*) FROM decisions")
    for given in ({other: "yes"}, {uwv: "no", other: "yes"}):
        with pytest.raises(RuleViolation) as refused:
            service.consents.record_decisions(request_id, SignerRef.youth(noor.id), given, "desk")
        assert refused.value.message_id == "error-consent-not-decider"
    assert service.vault.db.scalar("SELECT count(*) FROM decisions") == rows
    assert service.vault.db.scalar("SELECT count(*) FROM withdrawals") == 0
    assert service.consents.item_status(uwv).status == ItemStatus.GIVEN


@pytest.mark.parametrize("clock", [datetime(2026, 11, 2, 10, 0, tzinfo=UTC)], indirect=True)
def test_her_own_no_at_17_then_the_curators_yes_then_her_no_again_stops_it(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Her "nee" repeated is not "already recorded": her first "nee" was a refusal under the
    rules of 17; since then the curator said "ja" and her "nee" now stops that."""
    noor = make_youth(17, birth_date=date(2008, 11, 20), protection="curatele").youth
    rep = service.people.add_representative(noor.id, "Mr. A. Smit", "curator", False)
    request = service.consents.create_request(
        noor.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    (uwv,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(noor.id), {uwv: "no"}, "desk")
    clock.set(NOOR_18)
    service.consents.record_decisions(
        request.id, SignerRef.representative(rep.id), {uwv: "yes"}, "desk"
    )
    assert service.consents.item_status(uwv).status == ItemStatus.GIVEN
    clock.advance(timedelta(hours=1))
    service.consents.record_decisions(request.id, SignerRef.youth(noor.id), {uwv: "no"}, "desk")
    assert service.consents.item_status(uwv).status == ItemStatus.WITHDRAWN
    assert _her_withdrawal(service, uwv)["signer"] == ["youth", noor.id]


def test_her_mailed_no_to_the_curators_yes_is_proposed_and_recorded_as_her_withdrawal(
    rv: RemoteVault,
) -> None:
    svc, clock = rv.svc, rv.clock  # the remote vault starts on 23-11-2026
    noor = svc.people.add_youth(
        given_name="Noor",
        family_name="Visser",
        birth_date="2008-11-20",
        email="noor.visser@example.org",
        protection="curatele",
    )
    rep = svc.people.add_representative(noor.id, "Mr. A. Smit", "curator", False)
    item = rv.main.items[0]
    spec = ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))
    request = svc.consents.create_request(noor.id, [spec])
    (uwv,) = (i.id for i in request.items)
    svc.consents.record_decisions(
        request.id, SignerRef.representative(rep.id), {uwv: "yes"}, "desk"
    )
    clock.advance(timedelta(days=1))
    mail = (
        "From: Noor Visser <noor.visser@example.org>\r\nTo: school@example.org\r\n"
        f"Subject: Re: code {request.reference_code}\r\n"
        f"Date: {format_datetime(clock.now() - timedelta(minutes=5))}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nNee, ik wil dit niet.\r\n"
    ).encode()
    proposal = svc.remote.read_reply(mail)
    assert proposal.can_confirm, proposal.problems
    assert "intrekking" in " ".join(proposal.notes)
    result = svc.remote.confirm(proposal)
    assert result.withdrawal is not None
    assert [r.id for r in result.withdrawal.representatives_to_inform] == [rep.id]
    assert svc.consents.item_status(uwv).status == ItemStatus.WITHDRAWN
    (w,) = [e for e in svc.consents.item_history(uwv) if e["kind"] == "withdrawal.recorded"]
    assert w["data"]["signer"] == ["youth", noor.id]
    assert w["data"]["channel"] == "email"


@pytest.mark.parametrize("clock", [NOOR_18], indirect=True)
def test_intrekken_at_the_desk_names_the_curator_to_inform_but_not_when_he_withdraws(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    noor, rep, _, uwv, other = _curator_said_yes(service, catalog, make_youth, "curatele")
    hers = service.withdrawals.withdraw([uwv], SignerRef.youth(noor.id), "desk")
    assert [r.id for r in hers.representatives_to_inform] == [rep.id]
    his = service.withdrawals.withdraw([other], SignerRef.representative(rep.id), "desk")
    assert his.representatives_to_inform == ()


def test_a_youth_of_17_who_withdraws_has_nobody_else_to_inform(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    sam = make_youth(17, parents=2).youth
    request = service.consents.create_request(
        sam.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(sam.id), {item: "yes"}, "desk")
    result = service.withdrawals.withdraw([item], SignerRef.youth(sam.id), "desk")
    assert result.representatives_to_inform == ()


@pytest.mark.parametrize("clock", [NOOR_18], indirect=True)
def test_her_inzage_names_the_curator_as_curator_not_as_one_without_gezag(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    noor, _, _, _, _ = _curator_said_yes(service, catalog, make_youth, "curatele")
    text = flat(service.forms.render_inzage(noor.id))
    assert "Mr. A. Smit" in text and "curator" in text
    assert "zonder gezag" not in text and "met gezag" not in text, text
