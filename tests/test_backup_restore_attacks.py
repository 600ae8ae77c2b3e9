"""Restoring a damaged or hostile backup, tried as the file arrives from a failing USB stick or
an attacker: one flipped byte in the copy, the manifest, the seal, the key header, the local
headers, the central directory or the end record; a 1 GiB zip bomb; ten thousand members; a
disk too small. Each is refused with a Dutch sentence and leaves nothing at the target: no
database, no -wal/-shm, no .keys, no scratch folder. Before, a flipped byte in the copy ended
in a `BadZipFile: Bad CRC-32` traceback.

The CLI cases run `toestemming-cli restore` in a child process and measure its peak memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE, START
from records_support import populate
from test_faults_disk import small_disk
from zip_craft import GIB, flipped, layout, members, run_cli, stored, write_cases, zero_bomb

from toestemming.backup import DB_MEMBER, KEYS_MEMBER, MANIFEST, SEAL
from toestemming.backup_file import NO_SPACE, open_backup, read_manifest
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, VaultError
from toestemming.service import Service
from toestemming.store.header import KdfParams

MEMORY_BUDGET_MB = 200


@pytest.fixture(scope="module")
def backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A genuine backup of a vault with every kind of record in it."""
    tmp = tmp_path_factory.mktemp("kopie")
    svc, _ = Service.create(
        tmp / "kluis.tvault", "Testschool", "Anna", PASSPHRASE, FixedClock(START), kdf=KdfParams()
    )
    try:
        populate(svc)
        path = svc.backups.create(tmp / "goed.tbackup").path
    finally:
        svc.close()
    return path


@pytest.fixture
def target_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "doel"
    folder.mkdir()
    return folder


def refused_and_nothing_left(bad: Path, target_dir: Path) -> str:
    with pytest.raises(ToestemmingError) as exc:
        Service.restore_backup(bad, target_dir / "terug.tvault", PASSPHRASE)
    message = exc.value.message
    assert "reservekopie" in message.lower(), message
    assert "Traceback" not in message and "BadZipFile" not in message
    assert list(target_dir.iterdir()) == []  # no file, -wal, -shm, .keys or scratch folder
    return message


def positions(data: bytes, genuine: dict[str, bytes]) -> dict[str, int]:
    """Bytes that matter, by what they are (offsets from zip_craft.layout)."""
    at = layout(data)

    def start(name: str) -> int:  # first byte of a member's data (no extra fields here)
        return at[f"local:{name}"] + 30 + len(name)

    db_size = len(genuine[DB_MEMBER])
    return {
        "copy, first byte": start(DB_MEMBER),
        "copy, middle": start(DB_MEMBER) + db_size // 2,
        "copy, last byte": start(DB_MEMBER) + db_size - 1,
        "manifest, audit head": start(MANIFEST) + 100,
        "manifest, last byte": start(MANIFEST) + len(genuine[MANIFEST]) - 1,
        "seal": start(SEAL) + 7,
        "key header": start(KEYS_MEMBER) + 40,
        "local header, name of the copy": at[f"local:{DB_MEMBER}"] + 31,
        "local header, CRC of the manifest": at[f"local:{MANIFEST}"] + 14,
        "local header, size of the key header": at[f"local:{KEYS_MEMBER}"] + 22,
        "directory, CRC of the copy": at[f"central:{DB_MEMBER}"] + 16,
        "directory, compressed size of the copy": at[f"central:{DB_MEMBER}"] + 20,
        "directory, size of the copy": at[f"central:{DB_MEMBER}"] + 25,
        "directory, method of the seal": at[f"central:{SEAL}"] + 10,
        "directory, name of the manifest": at[f"central:{MANIFEST}"] + 46,
        "directory, offset of the copy": at[f"central:{DB_MEMBER}"] + 42,
        "directory, encryption flag": at[f"central:{KEYS_MEMBER}"] + 8,
        "end record, member count": at["end"] + 10,
        "end record, directory offset": at["end"] + 16,
        "end record, directory size": at["end"] + 12,
    }


def test_one_flipped_byte_is_refused_and_leaves_nothing(
    backup: Path, target_dir: Path, tmp_path: Path
) -> None:
    data = backup.read_bytes()
    for what, at in positions(data, members(backup)).items():
        bad = tmp_path / "kapot.tbackup"
        bad.write_bytes(flipped(data, at))
        message = refused_and_nothing_left(bad, target_dir)
        assert message.startswith(("De reservekopie", "Deze reservekopie", "Dit bestand")), (
            what,
            message,
        )
    # The genuine file still restores into the same folder.
    report = Service.restore_backup(backup, target_dir / "terug.tvault", PASSPHRASE)
    assert report.path.is_file()


