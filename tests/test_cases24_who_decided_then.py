"""Who was the right signer then? Gezag and dates of birth that change after the decisions.

DOMAIN.md rule 3: "Age is computed on the date of the decision"; under 16 each parent with
gezag decides (both, by default); parents who disagree → conflicting, which counts as no
consent; 16 and older the young person decides alone. Seed 003 (privacyreglement): under 16
the rights are exercised by the wettelijk vertegenwoordiger. Played through the service.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from test_attack_s8_packages import read

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, SignerRef
from toestemming.proof.package import RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _ask(service: Service, c: SimpleNamespace, youth_id: int) -> tuple[int, int]:
    request = service.consents.create_request(
        youth_id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    return request.id, request.items[0].id


def _may(service: Service, c: SimpleNamespace, youth_id: int) -> bool:
    return service.sharing.may_share(youth_id, c.uwv.id, c.werk.id, [c.contact.id]).allowed


def _answers(
    service: Service,
    c: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    first: str,
    second: str,
) -> tuple[Any, Any, Any, int, int]:
    """Yara (14), both parents with gezag: the mother answers `first`, two hours later the
    father `second`, then a month passes. (yara, mother, father, request, item)."""
    case = make_youth(14, parents=2)
    yara, mother, father = case.youth, *case.parents
    request_id, item = _ask(service, c, yara.id)
    for parent, answer in ((mother, first), (father, second)):
        service.consents.record_decisions(
            request_id, SignerRef.representative(parent.id), {item: answer}, "desk"
        )
        clock.advance(timedelta(hours=2))
    clock.advance(timedelta(days=30))
    return yara, mother, father, request_id, item


def test_parents_disagree_then_the_no_parent_loses_gezag_the_yes_does_not_silently_count(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Mother yes, father no for 14-year-old Yara: conflicting. A month later the court gives
    the mother sole gezag. The father's no was his right when he gave it; the mother's yes was
    never enough on its own. Before, the conflict silently became the mother's old yes and
    "Mag ik delen?" said yes with nobody deciding again. Now it stays conflicting; the desk
    asks her again, and her new answer counts."""
    c = catalog
    yara, mother, father, _request, item = _answers(service, c, make_youth, clock, "yes", "no")
    assert service.consents.item_status(item).status == ItemStatus.CONFLICTING
    service.people.set_gezag(father.id, False)
    assert service.consents.item_status(item).status == ItemStatus.CONFLICTING
    assert not _may(service, c, yara.id)
    assert service.sharing.options(yara.id, c.uwv.id, c.werk.id).after_no
    # Her old yes cannot be given twice; the desk asks her again, on today's situation.
    clock.advance(timedelta(days=1))
    again, new_item = _ask(service, c, yara.id)
    assert service.consents.who_must_decide(yara.id).signers == (
        SignerRef.representative(mother.id),
    )
    service.consents.record_decisions(
        again, SignerRef.representative(mother.id), {new_item: "yes"}, "desk"
    )
    assert service.consents.item_status(new_item).status == ItemStatus.GIVEN
    assert _may(service, c, yara.id)


