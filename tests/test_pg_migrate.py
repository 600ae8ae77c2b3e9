"""`toestemming-cli migrate --vault V --to postgresql://…`: a desk vault moves to the team
server whole (events byte for byte, so chain and signed checkpoints carry over), is verified
there, and the vault itself is left exactly as it was (bytes, times, no new files)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import PASSPHRASE
from team_support import desk_records, make_admin

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock
from toestemming.model import ItemStatus
from toestemming.service import Service


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


@pytest.fixture
def desk_vault(service: Service, catalog: SimpleNamespace, make_youth, clock: FixedClock):
    """A vault with the usual records: requests, decisions, a disclosure, a withdrawal."""
    made = desk_records(service, catalog, make_youth)
    path = service.vault.path
    hashes = [bytes(r[0]) for r in service.vault.db.query("SELECT hash FROM events ORDER BY seq")]
    service.close()
    return SimpleNamespace(
        path=path, youth=made.youth, given=made.given, withdrawn=made.withdrawn, hashes=hashes
    )


def test_a_vault_moves_whole_and_stays_untouched(
    desk_vault, pg_server, pg_database, clock: FixedClock, monkeypatch, capsys, tmp_path_factory
) -> None:
    # (the log head file of the team server: not in the vault's folder, which must not change)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("user-data")))
    admin = make_admin(pg_server, pg_database)
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PGPASSWORD", admin.password)
    before = _snapshot(desk_vault.path.parent)
    capsys.readouterr()
    assert cli_main(["migrate", "--vault", str(desk_vault.path), "--to", admin.url]) == 0
    out = capsys.readouterr().out
    assert "overgezet naar de teamserver" in out and "in orde" in out
    assert "Xandra" not in out and admin.password not in out
    assert _snapshot(desk_vault.path.parent) == before  # bytes, mtimes, no -wal/-shm

    svc = Service.open_team(admin.url, admin.password, clock)
    try:
        hashes = [bytes(r[0]) for r in svc.vault.db.query("SELECT hash FROM events ORDER BY seq")]
        assert hashes[: len(desk_vault.hashes)] == desk_vault.hashes  # the same chain
        assert svc.organisation == "Testschool"
        assert svc.consents.item_status(desk_vault.given).status == ItemStatus.GIVEN
        assert svc.consents.item_status(desk_vault.withdrawn).status == ItemStatus.WITHDRAWN
        report = svc.verify_audit(deep=True)
        assert report.ok and report.checkpoints > 0
        assert svc.integrity_problems() == []
        # Written on the server from now on, past the copied ids.
        youth = svc.people.add_youth(
            given_name="Nieuw", family_name="Op Server", birth_date="2009-09-09"
        )
        assert youth.id > desk_vault.youth
    finally:
        svc.close()

    # The same vault again: refused, nothing changed on either side.
    events = _event_count(admin)
    assert cli_main(["migrate", "--vault", str(desk_vault.path), "--to", admin.url]) == 2
    assert "al" in capsys.readouterr().err
    assert _event_count(admin) == events
    assert _snapshot(desk_vault.path.parent) == before


def _event_count(admin) -> int:
    import psycopg

    with psycopg.connect(admin.url, password=admin.password) as conn:
        return int(conn.execute("SELECT count(*) FROM toestemming.events").fetchone()[0])


def test_the_server_password_never_goes_on_the_command_line(desk_vault, monkeypatch) -> None:
    """No --password option exists; the passphrase comes from the environment or a prompt."""
    with pytest.raises(SystemExit):
        cli_main(
            [
                "migrate",
                "--vault",
                str(desk_vault.path),
                "--to",
                "postgresql://x/y",
                "--password",
                "geheim",
            ]
        )
