"""Sem (17) moves from Utrecht to Amsterdam: his consent names the RBL of Utrecht, not the new one.

DOMAIN.md rule 2: consent is specific — beforehand the person knows *with whom*; a generic "we
may share" is invalid (seed 000: the consent says which data with whom). Seed 004 / 002: the
verzuimmelding to leerplicht is the school's legal duty while the youth is leer- or
kwalificatieplichtig — toward the leerplicht office of where he lives now, without consent.

Checked (already so before session 19; kept as a scenario): "Mag ik delen?" with the RBL
Amsterdam finds no consent (the one for Utrecht does not travel with him), says the melding is
a legal duty, and offers only the legal obligation for it; no consent is asked for the duty;
his consent for Utrecht stays his to withdraw, and the RBL Utrecht that had his data is listed
to be told.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import LawfulBasis, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

LAW = "Leerplichtwet 1969, art. 21: melding ongeoorloofd verzuim"


def test_the_consent_for_the_old_region_does_not_travel_the_melding_goes_on_the_law(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    sem = make_youth(17, given_name="Sem").youth
    service.legal_duties.mark(c.leerplicht.id, LAW, until_age=18)
    request = service.consents.create_request(
        sem.id, [ItemSpec(c.stage.id, c.rbl.id, (c.contact.id, c.school.id))]
    )
    (item,) = (i.id for i in request.items)
    me = SignerRef.youth(sem.id)
    service.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
    service.sharing.record_disclosure(sem.id, c.rbl.id, c.stage.id, [c.contact.id])

    clock.advance(timedelta(days=30))  # he moved
    amsterdam = service.catalog.add_recipient("RBL Amsterdam", "leerplicht_rmc", "Leerplicht")
    there = service.sharing.may_share(sem.id, amsterdam.id, c.stage.id, [c.contact.id])
    assert not there.allowed and there.item_id is None
    assert service.sharing.may_share(sem.id, c.rbl.id, c.stage.id, [c.contact.id]).allowed

    melding = service.sharing.may_share(sem.id, amsterdam.id, c.leerplicht.id, [c.contact.id])
    assert not melding.allowed
    assert any("Leerplichtwet" in w for w in melding.warnings), melding.warnings
    options = service.sharing.options(sem.id, amsterdam.id, c.leerplicht.id)
    assert options.bases == (LawfulBasis.LEGAL_OBLIGATION,)
    with pytest.raises(RuleViolation):
        service.consents.create_request(
            sem.id, [ItemSpec(c.leerplicht.id, amsterdam.id, (c.contact.id,))]
        )

    done = service.withdrawals.withdraw([item], me, "email")
    assert [r.id for _, r in done.recipients_to_notify] == [c.rbl.id]
