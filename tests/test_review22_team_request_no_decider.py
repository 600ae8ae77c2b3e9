"""review22: a request for a youth whose only parent with gezag was ended at another desk.

create_request asked who must decide (rules.who_must_decide: a minor without anyone holding
gezag cannot be asked, "rules-no-gezag") before the organisation's write turn. When a colleague
ended the only parent's representation meanwhile (a court took her gezag), the request was
written all the same: a request nobody may answer, with a reference code mailed on. Now it is
asked again in the turn, as the desk refuses it when it sees the state."""

from __future__ import annotations

from datetime import timedelta

import pytest
from review21_support import Desks, before_the_turn, desks_fixture  # noqa: F401

from toestemming.errors import RuleViolation
from toestemming.usecases.consent import ItemSpec


def test_no_request_once_the_only_parent_was_ended_at_the_other_desk(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, clock, (request, _item, _sara) = desks
    asked = a.consents.request(request).items[0]
    spec = ItemSpec(asked.purpose.id, asked.recipient.id, tuple(c.id for c in asked.categories))
    born = clock.today().replace(year=clock.today().year - 13) - timedelta(days=10)
    daan = a.people.add_youth(given_name="Daan", family_name="Bos", birth_date=born.isoformat())
    mother = a.people.add_representative(daan.id, "Moeder van Daan", "parent", True)
    before = int(a.vault.db.scalar("SELECT count(*) FROM consent_requests"))
    before_the_turn(a, lambda: b.people.end_representative(mother.id), monkeypatch)
    with pytest.raises(RuleViolation):
        a.consents.create_request(daan.id, [spec])
    assert int(a.vault.db.scalar("SELECT count(*) FROM consent_requests")) == before
