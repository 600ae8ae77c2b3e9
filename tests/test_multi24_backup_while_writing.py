"""Session 21 (multi24): a backup made while the same window keeps writing.

The automatic backup (every few hours, and at close) runs on a pool thread (ui/vault_care.py)
while the worker goes on at the desk: new records, a worker removed (a new data key, the key
file changed), the passphrase changed. Another PROCESS cannot write meanwhile: it would need
the vault's writer lock, and a read-only window makes no backup (Backups.refused).

Each backup made during that traffic must be one moment of the vault: its database and key
file from the same moment or at least openable together, its manifest's event count the
copy's, restorable with the passphrase of its moment, and `check` clean on the restored copy.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest

from toestemming import cli
from toestemming.clock import FixedClock
from toestemming.errors import WrongPassphrase
from toestemming.service import Service
from toestemming.store.header import KdfParams

START = datetime.fromisoformat("2026-12-03T09:15:00+00:00")
PASS = "correct horse battery staple"
NEW = "een heel ander lang wachtwoord voor later"


def test_backups_made_while_the_desk_writes_and_renews_keys_restore_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, FixedClock(START), kdf=KdfParams())
    for n in range(3):
        svc.add_worker(f"Medewerker{n}", f"medewerker {n} heeft een lang wachtwoord")
    backups = tmp_path / "kopieen"
    backups.mkdir()
    made: list[Path] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def backing_up() -> None:  # (the pool thread of the automatic backup)
        try:
            n = 0
            while not stop.is_set() and n < 6:
                out = backups / f"kopie{n}.tbackup"
                svc.backups.create(out)
                made.append(out)
                n += 1
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=backing_up)
    thread.start()
    try:
        for n in range(18):
            svc.people.add_youth(given_name=f"Kind{n}", family_name="Aa", birth_date="2010-01-01")
            if n in (3, 9, 15):
                who = next(w for w in svc.workers() if w.active and w.name.startswith("Medewerker"))
                svc.remove_worker(who.id)  # new data key, key file rewritten
            if n == 6:
                svc.rotate_data_key()
            if n == 12:
                svc.change_passphrase(PASS, NEW)
    finally:
        stop.set()
        thread.join(120)
        svc.close()
    assert not errors, errors
    assert len(made) >= 2

    restored = tmp_path / "terug"
    restored.mkdir()
    for n, backup in enumerate(made):
        target = restored / f"kluis{n}.tvault"
        try:  # (the passphrase of the backup's moment)
            report, word = Service.restore_backup(backup, target, PASS), PASS
        except WrongPassphrase:
            report, word = Service.restore_backup(backup, target, NEW), NEW
        copy = Service.open(target, word, clock=FixedClock(START))
        try:
            events = int(copy.vault.db.scalar("SELECT count(*) FROM events"))
            assert report.events <= events  # (opening may settle a key change: one event more)
            youths = int(copy.vault.db.scalar("SELECT count(*) FROM youths"))
            added = int(
                copy.vault.db.scalar("SELECT count(*) FROM events WHERE kind = 'youth.added'")
            )
            assert youths == added  # one moment: no row without its event, no event without it
            assert copy.verify_audit().ok
        finally:
            copy.close()
        monkeypatch.setenv("TOESTEMMING_PASSPHRASE", word)
        capsys.readouterr()
        code = cli.main(["check", "--vault", str(target)])
        said = capsys.readouterr()
        assert code == 0, said.out + said.err
