"""Joris is 14; his parents are divorced and only his mother holds gezag. His father, who sees
him every other weekend, phones the desk: he wants "everything you have on my son".

AVG art. 15 / UAVG art. 5: the youth's right of access is the youth's, exercised under 16 by
whoever holds gezag, from 16 by the youth alone. A parent without gezag is no representative:
he has no access right to the record; BW 1:377c gives him, on request, information about
important matters from those professionally involved — a conversation, not a copy of what is
shared with whom (which here would tell him where his son's mother lets data go).

Before (session 19): the inzage could only be printed, not asked for by someone; the desk
printed it for whoever asked. Now the desk says who asked: the father is refused in Dutch,
with what he may have instead, and nothing is written; the mother gets it while Joris is under
16, Joris always; from 16 his mother is sent to him.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import birth_date_turning_16_in, row_count
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _joris(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> Any:
    case = make_youth(
        15, parents=1, given_name="Joris", birth_date=birth_date_turning_16_in(clock.today(), 30)
    )
    father = service.people.add_representative(case.youth.id, "Pieter Jansen", "parent", False)
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    service.consents.record_decisions(
        request.id,
        SignerRef.representative(case.parents[0].id),
        {i.id: "yes" for i in request.items},
        "desk",
    )
    return SimpleNamespace(youth=case.youth, mother=case.parents[0], father=father)


def test_the_father_without_gezag_gets_no_copy_of_the_record(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    j = _joris(service, catalog, make_youth, clock)
    events = row_count(service, "events")
    with pytest.raises(RuleViolation) as refused:
        service.forms.render_inzage(j.youth.id, requested_by=SignerRef.representative(j.father.id))
    said = str(refused.value)
    assert "Pieter Jansen is ouder zonder gezag" in said and "1:377c" in said
    assert row_count(service, "events") == events

    mothers = flat(service.forms.render_inzage(j.youth.id, SignerRef.representative(j.mother.id)))
    assert "UWV" in mothers
    assert "UWV" in flat(service.forms.render_inzage(j.youth.id, SignerRef.youth(j.youth.id)))


def test_from_16_the_mother_is_sent_to_joris(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    j = _joris(service, catalog, make_youth, clock)
    clock.advance(timedelta(days=31))  # Joris is 16
    with pytest.raises(RuleViolation) as refused:
        service.forms.render_inzage(j.youth.id, SignerRef.representative(j.mother.id))
    assert "16 of ouder" in str(refused.value)
    assert "UWV" in flat(service.forms.render_inzage(j.youth.id, SignerRef.youth(j.youth.id)))


def test_someone_not_on_his_record_is_refused(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    j = _joris(service, catalog, make_youth, clock)
    other = make_youth(15, parents=1)
    with pytest.raises(RuleViolation) as refused:
        service.forms.render_inzage(j.youth.id, SignerRef.representative(other.parents[0].id))
    assert "niet bij deze jongere geregistreerd" in str(refused.value)
