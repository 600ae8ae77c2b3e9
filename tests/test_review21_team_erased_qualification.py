"""A startkwalificatie recorded at one desk while another desk erases the youth (review21).

`qualifications.record` checked that the youth was not erased BEFORE the organisation's write
turn. On a team server, when a colleague erased Daan (his retention period over, or at his
request) in between, his diploma and its date were written after the erasure: personal data
of an erased youth, kept for good in an append-only table. Now the check is made in the turn:
refused with the Dutch reason, nothing written."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from review21_support import before_the_turn, two_desks

from toestemming.errors import ValidationError


def test_a_diploma_for_a_youth_the_other_desk_erased_meanwhile_is_not_written(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, clock, _sara = two_desks(pg_server, pg_database, tmp_path, monkeypatch)
    try:
        born = clock.today().replace(year=clock.today().year - 17)
        daan = a.people.add_youth(
            given_name="Daan", family_name="Bos", birth_date=born.isoformat()
        ).id
        before_the_turn(a, lambda: b.retention.erase(daan, "request"), monkeypatch)
        with pytest.raises(ValidationError) as caught:
            a.qualifications.record(daan, "mbo2", clock.today() - timedelta(days=2))
        assert "gewist" in str(caught.value), caught.value
        assert a.vault.db.scalar("SELECT count(*) FROM youth_qualifications") == 0
    finally:
        b.close()
        a.close()
