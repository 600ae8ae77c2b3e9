"""The organisation's parent rule changes while a request waits (pending29, gap 3).

A worker switches "één ouder met gezag is genoeg" to "elke ouder met gezag", or switches on
"12–15 jaar beslist mee", while requests are out. Nobody's gezag changed and nobody had a
birthday, but someone's own yes is needed now who was not needed when it was asked. The item
read the plain "Nog niet iedereen die moet beslissen heeft gereageerd." — as if they had been
asked, and with nothing that says the rule changed. Every reader (the item card, "Mag ik
delen?", the transitieformulier, bewijs.pdf, a proof that verifies) must say: the policy
changed, ask that person — and a true gezag change keeps its own words. Real Service,
injected clock."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from forms_scenario import transition_data
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, ParentPolicy, RepresentativeRole, SignerRef
from toestemming.proof.verify import verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

GENERIC = "Nog niet iedereen die moet beslissen heeft gereageerd."
POLICY = "Het beleid van de organisatie is veranderd sinds dit werd gevraagd"
GEZAG = "Het gezag is veranderd"
ALL_NOW = "elke ouder met gezag moet nu ja zeggen"
CO_NOW = "beslissen nu mee met de ouders"


def set_rule(service: Service, **rule: Any) -> None:
    service.set_policy(replace(service.policy(), **rule))


@pytest.fixture
def asked(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> Callable[..., SimpleNamespace]:
    """asked(age): a youth with two parents with gezag, asked for the UWV today."""
    c = catalog

    def make(age: int = 13) -> SimpleNamespace:
        case = make_youth(age, parents=2)
        request = service.consents.create_request(
            case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
        )
        mother, father = (SignerRef.representative(p.id) for p in case.parents)
        return SimpleNamespace(
            youth=case.youth.id,
            mother=mother,
            father=father,
            father_id=case.parents[1].id,
            request=request.id,
            item=request.items[0].id,
        )

    return make


def yes(service: Service, case: SimpleNamespace, who: SignerRef) -> None:
    service.consents.record_decisions(case.request, who, {case.item: "yes"}, "desk")


def every_reader_says(
    service: Service,
    c: SimpleNamespace,
    case: SimpleNamespace,
    clock: FixedClock,
    tmp_path: Path,
    words: str,
) -> str:
    st = service.consents.item_status(case.item)
    assert st.status == ItemStatus.REQUESTED and words in st.reason, st.reason
    assert st.decider_changed and not st.gezag_changed
    assert GEZAG not in st.reason
    # The item card (ui/consent_list.ConsentCard shows the view's reason).
    card = next(v for v in service.consents.items_for_youth(case.youth) if v.item_id == case.item)
    assert card.status.reason == st.reason
    share = service.sharing.may_share(case.youth, c.uwv.id, c.werk.id, [c.contact.id])
    assert not share.allowed and words in share.reason, share.reason
    service.forms.save_transition_form(case.youth, transition_data(case.request))
    form = flat(service.forms.render_transition_form(case.youth))
    assert words in form and GEZAG not in form
    proof = service.forms.proof
    package = proof.export_item(case.item, tmp_path / f"item{case.item}.ttbewijs")
    pdf = flat(zipfile.ZipFile(package).read("bewijs.pdf"))
    assert f"Stand bij export gevraagd — {st.reason}" in pdf
    report = verify(package, trust=proof.own_trust(), clock=clock)
    assert report.authentic, report.problems
    return st.reason_in("en")


def test_one_parent_was_enough_now_every_parent_must_say_yes(
    service: Service,
    catalog: SimpleNamespace,
    asked: Callable[..., SimpleNamespace],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    set_rule(service, parent_policy=ParentPolicy.ONE_WITH_GEZAG)
    case = asked()
    yes(service, case, case.mother)
    assert service.consents.item_status(case.item).status == ItemStatus.GIVEN
    clock.advance(timedelta(days=3))
    set_rule(service, parent_policy=ParentPolicy.ALL_WITH_GEZAG)
    clock.advance(timedelta(days=1))
    english = every_reader_says(service, catalog, case, clock, tmp_path, ALL_NOW)
    assert "policy changed" in english and "every parent" in english, english
    yes(service, case, case.father)  # he answers: settled
    assert service.consents.item_status(case.item).status == ItemStatus.GIVEN


def test_the_youth_of_13_decides_along_after_the_request(
    service: Service,
    catalog: SimpleNamespace,
    asked: Callable[..., SimpleNamespace],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Not her birthday (she was 13 when asked): the co-decision rule was switched on."""
    case = asked(13)
    yes(service, case, case.mother)
    yes(service, case, case.father)
    clock.advance(timedelta(days=2))
    set_rule(service, co_decision_12_15=True)
    clock.advance(timedelta(days=1))
    english = every_reader_says(service, catalog, case, clock, tmp_path, CO_NOW)
    assert "turned 12" not in english and "policy changed" in english, english
    assert "12 geworden" not in service.consents.item_status(case.item).reason


def test_a_waiting_request_under_the_new_rule_from_the_start_is_plain(
    service: Service, asked: Callable[..., SimpleNamespace], clock: FixedClock
) -> None:
    """Asked after the change: nothing changed since it was asked — the plain reason."""
    set_rule(service, parent_policy=ParentPolicy.ONE_WITH_GEZAG)
    clock.advance(timedelta(days=1))
    set_rule(service, parent_policy=ParentPolicy.ALL_WITH_GEZAG)
    clock.advance(timedelta(days=1))
    case = asked()
    yes(service, case, case.mother)
    clock.advance(timedelta(days=1))
    assert service.consents.item_status(case.item).reason == GENERIC


def test_a_loosened_rule_asks_nobody_more(
    service: Service, asked: Callable[..., SimpleNamespace], clock: FixedClock
) -> None:
    """Every parent had to say yes; now one is enough: the mother's yes settles it."""
    case = asked()
    yes(service, case, case.mother)
    clock.advance(timedelta(days=1))
    set_rule(service, parent_policy=ParentPolicy.ONE_WITH_GEZAG)
    assert service.consents.item_status(case.item).status == ItemStatus.GIVEN


def test_gezag_gained_under_a_changed_rule_still_says_gezag(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """Only the mother had gezag (one suffices then anyway); the rule tightened and the
    father got gezag: a person who decides now was not a holder then — the gezag words."""
    c = catalog
    set_rule(service, parent_policy=ParentPolicy.ONE_WITH_GEZAG)
    case = make_youth(13, parents=1)
    father = service.people.add_representative(
        case.youth.id, "Vader", RepresentativeRole.PARENT, False
    )
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    service.consents.record_decisions(
        request.id, SignerRef.representative(case.parents[0].id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(days=2))
    set_rule(service, parent_policy=ParentPolicy.ALL_WITH_GEZAG)
    service.people.set_gezag(father.id, True)
    clock.advance(timedelta(days=1))
    st = service.consents.item_status(item)
    assert st.status == ItemStatus.REQUESTED and GEZAG in st.reason, st.reason
