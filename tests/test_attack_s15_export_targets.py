"""A hurried worker (or a script) gives an export a name that is already taken (session 15).

Every export wrote with an atomic rename over whatever stood at the name: `export-proof --out
kluis.tbackup` or `export-trust --out kluis.tbackup` replaced the backup — the one copy that
survives a lost laptop — by a proof package or a trust file, without a word; a second
`export-proof --all` into the same folder replaced every earlier package (a package handed out
before is a signed head the vault is checked against: `check --tegen`). `backup` itself always
refused an existing name. Now the CLI's exports do the same: an existing file is never
replaced, a Dutch sentence says so, nothing is logged; several packages into a folder that
already has packages of those names get names of their own. And no export, the desk's
either (where the save dialog asked "replace?"), ever replaces a backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from forms_scenario import build
from test_attack_s14_cli_targets import _cli, _digest

from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.service import Service


def _exports_logged(vault: Path, passphrase: str, clock: FixedClock) -> int:
    svc = Service.open(vault, passphrase, clock=clock)
    try:
        return int(svc.vault.db.scalar("SELECT count(*) FROM events WHERE kind = 'proof.exported'"))
    finally:
        svc.close()


@pytest.fixture
def office(
    service: Service, clock: FixedClock, vault_path: Path, tmp_path: Path
) -> tuple[Path, str, int, Path]:
    """(vault, a reference code, a youth, a genuine backup beside the vault), closed."""
    scenario = build(service, clock)
    backup = tmp_path / "kluis.tbackup"
    service.backups.create(backup)
    service.close()
    return vault_path, scenario.request.reference_code, scenario.marek, backup


def _export_args(kind: str, vault: Path, code: str, youth: int) -> list[str]:
    if kind == "trust":
        return ["export-trust", "--vault", str(vault)]
    if kind == "youth":
        return ["export-proof", "--vault", str(vault), "--youth-package", str(youth)]
    return ["export-proof", "--vault", str(vault), "--code", code]


@pytest.mark.parametrize("kind", ["code", "youth", "trust"])
@pytest.mark.parametrize("existing", ["backup", "own-file"])
def test_an_export_onto_an_existing_file_replaces_nothing_and_logs_nothing(
    office: tuple[Path, str, int, Path],
    passphrase: str,
    clock: FixedClock,
    tmp_path: Path,
    kind: str,
    existing: str,
) -> None:
    vault, code, youth, backup = office
    if existing == "backup":
        out = backup
    else:
        out = tmp_path / "verslag.pdf"
        out.write_bytes(b"%PDF-1.7 het verslag van gisteren")
    before = _digest(out)
    logged = _exports_logged(vault, passphrase, clock)
    run = _cli([*_export_args(kind, vault, code, youth), "--out", str(out)], passphrase)
    assert run.returncode == 2, (run.returncode, run.stdout, run.stderr)
    assert "Traceback" not in run.stderr and "niets overschreven" in run.stderr, run.stderr
    assert _digest(out) == before
    assert _exports_logged(vault, passphrase, clock) == logged
    if existing == "backup":  # and it still restores
        done = _cli(["restore", str(backup), "--to", str(tmp_path / "terug.tvault")], passphrase)
        assert done.returncode == 0, done.stderr


def test_a_second_export_of_everything_into_one_folder_keeps_the_first(
    office: tuple[Path, str, int, Path], passphrase: str, tmp_path: Path
) -> None:
    vault, _code, _youth, _backup = office
    folder = tmp_path / "bewijzen"
    first = _cli(["export-proof", "--vault", str(vault), "--all", "--out", str(folder)], passphrase)
    assert first.returncode == 0, first.stderr
    kept = {p.name: _digest(p) for p in folder.iterdir()}
    assert kept
    second = _cli(
        ["export-proof", "--vault", str(vault), "--all", "--out", str(folder)], passphrase
    )
    assert second.returncode == 0, second.stderr
    for name, digest in kept.items():
        assert _digest(folder / name) == digest, name
    assert len(list(folder.iterdir())) == 2 * len(kept)
    # The second run names the files it wrote, and they verify.
    written = [line.split(": ", 1)[1] for line in second.stdout.splitlines() if ": " in line]
    news = [Path(p) for p in written if Path(p).parent == folder]
    assert news and all(p.name not in kept for p in news)
    for path in news:  # intact (3: no trust file given, so the signer is not confirmed)
        assert _cli(["verify", str(path)], passphrase).returncode in (0, 3)


def test_the_desk_may_replace_a_package_it_asked_about_but_never_a_backup(
    service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """The desk's save dialog asked "replace?": an earlier package is replaced; a backup,
    also renamed to look like a package, is not."""
    scenario = build(service, clock)
    request = scenario.request.id
    package = tmp_path / "bewijs.tbewijs"
    service.forms.proof.export_request(request, package, replace=True)
    again = service.forms.proof.export_request(request, package, replace=True)
    assert again == package and package.is_file()
    disguised = tmp_path / "oud-bewijs.tbewijs"
    service.backups.create(tmp_path / "kopie.tbackup")
    (tmp_path / "kopie.tbackup").rename(disguised)
    before = _digest(disguised)
    events = service.vault.db.scalar("SELECT count(*) FROM events")
    with pytest.raises(ValidationError) as caught:
        service.forms.proof.export_request(request, disguised, replace=True)
    assert caught.value.message_id == "error-file-target-is-backup"
    assert _digest(disguised) == before
    assert service.vault.db.scalar("SELECT count(*) FROM events") == events
