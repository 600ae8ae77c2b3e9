"""Session 10: a removed worker who kept the recovery key.

The worker who makes a vault is shown its recovery key. Removing that worker renewed the data
key and took their slot out, but the recovery key still opened the vault — as a writer, with
no worker row to check — and a window opened with it may add a worker: the removed worker
could add themselves back under a new name. `renew_recovery_key` replaces the recovery slot;
after it the old key opens nothing, and a colleague's open read-only window is not fooled."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import VaultError, WrongPassphrase, user_text
from toestemming.service import Service
from toestemming.store.header import KdfParams, KeyHeader, header_path, read_header

PASS_ANNA = "correct horse battery staple"
PASS_BERT = "paarse olifant danst op het dak"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, str]:
    """Anna made the vault (and saw its recovery key); Bert works there too."""
    path = tmp_path / "kluis.tvault"
    svc, recovery = Service.create(
        path, "School", "Anna", PASS_ANNA, FixedClock(START), kdf=KdfParams()
    )
    svc.add_worker("Bert", PASS_BERT)
    svc.close()
    return path, recovery


def _remove_anna(path: Path) -> str:
    """Bert removes Anna and renews the recovery key (what the desk does after removing a
    worker who saw it); returns the new key."""
    bert = Service.open(path, PASS_BERT, clock=FixedClock(START))
    try:
        anna = next(w for w in bert.workers() if w.name == "Anna")
        bert.remove_worker(anna.id)
        return bert.renew_recovery_key()
    finally:
        bert.close()


def test_without_renewal_the_old_recovery_key_lets_a_removed_worker_back_in(
    office: tuple[Path, str],
) -> None:
    """What a removal alone leaves: the hole this file is about (kept as the reason)."""
    path, recovery = office
    bert = Service.open(path, PASS_BERT, clock=FixedClock(START))
    bert.remove_worker(next(w.id for w in bert.workers() if w.name == "Anna"))
    bert.close()

    back = Service.open_with_recovery(path, recovery, clock=FixedClock(START))
    try:
        assert not back.read_only  # a writer, with nobody's name on it
    finally:
        back.close()


def test_after_renewal_the_old_recovery_key_opens_nothing(office: tuple[Path, str]) -> None:
    path, old = office
    new = _remove_anna(path)

    with pytest.raises(WrongPassphrase) as refused:
        Service.open_with_recovery(path, old, clock=FixedClock(START))
    assert "herstelsleutel" in user_text(refused.value).lower()
    with pytest.raises(WrongPassphrase):
        Service.open_with_recovery(path, old, clock=FixedClock(START), read_only=True)
    # ... and the one Bert was shown does open it, with everything in it.
    svc = Service.open_with_recovery(path, new, clock=FixedClock(START))
    try:
        assert [w.name for w in svc.workers() if w.active] == ["Bert"]
        assert svc.verify_audit().ok
        kinds = [
            r[0] for r in svc.vault.db.query("SELECT kind FROM events ORDER BY seq DESC LIMIT 3")
        ]
        assert "vault.recovery_key_renewed" in kinds
        assert svc.integrity_problems() == []  # (the replay knows the new event)
    finally:
        svc.close()


def test_only_the_recovery_slot_changes(office: tuple[Path, str]) -> None:
    path, _ = office
    before = read_header(path)
    bert = Service.open(path, PASS_BERT, clock=FixedClock(START))
    try:
        bert.renew_recovery_key()
    finally:
        bert.close()
    after = read_header(path)

    def keep(h: KeyHeader) -> list[str]:
        return sorted(s.id for s in h.slots if s.kind != "recovery")

    assert keep(after) == keep(before)
    assert [s.id for s in after.slots if s.kind == "recovery"] != [
        s.id for s in before.slots if s.kind == "recovery"
    ]
    assert len([s for s in after.slots if s.kind == "recovery"]) == 1
    # Anna's passphrase still opens (nothing but the recovery key changed).
    Service.open(path, PASS_ANNA, clock=FixedClock(START)).close()


def test_a_window_opened_with_the_old_key_renews_it_and_goes_on(
    office: tuple[Path, str],
) -> None:
    """The legitimate use: everyone forgot their passphrase, the organisation opens with the
    recovery key — then renews it (it was just typed in somewhere) and keeps working."""
    path, old = office
    svc = Service.open_with_recovery(path, old, clock=FixedClock(START))
    try:
        new = svc.renew_recovery_key()
        svc.add_worker("Chris", "nieuwe zin voor een nieuwe collega")
    finally:
        svc.close()
    with pytest.raises(WrongPassphrase):
        Service.open_with_recovery(path, old, clock=FixedClock(START))
    Service.open_with_recovery(path, new, clock=FixedClock(START)).close()


def test_a_read_only_window_cannot_renew_it(office: tuple[Path, str]) -> None:
    """A removed worker's still-open read-only window (or anyone's) changes no key."""
    path, _ = office
    before = header_path(path).read_bytes()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom toestemming.service import Service\n"
            "s = Service.open(sys.argv[1], sys.argv[2]); print('open', flush=True)\n"
            "sys.stdin.read(); s.close()",
            str(path),
            PASS_BERT,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        reader = Service.open(path, PASS_ANNA, clock=FixedClock(START), read_only=True)
        try:
            with pytest.raises(VaultError) as refused:
                reader.renew_recovery_key()
            assert "alleen-lezen" in user_text(refused.value).lower()
        finally:
            reader.close()
    finally:
        holder.communicate("", timeout=120)
    header_now = read_header(path)
    assert [s.id for s in header_now.slots] == [s.id for s in KeyHeader.from_bytes(before).slots]


def test_a_renewal_elsewhere_is_not_undone_by_a_window_that_read_the_old_header(
    office: tuple[Path, str],
) -> None:
    """Compare-and-swap: a header changed on disk since this window read it is never
    overwritten with the window's older copy (which still held the old recovery slot)."""
    path, old = office
    bert = Service.open(path, PASS_BERT, clock=FixedClock(START))
    try:
        stale = bert.vault.header
        bert.renew_recovery_key()
        bert.vault.header = stale  # (as a second process that read the header earlier)
        with pytest.raises(VaultError):
            bert.add_worker("Dirk", "nog een andere zin voor dirk")
    finally:
        bert.vault.header = read_header(path)
        bert.close()
    with pytest.raises(WrongPassphrase):
        Service.open_with_recovery(path, old, clock=FixedClock(START))
