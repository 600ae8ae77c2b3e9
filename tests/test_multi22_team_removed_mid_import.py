"""Session 19 (multi22): a worker removed while her desk is in the middle of a long import.

The import adds each row in its own write (a cancelled import keeps what it did). Halfway, the
worker is removed — by a colleague in Medewerkers (the database says inactive) or by IT
(`team-worker remove`: the login turned off and her sessions ended). From that moment not one
more row is added under her name: the import stops with "geen toegang meer", the rows added
before stay (each with its own event, by her, while she was a member), nothing is half, and
the log is whole."""

from __future__ import annotations

import contextlib
from typing import Any

import psycopg
import pytest
from test_attack_s15_team_desks import (
    _whole,
    _worker_id,
    team,  # noqa: F401 (the fixture: an admin, two desk workers, their processes ended after)
)

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, user_text
from toestemming.service import Service
from toestemming.store import pg_connect, pg_roles

ROWS = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum\n" + "".join(
    f"30{n:02d};Leerling{n};;Import;12-03-2011\n" for n in range(8)
)
REMOVED_AFTER = 3


def _remove_by_it(pg_server: Any, pg_database: str, admin: Any, login: Any) -> None:
    with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as su:
        su.execute(f"COMMENT ON ROLE {login.role} IS '{pg_roles.WORKER_COMMENT}'")
        su.execute(f"GRANT pg_signal_backend TO {admin.role}")  # (deploy/team_server.sql)
    with pg_connect.connect(admin.url, admin.password) as conn:
        assert pg_roles.remove_worker(conn, login.role) >= 1


@pytest.mark.parametrize("by", ["colleague", "it"])
def test_a_worker_removed_mid_import_adds_not_one_row_more(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
    by: str,
) -> None:
    svc, admin, balie, _, _ = team
    desk = Service.open_team(balie.url, balie.password, clock=clock)
    wid = _worker_id(svc, "Balie Medewerker")
    try:
        rows = desk.youth_import.preview(ROWS.encode()).importable
        assert len(rows) == 8

        def progress(done: int, total: int) -> None:
            if done == REMOVED_AFTER:
                if by == "colleague":
                    svc.remove_worker(wid)
                else:
                    _remove_by_it(pg_server, pg_database, admin, balie)

        with pytest.raises(ToestemmingError) as told:
            desk.youth_import.import_youths(rows, progress=progress)
        said = user_text(told.value)
        assert "geen toegang" in said.lower() or "verbinding" in said.lower(), said
        assert "Leerling" not in said and "Traceback" not in said
        if "verbinding" in said.lower():  # (IT ended her session: the next try says it)
            with pytest.raises(ToestemmingError) as again:
                desk.people.add_youth(given_name="Nog", family_name="Een", birth_date="2011-01-01")
            assert "geen toegang" in user_text(again.value).lower()
    finally:
        with contextlib.suppress(ToestemmingError):
            desk.close()

    names = sorted(str(r[0]) for r in svc.vault.db.query("SELECT external_ref FROM youths"))
    assert names == [f"30{n:02d}" for n in range(REMOVED_AFTER)]
    by_her = svc.vault.db.query(
        "SELECT count(*) FROM events WHERE kind = 'youth.added' AND actor = ?", (wid,)
    )
    assert int(by_her[0][0]) == REMOVED_AFTER
    _whole(svc)
