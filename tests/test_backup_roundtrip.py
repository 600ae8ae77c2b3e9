"""Backups: one verified file; restore into a new place, verified before use; tampering refused.

Real vaults, real files; the clock is a FixedClock so "older than N days" needs no waiting."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from records_support import MARKERS, hits, populate, table_dump

from toestemming.backup import DB_MEMBER, KEYS_MEMBER, MANIFEST, SEAL, read_manifest
from toestemming.clock import FixedClock
from toestemming.errors import IntegrityFailure, ValidationError, VaultError, WrongPassphrase
from toestemming.service import Service
from toestemming.store.db import FAST_READ
from toestemming.store.header import KdfParams

PASS = "correct horse battery staple"


@pytest.fixture
def world(tmp_path: Path, clock: FixedClock) -> Iterator[tuple[Service, str, Path]]:
    svc, recovery = Service.create(
        tmp_path / "kluis.tvault", "Testschool", "Anna de Tester", PASS, clock, kdf=KdfParams()
    )
    populate(svc)
    try:
        yield svc, recovery, tmp_path
    finally:
        svc.close()


def _restored(path: Path, clock: FixedClock) -> Service:
    return Service.open(path, PASS, clock=clock, check=True)


def test_round_trip_is_equal_and_the_chain_verifies(
    world: tuple[Service, str, Path], clock: FixedClock
) -> None:
    svc, _, tmp = world
    svc.checkpoint()
    before = table_dump(svc)
    info = svc.backups.create(tmp / "kopie.tbackup")
    assert info.path.is_file() and info.size == info.path.stat().st_size
    assert hashlib.sha256(info.path.read_bytes()).hexdigest() == info.sha256
    assert info.events == before["events"][-1][0]

    (tmp / "terug").mkdir()
    report = Service.restore_backup(info.path, tmp / "terug" / "kluis.tvault", PASS)
    assert report.events == info.events
    assert "gecontroleerd" in report.describe()
    again = _restored(tmp / "terug" / "kluis.tvault", clock)
    try:
        assert again.health_report is not None and again.health_report.ok
        assert not again.read_only
        assert again.verify_audit(deep=True).ok
        assert table_dump(again) == before  # every row of every table, byte for byte
        assert again.people.youth(1).given_name == MARKERS["given"]
    finally:
        again.close()


def test_backup_is_recorded_only_after_verification(
    world: tuple[Service, str, Path], clock: FixedClock
) -> None:
    svc, _, tmp = world
    assert svc.backups.status().last_verified_at is None
    assert svc.backups.status().overdue
    events_before = int(svc.vault.db.scalar("SELECT count(*) FROM events"))
    svc.backups.create(tmp / "a.tbackup")
    status = svc.backups.status()
    assert status.last_verified_at == clock.now() and not status.overdue
    kinds = [r[0] for r in svc.vault.db.query("SELECT kind FROM events ORDER BY seq")]
    assert len(kinds) == events_before + 1 and kinds[-1] == "backup.verified"
    assert svc.verify_audit().ok


def test_warning_after_n_days(world: tuple[Service, str, Path], clock: FixedClock) -> None:
    svc, _, tmp = world
    svc.backups.create(tmp / "a.tbackup")
    clock.advance(timedelta(days=7))
    assert not svc.backups.status().overdue  # exactly 7 days: not yet older than 7
    clock.advance(timedelta(minutes=1))
    status = svc.backups.status()
    assert status.overdue
    assert "ouder dan 7 dagen" in status.message()
    assert "older than 7 days" in status.message().text_in("en")  # an English desk
    svc.backups.set_warn_after_days(30)
    assert not svc.backups.status().overdue
    for bad in (0, 366, -1, True, "7"):
        with pytest.raises(ValidationError):
            svc.backups.set_warn_after_days(bad)  # type: ignore[arg-type]


def test_file_layout_and_no_personal_data_outside_the_ciphertext(
    world: tuple[Service, str, Path],
) -> None:
    svc, _, tmp = world
    info = svc.backups.create(tmp / "a.tbackup")
    raw = info.path.read_bytes()
    assert hits(raw) == []  # names, school, notes, evidence: all inside the encrypted copy
    with zipfile.ZipFile(info.path) as zf:
        assert sorted(zf.namelist()) == sorted([MANIFEST, SEAL, DB_MEMBER, KEYS_MEMBER])
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
        manifest = json.loads(zf.read(MANIFEST))
    assert manifest["vault_id"] == svc.vault.vault_id
    assert "Testschool" not in json.dumps(manifest)  # not even the organisation
    assert read_manifest(info.path).events == info.events
    assert info.path.stat().st_mode & 0o077 == 0  # readable by the owner only


def test_existing_target_is_never_overwritten(world: tuple[Service, str, Path]) -> None:
    svc, _, tmp = world
    (tmp / "bestaat.tbackup").write_bytes(b"iets anders")
    events = svc.vault.db.scalar("SELECT count(*) FROM events")
    with pytest.raises(ValidationError) as exc:
        svc.backups.create(tmp / "bestaat.tbackup")
    assert "nieuwe naam" in exc.value.message
    with pytest.raises(ValidationError):
        svc.backups.create(tmp / "geen-map" / "a.tbackup")
    assert (tmp / "bestaat.tbackup").read_bytes() == b"iets anders"
    assert svc.vault.db.scalar("SELECT count(*) FROM events") == events
    assert svc.backups.status().last_verified_at is None


def test_restore_with_the_recovery_key(world: tuple[Service, str, Path], clock: FixedClock) -> None:
    svc, recovery, tmp = world
    info = svc.backups.create(tmp / "a.tbackup")
    Service.restore_backup(info.path, tmp / "r.tvault", recovery_key=recovery)
    again = _restored(tmp / "r.tvault", clock)
    again.close()


def test_restore_refuses_an_existing_place_and_a_wrong_passphrase(
    world: tuple[Service, str, Path],
) -> None:
    svc, _, tmp = world
    info = svc.backups.create(tmp / "a.tbackup")
    with pytest.raises(ValidationError) as exc:
        Service.restore_backup(info.path, svc.vault.path, PASS)
    assert "nieuwe plek" in exc.value.message
    with pytest.raises(WrongPassphrase):
        Service.restore_backup(info.path, tmp / "r.tvault", "niet de goede wachtwoordzin")
    assert _leftovers(tmp) == []


def _leftovers(directory: Path) -> list[str]:
    """Anything a refused restore could have left: the target, its header, scratch folders."""
    return sorted(
        p.name for p in directory.iterdir() if p.name.startswith(("r.tvault", ".r.tvault"))
    )


def _rewrite(src: Path, dst: Path, change: dict[str, bytes], drop: str = "") -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_STORED) as zout:
        for name in zin.namelist():
            if name != drop:
                zout.writestr(name, change.get(name, zin.read(name)))


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def _tampered_variants(src: Path, tmp: Path) -> Iterator[tuple[str, Path]]:
    with zipfile.ZipFile(src) as zf:
        db, keys, manifest = zf.read(DB_MEMBER), zf.read(KEYS_MEMBER), zf.read(MANIFEST)
    doc = json.loads(manifest)

    def rehash(new_db: bytes) -> bytes:  # an attacker recomputes the published hashes
        d = json.loads(manifest)
        d["files"][DB_MEMBER] = {"sha256": hashlib.sha256(new_db).hexdigest(), "size": len(new_db)}
        return json.dumps(d, indent=2, sort_keys=True).encode()

    page = FAST_READ.page_size
    cases: dict[str, dict[str, bytes]] = {
        "byte in page 3, hashes not updated": {DB_MEMBER: _flip(db, 3 * page + 100)},
        "byte in page 2, hashes recomputed": {
            DB_MEMBER: _flip(db, 2 * page + 7),
            MANIFEST: rehash(_flip(db, 2 * page + 7)),
        },
        "database truncated, hashes recomputed": {
            DB_MEMBER: db[: len(db) // 2],
            MANIFEST: rehash(db[: len(db) // 2]),
        },
        "event count in manifest": {
            MANIFEST: json.dumps(
                {**doc, "audit": {**doc["audit"], "events": doc["audit"]["events"] - 1}},
                indent=2,
                sort_keys=True,
            ).encode()
        },
        "key header edited": {KEYS_MEMBER: keys.replace(b'"generation": 1', b'"generation": 2')},
        "seal replaced": {SEAL: bytes(32)},
    }
    for n, (what, change) in enumerate(cases.items()):
        out = tmp / f"t{n}.tbackup"
        _rewrite(src, out, change)
        yield what, out
    out = tmp / "zonder-sleutels.tbackup"
    _rewrite(src, out, {}, drop=KEYS_MEMBER)
    yield "key header missing", out
    out = tmp / "afgekapt.tbackup"
    out.write_bytes(src.read_bytes()[: src.stat().st_size * 2 // 3])
    yield "file truncated", out
    out = tmp / "geen-zip.tbackup"
    out.write_bytes(b"PK\x03\x04" + bytes(500))
    yield "not a zip", out


def test_a_tampered_backup_is_refused_and_nothing_appears(
    world: tuple[Service, str, Path],
) -> None:
    svc, _, tmp = world
    good = svc.backups.create(tmp / "goed.tbackup").path
    seen = 0
    for what, bad in _tampered_variants(good, tmp):
        with pytest.raises((IntegrityFailure, VaultError)) as exc:
            Service.restore_backup(bad, tmp / "r.tvault", PASS)
        message = exc.value.message
        assert "reservekopie" in message.lower() or "sleutelbestand" in message.lower(), what
        assert _leftovers(tmp) == [], what
        seen += 1
    assert seen == 9
    Service.restore_backup(good, tmp / "r.tvault", PASS)  # the original is still fine


def test_read_manifest_without_passphrase_detects_damage(world: tuple[Service, str, Path]) -> None:
    svc, _, tmp = world
    good = svc.backups.create(tmp / "goed.tbackup").path
    bad = tmp / "slecht.tbackup"
    with zipfile.ZipFile(good) as zf:
        db = zf.read(DB_MEMBER)
    _rewrite(good, bad, {DB_MEMBER: _flip(db, 5000)})
    with pytest.raises(IntegrityFailure) as exc:
        read_manifest(bad)
    assert "beschadigd of gewijzigd" in exc.value.message


def test_restored_copy_of_a_copy(world: tuple[Service, str, Path], clock: FixedClock) -> None:
    """A restored vault is a full vault: it can be backed up and restored again."""
    svc, _, tmp = world
    first = svc.backups.create(tmp / "1.tbackup").path
    Service.restore_backup(first, tmp / "r1.tvault", PASS)
    again = _restored(tmp / "r1.tvault", clock)
    try:
        again.people.add_youth(given_name="Nieuw", family_name="Later", birth_date="01-01-2008")
        second = again.backups.create(tmp / "2.tbackup").path
        dump = table_dump(again)
    finally:
        again.close()
    Service.restore_backup(second, tmp / "r2.tvault", PASS)
    third = _restored(tmp / "r2.tvault", clock)
    try:
        restored = table_dump(third)
        assert restored["youths"] == dump["youths"]
        assert restored["events"] == dump["events"][: len(restored["events"])]
    finally:
        third.close()


def test_automatic_backups_in_a_folder_keep_the_newest(
    world: tuple[Service, str, Path], clock: FixedClock
) -> None:
    svc, _, tmp = world
    assert svc.backups.create_in_folder() is None  # no folder chosen: nothing happens
    folder = tmp / "reservekopieen"
    with pytest.raises(ValidationError):
        svc.backups.set_folder(folder)
    folder.mkdir()
    svc.backups.set_folder(folder)
    assert svc.backups.folder() == folder
    stranger = folder / "toestemming-niet-van-ons.tbackup"
    stranger.write_bytes(b"iets anders")
    made = []
    for _ in range(3):
        info = svc.backups.create_in_folder(keep=2)
        assert info is not None
        made.append(info.path)
        clock.advance(timedelta(hours=1))
    assert sorted(folder.iterdir()) == sorted([stranger, *made[1:]])
    svc.backups.set_folder(None)
    assert svc.backups.folder() is None
    assert svc.verify_audit().ok


def test_automatic_backup_settings_are_one_transaction(
    world: tuple[Service, str, Path], clock: FixedClock
) -> None:
    svc, _, tmp = world
    folder = tmp / "kopieen"
    folder.mkdir()
    db = svc.vault.db

    def events() -> list[str]:
        return [str(r[0]) for r in db.query("SELECT kind FROM events ORDER BY seq")]

    before = events()
    assert svc.backups.keep_count() == 10
    assert svc.backups.configure(folder, 14, 3) is True
    assert events()[len(before) :] == ["backup.folder_set", "backup.policy_changed"]
    assert (svc.backups.folder(), svc.backups.warn_after_days(), svc.backups.keep_count()) == (
        folder,
        14,
        3,
    )
    # Saving the same settings again writes nothing.
    count = len(events())
    assert svc.backups.configure(folder, 14, 3) is False and len(events()) == count
    # One bad value: nothing of the call is written, not even the good parts.
    for keep in (0, 1001, True):
        with pytest.raises(ValidationError) as bad:
            svc.backups.configure(None, 30, keep)  # type: ignore[arg-type]
        assert bad.value.field == "keep" and "automatische reservekopieën" in bad.value.message
    assert svc.backups.folder() == folder and svc.backups.warn_after_days() == 14
    assert len(events()) == count
    # The stored count is what the automatic backup keeps.
    made = []
    for _ in range(5):
        info = svc.backups.create_in_folder()
        assert info is not None
        made.append(info.path)
        clock.advance(timedelta(hours=1))
    assert sorted(folder.iterdir()) == sorted(made[-3:])
    assert svc.verify_audit().ok


def test_backup_settings_change_while_the_folder_is_offline(
    world: tuple[Service, str, Path],
) -> None:
    svc, _, tmp = world
    share = tmp / "netwerkmap"
    share.mkdir()
    svc.backups.configure(share, 7, 10)
    share.rmdir()  # the network share is not reachable today
    svc.backups.set_warn_after_days(21)  # the unchanged folder is not checked again
    assert svc.backups.warn_after_days() == 21 and svc.backups.folder() == share
    with pytest.raises(ValidationError, match="bestaat niet"):
        svc.backups.configure(tmp / "elders", 21, 10)  # a new folder must exist
    assert svc.backups.folder() == share
