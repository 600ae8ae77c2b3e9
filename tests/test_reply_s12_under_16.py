"""A reply by e-mail from the youth's own address, written while she was still 15.

DOMAIN rule 3: age is computed on the date of the decision; under 16 the parents decide.
Noa's 16th birthday falls between the day she answered ("ja, akkoord", the day before) and
the day the worker reads the mail. A hurried worker would take it as her consent: she is 16
now. The proposal must say she did not decide then, and it cannot be confirmed. The same
words written after the birthday are hers to give."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import format_datetime

import pytest
from mail_support import RemoteVault

from toestemming.errors import RuleViolation
from toestemming.model import SignerRef
from toestemming.usecases.consent import ItemSpec


def _reply(code: str, sender: str, at: datetime) -> bytes:
    return (
        f"From: Noa <{sender}>\r\nTo: school@example.org\r\n"
        f"Subject: Re: code {code}\r\nDate: {format_datetime(at)}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nJa, akkoord.\r\n"
    ).encode()


def test_a_yes_from_her_own_address_written_at_15_is_no_decision(rv: RemoteVault) -> None:
    asked = rv.clock.now()
    birthday = (asked + timedelta(days=2)).date()
    noa = rv.svc.people.add_youth(
        given_name="Noa",
        family_name="Bakker",
        birth_date=birthday.replace(year=birthday.year - 16).isoformat(),
        email="noa@example.org",
    )
    rv.svc.people.add_representative(noa.id, "Vader Bakker", "parent", True)
    item = rv.main.items[0]
    spec = ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))
    request = rv.svc.consents.create_request(noa.id, [spec])
    rv.clock.advance(timedelta(days=2, hours=3))  # read on her birthday
    decisions = rv.svc.vault.db.scalar("SELECT count(*) FROM decisions")

    written_at_15 = _reply(request.reference_code, "noa@example.org", asked + timedelta(days=1))
    proposal = rv.svc.remote.read_reply(written_at_15)
    assert proposal.signer == SignerRef.youth(noa.id)
    assert any("beslist niet" in p for p in proposal.problems), proposal.problems
    assert not proposal.can_confirm
    with pytest.raises(RuleViolation):
        rv.svc.remote.confirm(proposal)
    assert rv.svc.vault.db.scalar("SELECT count(*) FROM decisions") == decisions

    written_at_16 = _reply(request.reference_code, "noa@example.org", rv.clock.now())
    hers = rv.svc.remote.read_reply(written_at_16)
    assert hers.problems == () and hers.can_confirm, hers.problems
