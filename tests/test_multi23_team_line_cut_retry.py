"""Session 20 (multi23): a line to the team server cut while a change was under way is made
again once, where the change surely was not kept — never twice.

Before, a desk whose line a DBA cut (pg_terminate_backend) in the middle of a save told the
worker "verbinding verbroken, niet opgeslagen" and the worker had to do it again by hand
(multi22's leftover). Whether the server kept it is known in two cases: cut before the COMMIT
was sent (a transaction is kept only by its COMMIT), or cut at the COMMIT and the server,
asked on a new line by the transaction's id, says "aborted". Then nothing of it is there, and
the whole use-case (its checks included, on what is committed now) is made once more on a new
line, exactly as after a conflict (store/turns.py). A commit whose fate is unknown is never
sent again (test_attack_s17_team_line.py), and a second cut is said, not forced."""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_attack_s15_team_desks import _whole
from test_attack_s15_team_desks import team as team
from test_attack_s17_team_line import _cut

from toestemming.errors import ToestemmingError, user_text


def _two_records(svc: Any) -> tuple[int, int]:
    a = svc.people.add_youth(given_name="Sara", family_name="Vos", birth_date="2010-05-05")
    b = svc.people.add_youth(given_name="Sara", family_name="Vos", birth_date="2010-05-05")
    svc.people.add_representative(a.id, "Ingrid Vos", "parent", has_gezag=True)
    return a.id, b.id


def _merges(svc: Any) -> list[dict]:
    rows = svc.vault.db.query("SELECT body FROM events WHERE kind = 'youth.merged' ORDER BY seq")
    return [json.loads(r[0])["data"] for r in rows]


def cutting(server: Any, database: str, db: Any, at: Any, lines: int) -> list[str]:
    """The desk's line cut by the server (a DBA's pg_terminate_backend) at the first
    statement `at(sql)` picks, on each of the first `lines` lines (the new line the desk
    makes too). Returns the statements it was cut at."""
    cuts: list[str] = []

    class Cutting:
        def __init__(self, real: Any) -> None:
            self.real, self.done = real, False

        def __getattr__(self, attr: str) -> Any:
            return getattr(self.real, attr)

        def execute(self, sql: Any, *args: Any) -> Any:
            text = str(sql).lstrip().upper()
            if not self.done and len(cuts) < lines and at(text):
                self.done = True
                cuts.append(text.split()[0])
                if text == "COMMIT":  # (cut before it reaches the server)
                    _cut(server, database, self.real.info.backend_pid)
                    return self.real.execute(sql, *args)
                result = self.real.execute(sql, *args)
                _cut(server, database, self.real.info.backend_pid)
                return result
            return self.real.execute(sql, *args)

    again = db._connect_again

    def connect_again() -> None:
        again()
        db._conn = Cutting(db._conn)

    db._conn = Cutting(db._conn)
    db._connect_again = connect_again
    return cuts


def _first_change(text: str) -> bool:
    return text.startswith(("UPDATE", "DELETE"))


def test_a_line_cut_in_the_middle_of_a_merge_is_made_again_once_and_merged_once(
    team,
    pg_server,
    pg_database,
) -> None:
    svc = team[0]
    a, b = _two_records(svc)
    cuts = cutting(pg_server, pg_database, svc.vault.db, _first_change, lines=1)

    kept = svc.duplicates.merge(a, b)  # (before: "verbinding verbroken", nothing merged)

    assert cuts == ["UPDATE"] or cuts == ["DELETE"], cuts
    assert kept.id == a
    assert [y.id for y in svc.people.search("Vos")] == [a]
    assert len(_merges(svc)) == 1
    _whole(svc)


def test_a_commit_cut_before_the_server_had_it_is_asked_after_and_made_again_once(
    team,
    pg_server,
    pg_database,
) -> None:
    """Cut at the COMMIT: the server is asked on a new line (txid_status) — "aborted", so the
    change is made again there and is in the log once."""
    svc = team[0]
    events = int(svc.vault.db.scalar("SELECT count(*) FROM events"))
    cuts = cutting(pg_server, pg_database, svc.vault.db, lambda t: t == "COMMIT", lines=1)

    added = svc.people.add_youth(given_name="Bram", family_name="Bos", birth_date="2011-01-01")

    assert cuts == ["COMMIT"]
    assert [y.id for y in svc.people.search("Bos")] == [added.id]
    added_events = svc.vault.db.query(
        "SELECT count(*) FROM events WHERE kind = 'youth.added' AND seq > ?", (events,)
    )
    assert int(added_events[0][0]) == 1
    _whole(svc)


def test_a_commit_cut_on_both_tries_loses_the_change_whole_and_says_so(
    team,
    pg_server,
    pg_database,
) -> None:
    """(Cut in the middle on both tries: test_multi22_team_desks_race.py.)"""
    svc = team[0]
    a, b = _two_records(svc)
    cuts = cutting(pg_server, pg_database, svc.vault.db, lambda t: t == "COMMIT", lines=2)

    with pytest.raises(ToestemmingError) as told:
        svc.duplicates.merge(a, b)

    assert len(cuts) == 2, cuts  # (made again once, not more)
    said = user_text(told.value)
    assert told.value.message_id == "error-pg-connection-lost"
    assert "Traceback" not in said and "Sara" not in said and "Ingrid" not in said
    assert sorted(y.id for y in svc.people.search("Vos")) == [a, b]
    assert _merges(svc) == []
    assert svc.duplicates.merge(a, b).id == a  # (the line fine again: once)
    assert len(_merges(svc)) == 1
    _whole(svc)
