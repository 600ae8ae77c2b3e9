"""Fatima (17) said "ja" on Monday to sharing with UWV for "Begeleiding naar werk". On Tuesday
the school shared her contact details. On Wednesday the school rewrote the purpose — UWV will
now also use the data to judge her benefit — and marked the change as material. On Thursday a
colleague records Tuesday's sharing.

DOMAIN rule 2 (specific: a new purpose needs new consent) and rule 4 (text drift: consent
covers the text that was shown; the check before sharing warns, a material change asks
re-confirmation). Does Monday's "ja" cover the new purpose? Not without a warning that says
to ask her again; her new "ja" to the new text settles it. And Tuesday's sharing, done on
the text she agreed to, is no drift at all.

Before (session 19): asked for Tuesday, "Mag ik delen?" warned that her consent was given on
an older text and had to be asked again — a rewrite that came a day after the sharing. Now a
past moment is judged against the texts of that moment; today's answer still warns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

NEW = "Zodat je hulp krijgt bij werk, en zodat UWV kan beoordelen of je een uitkering krijgt."


def test_tuesdays_sharing_is_no_drift_todays_asks_her_again_until_she_says_yes_anew(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    fatima = make_youth(17, given_name="Fatima").youth
    me = SignerRef.youth(fatima.id)
    request = service.consents.create_request(
        fatima.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
    clock.advance(timedelta(days=1))
    tuesday = clock.now()
    clock.advance(timedelta(days=1))  # Wednesday: the purpose is rewritten, materially
    service.catalog.revise_purpose(c.werk.id, "Begeleiding naar werk", NEW, material=True)
    clock.advance(timedelta(days=1))  # Thursday

    then = service.sharing.may_share(fatima.id, c.uwv.id, c.werk.id, [c.contact.id], at=tuesday)
    assert then.allowed and then.text_drift is None and then.warnings == ()
    shared = service.sharing.record_disclosure(
        fatima.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=tuesday
    )
    assert shared.item_id == item

    now = service.sharing.may_share(fatima.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert now.allowed and now.text_drift is not None and now.text_drift.material
    assert any("uitkering" in w for w in now.warnings)

    again = service.consents.create_request(
        fatima.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    service.consents.record_decisions(again.id, me, {again.items[0].id: "yes"}, "desk")
    renewed = service.sharing.may_share(fatima.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert renewed.allowed and renewed.text_drift is None
