"""The command line on a vault whose clock is far ahead of its log (session 21, attack round 7).

Before: the desk asks today's date at unlock when the computer's clock is more than two months
past the log's last moment (usecases/clock_ahead.py), but the command line never held a vault:
a laptop whose clock jumped to a wrong year ran `toestemming set-tsa …` (or a scheduled
`backup`) and wrote events dated that year into the log, without a word. Once the clock was
right again the desk refused every write as "behind the log". There was no CLI way to confirm
the date, and nothing but the same wrong clock to judge it by.

Now: every command that writes holds the vault like the desk (nothing written; a backup is made
but not recorded) and names the way out, `toestemming confirm-clock --vandaag DD-MM-JJJJ`. A
configured timestamp authority is asked for its time first and shown; a date it contradicts is
refused. Run as a worker would, with the computer's real clock (the log is dated long before)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_attack_s14_cli_targets import _cli
from tsa_support import local_tsa

from toestemming.cli import main
from toestemming.clock import LOCAL_TZ, FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

ANNA = "correct horse battery staple"


def _quiet_vault(tmp_path: Path, days: int = 400, tsa: str | None = None) -> Path:
    """A vault last written `days` ago (by the clock of then), optionally with a TSA set."""
    clock = FixedClock(datetime.now(UTC) - timedelta(days=days))
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Stil", family_name="Kind", birth_date="01-01-2010")
        if tsa is not None:
            svc.trusted_time.set_url(tsa)
    finally:
        svc.close()
    return path


def _events(path: Path) -> list[tuple[str, str, dict[str, object]]]:
    svc = Service.open(path, ANNA, read_only=True)
    try:
        return [
            (str(at), str(kind), json.loads(body)["data"])
            for at, kind, body in svc.vault.db.query(
                "SELECT at, kind, body FROM events ORDER BY seq"
            )
        ]
    finally:
        svc.close()


def _today() -> str:
    return f"{datetime.now(LOCAL_TZ):%d-%m-%Y}"


@pytest.fixture
def passphrase() -> Iterator[None]:
    os.environ["TOESTEMMING_PASSPHRASE"] = ANNA
    try:
        yield
    finally:
        del os.environ["TOESTEMMING_PASSPHRASE"]


def test_a_cli_write_on_a_clock_far_ahead_is_refused_with_the_way_out(tmp_path: Path) -> None:
    path = _quiet_vault(tmp_path)
    before = _events(path)
    done = _cli(["set-tsa", "--vault", str(path), "http://127.0.0.1:9/tsa"], ANNA)
    assert done.returncode == 2, done
    assert "Traceback" not in done.stderr
    assert "400 dagen na het laatste moment" in done.stderr
    assert "confirm-clock" in done.stderr and "--vandaag" in done.stderr
    assert _events(path) == before


def test_a_backup_is_made_but_not_recorded_while_the_date_is_unconfirmed(tmp_path: Path) -> None:
    path = _quiet_vault(tmp_path)
    before = _events(path)
    out = tmp_path / "kopie.tbackup"
    done = _cli(["backup", "--vault", str(path), "--out", str(out)], ANNA)
    assert done.returncode == 0, done
    assert out.exists()
    assert "ver na het laatste moment" in done.stdout
    assert _events(path) == before


def test_confirm_clock_asks_for_todays_date_and_records_it(tmp_path: Path) -> None:
    path = _quiet_vault(tmp_path)
    before = _events(path)
    asked = _cli(["confirm-clock", "--vault", str(path)], ANNA)
    assert asked.returncode == 2, asked
    assert "400 dagen later" in asked.stdout and "--vandaag" in asked.stderr
    wrong = (datetime.now(LOCAL_TZ) - timedelta(days=400)).strftime("%d-%m-%Y")
    refused = _cli(["confirm-clock", "--vault", str(path), "--vandaag", wrong], ANNA)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr, refused
    assert "Er is niets gewijzigd" in refused.stderr
    assert _events(path) == before
    said = _cli(["confirm-clock", "--vault", str(path), "--vandaag", _today()], ANNA)
    assert said.returncode == 0 and "Vastgelegd als gebeurtenis" in said.stdout, said
    assert [k for _, k, _ in _events(path)][len(before) :] == ["clock.ahead_confirmed"]
    works = _cli(["set-tsa", "--vault", str(path), "http://127.0.0.1:9/tsa"], ANNA)
    assert works.returncode == 0 and "confirm-clock" not in works.stderr, works
    assert _events(path)[-1][1] == "tsa.changed"


def test_a_timestamp_authority_that_disagrees_stops_the_confirmation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], passphrase: None
) -> None:
    """The laptop says today is a date 20 days later than the TSA's; the worker copies the
    date off the screen. The TSA's time is shown and the confirmation refused."""
    with local_tsa(at=datetime.now(UTC) - timedelta(days=20)) as tsa:
        path = _quiet_vault(tmp_path, tsa=tsa.url)
        before = _events(path)
        code = main(["confirm-clock", "--vault", str(path), "--vandaag", _today()])
    out = capsys.readouterr()
    assert code == 2, out
    assert "tijdstempeldienst (buiten deze computer) geeft als tijd" in out.out
    assert "De tijdstempeldienst geeft als tijd" in out.err and "Traceback" not in out.err
    assert _events(path) == before


def test_a_timestamp_authority_that_agrees_goes_into_the_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], passphrase: None
) -> None:
    with local_tsa(at=datetime.now(UTC)) as tsa:
        path = _quiet_vault(tmp_path, tsa=tsa.url)
        code = main(["confirm-clock", "--vault", str(path), "--vandaag", _today()])
    out = capsys.readouterr()
    assert code == 0, out
    last = _events(path)[-1]
    assert last[1] == "clock.ahead_confirmed" and "tsa" in last[2]
