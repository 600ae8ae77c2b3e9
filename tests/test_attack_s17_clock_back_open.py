"""The computer's clock set back while a window is open (session 17).

Before: the clock was held against the log only at open (s15). An insider who opened the vault
first and then set the clock back ("even de datum terug naar vorige week") recorded a consent
dated before the sharing it should cover; the window wrote it, and only `check` named the step
back afterwards. Now every write of an open window asks the clock first (writer_guard →
usecases/clock_right.ClockRight.gate): a clock more than a few minutes behind the log's last
moment makes the window read-only with the same Dutch explanation and way out as at open
("De klok klopt nu"); nothing is written. A backup can still be made, not recorded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from team_support import create_team

from toestemming.clock import FixedClock, from_iso
from toestemming.errors import VaultError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec

ANNA = "correct horse battery staple"
SHARED = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)

# The attacker's process: opens the vault (clock right), then sets its clock back to before
# the sharing and records Marek's "ja" on a new request for that sharing.
ATTACK = """
import json, sys
from datetime import datetime, timedelta
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

path, passphrase, now, marek, purpose, recipient, category = sys.argv[1:8]
clock = FixedClock(datetime.fromisoformat(now))
svc = Service.open(path, passphrase, clock=clock)
said = []
try:
    clock.advance(timedelta(days=-6))  # "even de datum terug naar vorige week"
    try:
        spec = ItemSpec(int(purpose), int(recipient), (int(category),))
        request = svc.consents.create_request(int(marek), [spec])
        svc.consents.record_decisions(
            request.id, SignerRef.youth(int(marek)), {request.items[0].id: "yes"}, "desk"
        )
        said.append("written")
    except ToestemmingError as exc:
        said.append(str(exc))
    said.append(svc.clock_right.behind() is not None)
finally:
    svc.close()
