"""A restore or backup killed halfway (session 16): what it leaves on disk must be recovered
by the next open or restore, not just named.

Before: a restore SIGKILLed between writing the key file and renaming the database left a lone
`kluis.tvault.keys` at the target and the verified copy in a hidden scratch folder beside it.
Every later restore to that place was refused ("er staat al een kluis"), opening it failed,
and the scratch folder — a whole encrypted copy of the vault — stayed for good; so did the
one of every killed backup, one more per kill, until the disk was full.

Now: opening the target completes the rename (the copy was verified and marked before the key
file was written), a restore of the same backup to the same place is done again, a key file
that is not this backup's is never touched, and the next backup or restore removes the
scratch folders of killed processes — never one in use by a live process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.backup import restore_backup
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, ValidationError
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path

ANNA = "correct horse battery staple"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")

RESTORER = r"""
import os, signal, sys
from pathlib import Path
from toestemming.backup import restore_backup

backup, target, passphrase = sys.argv[1:4]
replace = os.replace

def killing_replace(src, dst, *args, **kwargs):
    if Path(dst) == Path(target):  # the key file is written; the database not yet renamed
        os.kill(os.getpid(), signal.SIGKILL)
    return replace(src, dst, *args, **kwargs)

os.replace = killing_replace
restore_backup(backup, target, passphrase)
print("not killed", flush=True)
"""

BACKER = r"""
import os, signal, sys, zipfile
from datetime import UTC, datetime
from toestemming.clock import FixedClock
from toestemming.service import Service

vault, out, passphrase = sys.argv[1:4]
svc = Service.open(vault, passphrase, clock=FixedClock(datetime(2026, 12, 4, 9, tzinfo=UTC)))
write = zipfile.ZipFile.write

def killing_write(self, *args, **kwargs):  # the copy made, the zip half written
    os.kill(os.getpid(), signal.SIGKILL)

zipfile.ZipFile.write = killing_write
svc.backups.create(out)
print("not killed", flush=True)
"""


def _scratch(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, int]:
    """A vault with a few events and its backup (in another folder)."""
    clock = FixedClock(START)
    path = tmp_path / "werk" / "kluis.tvault"
    path.parent.mkdir()
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Eerst", family_name="Kind", birth_date="01-01-2010")
        (tmp_path / "kopieen").mkdir()
        info = svc.backups.create(tmp_path / "kopieen" / "kopie.tbackup")
    finally:
        svc.close()
    return info.path, info.events


def _killed_restore(backup: Path, tmp_path: Path) -> Path:
    """A restore of `backup` to a new folder, SIGKILLed before its last rename: the target."""
    target = tmp_path / "terug" / "kluis.tvault"
    target.parent.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", RESTORER, str(backup), str(target), ANNA],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, (done.stdout, done.stderr)
    # The state the kill leaves: the key file alone, the verified copy in a scratch folder.
    assert header_path(target).is_file() and not target.exists()
    assert _scratch(target.parent)
    return target


def test_opening_after_a_killed_restore_completes_it(
    made: tuple[Path, int], tmp_path: Path
) -> None:
    backup, events = made
    target = _killed_restore(backup, tmp_path)
    svc = Service.open(target, ANNA, clock=FixedClock(START))
    try:
        assert int(svc.vault.db.scalar("SELECT count(*) FROM events")) == events
        assert svc.verify_audit().ok
        svc.people.add_youth(given_name="Daarna", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()
    assert _scratch(target.parent) == []


def test_restoring_again_after_a_killed_restore_works_and_leaves_nothing_behind(
    made: tuple[Path, int], tmp_path: Path
) -> None:
    backup, events = made
    target = _killed_restore(backup, tmp_path)
    report = restore_backup(backup, target, ANNA)
    assert report.events == events and target.is_file()
    assert _scratch(target.parent) == []
    Service.open(target, ANNA, clock=FixedClock(START)).close()


def test_a_key_file_that_is_not_this_backups_is_never_touched(
    made: tuple[Path, int], tmp_path: Path
) -> None:
    """Someone's real key file beside a vault file that is away (a sync not finished): a
    restore to that place is refused as before, and the key file stays as it was."""
    backup, _ = made
    clock = FixedClock(START)
    other = tmp_path / "ander" / "kluis.tvault"
    other.parent.mkdir()
    svc, _ = Service.create(other, "School", "Bea", ANNA, clock, kdf=KdfParams())
    svc.close()
    other.unlink()
    before = header_path(other).read_bytes()
    with pytest.raises(ValidationError):
        restore_backup(backup, other, ANNA)
    assert header_path(other).read_bytes() == before and not other.exists()


def test_a_killed_backups_scratch_goes_at_the_next_backup_but_not_one_in_use(
    made: tuple[Path, int], tmp_path: Path
) -> None:
    from toestemming.backup_file import workdir  # (s16: locked while in use)

    vault = tmp_path / "werk" / "kluis.tvault"
    folder = tmp_path / "kopieen"
    done = subprocess.run(
        [sys.executable, "-c", BACKER, str(vault), str(folder / "half.tbackup"), ANNA],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, (done.stdout, done.stderr)
    left = _scratch(folder)
    assert len(left) == 1 and not (folder / "half.tbackup").exists()
    with workdir(folder, "in-gebruik.tbackup") as busy:  # another backup, still running
        (busy / "deel").write_bytes(b"x")
        svc = Service.open(vault, ANNA, clock=FixedClock(START))
        try:
            svc.backups.create(folder / "volgende.tbackup")
        finally:
            svc.close()
        assert _scratch(folder) == [busy.name]  # the killed one went; the live one stays
        assert (busy / "deel").read_bytes() == b"x"
    assert _scratch(folder) == []


CONFIRMER = r"""
import json, os, resource, signal, sys
from datetime import UTC, datetime
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.service import Service

