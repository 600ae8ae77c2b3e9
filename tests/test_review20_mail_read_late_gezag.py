"""review20: a parent's mailed answer read after their gezag changed is judged by who had gezag
on the day it was written — as the write (Consents.prepare_decisions, gezag_history) judges it.
The reply proposal looked at today's representatives: a father's "ja" of Monday, read on
Thursday after a court gave the mother sole gezag on Wednesday, was shown as "beslist niet"
and could not be confirmed, though it was his to give and the desk records it on its date."""

from __future__ import annotations

from datetime import timedelta
from email.utils import format_datetime

from mail_support import RemoteVault

from toestemming.model import Answer, ItemStatus
from toestemming.usecases.consent import ItemSpec


def test_a_fathers_mailed_yes_read_after_he_lost_gezag_counts_on_its_date(
    rv: RemoteVault,
) -> None:
    svc, clock = rv.svc, rv.clock
    kid = svc.people.add_youth(given_name="Mo", family_name="Jansen", birth_date="2012-03-01")
    svc.people.add_representative(kid.id, "Moeder Jansen", "parent", True, email="m@example.org")
    father = svc.people.add_representative(
        kid.id, "Vader Jansen", "parent", True, email="vader@example.org"
    )
    item = rv.main.items[0]
    request = svc.consents.create_request(
        kid.id, [ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))]
    )
    clock.advance(timedelta(hours=2))
    monday = clock.now()
    raw = (
        "From: Vader <vader@example.org>\r\nTo: school@example.org\r\n"
        f"Subject: Re: code {request.reference_code}\r\nDate: {format_datetime(monday)}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nJa hoor, akkoord.\r\n"
    ).encode()
    clock.advance(timedelta(days=2))
    svc.people.set_gezag(father.id, False)  # Wednesday: the mother has sole gezag
    clock.advance(timedelta(days=1))

    proposal = svc.remote.read_reply(raw)
    assert proposal.problems == (), proposal.problems
    assert proposal.answers == {request.items[0].id: Answer.YES}
    svc.remote.confirm(proposal)
    # his yes is on record from Monday; from Wednesday the mother alone decides
    assert svc.consents.item_status(request.items[0].id).status == ItemStatus.REQUESTED
    rows = svc.vault.db.scalar(
        "SELECT count(*) FROM decisions WHERE item_id = ? AND signer_id = ?",
        (request.items[0].id, father.id),
    )
    assert rows == 1