def test_a_flipped_header_byte_is_refused_or_changes_nothing(backup: Path, tmp_path: Path) -> None:
    """Every byte of every local header, the directory and the end record, read without a
    passphrase: refused with a Dutch sentence, or every member exactly as it was (a flipped
    timestamp or attribute changes nothing anyone reads)."""
    data = backup.read_bytes()
    genuine = members(backup)
    at = layout(data)
    header_bytes: list[int] = []
    for name in genuine:
        header_bytes += range(at[f"local:{name}"], at[f"local:{name}"] + 30 + len(name))
    header_bytes += range(at["dir"], len(data))
    outcomes = {"refused": 0, "unchanged": 0}
    bad = tmp_path / "kapot.tbackup"
    for pos in header_bytes:
        bad.write_bytes(flipped(data, pos))
        try:
            with open_backup(bad) as zf:
                got = {n: zf.read(n) for n in zf.names()}
        except ToestemmingError as exc:
            assert "reservekopie" in exc.message.lower(), (pos, exc.message)
            outcomes["refused"] += 1
            continue
        assert got == genuine, pos
        outcomes["unchanged"] += 1
    assert outcomes["refused"] > 2 * outcomes["unchanged"] > 0, outcomes


def test_read_manifest_stops_a_flipped_copy_without_a_passphrase(
    backup: Path, tmp_path: Path
) -> None:
    data = backup.read_bytes()
    bad = tmp_path / "kapot.tbackup"
    bad.write_bytes(flipped(data, positions(data, members(backup))["copy, middle"]))
    with pytest.raises(ToestemmingError) as exc:
        read_manifest(bad)
    assert "'kluis.tvault' klopt niet met zijn controlesom" in exc.value.message


def test_a_disk_too_small_is_refused_before_anything_is_written(
    backup: Path, tmp_path: Path
) -> None:
    """The copy (about 1 MB) does not fit on a 1 MB disk: refused from the sizes the backup
    declares, before the scratch folder is even made."""
    with small_disk(tmp_path / "klein", "1m") as disk:
        with pytest.raises(VaultError) as exc:
            Service.restore_backup(backup, disk / "terug.tvault", PASSPHRASE)
        assert exc.value.message == NO_SPACE
        assert list(disk.iterdir()) == []


# -- hostile backups through the CLI, in a child process -----------------------------------
@pytest.fixture(scope="module")
def hostile(backup: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Backups built around the genuine manifest, seal and key header."""
    tmp = tmp_path_factory.mktemp("vijandig")
    real = members(backup)
    small = [stored(n, real[n]) for n in (MANIFEST, SEAL, KEYS_MEMBER)]
    lying_stored = stored(DB_MEMBER, b"\0" * 4096)
    lying_stored.size = lying_stored.compress_size = GIB  # says 1 GiB, has 4 kB
    manifest_bomb = zero_bomb(MANIFEST, GIB)
    cases = {
        "copy is a 1 GiB deflate bomb": [*small, zero_bomb(DB_MEMBER, GIB)],
        "manifest is a 1 GiB deflate bomb": [
            manifest_bomb,
            *small[1:],
            stored(DB_MEMBER, real[DB_MEMBER]),
        ],
        "copy declares 1 GiB it does not have": [*small, lying_stored],
        "ten thousand members": [
            *small,
            stored(DB_MEMBER, real[DB_MEMBER]),
            *(stored(f"x/{n}", b"") for n in range(10_000)),
        ],
        "the copy twice": [
            *small,
            stored(DB_MEMBER, b"\0" * 4096),
            stored(DB_MEMBER, real[DB_MEMBER]),
        ],
        "a path out of the folder": [*small, stored("../../kluis.tvault", real[DB_MEMBER])],
    }
    return write_cases(tmp, cases, ".tbackup")


def test_hostile_backups_through_the_cli(hostile: dict[str, Path], target_dir: Path) -> None:
    for what, path in hostile.items():
        run = run_cli(["restore", str(path), "--to", str(target_dir / "terug.tvault")], PASSPHRASE)
        assert run.returncode == 2, (what, run.stderr)  # 2: an error, nothing was done
        assert "Traceback" not in run.stderr, what
        lines = run.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("Fout: "), (what, lines)
        assert "reservekopie" in lines[0].lower(), (what, lines)
        assert run.peak_mb < MEMORY_BUDGET_MB, (what, run.peak_mb)
        assert list(target_dir.iterdir()) == [], what


def test_a_flipped_byte_through_the_cli(backup: Path, target_dir: Path, tmp_path: Path) -> None:
    data = backup.read_bytes()
    bad = tmp_path / "kapot.tbackup"
    bad.write_bytes(flipped(data, positions(data, members(backup))["copy, middle"]))
    run = run_cli(["restore", str(bad), "--to", str(target_dir / "terug.tvault")], PASSPHRASE)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr == (
        "Fout: De reservekopie is beschadigd of gewijzigd: 'kluis.tvault' klopt niet met zijn "
        "controlesom (CRC). Er is niets teruggezet; kies een andere reservekopie.\n"
    )
    assert list(target_dir.iterdir()) == []


@pytest.fixture(autouse=True)
def _no_leftovers_beside_the_backup(backup: Path) -> Iterator[None]:
    """Nothing a test does may leave files beside the genuine backup either."""
    before = sorted(p.name for p in backup.parent.iterdir())
    yield
    assert sorted(p.name for p in backup.parent.iterdir()) == before
