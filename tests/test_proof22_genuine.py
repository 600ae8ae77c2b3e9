"""Genuine packages the forging validator also sends, to see that verify raises no false alarm
(proof22): a request of 30 items (with sharings under consent and without), a withdrawal of
three items told to their three recipients, and a youth merged from two records whose moved
parent then decides — each exported and verified authentic."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from conftest import birth_date_for_age
from proof21_support import exported

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_thirty_items_with_sharings_and_a_withdrawal_told_to_three_recipients(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    c = catalog
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 17).isoformat(),
        given_name="Noor",
        family_name="El Amrani-van der Meer",
    )
    recipients = [c.uwv, c.gemeente, c.werkgever] + [
        service.catalog.add_recipient(f"Gemeente Dorp {n}", "gemeente", department="Jeugd")
        for n in range(11)
    ]
    pairs = [(p, r) for r in recipients for p in (c.werk, c.stage, c.leerplicht)][:30]
    request = service.consents.create_request(
        youth.id, [ItemSpec(p.id, r.id, (c.contact.id, c.school.id)) for p, r in pairs]
    )
    items = [i.id for i in request.items]
    assert len(items) == 30
    me = SignerRef.youth(youth.id)
    service.consents.record_decisions(
        request.id, me, {i: ("no" if n == 29 else "yes") for n, i in enumerate(items)}, "desk"
    )
    for n in (0, 1, 3, 4, 6, 7):
        p, r = pairs[n]
        clock.advance(timedelta(hours=1))
        kinds = [c.contact.id, c.school.id][: 1 + n % 2]
        service.sharing.record_disclosure(youth.id, r.id, p.id, kinds)
    clock.advance(timedelta(days=2))
    # Three items with three different recipients, each of which had data: all three told.
    told = [items[0], items[3], items[6]]
    result = service.withdrawals.withdraw(told, me, "email")
    assert len({r.id for _, r in result.recipients_to_notify}) == 3
    for wid, recipient in result.recipients_to_notify:
        clock.advance(timedelta(minutes=10))
        service.withdrawals.mark_notified(wid, recipient.id)
    clock.advance(timedelta(hours=1))
    exported(service, clock, request.id, tmp_path)  # asserts authentic


def test_a_merged_youth_whose_moved_parent_decides(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    c = catalog
    born = birth_date_for_age(clock.today(), 14).isoformat()
    first = service.people.add_youth(birth_date=born, given_name="Daan", family_name="Jansen")
    service.people.add_representative(first.id, "Kees Jansen", RepresentativeRole.PARENT, True)
    request = service.consents.create_request(
        first.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    second = service.people.add_youth(
        birth_date=born, given_name="Daan", family_name="Jansen", external_ref="L-77"
    )
    mother = service.people.add_representative(
        second.id, "Fatima Jansen", RepresentativeRole.PARENT, True
    )
    clock.advance(timedelta(days=1))
    kept = service.duplicates.merge(first.id, second.id)
    assert kept.id == first.id
    clock.advance(timedelta(hours=1))
    item = request.items[0].id
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(hours=1))
    exported(service, clock, request.id, tmp_path)  # asserts authentic
