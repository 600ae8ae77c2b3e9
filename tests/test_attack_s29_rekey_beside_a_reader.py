"""Session 24 (atk29): a key change while another process is reading the vault.

Every key change (a passphrase or the recovery key renewed, a colleague removed, the data key
renewed) re-encrypts the file with PRAGMA rekey. That must run over an empty WAL; the
checkpoint that empties it was asked and its answer ignored. A colleague's read-only window
in another process that is in the middle of a read (a long list, a snapshot of the log) keeps
the checkpoint from emptying the WAL: it answers "busy", and the rekey ran anyway.

Seen with two real processes: nothing is lost (the WAL holds every page under the new key),
but until that reader ends every page of the FILE is still under the old key: the health
check (cipher_integrity_check reads the file) reports every page as damaged, and the old data
key still reads the file. Now the key change waits (bounded) for the reader, and otherwise is
refused with a Dutch message, before anything changed: the key file, the workers, the file.

The reader is a real second process (a read-only window of a colleague), held inside a read
transaction by a line on its stdin; the wait is the only bound, never a timing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from line_process import LineProcess

from toestemming.clock import FixedClock
from toestemming.errors import VaultError, user_text
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"
SARA = "sara heeft ook een lange zin"
AHMED = "ahmed kiest zijn eigen lange zin"
NEW = "anna kiest een nieuwe lange zin"
START = datetime(2026, 12, 3, 9, 15, tzinfo=UTC)

# A colleague's read-only window in its own process: on "hold" it enters a read transaction
# (a snapshot, as `check` and the audit do) and stays in it until "release".
READER = r"""
import sys
from toestemming.service import Service

path, passphrase = sys.argv[1:3]
window = Service.open(path, passphrase, read_only=True)
db = window.vault.db
print("ready", flush=True)
held = None
for line in sys.stdin:
    word = line.strip()
    if word == "hold":
        held = db.snapshot()
        held.__enter__()
        db.scalar("SELECT count(*) FROM youths")
    elif word == "release":
        held.__exit__(None, None, None)
    elif word == "close":
        window.close()
        print("done", flush=True)
        break
    print("done", flush=True)
"""


class Reader(LineProcess):
    def __init__(self, vault: Path) -> None:
        super().__init__(READER, str(vault), SARA)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[tuple[Service, Path]]:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    svc.add_worker("Sara", SARA)
    svc.add_worker("Ahmed", AHMED)
    svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="01-01-2010")
    svc.vault.db.rekey_wait_ms = 50  # (how long it waits for the reader: a bound, no timing)
    try:
        yield svc, path
    finally:
        svc.close()


@pytest.fixture
def reader(desk: tuple[Service, Path]) -> Iterator[Reader]:
    r = Reader(desk[1])
    try:
        yield r
    finally:
        r.end()


def _ahmed(svc: Service) -> int:
    return next(w.id for w in svc.workers() if w.name == "Ahmed")


KEY_CHANGES: dict[str, Callable[[Service], object]] = {
    "passphrase": lambda svc: svc.change_passphrase(ANNA, NEW),
    "recovery": lambda svc: svc.renew_recovery_key(),
    "data-key": lambda svc: svc.rotate_data_key(),
    "remove-worker": lambda svc: svc.remove_worker(_ahmed(svc)),
}


@pytest.mark.parametrize("change", sorted(KEY_CHANGES))
def test_a_key_change_while_a_colleague_reads_waits_or_changes_nothing(
    change: str, desk: tuple[Service, Path], reader: Reader
) -> None:
    svc, path = desk
    keys = Path(f"{path}.keys")
    reader.do("hold")  # Sara's window is in the middle of a read
    svc.people.add_youth(given_name="Twee", family_name="Kind", birth_date="02-02-2010")
    header_before = keys.read_bytes()

    with pytest.raises(VaultError) as caught:
        KEY_CHANGES[change](svc)
    assert caught.value.message_id == "error-db-rekey-reader-busy"
    said = user_text(caught.value)
    assert "niets gewijzigd" in said and "ander venster" in said

    # Nothing changed: the key file, the workers, and the file is healthy (no page under
    # another key than the key file's).
    assert keys.read_bytes() == header_before
    assert "Ahmed" in [w.name for w in svc.workers() if w.active]
    assert svc.vault.db.file_problems(thorough=False) == []

    # The reader done: the same change goes through, and the file is whole under the new key.
    reader.do("release")
    KEY_CHANGES[change](svc)
    assert svc.vault.db.file_problems(thorough=False) == []
    reader.do("close")
    svc.close()
    again = Service.open(path, NEW if change == "passphrase" else ANNA, check=True)
    try:
        assert sorted(y.given_name for y in again.people.search("kind")) == ["Een", "Twee"]
    finally:
        again.close()


def test_the_health_check_while_a_colleague_reads_does_not_call_the_vault_damaged(
    desk: tuple[Service, Path], reader: Reader
) -> None:
    """Found on the way: the health check's WAL step answers "busy" when another process is
    in a read; the cipher check then read a file that lacks pages the WAL holds and called
    them damaged — the desk went read-only with "restore the last backup" (which would throw
    away the newest work) because a colleague's window was reading."""
    from toestemming import health

    svc, _ = desk
    reader.do("hold")
    svc.people.add_youth(given_name="Twee", family_name="Kind", birth_date="02-02-2010")
    report = health.check(svc)
    assert report.ok, report.problems
    assert svc.vault.db.read_only_reason is None
    svc.people.add_youth(given_name="Drie", family_name="Kind", birth_date="03-03-2010")
    reader.do("release")
    assert health.check(svc).ok
