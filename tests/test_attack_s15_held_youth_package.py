"""`check --tegen PAKKET` (held_head.py, session 14) read the signed checkpoint only from a
request's package (`logboek/opnamebewijs.json` at the top). The package an organisation hands
out most when a consent is challenged is a youth's package (everything about one youth, asked
under AVG art. 15 by a parent or the youth): its checkpoint sits in its lists and its inner
packages. Held against such a package a rolled-back vault was not caught — the FG read "could
not be read as a proof package" for a genuine one, and a rollback went unnamed. Now the
youth package's checkpoint counts like a request package's: the vault it came from passes, a
rolled-back one is named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_attack_s14_rollback_held_head import (
    ANNA,
    START,
    _copy_pair,
    _new_vault_with_requests,
    _pair,
)

from toestemming.clock import FixedClock
from toestemming.service import Service


def _held(vault: Path, package: Path, clock: FixedClock) -> list[str]:
    svc = Service.open(vault, ANNA, clock=clock, check_only=True)
    try:
        return svc.held_head_problems([package])
    finally:
        svc.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def exported(tmp_path: Path, clock: FixedClock) -> tuple[Path, Path]:
    """(a vault whose older pair was kept in tmp/oud; a youth package exported after it)."""
    vault = tmp_path / "kluis.tvault"
    request = _new_vault_with_requests(vault, clock)
    _copy_pair(vault, tmp_path / "oud")
    svc = Service.open(vault, ANNA, clock=clock)
    try:
        youth = svc.consents.request(request).youth_id
        package = svc.forms.proof.export_youth_package(youth, tmp_path / "jongere.tbewijs")
        svc.people.add_youth(given_name="Later", family_name="Kind", birth_date="01-01-2010")
    finally:
        svc.close()
    return vault, package


def test_the_vault_a_youth_package_came_from_passes(
    exported: tuple[Path, Path], clock: FixedClock
) -> None:
    vault, package = exported
    assert _held(vault, package, clock) == []


def test_a_rollback_is_named_against_a_youth_package(
    exported: tuple[Path, Path], tmp_path: Path, clock: FixedClock
) -> None:
    vault, package = exported
    for path in _pair(vault):
        shutil.copyfile(tmp_path / "oud" / path.name, path)  # the older pair put back
    said = _held(vault, package, clock)
    assert len(said) == 1 and "de kluis is teruggezet" in said[0], said


def test_a_mistyped_package_name_is_refused_not_called_a_broken_vault(
    exported: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The privacy officer types `--tegen bewijs-jongere-12.tbewijs` in the wrong folder: that
    file does not exist, and `check` said "Kluis NIET in orde" (exit 1, read as: the vault was
    tampered with) about a vault it never compared. Now: the Dutch refusal naming the file,
    exit 2 (refused), before the passphrase is even asked."""
    from toestemming.cli import main as cli_main

    vault, package = exported
    monkeypatch.delenv("TOESTEMMING_PASSPHRASE", raising=False)  # never asked: no prompt
    monkeypatch.setattr("sys.stdin", None)
    for missing in (package.with_name("bewijs-jongere-12.tbewijs"), package.parent):
        capsys.readouterr()
        code = cli_main(["check", "--vault", str(vault), "--tegen", str(missing)])
        out = capsys.readouterr()
        text = out.out + out.err
        assert code == 2, (code, text)
        assert missing.name in text and "geen bestand" in text, text
        assert "NIET in orde" not in text and "Traceback" not in text, text
