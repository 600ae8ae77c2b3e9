"""Session 19 (multi22): a desk erases a youth while the other desk has her item open and
then saves (the worker changes the "nee" she just recorded into "ja", or records what her
parent said; Sara is 17: her own). The youth is erased at one desk; the other desk's save comes after, on a
screen read before the erasure. It is refused in Dutch and nothing of it is written: no
decision, no event, no personal value back in the erased record."""

from __future__ import annotations

import pytest
from review21_support import Desks, desks_fixture  # noqa: F401

from toestemming.errors import ToestemmingError, user_text
from toestemming.model import SignerRef


def _count(svc, sql: str, *args) -> int:  # type: ignore[no-untyped-def]
    return int(svc.vault.db.scalar(sql, args))


def test_a_save_on_an_item_whose_youth_the_other_desk_erased_is_refused_whole(
    desks: Desks,
) -> None:
    a, b, _clock, (request, item, sara) = desks
    a.consents.record_decisions(request, SignerRef.youth(sara), {item: "no"}, "desk")
    shown = a.consents.item_status(item)  # (the item dialog, open at desk a)
    assert shown.status.value == "refused"

    b.retention.erase(sara, "request")  # (desk b, meanwhile)
    decisions = _count(a, "SELECT count(*) FROM decisions WHERE item_id = ?", item)
    events = _count(a, "SELECT count(*) FROM events")

    with pytest.raises(ToestemmingError) as told:
        a.consents.record_decisions(request, SignerRef.youth(sara), {item: "yes"}, "desk")
    said = user_text(told.value)
    assert "Traceback" not in said and "Sara" not in said
    assert _count(a, "SELECT count(*) FROM decisions WHERE item_id = ?", item) == decisions
    assert _count(a, "SELECT count(*) FROM events") == events
    assert a.people.youth(sara).erased
    assert a.verify_audit(deep=True).ok
    assert a.integrity_problems() == []
