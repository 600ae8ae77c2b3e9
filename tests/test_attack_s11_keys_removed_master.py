"""Session 11: a removed worker who kept a copy of the key file.

The key file lies beside the vault on a shared folder; copying it is normal. Removing a
worker dropped their slot and renewed the data key, but the master key stayed: with their old
copy and their own passphrase the removed worker unwrapped the master key, and with it the
*new* data key from the current key file (still readable while IT has not revoked the share).
Now a removal renews the master key too, sealed to the remaining slots' X25519 public keys
(store/slot_keys.py). The attacker here is a real second process with only the files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import AccessRevoked, WrongPassphrase, user_text
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path, read_header

ANNA = "correct horse battery staple"
AHMED = "ahmed kiest zijn eigen lange zin"
SARA = "sara heeft ook een lange zin"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)

# The removed worker, with nothing but files: their old copy of the key file, the current key
# file and the current database. Prints what they got; never a traceback.
ATTACKER = r"""
import sys
from pathlib import Path
from toestemming.errors import ToestemmingError, user_text
from toestemming.store.db import Database
from toestemming.store.header import KeyHeader, read_header
from toestemming.store.vault import cipher_profile

old_copy, vault, passphrase = sys.argv[1:4]
try:
    old = KeyHeader.from_bytes(Path(old_copy).read_bytes())
    master, _ = old.unlock_with_passphrase(passphrase)  # their own slot, in their own copy
    current = read_header(Path(vault))
    key = current.data_keys(master)[0]  # the current data key, if the master key still fits
    db = Database.open(Path(vault), key, profile=cipher_profile(current), read_only=True)
    rows = db.query("SELECT count(*) FROM youths")
    print("READ", rows[0][0], flush=True)
except ToestemmingError as exc:
    print("REFUSED", user_text(exc), flush=True)
"""


def _attack(old_copy: Path, vault: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", ATTACKER, str(old_copy), str(vault), AHMED],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0
    return done.stdout.strip()


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, str]:
    """Anna made the vault; Ahmed and Sara work there. Ahmed keeps a copy of the key file
    (a copy of the shared folder, a backup on a USB stick). Returns (vault, copy, recovery)."""
    path = tmp_path / "kluis.tvault"
    svc, recovery = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    try:
        svc.add_worker("Ahmed", AHMED)
        svc.add_worker("Sara", SARA)
        svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()
    copy = tmp_path / "ahmeds-kopie.keys"
    shutil.copy(header_path(path), copy)
    return path, copy, recovery


def _remove_ahmed(path: Path) -> object:
    anna = Service.open(path, ANNA, clock=FixedClock(START))
    try:
        said = anna.remove_worker(next(w.id for w in anna.workers() if w.name == "Ahmed"))
        anna.people.add_youth(given_name="Twee", family_name="Kind", birth_date="02-02-2010")
        return said
    finally:
        anna.close()


def _names(path: Path, passphrase: str) -> list[str]:
    svc = Service.open(path, passphrase, clock=FixedClock(START))
    try:
        assert svc.log_head_problems == []  # the head was re-MAC'ed under the new master key
        assert svc.vault.log_head_authentic()
        return sorted(y.given_name for y in svc.people.search("kind"))
    finally:
        svc.close()


def test_before_the_removal_the_copy_reads_the_vault(office: tuple[Path, Path, str]) -> None:
    """The control: the attacker script does read with a key file that is current."""
    path, copy, _ = office
    assert _attack(copy, path) == "READ 1"


def test_a_removed_worker_with_an_old_key_file_copy_reads_nothing_current(
    office: tuple[Path, Path, str],
) -> None:
    path, copy, recovery = office
    assert _remove_ahmed(path) is None  # every slot had a key pair: nothing waits
    said = _attack(copy, path)
    assert said.startswith("REFUSED"), said  # on the old code: "READ 2"
    assert "beschadigd of gewijzigd" in said
    assert read_header(path).master_generation == 2
    # Everyone else opens, with everything in it; so does the recovery key.
    assert _names(path, ANNA) == ["Een", "Twee"]
    assert _names(path, SARA) == ["Een", "Twee"]
    svc = Service.open_with_recovery(path, recovery, clock=FixedClock(START))
    svc.close()


def test_their_old_slot_put_back_into_the_current_key_file_is_a_wrong_passphrase(
    office: tuple[Path, Path, str],
) -> None:
    """With write access to the share they splice their old slot into the current file: the
    slot opens (their passphrase, their copy) but gives the old master key, which the current
    header's master check refuses, as a wrong passphrase, before the database is touched."""
    path, copy, _ = office
    _remove_ahmed(path)
    old_slot = next(s for s in json.loads(copy.read_bytes())["slots"] if s["label"] == "Ahmed")
    current = json.loads(header_path(path).read_bytes())
    current["slots"].append(old_slot)
    header_path(path).write_text(json.dumps(current))
    with pytest.raises(WrongPassphrase) as refused:
        Service.open(path, AHMED, clock=FixedClock(START))
    assert "wachtwoordzin klopt niet" in user_text(refused.value)
    # (and with the master check blanked too: the seal in his old slot is bound to the master
    # key's previous generation, so it does not open either)
    current["master"]["check"] = ""
    header_path(path).write_text(json.dumps(current))
    with pytest.raises(WrongPassphrase):
        Service.open(path, AHMED, clock=FixedClock(START))


