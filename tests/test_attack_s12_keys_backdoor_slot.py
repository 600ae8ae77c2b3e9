"""Session 12: a worker plants a slot of their own before being removed.

While still in, Ahmed holds the master key. The key file lies on the shared folder, so he can
add a slot to it himself: a second *recovery* slot (or one of a kind the program does not
know) with his own key pair, its public key MAC'ed under the master key — just as the program
makes them. `reconcile` only settles *passphrase* slots against the workers in the database,
and a removal sealed the new master key to every slot with an authentic key pair. So Anna
removed him, the master key was renewed — and sealed to his hidden slot too: with the current
key file he opened the vault again as a writer ("herstelsleutel"), and read everything new.

Now a removal seals only to slots the program can account for: the passphrase slots and ONE
recovery slot. A second recovery slot cannot be told from the genuine one, so the renewal
waits and the remover is told to renew the recovery key (which replaces every recovery slot);
a slot of an unknown kind is dropped; a second slot with a colleague's slot id (which
`reconcile` took for hers) makes the renewal wait for her, and her next unlock drops it —
the slot her passphrase opened is hers. Nobody who should be in is locked out."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import test_attack_s11_keys_removed_master as s11
from test_attack_s11_keys_removed_master import (  # the same office, the same removal
    AHMED,
    ANNA,
    SARA,
    START,
    _remove_ahmed,
)

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, WrongPassphrase
from toestemming.service import Service
from toestemming.store.header import (
    Slot,
    header_path,
    new_recovery_key,
    normalize_passphrase,
    normalize_recovery_key,
    read_header,
    write_header,
)

# The office of the s11 attack: Anna made the vault, Ahmed and Sara work there; "Een Kind".
Office = tuple[Path, Path, str]  # (vault, Ahmed's copy of the key file, recovery key)
office = s11.office


def _plant(path: Path, kind: str, secret: bytes) -> None:
    """Ahmed, still a worker, with nothing but the key file and his own passphrase."""
    header = read_header(path)
    master, _ = header.unlock_with_passphrase(AHMED)
    kdf = header.slots[0].kdf
    write_header(path, header.add_slot(master, kind, "herstelsleutel", secret, kdf))


def _ahmed_gets_the_data_key(path: Path, secret: bytes) -> bool:
    """Any slot of the current key file his secret opens, and the data key through it."""
    header = read_header(path)
    for slot in header.slots:
        try:
            master = header.unwrap_master(slot, secret)
            header.data_keys(master)
            return True
        except (ToestemmingError, ValueError):
            continue
    return False


def _opens(path: Path, passphrase: str) -> list[str]:
    svc = Service.open(path, passphrase, clock=FixedClock(START))
    try:
        assert svc.log_head_problems == []
        return sorted(y.given_name for y in svc.people.search("kind"))
    finally:
        svc.close()


def test_a_second_recovery_slot_planted_before_the_removal_gets_no_new_master(
    office: Office,
) -> None:
    path, _, recovery = office
    his_key = new_recovery_key()
    _plant(path, "recovery", normalize_recovery_key(his_key))
    assert _ahmed_gets_the_data_key(path, normalize_recovery_key(his_key))  # (before: in)

    said = _remove_ahmed(path)
    # The renewal waits for a new recovery key, and the remover is told so in Dutch.
    assert said is not None and "herstelsleutel" in said and "wachtwoordzin" not in said
    assert read_header(path).master_owed
    anna = Service.open(path, ANNA, clock=FixedClock(START))
    try:
        new_recovery = anna.renew_recovery_key()
    finally:
        anna.close()
    header = read_header(path)
    assert header.master_generation == 2 and not header.master_owed
    assert [s.kind for s in header.slots].count("recovery") == 1
    assert not _ahmed_gets_the_data_key(path, normalize_recovery_key(his_key))
    with pytest.raises(WrongPassphrase):
        Service.open_with_recovery(path, his_key, clock=FixedClock(START))
    # Nobody who should be in is out: Anna, Sara and the new recovery key open everything.
    assert _opens(path, ANNA) == ["Een", "Twee"]
    assert _opens(path, SARA) == ["Een", "Twee"]
    Service.open_with_recovery(path, new_recovery, clock=FixedClock(START)).close()
    with pytest.raises(WrongPassphrase):
        Service.open_with_recovery(path, recovery, clock=FixedClock(START))


def test_a_slot_of_an_unknown_kind_is_dropped_at_the_removal(office: Office) -> None:
    path, _, recovery = office
    secret = normalize_passphrase("ahmeds achterdeur blijft open staan")
    _plant(path, "reserve", secret)
    assert _ahmed_gets_the_data_key(path, secret)

    assert _remove_ahmed(path) is None  # nothing waits: the unknown slot is simply gone
    header = read_header(path)
    assert header.master_generation == 2
    assert sorted(s.kind for s in header.slots) == ["passphrase", "passphrase", "recovery"]
    assert not _ahmed_gets_the_data_key(path, secret)
    assert _opens(path, SARA) == ["Een", "Twee"]
    Service.open_with_recovery(path, recovery, clock=FixedClock(START)).close()


def test_the_copy_he_kept_of_the_planted_file_opens_nothing_current(
    office: Office, tmp_path: Path
) -> None:
    """The control that the attack needs the *current* file: his copy gives the old master."""
    path, _, _ = office
    his_key = new_recovery_key()
    _plant(path, "recovery", normalize_recovery_key(his_key))
    shutil.copy(header_path(path), tmp_path / "kopie.keys")
    _remove_ahmed(path)
    anna = Service.open(path, ANNA, clock=FixedClock(START))
    try:
        anna.renew_recovery_key()
    finally:
        anna.close()
    assert not _ahmed_gets_the_data_key(path, normalize_recovery_key(his_key))


def test_a_twin_of_a_colleagues_slot_waits_for_her_and_goes_when_she_opens(
    office: Office,
) -> None:
    """Ahmed plants a passphrase slot with Sara's slot id and name (first in the file), so
    `reconcile` takes it for hers and a removal sealed the new master key to it."""
    path, _, recovery = office
    header = read_header(path)
    master, _ = header.unlock_with_passphrase(AHMED)
    sara = next(s for s in header.slots if s.label == "Sara")
    secret = normalize_passphrase("ahmed doet zich voor als sara")
    twin = Slot(sara.id, "passphrase", "Sara", sara.kdf, os.urandom(16), os.urandom(12), b"")
    twin = header._keyed(twin, master, sara.kdf.derive(secret, twin.salt))
    write_header(path, replace(header, slots=(twin, *header.slots)))
    assert _ahmed_gets_the_data_key(path, secret)

    said = _remove_ahmed(path)
    assert said is not None and "Sara" in said  # she must open the vault once
    assert _opens(path, SARA) == ["Een", "Twee"]  # not locked out by the twin before hers
    header = read_header(path)
    assert header.master_generation == 2 and not header.master_owed
    assert [s.id for s in header.slots].count(sara.id) == 1
    assert not _ahmed_gets_the_data_key(path, secret)
    assert _opens(path, ANNA) == ["Een", "Twee"]
    assert _opens(path, SARA) == ["Een", "Twee"]
    Service.open_with_recovery(path, recovery, clock=FixedClock(START)).close()
