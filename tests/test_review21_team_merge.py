"""Two records of one youth merged at one desk while another desk asks the second record for
consent (review21).

`duplicates.merge` decided which record stays (the one with history) BEFORE the
organisation's write turn. On a team server, when a colleague created a request for the
record about to be removed in between, the merge then deleted a youth that had history: the
worker saw a database error (a foreign key). Now the choice is made in the write turn: both
records have history now, so the merge is refused with the Dutch reason; both records and the
request stay as they are."""

from __future__ import annotations

import pytest
from review21_support import Desks, before_the_turn, desks_fixture  # noqa: F401

from toestemming.errors import ValidationError
from toestemming.usecases.consent import ItemSpec


def test_a_record_that_got_a_request_at_the_other_desk_meanwhile_is_not_merged_away(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _clock, (request, _item, sara) = desks
    born = a.people.youth(sara).birth_date
    twin = a.people.add_youth(
        given_name="Sara", family_name="Jansen ", birth_date=born.isoformat()
    ).id
    asked = a.consents.request(request).items[0]
    spec = ItemSpec(asked.purpose.id, asked.recipient.id, tuple(c.id for c in asked.categories))
    before_the_turn(a, lambda: b.consents.create_request(twin, [spec]), monkeypatch)
    with pytest.raises(ValidationError):
        a.duplicates.merge(sara, twin)
    assert a.vault.db.scalar("SELECT count(*) FROM events WHERE kind = 'youth.merged'") == 0
    assert a.vault.db.scalar("SELECT count(*) FROM consent_requests") == 2
    assert not a.people.youth(twin).erased
