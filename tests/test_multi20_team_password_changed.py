"""Session 17 (multi20): a worker's password changed while her team desk is open.

IT resets Wim's password on the server (he forgot it at home, or it leaked) while his desk is
open; later the desk's line is made again (an idle line the server ended, a restart). The
old password no longer logs in. Before: "Deze medewerker heeft geen toegang meer … Vraag een
collega … u opnieuw toe te voegen" — false (Wim is a member as before) and advice that does
not exist on a team server (a login is never added again). Now: the password this window
signed in with is no longer accepted — changed meanwhile, or the account was turned off —
close and open again with the new one; nothing was saved. A removed worker (NOLOGIN) still
hears "geen toegang meer" (tests/test_attack_s17_team_open_window.py)."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from team_support import create_team, make_worker
from test_attack_s17_team_line import _cut

from toestemming.clock import FixedClock
from toestemming.errors import AccessRevoked, VaultError
from toestemming.service import Service

TODAY = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
NEW_PASSWORD = "Nieuw-Wachtwoord-Van-Wim-2026"


def test_a_password_reset_by_it_while_the_desk_is_open_is_said_as_that(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    clock = FixedClock(TODAY)
    colleague, admin = create_team(pg_server, pg_database, clock)
    wim = make_worker(pg_server, pg_database, admin, "wim", "Wim Werker")
    desk = Service.open_team(wim.url, wim.password, clock=clock)
    try:
        count = int(colleague.vault.db.scalar("SELECT count(*) FROM events"))
        with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as su:
            su.execute(f"ALTER ROLE {wim.role} PASSWORD '{NEW_PASSWORD}'")
        _cut(pg_server, pg_database, desk.vault.db.backend_pid)

        with pytest.raises(VaultError) as caught:
            desk.people.add_youth(given_name="A", family_name="B", birth_date="01-01-2010")
        said = str(caught.value)
        assert not isinstance(caught.value, AccessRevoked), said
        assert "wachtwoord" in said and "opnieuw" in said, said
        assert "toe te voegen" not in said and "geen toegang meer" not in said, said
        assert NEW_PASSWORD not in said and wim.password not in said
        assert int(colleague.vault.db.scalar("SELECT count(*) FROM events")) == count
    finally:
        with contextlib.suppress(VaultError):  # (its checkpoint at close: the same sentence)
            desk.close()
    again = Service.open_team(wim.url, NEW_PASSWORD, clock=clock)  # the way out
    again.people.add_youth(given_name="A", family_name="B", birth_date="01-01-2010")
    again.close()
    colleague.close()
