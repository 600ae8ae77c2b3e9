"""Voogdij after a used "ja": what does the item say once gezag moved?

Seed 002 (jeugdbescherming): a court ends the parents' gezag and a gecertificeerde instelling
becomes voogd. DOMAIN.md rule 3: under 16 "each parent with gezag, or the voogd" decides; rule
4: what was shared before stays lawful. Session 16 settled that the parents' yes no longer
carries new sharing. But the item then read "gevraagd — Nog niet iedereen die moet beslissen
heeft gereageerd." in the app, in bewijs.pdf and in may_share's answer, and the
transitieformulier printed "Toestemming gevraagd": a privacy officer reading it could not tell
the parents ever said yes — nor that the UWV's data went out lawfully on that yes — and the
worker was not told that the voogd is the one to ask. Now one rule (rules._former_yes) says
it, the same words everywhere, and the proof verifies with it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from casus_parents import parents_answered
from forms_scenario import transition_data
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, ParentPolicy, RepresentativeRole, SignerRef
from toestemming.proof.verify import verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

USED_YES = "Ja gegeven door wie toen het gezag had; het gezag is daarna veranderd."
STILL_LAWFUL = "Wat op dat ja al gedeeld is, blijft rechtmatig."
VOOGD_NOW = "Voor nieuw delen beslist nu de voogd"
NOBODY_ANSWERED = "Nog niet iedereen die moet beslissen heeft gereageerd."


def _parents_yes_uwv_served_then_voogd(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> tuple[Any, int, int]:
    case = make_youth(13, parents=2, given_name="Sem")
    sem, mother, father = case.youth, *case.parents
    request = service.consents.create_request(
        sem.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    uwv = request.items[0].id
    for parent in (mother, father):
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {uwv: "yes"}, "desk"
        )
    clock.advance(timedelta(hours=1))
    service.sharing.record_disclosure(sem.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=20))
    service.people.end_representative(mother.id)
    service.people.end_representative(father.id)
    service.people.add_representative(
        sem.id, "Jeugdbescherming Regio", RepresentativeRole.GUARDIAN, True
    )
    clock.advance(timedelta(days=1))
    return sem, request.id, uwv


def test_the_app_says_the_old_yes_and_that_the_voogd_decides_now(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    sem, _rid, uwv = _parents_yes_uwv_served_then_voogd(service, c, make_youth, clock)
    st = service.consents.item_status(uwv)
    assert st.status == ItemStatus.REQUESTED  # no new sharing on the parents' yes
    assert USED_YES in st.reason and STILL_LAWFUL in st.reason and VOOGD_NOW in st.reason
    assert NOBODY_ANSWERED not in st.reason
    assert not st.needs_reconfirmation  # not "given": sharing stays blocked
    answer = service.sharing.may_share(sem.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert not answer.allowed and VOOGD_NOW in answer.reason
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(sem.id, c.uwv.id, c.werk.id, [c.contact.id])
    # The desk in English says the same.
    assert "guardian (voogd)" in st.reason_in("en")


def test_the_transitieformulier_and_the_proof_say_it_too_and_verify(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    c = catalog
    sem, request_id, uwv = _parents_yes_uwv_served_then_voogd(service, c, make_youth, clock)
    service.forms.save_transition_form(sem.id, transition_data(request_id))
    form = flat(service.forms.render_transition_form(sem.id))
    assert "Toestemming gevraagd" not in form
    assert USED_YES in form and VOOGD_NOW in form
    proof = service.forms.proof
    package = proof.export_item(uwv, tmp_path / "uwv.ttbewijs")
    pdf = flat(zipfile.ZipFile(package).read("bewijs.pdf"))
    assert f"Stand bij export gevraagd — {USED_YES}" in pdf
    report = verify(package, trust=proof.own_trust(), clock=clock)
    assert report.authentic, report.problems


def test_the_voogds_yes_ends_the_note(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    _sem, request_id, uwv = _parents_yes_uwv_served_then_voogd(service, c, make_youth, clock)
    (voogd,) = service.people.representatives(_sem.id)
    service.consents.record_decisions(
        request_id, SignerRef.representative(voogd.id), {uwv: "yes"}, "desk"
    )
    st = service.consents.item_status(uwv)
    assert st.status == ItemStatus.GIVEN and not st.gezag_changed


def test_one_parent_loses_gezag_after_her_yes_where_one_sufficed(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Policy "one parent suffices": the mother said yes; a court gives the father sole gezag.
    Her yes carried what went out; for new sharing the father (not a voogd) decides."""
    c = catalog
    service.set_policy(replace(service.policy(), parent_policy=ParentPolicy.ONE_WITH_GEZAG))
    case = make_youth(14, parents=2)
    mother, _father = case.parents
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    uwv = request.items[0].id
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {uwv: "yes"}, "desk"
    )
    assert service.consents.item_status(uwv).status == ItemStatus.GIVEN
    clock.advance(timedelta(days=3))
    service.people.set_gezag(mother.id, False)
    st = service.consents.item_status(uwv)
    assert st.status == ItemStatus.REQUESTED and st.gezag_changed
    assert USED_YES in st.reason and "beslist nu wie nu het gezag heeft" in st.reason


