"""Who held gezag THEN: a former "ja" is judged against the holders of its own moment.

DOMAIN.md rule 3: under 16 each parent with gezag (or the voogd) decides; two parents with
gezag and the default policy: both must say yes, and parents who disagree give no consent.
Session 25 added the "used yes" (rules.item_status: "Ja gegeven door wie toen het gezag had …
blijft rechtmatig … vraag opnieuw") but the rules saw only TODAY's representatives: an ended
parent was simply gone. So (review, session 25):

- the mother said yes and the father never answered (both had to): there never was a yes;
  after a voogd took over the item still said a yes had been given and used;
- the parents gave a valid yes at 15; she turned 16; a court or a correction ended their
  representation after her birthday: the item left "herbevestigen" (her parents' yes, hers to
  re-confirm) for the used-yes text, and dropped out of the herbevestigen list.

Each casus goes through the real Service (desk answers, end_representative, the voogd), and
holds the app's status, the worklists and the proof (bewijs.pdf, verify) to one answer.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from casus_parents import parents_answered
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import ItemStatus, RepresentativeRole, SignerRef
from toestemming.proof.verify import verify
from toestemming.rules import sixteenth_birthday
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

USED_YES = "Ja gegeven door wie toen het gezag had; het gezag is daarna veranderd."
STILL_LAWFUL = "Wat op dat ja al gedeeld is, blijft rechtmatig."
VOOGD_NOW = "Voor nieuw delen beslist nu de voogd"


def _voogd_takes_over(service: Service, youth_id: int, *parents: Any) -> Any:
    for parent in parents:
        service.people.end_representative(parent.id)
    return service.people.add_representative(
        youth_id, "Jeugdbescherming Regio", RepresentativeRole.GUARDIAN, True
    )


def _proof(service: Service, item: int, clock: FixedClock, tmp_path: Path) -> str:
    """bewijs.pdf's text of the item's package; the package verifies."""
    proof = service.forms.proof
    package = proof.export_item(item, tmp_path / f"item{item}.ttbewijs")
    report = verify(package, trust=proof.own_trust(), clock=clock)
    assert report.authentic, report.problems
    return flat(zipfile.ZipFile(package).read("bewijs.pdf"))


def _listed(items: list[Any], item: int) -> bool:
    return any(w.item_id == item for w in items)


def test_mother_yes_father_silent_then_a_voogd_is_no_used_yes(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Both parents had to say yes; only the mother did. A court ends both parents' gezag and
    a voogd takes over. The item said "Ja gegeven door wie toen het gezag had … blijft
    rechtmatig": a privacy officer would read that sharing on it was lawful — it never was."""
    c = catalog
    opened = parents_answered(
        service, c, make_youth, clock, age=14, name="Sem", answers=("yes", None)
    )
    sem, mother, father, uwv = opened.youth, opened.mother, opened.father, opened.item
    assert service.consents.item_status(uwv).status == ItemStatus.REQUESTED
    clock.advance(timedelta(days=20))
    _voogd_takes_over(service, sem.id, mother, father)
    clock.advance(timedelta(days=1))
    st = service.consents.item_status(uwv)
    assert st.status == ItemStatus.REQUESTED and not st.gezag_changed
    assert USED_YES not in st.reason and STILL_LAWFUL not in st.reason
    assert not service.sharing.may_share(sem.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    pdf = _proof(service, uwv, clock, tmp_path)
    assert USED_YES not in pdf and STILL_LAWFUL not in pdf
    # The worklist still asks the voogd (who decides changed since the request), plainly.
    assert _listed(service.worklists.decider_changed(), uwv)


def test_at_16_after_the_parents_ended_the_item_still_asks_her_to_reconfirm(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Both parents said yes at 15 (valid: both held gezag). She turned 16: the item is hers to
    re-confirm ("herbevestigen"). Weeks later the desk ends the parents' representation (she
    is 16: they represent her no more). The item turned into "Ja gegeven door wie toen het
    gezag had" and left the herbevestigen list — what ended after 16 changed who held gezag
    at 15."""
    c = catalog
    opened = parents_answered(service, c, make_youth, clock, age=15, name="Noa")
    noa, uwv = opened.youth, opened.item
    service.sharing.record_disclosure(noa.id, c.uwv.id, c.werk.id, [c.contact.id])
    birthday = sixteenth_birthday(noa.birth_date)
    clock.advance(timedelta(days=(birthday - clock.today()).days + 3))
    before = service.consents.item_status(uwv)
    assert before.needs_reconfirmation and _listed(service.worklists.needs_reconfirmation(), uwv)
    clock.advance(timedelta(days=30))
    service.people.end_representative(opened.mother.id)
    service.people.end_representative(opened.father.id)
    clock.advance(timedelta(days=1))
    st = service.consents.item_status(uwv)
    assert st.needs_reconfirmation and not st.gezag_changed
    assert st.status == before.status and st.reason == before.reason
    assert USED_YES not in st.reason
    assert _listed(service.worklists.needs_reconfirmation(), uwv)
    pdf = _proof(service, uwv, clock, tmp_path)
    assert USED_YES not in pdf
    # Her own yes settles it, as before.
    service.consents.record_decisions(
        opened.request_id, SignerRef.youth(noa.id), {uwv: "yes"}, "desk"
    )
    assert service.consents.item_status(uwv).status == ItemStatus.GIVEN


def test_at_16_after_the_parents_ended_one_parents_yes_is_no_used_yes(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """At 15 only the mother answered (both had to). She turned 16; then both parents'
    representation ended. The item is simply hers to decide: not a used yes."""
    c = catalog
    opened = parents_answered(
        service, c, make_youth, clock, age=15, name="Noa", answers=("yes", None)
    )
    half = opened.item
    birthday = sixteenth_birthday(opened.youth.birth_date)
    clock.advance(timedelta(days=(birthday - clock.today()).days + 30))
    service.people.end_representative(opened.mother.id)
    service.people.end_representative(opened.father.id)
    st = service.consents.item_status(half)
    assert st.status == ItemStatus.REQUESTED and not st.gezag_changed
    assert not st.needs_reconfirmation and USED_YES not in st.reason


def test_the_only_parent_with_gezag_said_yes_at_15_then_a_voogd_is_a_used_yes(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """The father never had gezag (registered as ouder without gezag): the mother alone
    decided, and her yes was a whole yes. A voogd takes over: that yes was used — the
    father's silence does not undo it."""
    c = catalog
    case = make_youth(15, parents=1, given_name="Lina")
    lina, mother = case.youth, case.parents[0]
    father = service.people.add_representative(
        lina.id, "Vader zonder gezag", RepresentativeRole.PARENT, False
    )
    request = service.consents.create_request(
        lina.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    uwv = request.items[0].id
    with pytest.raises(RuleViolation):  # he may not decide: no gezag
        service.consents.record_decisions(
            request.id, SignerRef.representative(father.id), {uwv: "yes"}, "desk"
        )
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {uwv: "yes"}, "desk"
    )
    assert service.consents.item_status(uwv).status == ItemStatus.GIVEN
    service.sharing.record_disclosure(lina.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=10))
    _voogd_takes_over(service, lina.id, mother, father)
    clock.advance(timedelta(days=1))
    st = service.consents.item_status(uwv)
    assert st.status == ItemStatus.REQUESTED and st.gezag_changed
    assert USED_YES in st.reason and VOOGD_NOW in st.reason
    pdf = _proof(service, uwv, clock, tmp_path)
    assert USED_YES in pdf


