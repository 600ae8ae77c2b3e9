"""A mailed "ja" to a part whose recipient closed before the reply (review23).

Two pieces of session 18 met here: cases20 refused a "ja" given after the item's recipient was
set inactive (closed, merged, renamed: the consent would name an organisation that receives
nothing, and it is no consent for a successor); the reply reader proposes what a parent's mail
says. The proposal did not know the new rule: Sam's "Ja, voor alles akkoord." to the request
whose second part names the Bakkerij — closed a week before he wrote — was proposed as ready,
every item "ja", no problem, the Vastleggen button on; the worker confirmed and only then got
"niets vastgelegd". The proposal now says which part and why, before anything is confirmed;
a "ja" written before the closing (a mail read late) is still proposed and recorded.
"""

from __future__ import annotations

from datetime import timedelta
from email.utils import format_datetime

import pytest
from mail_corpus import SAM
from mail_support import RemoteVault

from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus


def _mail(rv: RemoteVault, body: str) -> bytes:
    return (
        f"From: Sam de Vries <{SAM}>\r\nTo: school@example.org\r\n"
        f"Subject: Re: code {rv.main.reference_code}\r\n"
        f"Date: {format_datetime(rv.clock.now())}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


def test_a_yes_to_a_closed_recipient_is_named_in_the_proposal(rv: RemoteVault) -> None:
    svc, clock = rv.svc, rv.clock
    bakkerij = rv.main.items[1]
    clock.advance(timedelta(days=2))
    svc.catalog.set_recipient_active(bakkerij.recipient.id, False)  # the bakery closed
    clock.advance(timedelta(days=7))
    before = svc.vault.db.scalar("SELECT count(*) FROM events")

    proposal = svc.remote.read_reply(_mail(rv, "Ja, voor alles akkoord."))

    assert not proposal.can_confirm
    said = " ".join(proposal.problems)
    assert "Onderdeel 2" in said and "niet meer actief" in said, proposal.problems
    with pytest.raises(RuleViolation) as refused:
        svc.remote.confirm(proposal)
    assert "niet meer actief" in str(refused.value)
    assert svc.vault.db.scalar("SELECT count(*) FROM events") == before


def test_a_no_to_it_and_a_yes_written_before_the_closing_are_proposed_as_before(
    rv: RemoteVault,
) -> None:
    svc, clock = rv.svc, rv.clock
    bakkerij = rv.main.items[1]
    clock.advance(timedelta(days=1))
    written = _mail(rv, "1 ja, 2 ja")  # Sam's mail, read only after the closing
    clock.advance(timedelta(days=1))
    svc.catalog.set_recipient_active(bakkerij.recipient.id, False)
    clock.advance(timedelta(days=1))

    proposal = svc.remote.read_reply(written)
    assert proposal.can_confirm, proposal.problems
    svc.remote.confirm(proposal)
    assert svc.consents.item_status(bakkerij.id).status == ItemStatus.GIVEN

    clock.advance(timedelta(days=1))
    no = svc.remote.read_reply(_mail(rv, "Toch niet: 2 nee."))
    assert not any("niet meer actief" in p for p in no.problems), no.problems
