"""Session 31 (multi31): the open desk's "-wal" file removed from beside the vault.

A tidy-up script ("delete the leftover files"), a sync client that does not sync "-wal"
files and removes what it does not know, an antivirus quarantine: kluis.tvault-wal is gone
while the desk (a real second process, the writer) has the vault open, or moved aside. SQLite
writes on into the file it has open, which has no name any more. Then the laptop's battery
dies (SIGKILL).

Before: the desk said "saved" for every write after the removal — and every write since the
last checkpoint, from before the removal too, was gone with the process: the vault did not
even open ("Het logbestand naast de kluis (eindigend op -wal) ontbreekt … zet de laatste
reservekopie terug"), the work of the morning lost.

Now the writer notes its WAL's identity after each commit; when the WAL at that name is gone
or another, it copies everything into the vault file itself (a WAL checkpoint) before its
next write and after each commit from then on. A kill then loses nothing that was said to be
saved, the vault opens, and `check` says "in orde"."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from line_process import LineProcess

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)

DESK = r"""
import sys
from datetime import UTC, datetime
from toestemming.clock import FixedClock
from toestemming.service import Service
path, passphrase = sys.argv[1:3]
svc = Service.open(path, passphrase, clock=FixedClock(datetime(2026, 12, 4, 10, tzinfo=UTC)))
print("ready", flush=True)
for line in sys.stdin:
    svc.people.add_youth(given_name=line.strip(), family_name="Kind", birth_date="01-01-2010")
    print("done", flush=True)
"""


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, FixedClock(START), kdf=KdfParams())
    svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="01-01-2010")
    svc.close()
    yield path


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "toestemming.cli", "--vault", str(path), "check"],
        capture_output=True,
        text=True,
        env={**os.environ, "TOESTEMMING_PASSPHRASE": ANNA},
        timeout=300,
    )


@pytest.mark.skipif(os.name != "posix", reason="an open file removed: POSIX (Windows refuses)")
@pytest.mark.parametrize("how", ["deleted", "moved-aside"])
def test_a_desk_whose_wal_was_removed_loses_nothing_when_it_is_killed(
    vault: Path, tmp_path: Path, how: str
) -> None:
    desk = LineProcess(DESK, str(vault), ANNA)
    try:
        desk.do("Twee")  # saved before the removal: only in the WAL so far
        wal = Path(f"{vault}-wal")
        if how == "deleted":
            wal.unlink()
        else:
            aside = tmp_path / "opgeruimd"
            aside.mkdir()
            shutil.move(wal, aside / wal.name)
        desk.do("Drie")
        desk.do("Vier")
        desk.proc.send_signal(signal.SIGKILL)  # the battery
        desk.proc.wait(timeout=300)
    finally:
        desk.end()
    report = _check(vault)
    assert report.returncode == 0 and "in orde" in report.stdout, report.stdout + report.stderr
    again = Service.open(vault, ANNA, clock=FixedClock(START.replace(hour=10)))
    try:
        names = sorted(y.given_name for y in again.people.search("kind"))
        assert not again.read_only, again.vault.db.read_only_reason
    finally:
        again.close()
    assert names == ["Drie", "Een", "Twee", "Vier"]
