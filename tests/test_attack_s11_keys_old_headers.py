"""Session 11: key files from before per-slot key pairs (the saved vaults v1–v16 in tests/data,
and colleagues added by an older app). A slot gets its key pair at its worker's next unlock;
a removal while some remaining slot has none cannot hand that slot a new master key. Then
nobody is locked out: the data key is renewed as before, the remover is told in Dutch who
must open the vault once (and that a new recovery key is needed), and the master key is
renewed by itself at the first unlock after which every slot has a key pair."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from legacy_slots import as_an_older_app_wrote_it

from toestemming.clock import FixedClock
from toestemming.errors import HeaderCorrupt, WrongPassphrase
from toestemming.service import Service
from toestemming.store.header import KeyHeader, header_path, read_header

DATA = Path(__file__).resolve().parent / "data"
ANNA = "correct horse battery staple"  # every saved vault's
BERT = "bert opent de kluis zelden"
CARLA = "carla vertrekt naar een andere school"
# After every saved vault's last event: a clock behind the log opens read-only (log_clock.py).
START = datetime(2026, 12, 20, 9, 0, tzinfo=UTC)
SAVED = sorted(DATA.glob("vault_v*.tvault"), key=lambda p: int(p.stem.split("_v")[1]))
# Saved before per-slot key pairs (key file version 1: v1–v16); later ones carry key pairs.
LEGACY = [p for p in SAVED if b'"version": 2' not in header_path(p).read_bytes()]


def _copy(saved: Path, tmp_path: Path) -> Path:
    target = tmp_path / saved.name
    shutil.copy(saved, target)
    shutil.copy(header_path(saved), header_path(target))
    return target


def _carla_reads(copy: bytes, path: Path) -> bool:
    """What Carla gets from her copy of the key file and the current one."""
    master, _ = KeyHeader.from_bytes(copy).unlock_with_passphrase(CARLA)
    try:
        read_header(path).data_keys(master)
    except HeaderCorrupt:
        return False
    return True


@pytest.mark.parametrize("saved", LEGACY, ids=lambda p: p.stem)
def test_a_saved_vault_opens_and_its_slot_gets_a_key_pair(saved: Path, tmp_path: Path) -> None:
    path = _copy(saved, tmp_path)
    before = read_header(path)
    assert all(s.keys is None for s in before.slots)  # (what v1–v16 wrote)
    svc = Service.open(path, ANNA, clock=FixedClock(START))
    svc.close()
    after = read_header(path)
    anna = next(s for s in after.slots if s.kind == "passphrase")
    assert anna.keys is not None and anna.wrapped_master == b""
    assert after.master_generation == 1 and after.master_check
    assert b'"version": 2' in header_path(path).read_bytes()
    assert [s.keys for s in after.slots if s.kind == "recovery"] == [None]  # (nobody opened it)
    # Her key pair opens it again, and a wrong passphrase is still just that.
    again = Service.open(path, ANNA, clock=FixedClock(START))
    try:
        assert again.log_head_problems == []
    finally:
        again.close()
    with pytest.raises(WrongPassphrase):
        Service.open(path, "dit is niet de goede wachtzin", clock=FixedClock(START))


def test_a_removal_waits_for_old_slots_says_so_and_finishes_by_itself(tmp_path: Path) -> None:
    path = _copy(LEGACY[-1], tmp_path)
    anna = Service.open(path, ANNA, clock=FixedClock(START))
    try:
        anna.add_worker("Bert", BERT)
        anna.add_worker("Carla", CARLA)
    finally:
        anna.close()
    as_an_older_app_wrote_it(path, "Bert", BERT)  # (Bert was added by an older app)
    carlas_copy = header_path(path).read_bytes()
    data_generation = read_header(path).generation

    anna = Service.open(path, ANNA, clock=FixedClock(START))
    try:
        said = anna.remove_worker(next(w.id for w in anna.workers() if w.name == "Carla"))
    finally:
        anna.close()
    # Told, in Dutch, who must open the vault first and that a new recovery key is needed.
    assert said is not None
    assert "Bert" in said and "herstelsleutel" in said and "één keer openen" in said
    owing = read_header(path)
    assert owing.master_owed and owing.master_generation == 1
    assert owing.generation == data_generation + 1  # the data key was renewed all the same
    assert "Carla" not in {s.label for s in owing.slots}
    assert _carla_reads(carlas_copy, path)  # the gap the remover was told about

    bert = Service.open(path, BERT, clock=FixedClock(START))  # not locked out
    bert.close()
    waiting = read_header(path)
    assert next(s for s in waiting.slots if s.label == "Bert").keys is not None
    assert waiting.master_owed and waiting.master_generation == 1  # the recovery slot waits

    anna = Service.open(path, ANNA, clock=FixedClock(START))
    try:
        recovery = anna.renew_recovery_key()
    finally:
        anna.close()
    done = read_header(path)
    assert not done.master_owed and done.master_generation == 2
    assert not _carla_reads(carlas_copy, path)
    for passphrase in (ANNA, BERT):
        svc = Service.open(path, passphrase, clock=FixedClock(START))
        try:
            assert svc.log_head_problems == []
            assert [w.name for w in svc.workers() if w.active] == ["Anna", "Bert"]
        finally:
            svc.close()
    Service.open_with_recovery(path, recovery, clock=FixedClock(START)).close()


def test_a_removal_with_only_the_recovery_slot_old_names_only_the_recovery_key(
    tmp_path: Path,
) -> None:
    path = _copy(LEGACY[-1], tmp_path)
    anna = Service.open(path, ANNA, clock=FixedClock(START))
    try:
        anna.add_worker("Carla", CARLA)
        said = anna.remove_worker(next(w.id for w in anna.workers() if w.name == "Carla"))
        assert said is not None and "herstelsleutel" in said and "wachtwoordzin" not in said
        anna.renew_recovery_key()  # what the workers page offers right after a removal
        assert anna.vault.master_waits_for() == []
    finally:
        anna.close()
    assert read_header(path).master_generation == 2


def test_saved_vaults_of_both_kinds_exist_and_newer_ones_carry_key_pairs(tmp_path: Path) -> None:
    """The tests above need key files from before key pairs; the vaults saved since (v18 on)
    were written with them and open without a migration of their slots."""
    assert [p.stem for p in LEGACY][-1] == "vault_v16"
    newer = [p for p in SAVED if p not in LEGACY]
    assert newer, "a vault saved with key pairs"
    for saved in newer:
        header = read_header(saved)
        anna = next(s for s in header.slots if s.kind == "passphrase")
        assert anna.keys is not None and anna.wrapped_master == b""
        (tmp_path / saved.stem).mkdir()
        path = _copy(saved, tmp_path / saved.stem)
        svc = Service.open(path, ANNA, clock=FixedClock(START))
        try:
            assert svc.log_head_problems == []
        finally:
            svc.close()
        assert read_header(path).master_generation == header.master_generation
