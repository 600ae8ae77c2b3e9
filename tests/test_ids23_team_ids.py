"""A number never given twice on the team server either (session 17, ids23).

PostgreSQL identity columns never give a number twice, whatever is deleted; a vault moved to
the server brings the highest id it ever gave (store/fresh_ids.py), also of a row a merge
deleted, so the server's sequence starts past it: otherwise the first youth registered on
the server took the merged-away youth's number, which the moved log still speaks of."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import PASSPHRASE
from team_support import create_team, make_admin
from test_ids23_fresh_ids import merged_with_a_double_father

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole
from toestemming.service import Service
from toestemming.team_move import move_vault


@pytest.fixture(autouse=True)
def _user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("user-data")))


def _add(svc: Service, given: str, born: str, email: str = "") -> int:
    return svc.people.add_youth(
        given_name=given, family_name="de Vries", birth_date=born, email=email
    ).id


def test_the_team_server_never_gives_a_merged_youths_number_again(
    pg_server: Any, pg_database: str, clock: FixedClock
) -> None:
    svc, _admin = create_team(pg_server, pg_database, clock)
    try:
        kept = _add(svc, "Daan", "2010-05-01")
        removed = _add(svc, "Daan", "2010-05-01", email="dubbel@example.nl")
        kept_father = svc.people.add_representative(
            kept, "Karel Bos", RepresentativeRole.PARENT, True
        )
        double = svc.people.add_representative(
            removed, "Karel Bos", RepresentativeRole.PARENT, True
        )
        svc.duplicates.merge(kept, removed)
        assert svc.vault.db.scalar("SELECT count(*) FROM youths WHERE id = ?", (removed,)) == 0
        newcomer = _add(svc, "Noor", "2011-06-02")
        guardian = svc.people.add_representative(
            newcomer, "Voogd", RepresentativeRole.GUARDIAN, True
        )
        assert newcomer > removed
        assert guardian.id > double.id > kept_father.id
    finally:
        svc.close()


def test_a_vault_moved_after_a_merge_does_not_give_the_merged_number_on_the_server(
    service: Service,
    make_youth: Callable[..., Any],
    pg_server: Any,
    pg_database: str,
    clock: FixedClock,
) -> None:
    """At the desk: two records of Daan merged (the newest deleted, with its double father);
    then the vault is moved to the team server and the first youth is registered there."""
    _kept, removed, double = merged_with_a_double_father(service, make_youth)
    path = service.vault.path
    service.close()
    admin = make_admin(pg_server, pg_database)
    move_vault(path, PASSPHRASE, admin.url, admin.password, clock)
    team = Service.open_team(admin.url, admin.password, clock)
    try:
        newcomer = _add(team, "Noor", "2011-06-02")
        guardian = team.people.add_representative(
            newcomer, "Voogd", RepresentativeRole.GUARDIAN, True
        )
        assert newcomer > removed.id
        assert guardian.id > double.id
    finally:
        team.close()
