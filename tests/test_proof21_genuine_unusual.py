"""Genuine packages with unusual but real data verify as authentic (proof21): what the
forging validator also tries, so that the stricter reading of history rows and gezag raises
no false alarm. Long names that wrap in their cells, names with digits and brackets, a
father given gezag who says "no" then "yes" (a correction), gezag ended later, a representative ended, an item ended by the organisation, a
withdrawal told to the recipient, several items in one request."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from conftest import birth_date_for_age
from proof21_support import exported

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.binding import pdf_text
from toestemming.proof.package import PDF
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

LONG = "Maximiliaan-Alexander Johannes Cornelis (Max) van Oranje-Nassau tot Dietz 3e"


def test_a_request_full_of_unusual_but_real_data_verifies(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    people = service.people
    youth = people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 13).isoformat(),
        given_name="Anna-Sophie (Fie)",
        family_name="van den Berg-de Vries 2",
    )
    mother = people.add_representative(youth.id, LONG, RepresentativeRole.PARENT, True)
    father = people.add_representative(
        youth.id, "Jan (Johannes) Bakker 2", RepresentativeRole.PARENT, False
    )
    c = catalog
    pairs = [
        (c.werk, c.uwv),
        (c.werk, c.gemeente),
        (c.stage, c.werkgever),
        (c.stage, c.uwv),
        (c.werk, c.werkgever),
        (c.stage, c.gemeente),
    ]
    request = service.consents.create_request(
        youth.id, [ItemSpec(p.id, r.id, (c.contact.id, c.school.id)) for p, r in pairs]
    )
    items = [i.id for i in request.items]
    mom, dad = SignerRef.representative(mother.id), SignerRef.representative(father.id)
    clock.advance(timedelta(days=1))
    people.set_gezag(father.id, True)
    clock.advance(timedelta(hours=2))
    service.consents.record_decisions(request.id, dad, dict.fromkeys(items, "no"), "desk")
    clock.advance(timedelta(hours=1))
    service.consents.record_decisions(
        request.id, mom, {i: ("yes" if n % 2 == 0 else "no") for n, i in enumerate(items)}, "desk"
    )
    service.consents.record_decisions(request.id, dad, dict.fromkeys(items, "yes"), "email")
    service.sharing.record_disclosure(youth.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=3))
    people.set_gezag(father.id, False)
    clock.advance(timedelta(days=3))
    result = service.withdrawals.withdraw([items[0]], mom, "email")
    for wid, recipient in result.recipients_to_notify:
        service.withdrawals.mark_notified(wid, recipient.id)
    clock.advance(timedelta(days=1))
    people.end_representative(father.id)
    clock.advance(timedelta(hours=1))
    service.consents.act_on_item(items[2], "revoke", "Stage gaat niet door.")
    clock.advance(timedelta(hours=1))
    case = exported(service, clock, request.id, tmp_path)  # authentic
    text = " ".join((pdf_text(case.files[PDF]) or "").split())
    assert "Gezag toen met gezag" in text and "zonder gezag" not in text
    assert "op de hoogte gebracht van de intrekking" in text
