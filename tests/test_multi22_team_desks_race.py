"""Session 19 (multi22): two desks on the team server, new attacks.

- Two desks merge the same two duplicate records of one youth at the same moment, one in
  each direction (A into B at one desk, B into A at the other). Each desk is a real process;
  the first holds the organisation's write turn while the second waits for it. One merge
  happens, the other desk is told in Dutch that the record is no longer there, and nothing is
  merged twice or half (one `youth.merged`, one record, the log whole).
- A desk's line is cut by the server (a DBA's pg_terminate_backend) between two statements of
  one write, and again on the new line the desk made for it (session 20: one cut is made
  again, test_multi23_team_line_cut_retry.py): the change is gone whole (the server rolled it back), the worker hears a Dutch
  sentence (no traceback, no name), and the same change made again just works."""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_attack_s15_team_desks import (
    Desk,
    _waits_for_a_lock,
    _whole,
    team,  # noqa: F401 (the fixture: an admin, two desk workers, their processes ended after)
)
from test_attack_s16_team_isolation import _pid
from test_multi23_team_line_cut_retry import cutting

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, user_text


def _two_records(svc: Any) -> tuple[int, int]:
    a = svc.people.add_youth(given_name="Sara", family_name="Vos", birth_date="2010-05-05")
    b = svc.people.add_youth(given_name="Sara", family_name="Vos", birth_date="2010-05-05")
    return a.id, b.id


def _merges(svc: Any) -> list[dict]:
    rows = svc.vault.db.query("SELECT body FROM events WHERE kind = 'youth.merged' ORDER BY seq")
    return [json.loads(r[0])["data"] for r in rows]


def test_two_desks_merging_the_same_two_records_in_opposite_directions_merge_once(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
) -> None:
    svc, _, balie, collega, desks = team
    a, b = _two_records(svc)
    first = Desk(balie, clock.now().isoformat())
    second = Desk(collega, clock.now().isoformat())
    desks += [first, second]
    pid = _pid(second)

    first.ask(f"merge {a} {b} hold-turn")
    assert first.said() == "holding", first.error()
    second.ask(f"merge {b} {a}")
    _waits_for_a_lock(pg_server, pg_database, pid)  # (for the turn the first desk holds)
    first.ask("go")
    done = first.said()
    assert done == f"written {a}", (done, first.error())
    told = second.said()
    assert told.startswith("refused"), (told, second.error())
    assert "Traceback" not in told and "Sara" not in told
    first.finish()
    second.finish()

    assert [y.id for y in svc.people.search("Vos")] == [a]
    merged = _merges(svc)
    assert len(merged) == 1 and (merged[0]["youth"], merged[0]["merged"]) == (a, b)
    _whole(svc)


def test_a_line_cut_between_two_statements_of_one_write_loses_it_whole_and_says_so(
    team,  # noqa: F811
    pg_server,
    pg_database,
) -> None:
    svc = team[0]
    a, b = _two_records(svc)
    svc.people.add_representative(a, "Ingrid Vos", "parent", has_gezag=True)
    # (Cut once, the merge is made again on a new line since session 20: test_multi23_team_
    # line_cut_retry.py. Cut on that line too, it is lost whole and said.)
    statements = cutting(
        pg_server, pg_database, svc.vault.db, lambda t: t.startswith(("UPDATE", "DELETE")), 2
    )
    with pytest.raises(ToestemmingError) as told:
        svc.duplicates.merge(a, b)
    assert statements, "the merge never reached its first change"
    said = user_text(told.value)
    assert "Traceback" not in said and "Sara" not in said and "Ingrid" not in said
    # Nothing of it kept: both records, no merge event, the log whole.
    assert sorted(y.id for y in svc.people.search("Vos")) == [a, b]
    assert _merges(svc) == []
    # The same change again: on a new line, once.
    kept = svc.duplicates.merge(a, b)
    assert kept.id == a
    assert [y.id for y in svc.people.search("Vos")] == [a]
    assert len(_merges(svc)) == 1
    _whole(svc)