def test_a_representation_that_ended_after_a_no_leaves_the_no_standing(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """The same when the father's representation is ended altogether (he is taken off the
    record): his no, given while he decided, is not erased by it."""
    c = catalog
    yara, _mother, father, request_id, item = _answers(service, c, make_youth, clock, "yes", "no")
    service.people.end_representative(father.id)
    assert service.consents.item_status(item).status == ItemStatus.CONFLICTING
    assert not _may(service, c, yara.id)
    # The privacy officer's proof says the same and verifies as genuine.
    proof = service.forms.proof
    path = proof.export_request(request_id, tmp_path / "yara.tbewijs")
    report = verify(path, proof._keys()[1], clock=clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    receipt = json.loads(read(path)[RECEIPT])
    assert receipt["consents"][0]["status"] == "conflicting"


def test_the_mothers_yes_after_the_fathers_no_is_hers_when_the_court_gives_her_sole_gezag(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Father first said no; the mother, knowing it, said yes after him; the court then gives
    her sole gezag. Her answer is the latest of the one who decides now: it counts."""
    c = catalog
    case = make_youth(14, parents=2)
    yara, mother, father = case.youth, *case.parents
    request_id, item = _ask(service, c, yara.id)
    service.consents.record_decisions(
        request_id, SignerRef.representative(father.id), {item: "no"}, "email"
    )
    clock.advance(timedelta(hours=2))
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    assert not _may(service, c, yara.id)
    clock.advance(timedelta(days=30))
    service.people.set_gezag(father.id, False)
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    assert _may(service, c, yara.id)


def test_parents_disagree_then_the_yes_parent_loses_gezag_nothing_is_shared(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The other way round: the father who said no keeps gezag alone. His no is what is left:
    refused, nothing may be shared, and only a named legal ground could carry a sharing."""
    c = catalog
    yara, mother, _father, _request, item = _answers(service, c, make_youth, clock, "yes", "no")
    service.people.set_gezag(mother.id, False)
    assert service.consents.item_status(item).status == ItemStatus.REFUSED
    assert not _may(service, c, yara.id)
    assert service.sharing.options(yara.id, c.uwv.id, c.werk.id).after_no


def test_both_said_yes_then_one_loses_gezag_the_consent_stands(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Both parents said yes while both had gezag; the father's gezag ends later. The consent
    was valid when given and the mother, the one holder now, agreed: it stands, and the
    father can no longer withdraw it in Yara's place."""
    c = catalog
    yara, _mother, father, _request, item = _answers(service, c, make_youth, clock, "yes", "yes")
    service.people.set_gezag(father.id, False)
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    assert _may(service, c, yara.id)
    with pytest.raises(RuleViolation):
        service.withdrawals.withdraw([item], SignerRef.representative(father.id), "desk")
    assert _may(service, c, yara.id)


def test_a_youth_said_yes_at_16_but_her_birth_date_was_typed_wrong_she_was_15(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Lina's birth date was typed a year and a bit off: the desk took her for 16 and let her
    sign herself. Three days later her passport shows she is 15. Age counts on the date of the
    decision — with the right birth date her own yes was not hers to give: nothing may be
    shared, the item waits for her mother, and the mother's yes then counts."""
    c = catalog
    today = clock.now().date()
    case = make_youth(16, parents=1)
    lina, mother = case.youth, case.parents[0]
    request_id, item = _ask(service, c, lina.id)
    service.consents.record_decisions(request_id, SignerRef.youth(lina.id), {item: "yes"}, "desk")
    assert _may(service, c, lina.id)
    clock.advance(timedelta(days=3))
    real = today.replace(year=today.year - 16) + timedelta(days=40)  # 16 only in 40 days
    service.people.update_youth(lina.id, birth_date=real)
    status = service.consents.item_status(item)
    assert status.status == ItemStatus.REQUESTED and not status.needs_reconfirmation
    assert not _may(service, c, lina.id)
    before = row_count(service, "events")
    with pytest.raises(RuleViolation):  # and at 15 she cannot sign again in her mother's place
        service.consents.record_decisions(
            request_id, SignerRef.youth(lina.id), {item: "yes"}, "desk"
        )
    assert row_count(service, "events") == before
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    assert _may(service, c, lina.id)


def test_a_parent_said_yes_for_a_15_year_old_who_was_in_fact_16(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The other way: Tom was taken for 15 and his mother signed. He was 17. Parents do not
    consent on a 16+ youth's behalf: after the correction her yes shares nothing and Tom
    decides himself."""
    c = catalog
    today = clock.now().date()
    case = make_youth(15, parents=1)
    tom, mother = case.youth, case.parents[0]
    request_id, item = _ask(service, c, tom.id)
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    assert _may(service, c, tom.id)
    clock.advance(timedelta(days=3))
    real = today.replace(year=today.year - 17)
    service.people.update_youth(tom.id, birth_date=real)
    assert service.consents.item_status(item).status == ItemStatus.REQUESTED
    assert not _may(service, c, tom.id)
    service.consents.record_decisions(request_id, SignerRef.youth(tom.id), {item: "yes"}, "desk")
    status = service.consents.item_status(item)
    assert status.status == ItemStatus.GIVEN and not status.needs_reconfirmation
    assert _may(service, c, tom.id)


def test_the_mother_who_now_decides_alone_answers_again_on_the_same_request(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """review31: after the father lost gezag his "nee" stands until someone who decides now
    answers after it — but the mother's "ja" again on the same request was refused as "al
    precies zo beantwoord", sending her to a new request. Now it is her answer after his no;
    while both still held gezag, the same repeat stays refused (nothing would change)."""
    c = catalog
    yara, mother, father, request_id, item = _answers(service, c, make_youth, clock, "yes", "no")
    with pytest.raises(RuleViolation) as caught:
        service.consents.record_decisions(
            request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
        )
    assert caught.value.message_id == "error-consent-answer-already-given"
    service.people.set_gezag(father.id, False)
    clock.advance(timedelta(days=1))
    decisions = row_count(service, "decisions")
    service.consents.record_decisions(
        request_id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    assert row_count(service, "decisions") == decisions + 1
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    assert _may(service, c, yara.id)
    assert service.replay().ok
