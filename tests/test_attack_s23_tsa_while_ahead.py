"""A desk whose clock is far ahead, and the one thing that could tell it so (session 23, atk23).

Before: a laptop whose clock jumped months ahead holds the vault read-only until a worker
confirms today's date (usecases/clock_ahead.py). A configured timestamp authority is the
second opinion that stops a worker copying the wrong date off the screen — but a desk that had
none could not set one up: `toestemming set-tsa URL` writes, and the hold refused it. The only
way on was to confirm the date with nothing but the suspect clock to judge it by.

Now the FIRST TSA goes through the hold: it must answer, its time is shown beside the
computer's, the event is dated at the log's last moment (not by the clock in question, which
would lift the hold by itself), and the vault stays held, so `confirm-clock --vandaag` is then
checked against the TSA. Changing or switching off a TSA that is already set stays held: an
insider whose TSA contradicts the clock could otherwise switch it off and confirm."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_attack_s21_clock_ahead_cli import _events, _quiet_vault, _today, passphrase
from tsa_support import closed_port_url, local_tsa

from toestemming.cli import main

__all__ = ["passphrase"]  # (the fixture, from the s21 tests)

pytestmark = pytest.mark.usefixtures("passphrase")


def test_a_desk_far_ahead_sets_up_its_first_tsa_and_the_tsa_then_judges_the_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The laptop says a date 20 days after the TSA's; the worker first sets up the school's
    TSA (allowed), then copies the date off the screen (refused: the TSA disagrees)."""
    path = _quiet_vault(tmp_path)
    before = _events(path)
    with local_tsa(at=datetime.now(UTC) - timedelta(days=20)) as tsa:
        code = main(["set-tsa", "--vault", str(path), tsa.url])
        said = capsys.readouterr()
        assert code == 0, said
        assert "Traceback" not in said.err
        assert "Tijdstempeldienst ingesteld" in said.out and "confirm-clock" in said.out
        after = _events(path)
        assert [k for _, k, _ in after[len(before) :]] == ["tsa.changed"]
        at, _, data = after[-1]
        # Dated at the log's last moment, not by the suspect clock (that would lift the hold).
        assert at == before[-1][0]
        assert data["url"] == tsa.url and "tsa" in data
        # Still held: the date is not confirmed by setting up a TSA.
        code = main(["confirm-clock", "--vault", str(path), "--vandaag", _today()])
        out = capsys.readouterr()
    assert code == 2, out
    assert "De tijdstempeldienst geeft als tijd" in out.err and "Traceback" not in out.err
    assert _events(path) == after


def test_the_hold_stays_after_the_first_tsa(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _quiet_vault(tmp_path)
    with local_tsa(at=datetime.now(UTC)) as tsa:
        assert main(["set-tsa", "--vault", str(path), tsa.url]) == 0
    capsys.readouterr()
    after = _events(path)
    out = tmp_path / "kopie.tbackup"
    assert main(["backup", "--vault", str(path), "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "ver na het laatste moment" in said.out, said  # made, not recorded: still held
    assert _events(path) == after


@pytest.mark.parametrize("how", ["off", "other"])
def test_a_tsa_already_set_cannot_be_changed_or_switched_off_while_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    """The school's TSA says the laptop is 20 days ahead: switching it off (or pointing the
    vault at another one) before confirming the date is refused, nothing written."""
    with local_tsa(at=datetime.now(UTC) - timedelta(days=20)) as tsa:
        path = _quiet_vault(tmp_path, tsa=tsa.url)
        before = _events(path)
        with local_tsa(at=datetime.now(UTC)) as other:
            args = ["--off"] if how == "off" else [other.url]
            code = main(["set-tsa", "--vault", str(path), *args])
        said = capsys.readouterr()
    assert code == 2, said
    assert "Traceback" not in said.err
    assert "pas nadat de datum van vandaag is bevestigd" in said.err
    assert _events(path) == before


def test_a_tsa_that_does_not_answer_is_not_set_up_while_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _quiet_vault(tmp_path)
    before = _events(path)
    code = main(["set-tsa", "--vault", str(path), closed_port_url()])
    said = capsys.readouterr()
    assert code == 2, said
    assert "Traceback" not in said.err
    assert _events(path) == before
