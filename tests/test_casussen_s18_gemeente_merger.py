"""A gemeente merger (herindeling): the consent names the old gemeente, not its successor.

DOMAIN.md rule 2: consent is specific and informed — beforehand the person knows *with whom*
data is shared; a generic "we may share" is invalid (seed 000: the consent must say which data
with whom). Gemeente Vijfheerenlanden and Gemeente Utrecht merge on 1 January; the desk adds
the new gemeente and sets the old one to inactive. The product has no "rename" of a recipient
on purpose: the name the youth read stays what the proof shows, and the successor is another
recipient that needs its own consent.

Before (session 17): "Mag ik delen?" with the old, inactive gemeente answered "ja" without a
word, so a worker could go on recording new sharing under the old name. Now the answer warns
that the consent covers that organisation only. And a consent given by the youth herself before
curatele was flagged to the worker as "De ouders gaven deze toestemming" — now the warning says
who gave it and who decides now.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_the_merged_gemeente_needs_new_consent_and_the_old_one_warns(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    sara = make_youth(17, given_name="Sara").youth
    request = service.consents.create_request(
        sara.id, [ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(sara.id), {item: "yes"}, "desk")
    before = service.sharing.may_share(sara.id, c.gemeente.id, c.werk.id, [c.contact.id])
    assert before.allowed and not before.warnings
    shared = service.sharing.record_disclosure(sara.id, c.gemeente.id, c.werk.id, [c.contact.id])

    clock.advance(timedelta(days=40))  # the merger
    merged = service.catalog.add_recipient(
        "Gemeente Utrecht-Vijfheerenlanden", "gemeente", "Werk & Inkomen"
    )
    service.catalog.set_recipient_active(c.gemeente.id, False)
    new = service.sharing.may_share(sara.id, merged.id, c.werk.id, [c.contact.id])
    assert not new.allowed
    old = service.sharing.may_share(sara.id, c.gemeente.id, c.werk.id, [c.contact.id])
    assert old.allowed  # a sharing done before the merger may still be recorded late
    assert any("niet voor een opvolger" in w for w in old.warnings), old.warnings
    # The consent cannot be asked again for the old name; the proof keeps the name she read.
    assert c.gemeente.id not in {r.id for r in service.catalog.recipients()}
    assert "Gemeente Utrecht" in flat(service.forms.render_inzage(sara.id))
    assert shared.recipient_id == c.gemeente.id
    # Asking for the merged gemeente is a new request she answers herself.
    again = service.consents.create_request(
        sara.id, [ItemSpec(c.werk.id, merged.id, (c.contact.id,))]
    )
    (new_item,) = (i.id for i in again.items)
    service.consents.record_decisions(again.id, SignerRef.youth(sara.id), {new_item: "yes"}, "desk")
    after = service.sharing.may_share(sara.id, merged.id, c.werk.id, [c.contact.id])
    assert after.allowed and not after.warnings


@pytest.mark.parametrize("clock", [datetime(2026, 11, 2, 10, 0, tzinfo=UTC)], indirect=True)
def test_her_own_yes_before_curatele_is_not_called_the_parents_yes(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    noor = make_youth(17, birth_date=date(2008, 11, 20), protection="curatele").youth
    service.people.add_representative(noor.id, "Mr. A. Smit", "curator", False)
    request = service.consents.create_request(
        noor.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(noor.id), {item: "yes"}, "desk")
    clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))
    answer = service.sharing.may_share(noor.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert answer.allowed
    text = " ".join(answer.warnings)
    assert "ouders" not in text, text
    assert "curatele" in text and "curator" in text and "herbevestigen" in text
