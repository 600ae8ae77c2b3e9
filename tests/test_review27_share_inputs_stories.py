"""review27: "Mag ik delen?" in one statement (repo.share_inputs, session 20's lead) held against
the slow readings it replaced, in the stories the brief named: gezag that ended on the day
itself, a text revised twice, a recipient closed and reopened, two records of one youth merged,
a clock correction in the log. Each asked now and at past moments, with the answer the desk sees.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

from test_share_inputs_one_statement import _same

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.store import repo
from toestemming.usecases.consent import ItemSpec


def _yes(service: Service, youth_id: int, signer: SignerRef, c: SimpleNamespace) -> int:
    req = service.consents.create_request(
        youth_id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    service.consents.record_decisions(req.id, signer, {i.id: "yes" for i in req.items}, "desk")
    return req.items[0].id


def test_closed_and_reopened_recipient_and_a_text_revised_twice(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    y = make_youth(17).youth
    item = _yes(service, y.id, SignerRef.youth(y.id), c)
    given = clock.now()
    clock.advance(timedelta(days=2))
    service.catalog.set_recipient_active(c.uwv.id, False)
    closed = clock.now()
    clock.advance(timedelta(days=2))
    service.catalog.set_recipient_active(c.uwv.id, True)
    clock.advance(timedelta(days=1))
    service.catalog.revise_purpose(c.werk.id, "Begeleiding naar werk", "Tweede tekst.")
    service.catalog.revise_purpose(c.werk.id, "Begeleiding naar werk", "Derde tekst.")
    _same(service, y.id, c.uwv.id, c.werk.id)
    read = repo.share_inputs(service.vault.db, y.id, c.uwv.id, c.werk.id)
    shown = service.vault.db.scalar(
        "SELECT purpose_version_id FROM consent_items WHERE id = ?", (item,)
    )
    assert read.recipient_active is True and read.histories[0][1] == shown  # the first text
    inactive = "share-warning-recipient-inactive"
    now = service.sharing.may_share(y.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert now.allowed and inactive not in [p.message_id for p in now.warning_phrases]
    assert now.text_drift is not None  # asked with the first text, two revisions since
    then = service.sharing.may_share(
        y.id, c.uwv.id, c.werk.id, [c.contact.id], at=closed + timedelta(hours=1)
    )
    assert then.allowed and inactive in [p.message_id for p in then.warning_phrases]
    before = service.sharing.may_share(
        y.id, c.uwv.id, c.werk.id, [c.contact.id], at=given + timedelta(hours=1)
    )
    assert before.allowed and inactive not in [p.message_id for p in before.warning_phrases]


def test_gezag_ended_on_the_day_itself_and_a_merged_record(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    case = make_youth(13, parents=2, given_name="Sam", family_name="Bakker")
    mother, father = case.parents
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    for parent in (mother, father):  # both had gezag: both said yes
        service.consents.record_decisions(
            req.id, SignerRef.representative(parent.id), {req.items[0].id: "yes"}, "desk"
        )
    _yes(service, case.youth.id, SignerRef.representative(mother.id), c)  # only hers
    clock.advance(timedelta(hours=2))
    before_end = clock.now()
    clock.advance(timedelta(hours=1))
    service.people.end_representative(father.id)  # the same day
    _same(service, case.youth.id, c.uwv.id, c.werk.id)
    read = repo.share_inputs(service.vault.db, case.youth.id, c.uwv.id, c.werk.id)
    assert [r.id for r in read.representatives] == [mother.id]
    assert service.sharing.may_share(case.youth.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    then = service.sharing.may_share(
        case.youth.id, c.uwv.id, c.werk.id, [c.contact.id], at=before_end
    )
    assert then.allowed and then.item_id == req.items[0].id  # then only the item both agreed
    # A second record of the same youth (made at the other desk, no answers yet), merged into
    # the first: its parent comes along, and the one statement reads what the slow ones read.
    twin = make_youth(
        13, parents=1, given_name="Sam", family_name="Bakker", birth_date=case.youth.birth_date
    )
    kept = service.duplicates.merge(case.youth.id, twin.youth.id)
    _same(service, kept.id, c.uwv.id, c.werk.id)
    read = repo.share_inputs(service.vault.db, kept.id, c.uwv.id, c.werk.id)
    assert len(read.histories) == 2 and len(read.representatives) == 2
    assert service.sharing.may_share(kept.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed is False
