"""Session 31 (multi31) found, session 32 closed: the open desk's "-shm" removed from beside the
vault (a tidy-up script, a sync client), then a colleague opens it read-only.

Found: the reading window made a new -shm (a second WAL index; the desk keeps the old one it
has mapped, SQLite never looks at the name again). The window never saw the desk's later
commits (a withdrawal stayed "given" on its screen), and after both closed the vault did not
open at all: the new index said the WAL held frames the desk's close had already copied into
the file ("-wal ontbreekt of is ingekort … zet de laatste reservekopie terug"), though nothing
was lost — deleting the -shm by hand opened it whole.

Not done: moving the desk to the new index. Two indexes over one WAL can lose frames (the
desk's checkpoint and the reader's index disagree), and SQLite's own rule is never to remove
a -shm while a connection is open. We cannot stop the removal; we stop the SECOND index:

- A read-only open (a window, `toestemming check`, a reconnect of an open window) is refused,
  before SQLite opens anything, while another process holds the writer lock, its -wal is there
  and its -shm is not (a writer in WAL mode always has both): a Dutch sentence saying to close
  the vault there first; nothing is created beside the vault. So is a helper process of the
  desk's own log check (it then reads that range in the desk itself, as when a helper fails).
- The desk goes on with the index it has mapped, says once in its log that the -shm is gone,
  and its close copies the WAL into the file and removes it as always: a fresh open sees every
  commit and `check` passes.
- Without a writer (a crash left the -wal, someone removed the -shm) the open works as before:
  SQLite rebuilds the index from the WAL, nobody else has one.

The desk is a real second process (an index is per process: a reader in the desk's own process
shares the desk's mapped one, which is why that case never showed it)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from line_process import LineProcess

from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.service import Service
from toestemming.store.header import KdfParams

pytestmark = pytest.mark.skipif(os.name != "posix", reason="an open file removed: POSIX")

ANNA = "correct horse battery staple"
NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)

# The desk (the writer) in its own process. "helper": a log-check helper process's open of the
# desk's vault (a ReaderSpec from another process) must be refused while the -shm is gone, and
# the desk's own second connection must not make a new one.
DESK = r"""
import dataclasses, os, sys
from datetime import UTC, datetime
from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.service import Service
svc = Service.open(sys.argv[1], sys.argv[2], clock=FixedClock(datetime(2026, 12, 4, 10, tzinfo=UTC)))
print("ready", flush=True)
for line in sys.stdin:
    word = line.strip()
    if word == "close":
        svc.close()
    elif word == "helper":
        spec = svc.vault.reader_spec()
        try:
            dataclasses.replace(spec, made_in=0).open().close()
            raise SystemExit("a helper process opened beside a removed -shm")
        except VaultError as exc:
            assert exc.message_id == "error-db-shm-removed", exc.message_id
        spec.open().close()  # (the desk's own process: its mapped index, no new file)
        assert not os.path.lexists(sys.argv[1] + "-shm")
    else:
        svc.people.add_youth(given_name=word, family_name="Kind", birth_date="01-01-2010")
    print("done", flush=True)
