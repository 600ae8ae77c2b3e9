"""Two desks of a team save the same youth's transitieformulier (review21).

The form's version number was counted before the organisation's write turn: when a colleague
saved the form in between, both took the same number and this desk's save ended in a database
error (a unique key), the worker's edits not saved. Now the number is counted in the turn:
the second save is version 2."""

from __future__ import annotations

import pytest
from forms_scenario import transition_data
from review21_support import Desks, before_the_turn, desks_fixture  # noqa: F401


def test_the_form_a_colleague_saved_meanwhile_makes_this_save_the_next_version(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _clock, (_request, _item, sara) = desks
    before_the_turn(
        a, lambda: b.forms.save_transition_form(sara, transition_data(None)), monkeypatch
    )
    saved = a.forms.save_transition_form(sara, transition_data(None))
    assert saved.version == 2
    assert [f.version for f in a.forms.transition_form_versions(sara)] == [1, 2]
