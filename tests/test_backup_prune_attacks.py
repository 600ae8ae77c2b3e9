"""Automatic backups in a shared folder, tried as an attacker, a colleague with another vault
and a PC with a wrong clock would leave it: files dated in the future (forged, and genuine
copies renamed), another vault's backups, garbage and hostile zips under the automatic name,
a link to a backup elsewhere, the clock far in the past or the future. In every case the
genuine backups the policy keeps survive, the one just written always survives, and a file
that does not verify as ours is never deleted (byte for byte unchanged).

Before: pruning trusted each file's unsealed manifest, so three forged manifests dated 2099
took the three places of `keep` and every genuine backup was deleted, the new one included."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import PASSPHRASE, START
from zip_craft import GIB, build, deflated, members, stored, zero_bomb

from toestemming.backup import AUTO_PREFIX, DB_MEMBER, KEYS_MEMBER, MANIFEST, SEAL, SUFFIX
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "reservekopieen"
    path.mkdir()
    return path


@pytest.fixture
def svc(tmp_path: Path, clock: FixedClock, folder: Path) -> Iterator[Service]:
    service, _ = Service.create(
        tmp_path / "kluis.tvault", "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    service.people.add_youth(given_name="Sanne", family_name="Bakker", birth_date="01-01-2009")
    service.backups.configure(folder, 7, 3)
    try:
        yield service
    finally:
        service.close()


def genuine_backups(svc: Service, clock: FixedClock, n: int) -> list[Path]:
    """n automatic backups, an hour apart (keep is 3, so only the last three are left)."""
    made = []
    for _ in range(n):
        info = svc.backups.create_in_folder()
        assert info is not None
        made.append(info.path)
        clock.advance(timedelta(hours=1))
    return made


def snapshot(paths: list[Path]) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def untouched(before: dict[Path, str]) -> None:
    for path, digest in before.items():
        assert path.is_file(), path.name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, path.name


def automatic_name(folder: Path, when: datetime, tag: str = "") -> Path:
    return folder / f"{AUTO_PREFIX}{when:%Y-%m-%d-%H%M%S}{tag}{SUFFIX}"


def forged_copy(genuine: Path, out: Path, created: datetime) -> Path:
    """What an attacker without the key can do: copy a genuine backup and change its date,
    with the hashes recomputed; the seal cannot be recomputed."""
    parts = members(genuine)
    doc = json.loads(parts[MANIFEST])
    doc["created_at"] = created.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    parts[MANIFEST] = json.dumps(doc, indent=2, sort_keys=True).encode()
    out.write_bytes(build([stored(n, d) for n, d in parts.items()]))
    return out


def test_forged_backups_dated_in_the_future_delete_nothing(
    svc: Service, clock: FixedClock, folder: Path
) -> None:
    genuine = genuine_backups(svc, clock, 3)
    future = datetime(2099, 1, 1, tzinfo=UTC)
    forged = [
        forged_copy(genuine[0], automatic_name(folder, future + timedelta(days=d)), future)
        for d in range(5)
    ]
    strangers = snapshot(forged)
    newest = svc.backups.create_in_folder()
    assert newest is not None
    # keep = 3: the new one and the two newest genuine ones; the forged files stay as they were.
    untouched(strangers)
    assert sorted(folder.iterdir()) == sorted([*forged, *genuine[1:], newest.path])


def test_renamed_copies_of_a_genuine_backup_count_once(
    svc: Service, clock: FixedClock, folder: Path
) -> None:
    """Genuine copies carry their real, sealed date whatever their name says; they cannot take
    the places of other genuine backups."""
    genuine = genuine_backups(svc, clock, 3)
    far = datetime(2099, 1, 1, tzinfo=UTC)
    copies = []
    for d in range(4):
        copy = automatic_name(folder, far + timedelta(days=d))
        copy.write_bytes(genuine[2].read_bytes())
        copies.append(copy)
    newest = svc.backups.create_in_folder()
    assert newest is not None
    assert sorted(folder.iterdir()) == sorted([*copies, genuine[1], genuine[2], newest.path])
    # Once genuine[2] is old enough to go, its copies go with it: they are the same backup.
    genuine_backups(svc, clock, 2)
    assert not any(p.exists() for p in [genuine[2], *copies])


def test_another_vaults_backups_are_left_alone(
    svc: Service, clock: FixedClock, folder: Path, tmp_path: Path
) -> None:
    other, _ = Service.create(
        tmp_path / "ander.tvault", "Andere school", "Bert", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        theirs = [
            other.backups.create(automatic_name(folder, START, f"-ander{n}")).path for n in range(4)
        ]
    finally:
        other.close()
    # And one of theirs whose manifest now names our vault: the seal still does not verify.
    ours_id = svc.vault.vault_id
    parts = members(theirs[0])
    doc = json.loads(parts[MANIFEST])
    doc["vault_id"] = ours_id
    doc["created_at"] = "2099-01-01T00:00:00.000000Z"
    parts[MANIFEST] = json.dumps(doc, indent=2, sort_keys=True).encode()
    claimed = automatic_name(folder, START, "-beweert-van-ons")
    claimed.write_bytes(build([stored(n, d) for n, d in parts.items()]))
    strangers = snapshot([*theirs, claimed])
    clock.advance(timedelta(hours=1))
    genuine = genuine_backups(svc, clock, 5)
    untouched(strangers)
    assert sorted(folder.iterdir()) == sorted([*theirs, claimed, *genuine[-3:]])


def test_garbage_and_hostile_files_under_the_automatic_name_are_left_alone(
    svc: Service, clock: FixedClock, folder: Path, tmp_path: Path
) -> None:
    bomb_parts = [stored(MANIFEST, b"{}"), stored(SEAL, bytes(32)), stored(KEYS_MEMBER, b"{}")]
    junk = {
        "leeg": b"",
        "onzin": b"dit is geen reservekopie" * 100,
        "half-zip": b"PK\x03\x04" + bytes(500),
        "bom": build([*bomb_parts, zero_bomb(DB_MEMBER, GIB)]),
        "tienduizend": build([stored(f"x/{n}", b"") for n in range(10_000)]),
        "dubbel": build([*bomb_parts, stored(MANIFEST, b"{}"), stored(DB_MEMBER, b"")]),
        "ingepakt": build([deflated(n, b"{}") for n in (MANIFEST, SEAL, KEYS_MEMBER, DB_MEMBER)]),
    }
    strangers = []
    for name, data in junk.items():
        path = automatic_name(folder, datetime(2099, 1, 1, tzinfo=UTC), f"-{name}")
        path.write_bytes(data)
        strangers.append(path)
    (folder / f"{AUTO_PREFIX}map{SUFFIX}").mkdir()  # a folder with the name: not a file
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    old = genuine_backups(svc, clock, 1)[0]
    kept_elsewhere = elsewhere / old.name
    old.rename(kept_elsewhere)
    link = automatic_name(folder, datetime(2099, 1, 1, tzinfo=UTC), "-link")
    link.symlink_to(kept_elsewhere)  # a link to a genuine old backup: neither it nor its target
    before = snapshot([*strangers, kept_elsewhere])
    genuine = genuine_backups(svc, clock, 5)
    untouched(before)
    assert link.is_symlink() and link.resolve() == kept_elsewhere
    assert (folder / f"{AUTO_PREFIX}map{SUFFIX}").is_dir()
    survivors = {p for p in folder.iterdir() if p.name.startswith(f"{AUTO_PREFIX}20")}
    assert survivors - set(strangers) - {link} == set(genuine[-3:])


def test_a_clock_far_in_the_past_deletes_no_genuine_backup(
    svc: Service, clock: FixedClock, folder: Path
) -> None:
    """Before: the new backup was dated 1999, so it was the oldest and was deleted at once,
    with the genuine ones kept. Now every genuine backup is dated after 'now' and is not
    acted on; the new one is the newest verified one and stays."""
    genuine = genuine_backups(svc, clock, 3)
    clock.set(datetime(1999, 12, 31, 23, 0, tzinfo=UTC))
    wrong = svc.backups.create_in_folder()
    assert wrong is not None
    assert sorted(folder.iterdir()) == sorted([*genuine, wrong.path])
    wrong_too = svc.backups.create_in_folder(keep=1)  # even keep=1 deletes nothing dated later
    assert wrong_too is not None
    assert sorted(folder.iterdir()) == sorted([*genuine, wrong_too.path])


def test_a_clock_far_in_the_future_then_put_right(
    svc: Service, clock: FixedClock, folder: Path
) -> None:
    """A backup made while the clock said 2099 is genuine, so it counts while the clock says
    2099; once the clock is right again it is dated after now and never acted on, and the
    genuine backups rotate as the policy says."""
    genuine = genuine_backups(svc, clock, 3)
    right = clock.now()
    clock.set(datetime(2099, 6, 1, tzinfo=UTC))
    future = svc.backups.create_in_folder()
    assert future is not None
    assert sorted(folder.iterdir()) == sorted([*genuine[1:], future.path])
    clock.set(right)
    later = genuine_backups(svc, clock, 4)
    assert sorted(folder.iterdir()) == sorted([future.path, *later[-3:]])


def test_keep_one_never_deletes_the_backup_just_written(
    svc: Service, clock: FixedClock, folder: Path
) -> None:
    genuine_backups(svc, clock, 2)
    newest = svc.backups.create_in_folder(keep=1)
    assert newest is not None
    assert list(folder.iterdir()) == [newest.path]


def test_backups_from_before_a_key_rotation_still_count_as_ours(
    svc: Service, clock: FixedClock, folder: Path
) -> None:
    """Their seal was made with the old data key; the backup's own key header wraps that key
    under the same master key, so they are recognised and pruned like the newer ones (else
    every removal of a worker, which renews the data key, would leave old copies for ever)."""
    genuine_backups(svc, clock, 3)
    svc.vault.rotate_data_key()
    after = genuine_backups(svc, clock, 4)
    assert sorted(folder.iterdir()) == sorted(after[-3:])


def test_backups_from_before_a_removal_still_count_as_ours(
    svc: Service, clock: FixedClock, folder: Path
) -> None:
    """A removal renews the master key too (store/slot_keys.py): the older backups' headers
    wrap their data keys under the master key of then, which the current header keeps wrapped
    under the new one; so they are still recognised and pruned, not left for ever."""
    svc.add_worker("Bert", "bert fietst naar de markt")
    genuine_backups(svc, clock, 3)
    svc.remove_worker(next(w.id for w in svc.workers() if w.name == "Bert"))
    assert svc.vault.header.master_generation == 2
    after = genuine_backups(svc, clock, 4)
    assert sorted(folder.iterdir()) == sorted(after[-3:])


def test_a_backup_header_of_another_vault_does_not_make_its_seal_ours(
    svc: Service, clock: FixedClock, folder: Path, tmp_path: Path
) -> None:
    """Someone copies another vault's backup in: its header wraps keys our master key cannot
    open, so it stays untouched whatever its date."""
    other, _ = Service.create(
        tmp_path / "ander.tvault", "Andere school", "Bea", "een heel andere lange zin", clock
    )
    foreign = other.backups.create(folder / "toestemming-auto-20261101-000000.tbackup")
    other.close()
    genuine_backups(svc, clock, 4)
    assert foreign.path.exists()
