"""Session 8: a read-only window (the vault is open for writing elsewhere) when the writer
removes a worker or renews the data key. The file is re-encrypted under the reading window;
its reads must then stop (a removed worker's window above all), and what it says must be the
truth: not "the vault is damaged, restore the last backup" (restoring would throw away the
writer's work), but "re-encrypted elsewhere, close and open again". The writer is a real
second process."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from line_process import LineProcess

from toestemming.clock import FixedClock
from toestemming.errors import (
    AccessRevoked,
    IntegrityFailure,
    VaultError,
    WrongPassphrase,
    user_text,
)
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"
AHMED = "ahmed kiest zijn eigen lange zin"
START = datetime(2026, 12, 3, 9, 15, tzinfo=UTC)

# The writer, in its own process: removes Ahmed, renews the key, adds a youth, on command.
WRITER = r"""
import sys
from datetime import UTC, datetime
from toestemming.clock import FixedClock
from toestemming.service import Service

path, passphrase = sys.argv[1:3]
svc = Service.open(path, passphrase, clock=FixedClock(datetime(2026, 12, 3, 10, tzinfo=UTC)))
print("ready", flush=True)
for line in sys.stdin:
    word = line.strip()
    if word == "remove":
        ahmed = next(w for w in svc.workers() if w.name == "Ahmed")
        svc.remove_worker(ahmed.id)
    elif word == "rotate":
        svc.rotate_data_key()
    elif word == "passphrase":
        svc.change_passphrase(passphrase, "anna kiest een nieuwe lange zin")
    elif word == "write":
        svc.people.add_youth(given_name="Twee", family_name="Kind", birth_date="02-02-2010")
    elif word == "close":
        svc.close()
        print("done", flush=True)
        break
    print("done", flush=True)
"""


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    svc.add_worker("Ahmed", AHMED)
    svc.add_worker("Sara", "sara heeft ook een lange zin")
    svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="01-01-2010")
    svc.close()
    return path


class Writer(LineProcess):
    def __init__(self, vault: Path) -> None:
        super().__init__(WRITER, str(vault), ANNA)


@pytest.fixture
def writer(vault: Path) -> Iterator[Writer]:
    w = Writer(vault)
    try:
        yield w
    finally:
        w.end()


def _names(svc: Service) -> list[str]:
    return sorted(y.given_name for y in svc.people.search("kind"))


def _said_renewed(attempt) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(VaultError) as caught:
        attempt()
    assert not isinstance(caught.value, IntegrityFailure)  # not "damaged, restore a backup"
    assert caught.value.message_id == "error-vault-key-renewed-elsewhere"
    return user_text(caught.value)


def test_a_removed_workers_read_only_window_reads_no_more(vault: Path, writer: Writer) -> None:
    window = Service.open(vault, AHMED, read_only=True)
    try:
        assert _names(window) == ["Een"]
        writer.do("remove")
        writer.do("write")
        said = _said_renewed(lambda: _names(window))
        assert "niet beschadigd" in said and "reservekopie" not in said
        _said_renewed(window.workers)  # every read, not only the first
    finally:
        window.close()
    with pytest.raises((WrongPassphrase, AccessRevoked)):
        Service.open(vault, AHMED, read_only=True)  # and opening again: no access


def test_a_colleagues_read_only_window_is_told_to_reopen_and_then_sees_it_all(
    vault: Path, writer: Writer
) -> None:
    window = Service.open(vault, "sara heeft ook een lange zin", read_only=True)
    try:
        writer.do("rotate")
        writer.do("write")
        _said_renewed(lambda: _names(window))
    finally:
        window.close()
    again = Service.open(vault, "sara heeft ook een lange zin", read_only=True)
    try:
        assert _names(again) == ["Een", "Twee"]
    finally:
        again.close()


@pytest.mark.skipif(os.name != "posix", reason="flipping bytes in place is the same anywhere")
def test_real_damage_in_a_read_only_window_is_still_called_damage(
    vault: Path, writer: Writer
) -> None:
    """The new explanation must not cover up a damaged file: same key, broken page."""
    window = Service.open(vault, "sara heeft ook een lange zin", read_only=True)
    try:
        writer.do("close")
        size = vault.stat().st_size
        with vault.open("r+b") as fh:
            for offset in range(16384, size, 16384):  # every page after the first
                fh.seek(offset + 100)
                fh.write(b"\xff" * 32)
        with pytest.raises(IntegrityFailure):
            for _ in range(3):
                window.workers()
                window.people.search("kind")
                window.verify_audit()
    finally:
        window.close()


def test_a_passphrase_changed_elsewhere_locks_the_old_one_out_at_the_next_unlock(
    vault: Path, writer: Writer
) -> None:
    """Anna's read-only window stays open while her writer window changes her passphrase;
    her read-only window locks itself (auto-lock = close) and she unlocks it again: the old
    passphrase no longer opens anything, the new one does. (atk28: a passphrase change renews
    the data key, as a removal does — the window opened with the old passphrase stops
    reading with the same plain "re-encrypted elsewhere" as after a removal.)"""
    window = Service.open(vault, ANNA, read_only=True)
    try:
        writer.do("passphrase")
        writer.do("write")
        with pytest.raises(VaultError) as stopped:
            _names(window)
        assert "opnieuw versleuteld" in user_text(stopped.value)
    finally:
        window.close()  # the auto-lock
    with pytest.raises(WrongPassphrase):
        Service.open(vault, ANNA, read_only=True)
    again = Service.open(vault, "anna kiest een nieuwe lange zin", read_only=True)
    again.close()
