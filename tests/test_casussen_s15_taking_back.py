"""A "nee" that takes back a "ja": played as the desk meets it.

DOMAIN.md rule 3: "When a young person turns 16, consents that parents gave remain on record,
but the young person now holds the rights: the product flags those consents for
re-confirmation by the young person ("herbevestigen") and the young person may withdraw."
Rule 4: "Withdrawal must be as easy as giving — one clear action, by any channel that could
give consent ... Recipients that already received data must be told (AVG art. 19), so the
product lists them and tracks the notification." Seed 003 (privacyreglement, de rechten van
betrokkene) and seed 004 (toestemming per e-mail na een gesprek) name the same right.

The worker records the answer to the re-confirmation ("Herbevestigen (16 geworden)" on the
worklist opens "beslissing vastleggen") as a decision, and a youth who mails "nee" a week
after his own "ja" is read in as a decision too. Before, such a "nee" stopped the sharing but
the item read "nee gezegd" — as if nothing had ever been given — and the recipients that had
already received the data were listed nowhere: nobody told the UWV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, LawfulBasis, SignerRef
from toestemming.proof.verify import verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _ask(service: Service, c: SimpleNamespace, youth_id: int) -> tuple[int, int]:
    request = service.consents.create_request(
        youth_id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id, c.school.id))]
    )
    return request.id, request.items[0].id


def _may(service: Service, c: SimpleNamespace, youth_id: int) -> bool:
    return service.sharing.may_share(youth_id, c.uwv.id, c.werk.id, [c.contact.id]).allowed


def _to_notify(service: Service, item: int) -> list[str]:
    return [w.detail for w in service.worklists.withdrawals_to_notify() if w.item_id == item]


def _yes_shared_then_no(
    service: Service, c: SimpleNamespace, youth_id: int, clock: FixedClock
) -> int:
    """His yes, the UWV gets his contact data the next day, a week later his no by mail."""
    request_id, item = _ask(service, c, youth_id)
    service.consents.record_decisions(request_id, SignerRef.youth(youth_id), {item: "yes"}, "email")
    clock.advance(timedelta(days=1))
    service.sharing.record_disclosure(youth_id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=7))
    service.consents.record_decisions(request_id, SignerRef.youth(youth_id), {item: "no"}, "email")
    return item


def test_turning_16_his_no_to_the_reconfirmation_withdraws_and_the_uwv_is_to_be_told(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Daan (15) — his mother said yes to the UWV in November and the desk sent his contact
    and school data. On 1 December he turns 16: the item stays given (the sharing before was
    lawful) but is flagged for his re-confirmation, and the worklist says so. At the desk he
    says no. That no is a withdrawal of what his mother gave: the item reads withdrawn, no
    new sharing, the UWV is listed to be told, the inzage says it and the proof verifies."""
    c = catalog
    case = make_youth(15, parents=1, birth_date=date(2010, 12, 1), given_name="Daan")
    daan, mother = case.youth, case.parents[0]
    request_id, item = _ask(service, c, daan.id)
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(days=1))
    shared = service.sharing.record_disclosure(daan.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert shared.basis == LawfulBasis.CONSENT

    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))  # he is 16 since yesterday
    status = service.consents.item_status(item)
    assert status.status == ItemStatus.GIVEN and status.needs_reconfirmation
    assert [w.item_id for w in service.worklists.needs_reconfirmation()] == [item]
    answer = service.sharing.may_share(daan.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert answer.allowed and any("herbevestigen" in w for w in answer.warnings)

    service.consents.record_decisions(request_id, SignerRef.youth(daan.id), {item: "no"}, "desk")
    status = service.consents.item_status(item)
    assert status.status == ItemStatus.WITHDRAWN
    assert not _may(service, c, daan.id)
    assert service.worklists.needs_reconfirmation() == []
    assert len(_to_notify(service, item)) == 1  # the UWV, who has his data
    # What went out before his no stays on the consent it had.
    assert service.sharing.disclosures(daan.id)[0].basis == LawfulBasis.CONSENT

    text = flat(service.forms.render_inzage(daan.id))
    assert "UWV" in text and "ingetrokken" in text.lower()
    # The extra withdrawal is an event like any other: the rows re-derive from the log.
    assert service.replay().ok and service.integrity_problems() == []
    proof = service.forms.proof
    report = verify(proof.export_item(item, tmp_path / "daan.ttbewijs"), trust=proof.own_trust())
    assert report.authentic, report.problems


def test_a_no_by_mail_a_week_after_his_own_yes_is_his_withdrawal(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Seed 004: consent by mail after a talk. Milan (17) said yes by mail; the desk shared
    with the UWV. A week later he mails "nee, toch niet". Recorded as his answer, it is his
    withdrawal: withdrawn, nothing more to the UWV, and the UWV is on the list to be told."""
    c = catalog
    milan = make_youth(17, given_name="Milan").youth
    item = _yes_shared_then_no(service, c, milan.id, clock)
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    assert not _may(service, c, milan.id)
    assert len(_to_notify(service, item)) == 1


def test_the_second_parents_no_after_the_first_parents_yes_stays_a_disagreement(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The control: a parent who never said yes does not withdraw anything by saying no — the
    parents disagree (DOMAIN.md rule 3: conflicting, which counts as no consent)."""
    c = catalog
    case = make_youth(14, parents=2)
    mother, father = case.parents
    request_id, item = _ask(service, c, case.youth.id)
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(hours=2))
    service.consents.record_decisions(
        request_id, SignerRef.representative(father.id), {item: "no"}, "email"
    )
    assert service.consents.item_status(item).status == ItemStatus.CONFLICTING
    assert not _may(service, c, case.youth.id)


def test_then_he_asks_to_be_forgotten_the_uwv_is_told_first(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Seed 003, reglement (recht op verwijdering), and AVG art. 19: Jesse (17) said yes, his
    data went to the UWV, a week later he mailed no and asked to be forgotten. Erasing him at
    once would leave the UWV untold with nobody left who knows: the erasure is refused with a
    Dutch message (nothing erased) until the desk marks the UWV told; then it goes through."""
    c = catalog
    jesse = make_youth(17, given_name="Jesse").youth
    item = _yes_shared_then_no(service, c, jesse.id, clock)
    with pytest.raises(RuleViolation) as refused:
        service.retention.erase(jesse.id, "request")
    assert "AVG art. 19" in refused.value.message
    assert service.retention.erasure(jesse.id) is None
    assert service.people.youth(jesse.id).given_name == "Jesse"

    (to_tell,) = service.worklists.withdrawals_to_notify()
    assert to_tell.item_id == item
    # The worklist line opens the notify dialog, which marks the withdrawal's recipients.
    wid = int(service.vault.db.scalar("SELECT id FROM withdrawals WHERE item_id = ?", (item,)))
    assert [r.name for r in service.withdrawals.recipients_to_notify(wid)] == ["UWV"]
    service.withdrawals.mark_notified(wid, c.uwv.id)
    assert service.worklists.withdrawals_to_notify() == []
    assert service.retention.erase(jesse.id, "request") is not None


@pytest.mark.parametrize("clock", [datetime(2026, 11, 2, 10, 0, tzinfo=UTC)], indirect=True)
def test_under_curatele_the_curators_no_to_her_own_earlier_yes_withdraws_it(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """DOMAIN.md rule 3: "18+ under curatele ... the curator exercises the rights", and what
    she gave herself at 17 waits for the curator's re-confirmation. Noor's curator says no:
    that ends her consent — withdrawn, recorded as the curator's, the UWV to be told."""
    c = catalog
    clock.set(datetime(2026, 11, 2, 10, 0, tzinfo=UTC))
    noor = make_youth(17, birth_date=date(2008, 11, 20), protection="curatele").youth
    curator = service.people.add_representative(noor.id, "Mr. A. Smit", "curator", False)
    request_id, item = _ask(service, c, noor.id)
    service.consents.record_decisions(request_id, SignerRef.youth(noor.id), {item: "yes"}, "desk")
    service.sharing.record_disclosure(noor.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))  # 18 since the 20th
    assert service.consents.item_status(item).needs_reconfirmation
    service.consents.record_decisions(
        request_id, SignerRef.representative(curator.id), {item: "no"}, "paper"
    )
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    (withdrawal,) = [
        e for e in service.consents.item_history(item) if e["kind"] == "withdrawal.recorded"
    ]
    assert withdrawal["data"]["signer"] == ["representative", curator.id]
    assert len(_to_notify(service, item)) == 1
