"""Removed means removed, and a slot change is never left half done (issue 13, items 2, 3, 7).

Each test acts as the office would: a colleague removed in one window, an old copy of the key
header kept on a USB stick, a database that refuses the second half of a change, a crash
between the two halves, and another process changing the header at the same time."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from toestemming.errors import AccessRevoked, HeaderChanged, IntegrityFailure, VaultError
from toestemming.service import Service
from toestemming.store.header import header_path, read_header, write_header

PASS = "correct horse battery staple"
AHMED = "een andere lange wachtwoordzin"
SARA = "sara heeft ook een lange zin"


@pytest.fixture
def office(service: Service, vault_path: Path) -> Path:
    service.add_worker("Ahmed", AHMED)
    service.add_worker("Sara", SARA)
    service.close()
    return vault_path


def _labels(path: Path) -> dict[str, str]:
    return {s.label: s.pending for s in read_header(path).slots if s.kind == "passphrase"}


def test_an_old_header_copy_does_not_open_the_file_after_the_removal(
    office: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "usb-stick.keys"
    shutil.copy2(header_path(office), stick)  # Ahmed keeps a copy before he leaves
    anna = Service.open(office, PASS)
    ahmed = next(w for w in anna.workers() if w.name == "Ahmed")
    anna.remove_worker(ahmed.id)
    anna.close()
    shutil.copy2(stick, header_path(office))  # ...and puts it back beside the current file
    with pytest.raises(IntegrityFailure):
        Service.open(office, AHMED)


def test_a_worker_marked_inactive_whose_slot_survived_is_refused_and_the_slot_removed(
    office: Path,
) -> None:
    """The database half of a removal happened, the header half did not (crash, full disk)."""
    anna = Service.open(office, PASS)
    with anna.vault.db.transaction():
        anna.vault.db.execute("UPDATE workers SET active = 0 WHERE name = 'Ahmed'")
    anna.vault.db.after_commit = None  # as if the process died before touching the header
    anna.vault.db.close()
    anna.writer_guard.lock.release()  # (the OS drops a dead process's writer lock)
    assert "Ahmed" in _labels(office)
    with pytest.raises(AccessRevoked, match="geen toegang meer"):
        Service.open(office, AHMED)
    sara = Service.open(office, SARA)  # the next open settles the header
    sara.close()
    assert "Ahmed" not in _labels(office)


def test_adding_a_worker_to_a_read_only_vault_changes_nothing(office: Path) -> None:
    anna = Service.open(office, PASS)
    before = header_path(office).read_bytes()
    anna.vault.db.enter_read_only("alleen lezen (test)", anna.vault.current_data_key())
    with pytest.raises(VaultError, match="alleen lezen"):
        anna.add_worker("Nieuw", "nog een heel lange wachtwoordzin")
    assert header_path(office).read_bytes() == before
    anna.close()


def test_a_refused_database_half_takes_the_new_slot_back_out(office: Path) -> None:
    anna = Service.open(office, PASS)
    db = anna.vault.db
    with db.transaction():
        db.execute(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON workers "
            "BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END"
        )
    with pytest.raises(Exception, match="disk full"):
        anna.add_worker("Nieuw", "nog een heel lange wachtwoordzin")
    assert "Nieuw" not in _labels(office)
    anna.close()
    with pytest.raises(Exception):  # noqa: B017 - any refusal: that person has no slot
        Service.open(office, "nog een heel lange wachtwoordzin")


def test_a_crash_between_the_halves_is_settled_at_the_next_open(office: Path) -> None:
    anna = Service.open(office, PASS)
    # first half only: a pending slot, no worker row (the process died here)
    anna.vault.add_slot("Halfweg", "nog een heel lange wachtwoordzin")
    # the other way round: a pending slot whose row did get written
    slot = anna.vault.add_slot("Bijna", "weer een heel lange wachtwoordzin")
    with anna.vault.db.transaction():
        anna.vault.db.execute(
            "INSERT INTO workers(name, slot_id, created_at) VALUES ('Bijna', ?, '2026-11-23')",
            (slot.id,),
        )
    anna.vault.db.after_commit = None
    anna.vault.db.close()
    anna.writer_guard.lock.release()  # (the OS drops a dead process's writer lock)
    assert _labels(office)["Halfweg"] == "add" and _labels(office)["Bijna"] == "add"
    with pytest.raises(Exception):  # noqa: B017 - a pending slot opens nothing
        Service.open(office, "nog een heel lange wachtwoordzin")
    again = Service.open(office, PASS)
    again.close()
    labels = _labels(office)
    assert "Halfweg" not in labels and labels["Bijna"] == ""
    Service.open(office, "weer een heel lange wachtwoordzin").close()


def test_a_header_edited_to_confirm_a_pending_slot_still_needs_the_database(
    office: Path,
) -> None:
    """Someone removes the "pending" mark by hand: the slot opens the header, but nobody
    with that slot exists in the database, so access is refused and the slot removed."""
    anna = Service.open(office, PASS)
    anna.vault.add_slot("Indringer", "een zelfbedachte lange zin")
    anna.vault.db.after_commit = None
    anna.vault.db.close()
    anna.writer_guard.lock.release()  # (the OS drops a dead process's writer lock)
    header = read_header(office)
    write_header(office, replace(header, slots=tuple(replace(s, pending="") for s in header.slots)))
    with pytest.raises(AccessRevoked):
        Service.open(office, "een zelfbedachte lange zin")
    Service.open(office, PASS).close()
    assert "Indringer" not in _labels(office)


REMOVER = textwrap.dedent(
    """
    import os, sys
    from toestemming.service import Service
    svc = Service.open(sys.argv[1], os.environ["TOESTEMMING_PASSPHRASE"])
    ahmed = next(w for w in svc.workers() if w.name == "Ahmed")
    svc.remove_worker(ahmed.id)
    svc.close()
    """
)


def test_a_removal_in_another_process_is_not_undone_by_this_one(office: Path) -> None:
    sara = Service.open(office, SARA)  # Sara's window has the old header in memory
    # The writer lock (store/lock.py) normally keeps the other process out; on a share whose
    # locks do not reach the other desk it does not, and then compare-and-swap must hold.
    sara.writer_guard.lock.release()
    try:
        subprocess.run(
            [sys.executable, "-c", REMOVER, str(office)],
            check=True,
            env={**os.environ, "TOESTEMMING_PASSPHRASE": PASS},
        )
        assert "Ahmed" not in _labels(office)
        with pytest.raises(HeaderChanged):
            sara.change_passphrase(SARA, "sara kiest een nieuwe lange zin")
        with pytest.raises(HeaderChanged):
            sara.add_worker("Nieuw", "nog een heel lange wachtwoordzin")
        with pytest.raises(HeaderChanged):
            sara.rotate_data_key()
        assert "Ahmed" not in _labels(office)  # not written back from Sara's copy
    finally:
        sara.vault.db.close()  # (the rotation changed the key under this connection)
    with pytest.raises(Exception):  # noqa: B017 - Ahmed is out
        Service.open(office, AHMED)
    Service.open(office, SARA).close()  # Sara's passphrase is unchanged and still works