"""


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(NOW), kdf=KdfParams())
    svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="01-01-2010")
    svc.close()
    return path


@pytest.fixture
def desk(vault: Path) -> Iterator[LineProcess]:
    process = LineProcess(DESK, str(vault), ANNA)
    try:
        yield process
    finally:
        process.end()


def _names(svc: Service) -> list[str]:
    return sorted(y.given_name for y in svc.people.search("kind"))


def _folder(path: Path) -> list[tuple[str, int, int]]:
    return sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in path.parent.iterdir())


def _whole_and_checked(vault: Path, names: list[str]) -> None:
    """A read-only window opens the vault and sees `names`; `check` then passes."""
    window = Service.open(vault, ANNA, clock=FixedClock(NOW), read_only=True)
    try:
        assert _names(window) == names
    finally:
        window.close()
    checked = _check(vault)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "toestemming.cli", "--vault", str(path), "check"],
        capture_output=True,
        text=True,
        env={**os.environ, "TOESTEMMING_PASSPHRASE": ANNA},
        timeout=300,
    )


def test_a_read_only_open_beside_a_desk_whose_shm_was_removed_is_refused_and_nothing_is_lost(
    vault: Path, desk: LineProcess
) -> None:
    desk.do("Twee")
    Path(f"{vault}-shm").unlink()
    before = _folder(vault)
    with pytest.raises(VaultError) as refused:
        Service.open(vault, ANNA, clock=FixedClock(NOW), read_only=True)
    assert refused.value.message_id == "error-db-shm-removed"
    assert "Sluit de kluis eerst op die andere plek" in refused.value.message
    assert "Er gaat niets verloren" in refused.value.message
    checked = _check(vault)  # the CLI's read-only open: the same refusal
    assert checked.returncode != 0
    assert "-shm" in checked.stdout + checked.stderr, checked.stdout + checked.stderr
    assert _folder(vault) == before  # no second -shm, nothing else made or touched

    desk.do("Drie")  # the desk goes on with the index it has mapped
    desk.do("helper")
    desk.do("close")
    assert not Path(f"{vault}-wal").exists()  # its close copied the WAL into the file

    _whole_and_checked(vault, ["Drie", "Een", "Twee"])


def test_with_its_shm_in_place_a_read_only_window_opens_beside_the_desk_and_follows_it(
    vault: Path, desk: LineProcess
) -> None:
    """The control (the same as test_perf23_kept_readings_see_other_writers, on this desk)."""
    desk.do("Twee")
    window = Service.open(vault, ANNA, clock=FixedClock(NOW), read_only=True)
    try:
        assert _names(window) == ["Een", "Twee"]
        desk.do("Drie")
        assert _names(window) == ["Drie", "Een", "Twee"]
    finally:
        window.close()


def test_after_a_crash_a_removed_shm_is_rebuilt_from_the_wal_as_before(
    vault: Path, desk: LineProcess
) -> None:
    """No writer any more (killed: its lock went with it), the -wal holds "Twee", the -shm was
    removed: nobody else has an index, so SQLite rebuilds it from the WAL; nothing refused."""
    desk.do("Twee")
    desk.end()  # SIGKILL: no close, no checkpoint
    Path(f"{vault}-shm").unlink()
    assert Path(f"{vault}-wal").exists()
    _whole_and_checked(vault, ["Een", "Twee"])


def test_after_a_crash_the_desk_itself_opens_with_its_shm_removed(
    vault: Path, desk: LineProcess
) -> None:
    """The refusal is for a second opener beside a live writer, never for the next desk: killed,
    -shm removed, the worker opens the vault again to work and goes on."""
    desk.do("Twee")
    desk.end()  # SIGKILL
    Path(f"{vault}-shm").unlink()
    svc = Service.open(vault, ANNA, clock=FixedClock(NOW))
    try:
        assert _names(svc) == ["Een", "Twee"]
        svc.people.add_youth(given_name="Drie", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()
    checked = _check(vault)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_desk_says_once_in_its_log_that_its_shm_is_gone(
    vault: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """In the log without the vault's name or place (log lines name no person, no path)."""
    svc = Service.open(vault, ANNA, clock=FixedClock(NOW))
    try:
        Path(f"{vault}-shm").unlink()
        with caplog.at_level(logging.WARNING, logger="toestemming.store.replaced_file"):
            svc.people.add_youth(given_name="Twee", family_name="Kind", birth_date="01-01-2010")
            svc.people.add_youth(given_name="Drie", family_name="Kind", birth_date="01-01-2010")
        said = [r.getMessage() for r in caplog.records if "-shm" in r.getMessage()]
        assert len(said) == 1
        assert str(vault.parent) not in said[0] and vault.name not in said[0]
    finally:
        svc.close()
    again = Service.open(vault, ANNA, clock=FixedClock(NOW), read_only=True)
    try:
        assert _names(again) == ["Drie", "Een", "Twee"]
    finally:
        again.close()


def test_a_window_open_before_the_desk_is_refused_too_and_follows_again_after_the_close(
    vault: Path,
) -> None:
    """Opened before the desk (SQLite trusts the file not to change: `immutable`), the window
    renews its connection when the desk's -wal appears: with the -shm gone that renewal would
    make the second index, so its reads say what to do instead, until the desk has closed."""
    window = Service.open(vault, ANNA, clock=FixedClock(NOW), read_only=True)
    assert _names(window) == ["Een"]
    desk = LineProcess(DESK, str(vault), ANNA)
    try:
        desk.do("Twee")
        Path(f"{vault}-shm").unlink()
        with pytest.raises(VaultError) as refused:
            _names(window)
        assert refused.value.message_id == "error-db-shm-removed"
        assert not Path(f"{vault}-shm").exists()
        desk.do("close")
        assert _names(window) == ["Een", "Twee"]
    finally:
        desk.end()
        window.close()
