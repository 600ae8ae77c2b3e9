"""The tablet was handed to the mother at 23:50; Eva turns 16 at midnight, before she signs.

DOMAIN.md rule 3: age is computed on the date of the decision; from 16 the young person decides
alone and the parents no longer consent on their behalf. An evening session (open avond at the
school) runs past midnight: the page with the mother's name was opened on the 30th, the
signature is put down on the 1st. Born 1 December 2010: 16 from 00:00 on 1 December 2026
Dutch time (23:00 UTC, winter time).

Checked (already so before session 19; kept as a scenario): the mother's signature after
midnight is refused with the reason (Eva is 16 and decides herself), nothing is written — no
decision, no signature image — and the tablet, once restarted, opens on Eva's own page; her "ja"
is her consent, not one waiting for re-confirmation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from test_signing_core import wave

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.signing_flow import Page, SigningFlow

EVENING = datetime(2026, 11, 30, 22, 50, tzinfo=UTC)  # 23:50 in Amsterdam


@pytest.mark.parametrize("clock", [EVENING], indirect=True)
def test_the_mothers_signature_after_midnight_is_refused_and_eva_signs_herself(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    case = make_youth(15, parents=1, given_name="Eva", birth_date=date(2010, 12, 1))
    eva, mother = case.youth, case.parents[0]
    request = service.consents.create_request(
        eva.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    flow = SigningFlow(service.signing, request.id, clock)
    assert flow.signer is not None and flow.signer.signer == SignerRef.representative(mother.id)
    flow.answer("yes")
    flow.next_item()
    assert flow.to_signature()

    clock.advance(timedelta(minutes=15))  # 00:05 on her birthday
    rows = (row_count(service, "decisions"), row_count(service, "evidence"))
    said = flow.confirm(wave())
    assert "16 jaar en beslist zelf" in said, said
    assert flow.page == Page.SIGN  # the reason stays on screen; nothing signed
    assert (row_count(service, "decisions"), row_count(service, "evidence")) == rows
    assert service.consents.item_status(item).status == ItemStatus.REQUESTED

    flow.restart()
    assert flow.signer is not None and flow.signer.signer == SignerRef.youth(eva.id)
    assert flow.answers == {}  # the mother's unsigned "ja" is not carried over to Eva
    flow.answer("yes")
    flow.next_item()
    assert flow.to_signature()
    assert flow.confirm(wave()) == ""
    status = service.consents.item_status(item)
    assert status.status == ItemStatus.GIVEN and not status.needs_reconfirmation
