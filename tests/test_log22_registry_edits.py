"""Registry values the log did not carry, edited by hand (session 18, issue 20's first rule).

An insider with the legitimately unlocked key (sqlcipher3) changed, the log left alone:
- a recipient's e-mail address or phone: the next withdrawal notice or transition form goes
  to the insider's address, and nothing said the address was not the one entered;
- a data category's description: what every next request tells a parent the data is;
- a parent's language: which language their mails are written in;
- the moment a recipient or purpose was made;
- a sent request's Message-ID: a parent's reply ("ja") is threaded by it, so a moved id
  recorded that reply on another youth's request.
`check` said "in orde" to each. Now each is named by number and column, never the value."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from mail_support import RemoteVault, smtp_server
from replay_support import replay_after_edit

from toestemming.capture.settings import Security
from toestemming.clock import FixedClock
from toestemming.errors import NotFoundError
from toestemming.model import SignerRef
from toestemming.service import Service

ATTACKER = "aanvaller@example.org"


def _named(lines: list[str], where: str, column: str) -> bool:
    return any(where in line and column in line for line in lines)


def test_a_recipients_mail_address_rewritten_by_hand_is_named(
    service: Service, catalog: SimpleNamespace
) -> None:
    uwv = catalog.uwv.id
    assert service.replay().ok
    lines = replay_after_edit(
        service, [("UPDATE recipients SET email = ? WHERE id = ?", (ATTACKER, uwv))]
    )
    assert _named(lines, f"ontvanger nr. {uwv}:", "recipients.email_phone"), lines
    assert not any(ATTACKER in line or "werkbedrijf@" in line for line in lines), lines


def test_a_recipients_phone_filled_in_by_hand_is_named(
    service: Service, catalog: SimpleNamespace
) -> None:
    rbl = catalog.rbl.id  # entered without a phone
    lines = replay_after_edit(
        service, [("UPDATE recipients SET phone = '06-66666666' WHERE id = ?", (rbl,))]
    )
    assert _named(lines, f"ontvanger nr. {rbl}:", "recipients.email_phone"), lines
    assert not any("06-66666666" in line for line in lines), lines


def test_the_address_is_in_the_log_only_as_a_salted_commitment(
    service: Service, catalog: SimpleNamespace
) -> None:
    bodies = [bytes(r[0]) for r in service.vault.db.query("SELECT body FROM events")]
    assert not any(b"werkbedrijf@uwv.example" in body for body in bodies)
    added = [
        json.loads(body)["data"] for body in bodies if json.loads(body)["kind"] == "recipient.added"
    ]
    assert all(isinstance(d.get("pd"), str) and len(d["pd"]) == 64 for d in added), added


def test_a_category_description_rewritten_by_hand_is_named(
    service: Service, catalog: SimpleNamespace
) -> None:
    contact = catalog.contact.id
    lines = replay_after_edit(
        service,
        [("UPDATE data_categories SET description = 'Alleen je naam.' WHERE id = ?", (contact,))],
    )
    assert _named(lines, f"soort gegevens nr. {contact}:", "data_categories.description"), lines


def test_a_parents_language_changed_by_hand_is_named(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    case = make_youth(15, parents=0)
    rep = service.people.add_representative(
        case.youth.id, "Ahmed Haddad", "parent", True, language="ar"
    )
    service.people.update_representative(rep.id, name="Ahmed Haddad", language="en")
    assert service.replay().ok
    lines = replay_after_edit(
        service, [("UPDATE representatives SET language = 'nl' WHERE id = ?", (rep.id,))]
    )
    assert _named(lines, f"vertegenwoordiger nr. {rep.id} ", "representatives.language"), lines
    assert not any("Haddad" in line for line in lines), lines


def test_the_moment_a_recipient_or_purpose_was_made_moved_by_hand_is_named(
    service: Service, catalog: SimpleNamespace
) -> None:
    earlier = "2020-01-01T00:00:00.000000Z"
    lines = replay_after_edit(
        service,
        [
            ("UPDATE recipients SET created_at = ? WHERE id = ?", (earlier, catalog.rbl.id)),
            ("UPDATE purposes SET created_at = ? WHERE id = ?", (earlier, catalog.stage.id)),
        ],
    )
    assert _named(lines, f"ontvanger nr. {catalog.rbl.id}:", "recipients.created_at"), lines
    assert _named(lines, f"doel nr. {catalog.stage.id}:", "purposes.created_at"), lines


def test_a_sent_requests_message_id_moved_by_hand_is_named(rv: RemoteVault) -> None:
    """Sam's request and Noor's go out by mail; the insider gives Noor's message Sam's id,
    so that Sam's reply would be threaded to Noor's request. Named by message and request."""
    with smtp_server(Security.NONE) as server:
        rv.svc.remote.set_smtp_settings(server.settings())
        sam = rv.svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
        rv.svc.remote.send(rv.noor_request.id, SignerRef.youth(rv.noor.id))
    assert rv.svc.replay().ok
    lines = replay_after_edit(
        rv.svc,
        [
            (
                "UPDATE remote_messages SET message_id = ? WHERE request_id = ?",
                (sam.message_id, rv.noor_request.id),
            )
        ],
    )
    assert _named(lines, f"bij verzoek nr. {rv.noor_request.id}:", "remote_messages.message_id"), (
        lines
    )
    assert not any(sam.message_id in line for line in lines), lines


def test_a_sent_moment_moved_by_hand_is_named(rv: RemoteVault) -> None:
    """sent_at starts the wait before a request expires: moved back, it expires at once."""
    with smtp_server(Security.NONE) as server:
        rv.svc.remote.set_smtp_settings(server.settings())
        rv.svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    lines = replay_after_edit(
        rv.svc,
        [
            (
                "UPDATE remote_messages SET sent_at = '2026-01-01T09:00:00.000000Z' "
                "WHERE request_id = ?",
                (rv.main.id,),
            )
        ],
    )
    assert _named(lines, f"bij verzoek nr. {rv.main.id}:", "remote_messages.sent_at"), lines


def test_whether_a_recipient_was_active_when_shared_is_answered_from_the_log(
    service: Service, catalog: SimpleNamespace, clock: FixedClock
) -> None:
    """The table keeps only today's flag; a reviewer asks about the day of a sharing."""
    rbl = catalog.rbl.id
    made = clock.now()
    clock.advance(timedelta(days=10))
    off = clock.now()
    service.catalog.set_recipient_active(rbl, False)
    clock.advance(timedelta(days=10))
    on_again = clock.now()
    service.catalog.set_recipient_active(rbl, True)
    ask = service.catalog.recipient_active_on
    assert not ask(rbl, made - timedelta(days=1))  # not made yet
    assert ask(rbl, made + timedelta(days=5))
    assert not ask(rbl, off + timedelta(days=1))
    assert ask(rbl, on_again + timedelta(hours=1))
    with pytest.raises(NotFoundError):
        ask(99_999, made)
