"""review22: writes about a youth another desk of the team erased meanwhile (review21/turns22's
class: a check made before the organisation's write turn misses what the other desk wrote).

review21 and turns22 moved "is she erased?" into the turn for requests, diplomas, objections
and edits of her name. Two writes still asked it before the turn: a transitieformulier (its
whole body: school, mentor, care needs — personal data) and the date she left school
(a personal value, committed with a salt). Saved just after the colleague's erasure, both
wrote personal data back into an erased record, with a fresh salt in the log."""

from __future__ import annotations

from datetime import timedelta

import pytest
from forms_scenario import transition_data
from review21_support import Desks, before_the_turn, desks_fixture  # noqa: F401

from toestemming.errors import ToestemmingError
from toestemming.model import SignerRef
from toestemming.service import Service


def _erased_by_b_before_as_turn(desks: Desks, monkeypatch: pytest.MonkeyPatch) -> int:
    """Sara said no to her only request; desk b erases her (at her request) just before
    desk a's next write turn. Returns her id."""
    a, b, _clock, (request, item, sara) = desks
    a.consents.record_decisions(request, SignerRef.youth(sara), {item: "no"}, "desk")
    before_the_turn(a, lambda: b.retention.erase(sara, "request"), monkeypatch)
    return sara


def _events(svc: Service, kind: str) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM events WHERE kind = ?", (kind,)))


def test_a_transition_form_is_not_saved_for_a_youth_erased_meanwhile(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = desks[0]
    sara = _erased_by_b_before_as_turn(desks, monkeypatch)
    with pytest.raises(ToestemmingError):
        a.forms.save_transition_form(sara, transition_data(None))
    assert a.people.youth(sara).erased
    assert a.forms.transition_form_versions(sara) == []
    assert _events(a, "transition_form.saved") == 0


def test_the_day_she_left_is_not_written_into_a_record_erased_meanwhile(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _b, clock, _ids = desks
    sara = _erased_by_b_before_as_turn(desks, monkeypatch)
    with pytest.raises(ToestemmingError):
        a.retention.mark_left(sara, clock.today() - timedelta(days=3))
    left = a.vault.db.scalar("SELECT left_at FROM youths WHERE id = ?", (sara,))
    assert left is None
    assert _events(a, "youth.left") == 0