def test_a_public_key_swapped_in_the_key_file_does_not_receive_the_new_master(
    office: tuple[Path, Path, str],
) -> None:
    """Before being removed, Ahmed puts a public key of his own in Sara's slot, hoping the
    removal seals the new master key to it. Its MAC (under the master key) does not hold:
    the remover does not seal to it, and is told that Sara must open the vault first."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    path, _, _ = office
    own = X25519PrivateKey.generate()
    doc = json.loads(header_path(path).read_bytes())
    sara = next(s for s in doc["slots"] if s["label"] == "Sara")
    sara["x25519"]["public"] = own.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    header_path(path).write_text(json.dumps(doc))

    said = _remove_ahmed(path)
    assert said is not None and "Sara" in str(said)
    after = read_header(path)
    assert after.master_generation == 1 and after.master_owed
    assert _attack(path.parent / "ahmeds-kopie.keys", path).startswith("READ")  # (waits: told)


# -- a SIGKILL at each step of the removal ----------------------------------------------------

REMOVER = r"""
import os, signal, sys
from datetime import UTC, datetime
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.db import Database
from toestemming.store.vault import Vault

path, passphrase, point = sys.argv[1:4]
svc = Service.open(path, passphrase, clock=FixedClock(datetime(2026, 12, 4, 9, tzinfo=UTC)))  # START: a later open must not be behind the log (log_clock)
writes = []

def die():
    os.kill(os.getpid(), signal.SIGKILL)

remove_slot, replace_header, rekey = Vault.remove_slot, Vault._replace_header, Database.rekey

def killing_remove_slot(self, slot_id, *owed):
    if point == "commit":  # the database says inactive; the key file not yet touched
        die()
    return remove_slot(self, slot_id, *owed)

def killing_replace_header(self, *args, **kwargs):
    replace_header(self, *args, **kwargs)
    writes.append(1)
    if (point == "header" and len(writes) == 1) or (point == "finish" and len(writes) == 2):
        die()

def killing_rekey(self, key):
    rekey(self, key)
    if point == "rekey":
        die()

Vault.remove_slot = killing_remove_slot
Vault._replace_header = killing_replace_header
Database.rekey = killing_rekey
svc.remove_worker(next(w.id for w in svc.workers() if w.name == "Ahmed"))
print("not killed", flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")
@pytest.mark.parametrize("point", ["commit", "header", "rekey", "finish"])
def test_a_sigkill_at_each_step_of_the_removal_leaves_a_vault_that_keeps_him_out(
    office: tuple[Path, Path, str], point: str
) -> None:
    path, copy, recovery = office
    done = subprocess.run(
        [sys.executable, "-c", REMOVER, str(path), ANNA, point],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, (done.stdout, done.stderr)
    # Whatever step it died after, the log head on disk is authentic under the master key the
    # header's slots give (re-MAC'ed in the very write that renewed it).
    killed = read_header(path)
    master, _ = killed.unlock_with_passphrase(SARA)
    assert killed.log_head is not None and killed.log_head_authentic(master)

    # The remaining workers open (the first open finishes what the kill left) ...
    assert _names(path, SARA) == ["Een"]
    assert _names(path, ANNA) == ["Een"]
    svc = Service.open_with_recovery(path, recovery, clock=FixedClock(START))
    try:
        assert [w.name for w in svc.workers() if w.active] == ["Anna", "Sara"]
    finally:
        svc.close()
    # ... and the removed one does not, neither through the app nor from the files.
    with pytest.raises((WrongPassphrase, AccessRevoked)):
        Service.open(path, AHMED, clock=FixedClock(START))
    header = read_header(path)
    assert header.pending is None and header.master_generation == 2
    assert "Ahmed" not in {s.label for s in header.slots}
    assert _attack(copy, path).startswith("REFUSED")
