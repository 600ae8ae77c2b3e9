"""review20: `toestemming confirm-clock` on a vault that is read-only for another reason than
the clock — here its file was put back to an older copy, so the log is shorter than its key
file says. It said "De klok … staat niet vóór het logboek: … de kluis kan gewoon worden
gebruikt" and exit 0: a worker then believes the vault is in order. Now the real reason is
said, nothing is recorded, and the exit code is not 0."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_attack_s16_clock_ahead import ANNA, RIGHT

from toestemming.cli import main
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams


def test_confirm_clock_on_a_vault_read_only_for_another_reason_says_that_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FixedClock(RIGHT)
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    svc.close()
    shutil.copyfile(path, tmp_path / "oud")
    svc = Service.open(path, ANNA, clock=clock)
    svc.people.add_youth(given_name="Later", family_name="Kind", birth_date="01-01-2010")
    events = int(svc.vault.db.scalar("SELECT count(*) FROM events"))
    svc.close()
    shutil.copyfile(tmp_path / "oud", path)  # the database put back, the key file kept

    os.environ["TOESTEMMING_PASSPHRASE"] = ANNA
    try:
        code = main(["confirm-clock", "--vault", str(path), "--ja"])
    finally:
        del os.environ["TOESTEMMING_PASSPHRASE"]
    out = capsys.readouterr()
    said = out.out + out.err
    assert code != 0, said
    assert "gewoon worden gebruikt" not in said
    assert "logboek" in out.err and "Traceback" not in said
    svc = Service.open(path, ANNA, clock=clock)
    try:
        assert int(svc.vault.db.scalar("SELECT count(*) FROM events")) < events  # nothing added
        assert svc.read_only
    finally:
        svc.close()