YOUTH_NOW = "Voor nieuw delen beslist nu de jongere zelf (16 of ouder)"


def _at_15_parents_yes_then_voogd_then_16(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> tuple[Any, int, int]:
    opened = parents_answered(service, c, make_youth, clock, age=15, name="Noa")
    noa, mother, father, uwv = opened.youth, opened.mother, opened.father, opened.item
    service.sharing.record_disclosure(noa.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=30))
    service.people.end_representative(mother.id)
    service.people.end_representative(father.id)
    service.people.add_representative(
        noa.id, "Jeugdbescherming Regio", RepresentativeRole.GUARDIAN, True
    )
    clock.advance(timedelta(days=365))  # 16 now: she decides herself
    return noa, opened.request_id, uwv


def test_at_16_after_a_voogd_the_item_says_she_decides_on_the_used_yes(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Her parents said yes at 15 and the UWV was served; a voogd took over; she turned 16.
    The item read "Nog niet iedereen die moet beslissen heeft gereageerd": the worker could
    not tell that a yes was used, nor that Noa is the one to ask now."""
    c = catalog
    noa, request_id, uwv = _at_15_parents_yes_then_voogd_then_16(service, c, make_youth, clock)
    st = service.consents.item_status(uwv)
    assert st.status == ItemStatus.REQUESTED and st.gezag_changed
    assert not st.needs_reconfirmation  # not "given": no new sharing on that yes
    assert USED_YES in st.reason and STILL_LAWFUL in st.reason and YOUTH_NOW in st.reason
    assert NOBODY_ANSWERED not in st.reason
    assert "young person (16 or older)" in st.reason_in("en")
    answer = service.sharing.may_share(noa.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert not answer.allowed
    proof = service.forms.proof
    package = proof.export_item(uwv, tmp_path / "uwv.ttbewijs")
    pdf = flat(zipfile.ZipFile(package).read("bewijs.pdf"))
    assert YOUTH_NOW in pdf
    report = verify(package, trust=proof.own_trust(), clock=clock)
    assert report.authentic, report.problems
    # Her own yes ends it.
    service.consents.record_decisions(request_id, SignerRef.youth(noa.id), {uwv: "yes"}, "desk")
    st = service.consents.item_status(uwv)
    assert st.status == ItemStatus.GIVEN and not st.gezag_changed


def test_at_16_one_parents_yes_alone_is_not_a_used_yes(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The control: at 15 only the mother answered (both must), nobody lost gezag; at 16 the
    item is simply asked of Noa — no "the gezag has changed"."""
    c = catalog
    case = make_youth(15, parents=2, given_name="Noa")
    request = service.consents.create_request(
        case.youth.id,
        [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))],
        valid_until=clock.today() + timedelta(days=2 * 365),
    )
    uwv = request.items[0].id
    service.consents.record_decisions(
        request.id, SignerRef.representative(case.parents[0].id), {uwv: "yes"}, "desk"
    )
    clock.advance(timedelta(days=400))
    st = service.consents.item_status(uwv)
    assert st.status == ItemStatus.REQUESTED and not st.gezag_changed
    assert USED_YES not in st.reason


@pytest.mark.parametrize("years_on", [0, 1], ids=["still 15", "16 now"])
def test_parents_who_disagreed_gave_no_yes_to_carry(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    years_on: int,
) -> None:
    """Review34: the mother said yes, the father no (both decide: no consent); a voogd took
    over. The item said "Ja gegeven door wie toen het gezag had … blijft rechtmatig" — in the
    app and in the proof — although there never was a yes."""
    c = catalog
    opened = parents_answered(
        service, c, make_youth, clock, age=15, name="Noa", answers=("yes", "no")
    )
    noa, mother, father, uwv = opened.youth, opened.mother, opened.father, opened.item
    assert service.consents.item_status(uwv).status == ItemStatus.CONFLICTING
    clock.advance(timedelta(days=30))
    service.people.end_representative(mother.id)
    service.people.end_representative(father.id)
    service.people.add_representative(
        noa.id, "Jeugdbescherming Regio", RepresentativeRole.GUARDIAN, True
    )
    clock.advance(timedelta(days=365 * years_on + 1))
    st = service.consents.item_status(uwv)
    assert st.status == ItemStatus.REQUESTED and not st.gezag_changed
    assert USED_YES not in st.reason and STILL_LAWFUL not in st.reason
