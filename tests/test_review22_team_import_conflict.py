"""review22: an import on the team server whose second row meets a deadlock.

`import_youths` adds each row in its own transaction (a cancelled import keeps what it did),
but the whole import was marked `@one_turn` (store/turns.py). Marked so, the rows' own writes
ran inside its single try: a deadlock with a DBA's psql session on row 2 was not tried again
(an outer try never repeats after a commit — row 1 was committed), the import stopped, the
closing `youths.imported` event was never written, and the worker read "te druk … Er is
niets gewijzigd" while row 1 had been added. Now each row is its own try, as a youth added by
hand is: the deadlocked row waits for the turn and is added, and the import is logged."""

from __future__ import annotations

import threading
from typing import Any

from review21_support import Desks, desks_fixture  # noqa: F401
from test_attack_s15_team_desks import SAFETY_S, _waits_for_a_lock
from test_attack_s16_team_isolation import _dba_holding_the_log_row, _deadlock, _holding_at_the_turn

from toestemming.errors import VaultError, user_text

ROWS = (
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum\n"
    "2001;Zoë;;Çelik;12-03-2011\n"
    "2002;Daan;de;Vries;03-09-2010\n"
)


def test_a_deadlocked_row_is_tried_again_and_the_import_is_logged(
    desks: Desks, pg_server: Any, pg_database: str
) -> None:
    a = desks[0]
    db = a.vault.db
    rows = a.youth_import.preview(ROWS.encode()).importable
    said: list[str] = []

    def desk() -> None:
        try:
            result = a.youth_import.import_youths(rows)
            said.append(f"added {result.added}")
        except VaultError as exc:
            said.append(user_text(exc))

    worker = threading.Thread(target=desk)
    with _holding_at_the_turn(db) as turns:
        worker.start()
        turns.get(timeout=SAFETY_S).set()  # row 1: added
        second = turns.get(timeout=SAFETY_S)  # row 2 holds the turn (row 1 committed)
        with _dba_holding_the_log_row(pg_server, pg_database, db.org_id) as dba:
            _deadlock(pg_server, pg_database, dba, db.org_id, second)
            # Not "te druk" at once: row 2 again, waiting for the turn psql holds.
            _waits_for_a_lock(
                pg_server, pg_database, db.backend_pid, lambda: said[0] if said else None
            )
            dba.execute("COMMIT")
            turns.let_the_rest_pass()
            worker.join(SAFETY_S)

    assert said == ["added 2"]
    refs = {str(r[0]) for r in db.query("SELECT external_ref FROM youths")}
    assert {"2001", "2002"} <= refs
    assert int(db.scalar("SELECT count(*) FROM events WHERE kind = 'youths.imported'")) == 1
