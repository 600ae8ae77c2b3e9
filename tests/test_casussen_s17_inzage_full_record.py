"""An inzage request answered with the full record: how long the data is kept.

AVG art. 15(1)(d): the answer to an inzage request says "where possible, the envisaged period
for which the personal data will be stored, or, if not possible, the criteria used to
determine that period". DOMAIN.md rule 10: keep the data no longer than needed, the proof as
long as the processing plus the period it may be challenged (Policy.retention_years, worked
out per youth by usecases/retention.py for the erasure worklist). The inzage told the youth
everything we hold and with whom we shared it, but not until when we keep it: a youth asking
"hoe lang bewaren jullie dit?" had to ask again, and the worker had to look it up elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_the_inzage_says_until_when_the_data_is_kept_and_why_that_day(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """Jesse (17) asks what the school holds about him. His consent to the UWV runs for a
    year; the school keeps the data 7 years after the last thing that counts (the consent's
    end). The inzage names the day, the reason and that the date moves on while things go on;
    when he has left school (August 2028) and the policy is 5 years, the next inzage follows."""
    c = catalog
    jesse = make_youth(17, given_name="Jesse").youth
    request = service.consents.create_request(
        jesse.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(jesse.id), {i.id: "yes" for i in request.items}, "desk"
    )
    case = service.retention.case(jesse.id)
    assert case.due_on == date(2034, 11, 23)  # valid until 23-11-2027, + 7 years
    text = flat(service.forms.render_inzage(jesse.id))
    assert "Hoe lang we je gegevens bewaren" in text, text
    assert "tot ten minste 23-11-2034" in text, text
    assert "7 jaar na: laatste toestemming beëindigd op 23-11-2027" in text, text

    clock.advance(timedelta(days=700))  # October 2028
    service.retention.mark_left(jesse.id, "01-08-2028")
    service.set_policy(replace(service.policy(), retention_years=5))
    later = flat(service.forms.render_inzage(jesse.id))
    assert "tot ten minste 01-08-2033" in later, later
    assert "5 jaar na: uitgestroomd op 01-08-2028" in later, later


def test_a_young_childs_inzage_tells_the_parents_the_same(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """Noor (4): the report speaks to her parents ("uw kind"), with the same period."""
    noor = make_youth(4, parents=2, given_name="Noor").youth
    text = flat(service.forms.render_inzage(noor.id))
    due = service.retention.case(noor.id).due_on
    assert "Hoe lang we de gegevens van uw kind bewaren" in text, text
    assert f"tot ten minste {due:%d-%m-%Y}" in text and "ingeschreven op" in text, text
