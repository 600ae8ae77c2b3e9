"""A sharing with the old gemeente, done before the herindeling, recorded after it.

DOMAIN.md rule 4: sharing done before a change stays lawful, judged by its own day. Session 18
made "Mag ik delen?" warn that a recipient set to inactive (closed, merged, renamed) is covered
for that organisation only, not for a successor (test_casussen_s18_gemeente_merger.py). But the
moment of the deactivation was not used: a sharing the worker records late, dated in December
before the 1 January merger, got the same warning — "leg hier alleen vast wat echt aan deze
organisatie gedeeld is" about a sharing that was exactly that, with the gemeente as it was.

Now the warning follows the recipient's state on the sharing's date (rebuilt from the log):
none for a date before the deactivation, the warning for a date after it; and setting a
recipient inactive twice logs one change. And a "ja" given after the deactivation, to a request
sent before it, was recorded as consent (the tablet still offered the part): now refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

INACTIVE = "niet voor een opvolger"


def _sara_said_yes_to(service: Service, c: SimpleNamespace, sara: Any, recipient_id: int) -> int:
    """Sara's own "ja" at the desk to one part (begeleiding naar werk, contactgegevens)."""
    request = service.consents.create_request(
        sara.id, [ItemSpec(c.werk.id, recipient_id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(sara.id), {item: "yes"}, "desk")
    return item


def test_a_sharing_dated_before_the_merger_is_recorded_without_the_successor_warning(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    sara = make_youth(17, given_name="Sara").youth
    item = _sara_said_yes_to(service, c, sara, c.gemeente.id)
    clock.advance(timedelta(days=10))
    shared_on = clock.now()  # the data went to the gemeente that day; nobody recorded it

    clock.advance(timedelta(days=20))  # the merger
    service.catalog.set_recipient_active(c.gemeente.id, False)
    clock.advance(timedelta(days=5))

    then = service.sharing.may_share(sara.id, c.gemeente.id, c.werk.id, [c.contact.id], shared_on)
    assert then.allowed
    assert not any(INACTIVE in w for w in then.warnings), then.warnings
    late = service.sharing.record_disclosure(
        sara.id, c.gemeente.id, c.werk.id, [c.contact.id], disclosed_at=shared_on
    )
    assert late.item_id == item
    # Dated after the merger, the warning stands (what is shared now is not for a successor).
    after = service.sharing.may_share(
        sara.id, c.gemeente.id, c.werk.id, [c.contact.id], clock.now() - timedelta(days=2)
    )
    assert after.allowed and any(INACTIVE in w for w in after.warnings), after.warnings
    today = service.sharing.may_share(sara.id, c.gemeente.id, c.werk.id, [c.contact.id])
    assert any(INACTIVE in w for w in today.warnings)


def test_set_inactive_twice_logs_one_change_and_reopened_reads_active_from_then(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Closed by mistake on day 1, closed again on day 2 (a second desk), reopened on day 5:
    a sharing dated day 3 was with an inactive recipient, one dated day 6 with an active one."""
    c = catalog
    sara = make_youth(17).youth
    _sara_said_yes_to(service, c, sara, c.uwv.id)
    start = clock.now()
    clock.advance(timedelta(days=1))
    service.catalog.set_recipient_active(c.uwv.id, False)
    events = row_count(service, "events")
    clock.advance(timedelta(days=1))
    service.catalog.set_recipient_active(c.uwv.id, False)
    assert row_count(service, "events") == events  # nothing changed, nothing logged
    clock.advance(timedelta(days=3))
    service.catalog.set_recipient_active(c.uwv.id, True)
    clock.advance(timedelta(days=3))

    def warned(day: int) -> bool:
        answer = service.sharing.may_share(
            sara.id, c.uwv.id, c.werk.id, [c.contact.id], start + timedelta(days=day, hours=1)
        )
        assert answer.allowed
        return any(INACTIVE in w for w in answer.warnings)

    assert [warned(d) for d in (0, 3, 6)] == [False, True, False]


def test_a_yes_to_the_old_gemeente_after_the_merger_is_refused_a_no_is_kept(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The request went out in December; Sara answers in January, after the herindeling. Her
    "ja" would be a consent for an organisation that no longer exists — read later as one for
    the merged gemeente. Refused, nothing written, and the tablet no longer offers that part;
    her paper "ja" signed in December (before the merger) still counts on its date, and a "nee"
    to the other part is recorded as ever."""
    c = catalog
    sara = make_youth(17, given_name="Sara").youth
    request = service.consents.create_request(
        sara.id,
        [
            ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,)),
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
        ],
    )
    gemeente_part, uwv_part = (i.id for i in request.items)
    clock.advance(timedelta(days=2))
    signed_on_paper = clock.now()
    clock.advance(timedelta(days=20))
    service.catalog.set_recipient_active(c.gemeente.id, False)  # 1 January: merged
    clock.advance(timedelta(days=2))
    me = SignerRef.youth(sara.id)

    before = (row_count(service, "decisions"), row_count(service, "events"))
    with pytest.raises(RuleViolation) as refused:
        service.consents.record_decisions(request.id, me, {gemeente_part: "yes"}, "email")
    assert refused.value.message_id == "error-consent-yes-to-inactive-recipient"
    said = str(refused.value)
    assert "Gemeente Utrecht" in said and "opvolger" in said and "Niets vastgelegd" in said
    assert (row_count(service, "decisions"), row_count(service, "events")) == before
    assert not service.sharing.may_share(sara.id, c.gemeente.id, c.werk.id, [c.contact.id]).allowed
    assert [i.item_id for i in service.signing.session(request.id).items] == [uwv_part]

    service.consents.record_decisions(request.id, me, {uwv_part: "no"}, "email")
    assert service.consents.item_status(uwv_part).status == ItemStatus.REFUSED
    # The paper form she signed in December, entered now with its own date: that "ja" was
    # given to the gemeente as it was, and covers a sharing of its time.
    service.consents.record_decisions(
        request.id, me, {gemeente_part: "yes"}, "paper", decided_at=signed_on_paper
    )
    assert service.consents.item_status(gemeente_part).status == ItemStatus.GIVEN
