"""A startkwalificatie or a request recorded at one desk while another desk erases the youth
(review21).

`qualifications.record` checked that the youth was not erased BEFORE the organisation's write
turn. On a team server, when a colleague erased Daan (his retention period over, or at his
request) in between, his diploma and its date were written after the erasure: personal data
of an erased youth, kept for good in an append-only table. Now the check is made in the turn:
refused with the Dutch reason, nothing written. The same for a new consent request (its text
names the youth)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from review21_support import Desks, before_the_turn, desks_fixture  # noqa: F401

from toestemming.errors import ValidationError
from toestemming.usecases.consent import ItemSpec


@pytest.mark.parametrize("write", ["startkwalificatie", "verzoek"])
def test_nothing_new_is_written_for_a_youth_the_other_desk_erased_meanwhile(
    write: str, desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, clock, (request, _item, _sara) = desks
    born = clock.today().replace(year=clock.today().year - 17)
    daan = a.people.add_youth(given_name="Daan", family_name="Bos", birth_date=born.isoformat()).id
    asked = a.consents.request(request).items[0]
    spec = ItemSpec(asked.purpose.id, asked.recipient.id, tuple(c.id for c in asked.categories))
    before_the_turn(a, lambda: b.retention.erase(daan, "request"), monkeypatch)
    with pytest.raises(ValidationError) as caught:
        if write == "verzoek":
            a.consents.create_request(daan, [spec])
        else:
            a.qualifications.record(daan, "mbo2", clock.today() - timedelta(days=2))
    assert "gewist" in str(caught.value), caught.value
    assert a.vault.db.scalar("SELECT count(*) FROM youth_qualifications") == 0
    assert a.vault.db.scalar("SELECT count(*) FROM consent_requests") == 1  # Sara's
