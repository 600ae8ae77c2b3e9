"""review22: erasing a youth whose record was merged with a duplicate.

A merge removes the double record (duplicates.py) but its events stay in the log: the
double's `youth.added` (a salted commitment to her name and date of birth), its edits, and
the `representative.added` of a parent deleted as the kept record's double. Those events name
the removed record's number. Erasure (retention.py) forgets the salts of the events that name
the erased youth's number, so after a merge the double's commitments kept their salts: her
name and birth date could still be confirmed from the log (a guessed name tried against the
commitment) after an erasure "op verzoek" (AVG art. 17)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from review21_support import Desks, desks_fixture  # noqa: F401

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store import fresh_ids


def _salted_events_naming(service: Service, youth_id: int) -> list[tuple[int, str]]:
    db = service.vault.db
    return [
        (int(r[0]), str(r[1]))
        for r in db.query(
            "SELECT e.seq, e.kind FROM events e JOIN event_salts s ON s.seq = e.seq "
            "WHERE json_extract(CAST(e.body AS TEXT), '$.data.youth') = ? "
            "OR json_extract(CAST(e.body AS TEXT), '$.data.merged') = ?",
            (youth_id, youth_id),
        )
    ]


def test_erasing_a_merged_youth_forgets_her_doubles_commitments(
    service: Service, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    case = make_youth(17, parents=1, given_name="Noor", family_name="Bakker")
    noor = case.youth
    twin = make_youth(17, given_name="Noor", family_name="Bakker", birth_date=noor.birth_date)
    service.people.update_youth(twin.youth.id, phone="0612345678")
    # the same mother, entered again on the double (deleted at the merge as a double)
    service.people.add_representative(twin.youth.id, case.parents[0].name, "parent", True)
    service.people.add_representative(twin.youth.id, "Vader van Noor", "parent", False)
    kept = service.duplicates.merge(noor.id, twin.youth.id)
    assert kept.id == noor.id
    assert _salted_events_naming(service, twin.youth.id)  # (the double's events, salted)

    clock.advance(timedelta(days=1))
    service.retention.erase(noor.id, "request")

    assert _salted_events_naming(service, twin.youth.id) == []
    assert _salted_events_naming(service, noor.id) == []
    assert service.replay(texts=True).ok


def test_a_double_merged_twice_is_forgotten_too(
    service: Service, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Three records of one girl, merged one after the other (the first double into the
    second, that one into the third): erasing the last forgets all three."""
    born = make_youth(16, given_name="Lina", family_name="Smit").youth
    records = [born] + [
        make_youth(16, given_name="Lina", family_name="Smit", birth_date=born.birth_date).youth
        for _ in range(2)
    ]
    first, second, third = records
    assert service.duplicates.merge(second.id, first.id).id == second.id
    assert service.duplicates.merge(third.id, second.id).id == third.id
    clock.advance(timedelta(days=1))
    service.retention.erase(third.id, "request")
    for r in records:
        assert _salted_events_naming(service, r.id) == []
    assert service.replay(texts=True).ok


def test_on_a_team_server_too(desks: Desks) -> None:
    """The same erasure on a team server (PostgreSQL): the doubles' salts go as well."""
    a, _b, clock, _ids = desks
    first = a.people.add_youth(given_name="Lina", family_name="Smit", birth_date="2010-03-04")
    double = a.people.add_youth(given_name="Lina", family_name="Smit", birth_date="2010-03-04")
    a.people.add_representative(double.id, "Moeder van Lina", "parent", True)
    a.duplicates.merge(first.id, double.id)
    clock.advance(timedelta(days=1))
    a.retention.erase(first.id, "request")
    assert _salted_events_naming(a, double.id) == []
    assert _salted_events_naming(a, first.id) == []


def test_a_number_an_older_version_gave_again_keeps_the_newcomers_history(
    service: Service,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A vault from before ids23: after the merge, the removed double's number was given to a
    new girl. Erasing the kept record forgets what the double's events said before the merge,
    not the new girl's registration under the same number."""
    kept = make_youth(16, given_name="Lina", family_name="Smit").youth
    double = make_youth(16, given_name="Lina", family_name="Smit", birth_date=kept.birth_date)
    service.duplicates.merge(kept.id, double.youth.id)
    with monkeypatch.context() as old_version:  # SQLite's own choice: the highest id + 1
        old_version.setattr(fresh_ids, "_mark", lambda db, table: 0)
        newcomer = service.people.add_youth(
            given_name="Nieuw", family_name="Kind", birth_date="2011-03-04"
        )
    assert newcomer.id == double.youth.id  # the old behaviour, reproduced
    clock.advance(timedelta(days=1))
    service.retention.erase(kept.id, "request")
    db = service.vault.db
    added = db.query(
        "SELECT e.seq, s.seq FROM events e LEFT JOIN event_salts s ON s.seq = e.seq "
        "WHERE e.kind = 'youth.added' AND json_extract(CAST(e.body AS TEXT), '$.data.youth') = ? "
        "ORDER BY e.seq",
        (newcomer.id,),
    )
    (_double_seq, double_salt), (_new_seq, new_salt) = added
    assert double_salt is None  # the double's own registration: forgotten with her
    assert new_salt is not None  # the new girl's: kept
    assert not service.people.youth(newcomer.id).erased