def test_a_yes_by_a_parent_whose_gezag_had_ended_does_not_count(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """The mother said yes; the father's gezag ended by court order on day 5 (the mother
    holds it alone: her yes is whole now). His paper form, signed on day 6, reaches the desk
    on day 9: his yes came after his gezag ended — refused, in Dutch, nothing written. Then a
    voogd: the mother's yes, whole while she alone held gezag, was a used yes."""
    c = catalog
    start = clock.now()
    opened = parents_answered(
        service, c, make_youth, clock, age=13, name="Sem", answers=("yes", None)
    )
    sem, mother, father, uwv = opened.youth, opened.mother, opened.father, opened.item
    clock.advance(timedelta(days=5))
    service.people.set_gezag(father.id, False)
    clock.advance(timedelta(days=4))
    before = service.consents.item_history(uwv)
    with pytest.raises((RuleViolation, ValidationError)) as refused:
        service.consents.record_decisions(
            opened.request_id,
            SignerRef.representative(father.id),
            {uwv: "yes"},
            "paper",
            decided_at=start + timedelta(days=6),
        )
    assert "Traceback" not in str(refused.value) and str(refused.value)
    assert service.consents.item_history(uwv) == before
    # The mother alone holds gezag now: her yes is a whole yes today.
    assert service.consents.item_status(uwv).status == ItemStatus.GIVEN
    _voogd_takes_over(service, sem.id, mother, father)
    clock.advance(timedelta(days=1))
    st = service.consents.item_status(uwv)
    # Between the court order and the voogd the mother alone decided, and had said yes.
    assert st.status == ItemStatus.REQUESTED and st.gezag_changed and USED_YES in st.reason


def test_one_parent_withdraws_after_both_said_yes_then_a_voogd(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Both said yes at 14; the father withdrew his; then a voogd. What was shared before the
    withdrawal stays lawful, but the item is withdrawn — not a yes the voogd inherits, and not
    the used-yes text."""
    c = catalog
    opened = parents_answered(service, c, make_youth, clock, age=14, name="Sem")
    clock.advance(timedelta(days=2))
    service.consents.record_decisions(
        opened.request_id, SignerRef.representative(opened.father.id), {opened.item: "no"}, "desk"
    )
    clock.advance(timedelta(days=2))
    _voogd_takes_over(service, opened.youth.id, opened.mother, opened.father)
    clock.advance(timedelta(days=1))
    st = service.consents.item_status(opened.item)
    assert st.status in (ItemStatus.WITHDRAWN, ItemStatus.REFUSED, ItemStatus.CONFLICTING)
    assert not st.gezag_changed and USED_YES not in st.reason
    pdf = _proof(service, opened.item, clock, tmp_path)
    assert USED_YES not in pdf
