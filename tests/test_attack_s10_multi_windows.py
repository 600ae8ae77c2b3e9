"""Session 10: a removed worker's writer window that outlives the colleague who removed them.

Anna has the vault open (the writer). Her lock file is deleted (a tidy-up, a sync client);
Bert opens the vault — he is the writer now — removes Anna and closes. Anna's window then
found the lock file free at its next write, locked it anew and went on as the writer: the
renewed data key was all that stopped it, and it said "the vault is damaged, restore the last
backup" (which would throw away Bert's work). A retake is a new unlock now: the window checks
its access again. Bert runs in a real second process; a crash is a real SIGKILL."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import AccessRevoked, ToestemmingError, WrongPassphrase, user_text
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.store.lock import lock_path

PASS_ANNA = "correct horse battery staple"
PASS_BERT = "paarse olifant danst op het dak"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
BERT_AT = START + timedelta(minutes=1)

# Bert in his own process: opens as the writer, does one thing, closes (or is killed).
BERT = r"""
import os, signal, sys
from toestemming.service import Service
from toestemming.store.vault import Vault
from datetime import datetime
from toestemming.clock import FixedClock
path, passphrase, action, moment = sys.argv[1:5]
# Bert's computer: a minute after Anna's window opened (the clocks agree, as on one desk).
svc = Service.open(path, passphrase, clock=FixedClock(datetime.fromisoformat(moment)))
anna = next(w for w in svc.workers() if w.name == "Anna")
if action == "remove":
    svc.remove_worker(anna.id)
elif action == "remove-crash":
    # Killed right after the database's half of the removal (the commit point), before the
    # key file changed: the slot and the data key are still as they were.
    Vault.remove_slot = lambda self, slot_id, *owed: os.kill(os.getpid(), signal.SIGKILL)
    svc.remove_worker(anna.id)
elif action == "add-youth":
    svc.people.add_youth(given_name="Bert", family_name="Kind", birth_date="04-04-2011")
svc.close()
print("done", flush=True)
"""


def bert(vault: Path, action: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", BERT, str(vault), PASS_BERT, action, BERT_AT.isoformat()],
        capture_output=True,
        text=True,
        timeout=300,  # (a guard against a hung child, not a measurement)
    )
    return done.returncode


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS_ANNA, FixedClock(START), kdf=KdfParams())
    svc.add_worker("Bert", PASS_BERT)
    svc.people.add_youth(given_name="Eerste", family_name="Kind", birth_date="01-01-2010")
    svc.close()
    return path


@pytest.fixture
def anna(vault: Path) -> Iterator[Service]:
    svc = Service.open(vault, PASS_ANNA, clock=FixedClock(START))
    try:
        yield svc
    finally:
        svc.close()


def _events_as_bert(vault: Path) -> list[str]:
    svc = Service.open(vault, PASS_BERT, clock=FixedClock(START))
    try:
        return [str(r[0]) for r in svc.vault.db.query("SELECT kind FROM events ORDER BY seq")]
    finally:
        svc.close()


def _add(svc: Service, name: str) -> None:
    svc.people.add_youth(given_name=name, family_name="Kind", birth_date="02-02-2010")


def test_a_removed_workers_window_writes_nothing_after_the_remover_closed(
    vault: Path, anna: Service
) -> None:
    lock_path(vault).unlink()  # (what makes a second writer possible at all)
    assert bert(vault, "remove") == 0
    before = _events_as_bert(vault)

    with pytest.raises(ToestemmingError) as refused:
        _add(anna, "Terug")
    said = user_text(refused.value)
    assert "niet beschadigd" in said
    assert "reservekopie" not in said  # (restoring one would throw Bert's work away)
    assert anna.read_only
    with pytest.raises(ToestemmingError) as unread:
        anna.people.search("")
    assert "niet beschadigd" in user_text(unread.value)
    anna.close()  # (no checkpoint attempted, no exception)

    assert _events_as_bert(vault) == before
    # The lock is free for Bert again (Anna's window let go of what it retook) ...
    assert bert(vault, "add-youth") == 0
    # ... and Anna herself stays out (her slot is gone: her passphrase opens nothing).
    with pytest.raises(WrongPassphrase):
        Service.open(vault, PASS_ANNA, clock=FixedClock(START))


def test_reading_first_also_says_not_damaged(vault: Path, anna: Service) -> None:
    lock_path(vault).unlink()
    assert bert(vault, "remove") == 0

    with pytest.raises(ToestemmingError) as unread:
        anna.people.search("")

    assert "niet beschadigd" in user_text(unread.value)
    assert "reservekopie" not in user_text(unread.value)


def test_a_removal_killed_halfway_still_ends_the_windows_writing(
    vault: Path, anna: Service
) -> None:
    """Bert's process is SIGKILLed between the database's half of the removal and the key
    file's: Anna's slot and the data key are unchanged, only her row says inactive. Her
    window retakes the lock: it must not write on as a removed worker."""
    lock_path(vault).unlink()
    assert bert(vault, "remove-crash") == -signal.SIGKILL

    with pytest.raises(ToestemmingError) as refused:
        _add(anna, "Terug")
    assert "geen toegang meer" in user_text(refused.value)
    assert [y.given_name for y in anna.people.search("")] == ["Eerste"]  # reading still works
    anna.close()
    with pytest.raises(AccessRevoked):
        Service.open(vault, PASS_ANNA, clock=FixedClock(START))


def test_a_colleagues_window_goes_on_writing_after_a_harmless_gap(
    vault: Path, anna: Service
) -> None:
    """No false alarm: Bert only added a youth in the gap. Anna's window retakes the lock
    and writes on; nothing of either is lost."""
    lock_path(vault).unlink()
    assert bert(vault, "add-youth") == 0

    _add(anna, "Tweede")

    assert not anna.read_only
    assert sorted(y.given_name for y in anna.people.search("")) == ["Bert", "Eerste", "Tweede"]
    assert anna.verify_audit().ok
