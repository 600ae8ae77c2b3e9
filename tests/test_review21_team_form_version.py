"""Two desks of a team save the same youth's transitieformulier (review21).

The form's version number was counted before the organisation's write turn: when a colleague
saved the form in between, both took the same number and this desk's save ended in a database
error (a unique key), the worker's edits not saved. Now the number is counted in the turn:
the second save is version 2."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from forms_scenario import transition_data
from review21_support import before_the_turn
from team_support import create_team, sara_request

from toestemming.clock import FixedClock
from toestemming.service import Service


def test_the_form_a_colleague_saved_meanwhile_makes_this_save_the_next_version(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    clock = FixedClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    a, admin = create_team(pg_server, pg_database, clock)
    b = Service.open_team(admin.url, admin.password, clock=clock)
    try:
        _request, _item, sara = sara_request(a, clock.today())
        before_the_turn(
            a, lambda: b.forms.save_transition_form(sara, transition_data(None)), monkeypatch
        )
        saved = a.forms.save_transition_form(sara, transition_data(None))
        assert saved.version == 2
        assert [f.version for f in a.forms.transition_form_versions(sara)] == [1, 2]
    finally:
        b.close()
        a.close()