print(json.dumps(said))
"""


def _vault_with_a_sharing(tmp_path: Path, clock: FixedClock) -> tuple[Path, list[int]]:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        c = svc.catalog
        gem = c.add_recipient("Gemeente Utrecht", "gemeente", "Werk & Inkomen")
        purpose = c.add_purpose("werk", "Werk", "Zodat de gemeente helpt met werk.")
        contact = c.add_category("contact", "Contactgegevens", "Uitleg.", "dat", False)
        marek = svc.people.add_youth(
            given_name="Marek", family_name="Wiśniewski", birth_date="01-01-2008"
        )
        spec = ItemSpec(purpose.id, gem.id, (contact.id,))
        request = svc.consents.create_request(marek.id, [spec])
        svc.consents.record_decisions(
            request.id, SignerRef.youth(marek.id), {request.items[0].id: "yes"}, "desk"
        )
        svc.sharing.record_disclosure(marek.id, gem.id, purpose.id, [contact.id])
    finally:
        svc.close()
    return path, [marek.id, purpose.id, gem.id, contact.id]


def _dates(path: Path, clock: FixedClock) -> list[datetime]:
    svc = Service.open(path, ANNA, clock=clock)
    try:
        rows = svc.vault.db.query("SELECT at FROM events UNION ALL SELECT at FROM checkpoints")
        return sorted(from_iso(str(r[0])) for r in rows)
    finally:
        svc.close()


def test_a_process_that_sets_its_clock_back_mid_session_records_no_backdated_consent(
    tmp_path: Path,
) -> None:
    clock = FixedClock(SHARED)
    path, ids = _vault_with_a_sharing(tmp_path, clock)
    before = _dates(path, clock)
    now = (SHARED + timedelta(hours=1)).isoformat()
    run = subprocess.run(
        [sys.executable, "-c", ATTACK, str(path), ANNA, now, *map(str, ids)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        stdin=subprocess.DEVNULL,
    )
    assert run.returncode == 0, run.stderr
    said, read_only_for_the_clock = json.loads(run.stdout)
    assert said != "written", "the backdated consent was recorded"
    assert "teruggezet" in said and "04-12-2026" in said and "De klok klopt nu" in said, said
    assert read_only_for_the_clock  # the same way out as at open: the banner, confirm-clock
    # Nothing written: no event, and no checkpoint at close dated before the log either.
    assert _dates(path, clock) == before


def test_every_write_of_the_window_is_refused_and_a_clock_put_right_writes_again(
    tmp_path: Path,
) -> None:
    clock = FixedClock(SHARED)
    path, (marek, purpose, gem, contact) = _vault_with_a_sharing(tmp_path, clock)
    svc = Service.open(path, ANNA, clock=clock)
    try:
        count = int(svc.vault.db.scalar("SELECT count(*) FROM events"))
        clock.set(SHARED - timedelta(days=6))
        attempts = (
            lambda: svc.consents.create_request(marek, [ItemSpec(purpose, gem, (contact,))]),
            lambda: svc.people.add_youth(given_name="A", family_name="B", birth_date="01-01-2010"),
            lambda: svc.backups.set_warn_after_days(3),
            lambda: svc.change_passphrase(ANNA, "een heel andere lange wachtwoordzin"),
        )
        for attempt in attempts:
            with pytest.raises(VaultError) as caught:
                attempt()
            assert "teruggezet" in str(caught.value), str(caught.value)
        assert svc.read_only and svc.clock_right.behind() is not None
        assert int(svc.vault.db.scalar("SELECT count(*) FROM events")) == count
        clock.set(SHARED + timedelta(hours=1))  # the time sync put it right
        request = svc.consents.create_request(marek, [ItemSpec(purpose, gem, (contact,))])
        svc.consents.record_decisions(
            request.id, SignerRef.youth(marek), {request.items[0].id: "yes"}, "desk"
        )
        assert not svc.read_only
    finally:
        svc.close()
    Service.open(path, ANNA, clock=clock).close()  # the passphrase was never changed


def test_a_clock_that_ran_ahead_while_open_has_the_same_way_out(tmp_path: Path) -> None:
    """The laptop's clock ran a day ahead during the session, then the time sync put it
    right: the worker states the clock is right (one logged event) and goes on."""
    clock = FixedClock(SHARED + timedelta(days=1))
    path, _ = _vault_with_a_sharing(tmp_path, clock)
    svc = Service.open(path, ANNA, clock=clock)
    try:
        clock.set(SHARED)
        with pytest.raises(VaultError):
            svc.people.add_youth(given_name="A", family_name="B", birth_date="01-01-2010")
        assert svc.clock_right.confirm() is not None
        svc.people.add_youth(given_name="A", family_name="B", birth_date="01-01-2010")
    finally:
        svc.close()


def test_backups_on_the_schedule_and_at_close_go_on_while_read_only_for_the_clock(
    tmp_path: Path,
) -> None:
    """Item 2: read-only for the clock alone is no reason to stop backups (automatic and by
    hand); none writes anything to the log, and the schedule does not start one at every poll
    because the last one was not recorded."""
    clock = FixedClock(SHARED + timedelta(days=1))  # ran ahead a day
    path, _ = _vault_with_a_sharing(tmp_path, clock)
    folder = tmp_path / "kopieen"
    folder.mkdir()
    svc = Service.open(path, ANNA, clock=clock)
    try:
        svc.backups.set_folder(folder)
    finally:
        svc.close()
    clock.set(SHARED)  # put right: the vault opens read-only for the clock
    svc = Service.open(path, ANNA, clock=clock)
    try:
        count = int(svc.vault.db.scalar("SELECT count(*) FROM events"))
        assert svc.read_only and svc.backups.refused() is None
        assert svc.backups.status().overdue  # the recorded one is dated ahead
        info = svc.backups.create_in_folder()
        assert info is not None and not info.recorded and info.path.is_file()
        assert not svc.backups.status().overdue  # the schedule waits now
        assert svc.backups.create(tmp_path / "hand.tbackup").recorded is False
        assert int(svc.vault.db.scalar("SELECT count(*) FROM events")) == count
    finally:
        svc.close()
    svc = Service.open(path, ANNA, clock=clock)
    try:
        clock.advance(timedelta(hours=1))
        svc.clock_right.confirm()
        # Writable again, the clock set back in the session: the backup is made, not recorded.
        clock.advance(timedelta(days=-3))
        count = int(svc.vault.db.scalar("SELECT count(*) FROM events"))
        info = svc.backups.create_in_folder()
        assert info is not None and not info.recorded
        assert int(svc.vault.db.scalar("SELECT count(*) FROM events")) == count
    finally:
        svc.close()


def test_a_team_desk_whose_clock_is_set_back_while_open_writes_nothing_dated_back(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A team server's desk: its clock is not held against the log at open (the desks'
    clocks differ by design), but its own clock going back while it is open is refused the
    same way; nothing is made read-only, so the clock put right writes again."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    clock = FixedClock(SHARED)
    svc, _admin = create_team(pg_server, pg_database, clock)
    try:
        svc.people.add_youth(given_name="Eerst", family_name="Kind", birth_date="01-01-2010")
        count = int(svc.vault.db.scalar("SELECT count(*) FROM events"))
        clock.set(SHARED - timedelta(days=6))
        with pytest.raises(VaultError) as caught:
            svc.people.add_youth(given_name="Terug", family_name="Kind", birth_date="01-01-2010")
        assert "teruggezet" in str(caught.value) and "04-12-2026" in str(caught.value)
        assert int(svc.vault.db.scalar("SELECT count(*) FROM events")) == count
        clock.set(SHARED + timedelta(minutes=10))  # put right: this window writes again
        svc.people.add_youth(given_name="Later", family_name="Kind", birth_date="01-01-2010")
        clock.set(SHARED - timedelta(days=6))
        svc.close()  # closing signs no checkpoint dated back, and says no error
        clock.set(SHARED + timedelta(minutes=20))
        svc = Service.open_team(_admin.url, _admin.password, clock=clock)
        dates = [str(r[0]) for r in svc.vault.db.query("SELECT at FROM events ORDER BY seq")]
        assert dates == sorted(dates)
        signed = [str(r[0]) for r in svc.vault.db.query("SELECT at FROM checkpoints")]
        assert min(signed) >= "2026-12-04", signed
    finally:
        svc.close()