path, passphrase = sys.argv[1:3]
svc = Service.open(path, passphrase, clock=FixedClock(datetime(2026, 12, 4, 9, tzinfo=UTC)))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write returns EFBIG instead of killing
wal = path + "-wal"
limit = max(os.path.getsize(wal) if os.path.exists(wal) else 0, 8192)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    svc.clock_right.confirm()
    said = "recorded"
except ToestemmingError as exc:
    said = exc.message
except Exception as exc:  # any untyped error fails the test
    said = "UNTYPED " + type(exc).__name__
still = svc.clock_right.behind() is not None
print(json.dumps({"said": said, "still_read_only": still}), flush=True)
os._exit(0)
"""


def test_stating_the_clock_on_a_full_disk_writes_nothing_and_says_so(tmp_path: Path) -> None:
    """The statement is one transaction: on a disk that is full (a file-size limit in a
    child) it is refused in Dutch, the vault stays read-only for the clock, and after room
    is made it opens as it was and the statement can be made."""
    import json

    ahead = FixedClock(datetime(2026, 12, 5, 9, 0, tzinfo=UTC))  # a day ahead of START
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, ahead, kdf=KdfParams())
    svc.close()
    done = subprocess.run(
        [sys.executable, "-c", CONFIRMER, str(path), ANNA],
        capture_output=True,
        text=True,
        timeout=120,
    )
    said = json.loads(done.stdout.strip().splitlines()[-1])
    assert "UNTYPED" not in said["said"] and said["said"] != "recorded", said
    assert "schijf is vol" in said["said"] or "Lezen of schrijven" in said["said"], said
    assert said["still_read_only"]
    svc = Service.open(path, ANNA, clock=FixedClock(START), check=True)
    try:
        assert svc.health_report is not None and svc.health_report.ok
        kinds = [str(k) for (k,) in svc.vault.db.query("SELECT kind FROM events")]
        assert "clock.corrected" not in kinds
        assert svc.clock_right.confirm() is not None
    finally:
        svc.close()


PAUSED = r"""
import os, sys, time
from pathlib import Path
import toestemming.backup_file as bf
from toestemming.backup import restore_backup

backup, target, passphrase, ready, go = sys.argv[1:6]
write = bf.atomic_write

def paused_write(path, data):  # verified, about to place the key file: wait for the parent
    Path(ready).touch()
    while not Path(go).exists():
        time.sleep(0.01)
    return write(path, data)

bf.atomic_write = paused_write
restore_backup(backup, target, passphrase)
print("restored", flush=True)
"""


def test_two_restores_to_one_place_never_make_a_mixed_pair(tmp_path: Path) -> None:
    """Two workers restore two different backups to the same new path at the same moment.
    Before, both passed the 'nothing there yet' check; the key file of one and the database
    of the other could end up together — a vault that opens with neither. Now the second is
    refused in Dutch while the first is under way, and the first's vault opens."""
    clock = FixedClock(START)
    copies = tmp_path / "kopieen"
    copies.mkdir()
    backups = []
    for name in ("een", "twee"):
        path = tmp_path / name / "kluis.tvault"
        path.parent.mkdir()
        svc, _ = Service.create(path, name, "Anna", ANNA, clock, kdf=KdfParams())
        try:
            backups.append(svc.backups.create(copies / f"{name}.tbackup").path)
        finally:
            svc.close()
    target = tmp_path / "terug" / "kluis.tvault"
    target.parent.mkdir()
    ready, go = tmp_path / "klaar", tmp_path / "door"
    first = subprocess.Popen(
        [sys.executable, "-c", PAUSED, str(backups[0]), str(target), ANNA, str(ready), str(go)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while not ready.exists():
            assert first.poll() is None, first.communicate()
        with pytest.raises(ToestemmingError) as refused:
            restore_backup(backups[1], target, ANNA)
        assert "Traceback" not in str(refused.value)
    finally:
        go.touch()
        out, err = first.communicate(timeout=120)
    assert first.returncode == 0 and "restored" in out, err
    svc = Service.open(target, ANNA, clock=clock)
    try:
        assert svc._ctx.organisation == "een"
    finally:
        svc.close()
