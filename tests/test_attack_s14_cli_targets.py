"""A hurried worker (or a script) gives the CLI the wrong --out: the vault itself, its key file,
a folder. Each export wrote its file with an atomic rename over whatever stood there: the
vault the export was read from — open at that moment — became a proof package or a trust file
(every consent gone, the next open "damaged"), and a folder was an IsADirectoryError
traceback. Now: a Dutch sentence, exit code 2, the vault and its key file byte for byte as
they were, and no export event logged for a file that was never written."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest
from forms_scenario import build
from zip_craft import cli_command

from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.service import Service
from toestemming.store.header import header_path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(args: list[str], passphrase: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TOESTEMMING_PASSPHRASE": passphrase}
    return subprocess.run(
        [*cli_command(), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture
def closed_vault(service: Service, clock: FixedClock, vault_path: Path) -> tuple[Path, str]:
    scenario = build(service, clock)
    code = scenario.request.reference_code
    service.close()
    return vault_path, code


def _vault_parts(vault: Path) -> dict[str, str]:
    return {p.name: _digest(p) for p in (vault, header_path(vault))}


@pytest.mark.parametrize("target", ["vault", "keys", "link"])
def test_export_trust_onto_the_vault_is_refused(
    closed_vault: tuple[Path, str], passphrase: str, target: str, tmp_path: Path
) -> None:
    vault, _code = closed_vault
    out = {"vault": vault, "keys": header_path(vault), "link": tmp_path / "vertrouwen.json"}[target]
    if target == "link":  # a link that leads to the key file: the file it leads to counts
        out.symlink_to(header_path(vault))
    before = _vault_parts(vault)
    run = _cli(["export-trust", "--vault", str(vault), "--out", str(out)], passphrase)
    assert run.returncode == 2, (run.returncode, run.stdout, run.stderr)
    assert "Traceback" not in run.stderr and "bestand van een kluis" in run.stderr, run.stderr
    assert _vault_parts(vault) == before
    assert _cli(["check", "--vault", str(vault)], passphrase).returncode == 0


@pytest.mark.parametrize("target", ["vault", "keys"])
def test_export_proof_onto_the_vault_is_refused_and_logs_nothing(
    closed_vault: tuple[Path, str], passphrase: str, clock: FixedClock, target: str
) -> None:
    vault, code = closed_vault
    out = vault if target == "vault" else header_path(vault)
    before = _vault_parts(vault)
    run = _cli(
        ["export-proof", "--vault", str(vault), "--code", code, "--out", str(out)], passphrase
    )
    assert run.returncode == 2, (run.returncode, run.stdout, run.stderr)
    assert "Traceback" not in run.stderr and "bestand van een kluis" in run.stderr, run.stderr
    assert _vault_parts(vault) == before
    svc = Service.open(vault, passphrase, clock=clock)
    try:
        assert svc.verify_audit(deep=True).ok
        kinds = [r[0] for r in svc.vault.db.query("SELECT kind FROM events")]
        assert not any("export" in k for k in kinds), kinds
    finally:
        svc.close()


def test_youth_package_onto_the_key_file_is_refused(
    service: Service, clock: FixedClock, vault_path: Path
) -> None:
    """The same through the service (the desk's export uses it): the key file of the vault
    that is open right now, and its -wal beside it."""
    scenario = build(service, clock)
    events = service.vault.db.scalar("SELECT count(*) FROM events")
    for out in (header_path(vault_path), Path(f"{vault_path}-wal")):
        keys = _digest(header_path(vault_path))
        with pytest.raises(ValidationError) as caught:
            service.forms.proof.export_youth_package(scenario.marek, out)
        assert caught.value.message_id == "error-file-target-is-vault"
        assert _digest(header_path(vault_path)) == keys
    assert service.vault.db.scalar("SELECT count(*) FROM events") == events


def test_export_trust_onto_a_folder_is_a_sentence(
    closed_vault: tuple[Path, str], passphrase: str, tmp_path: Path
) -> None:
    vault, _code = closed_vault
    folder = tmp_path / "map"
    folder.mkdir()
    run = _cli(["export-trust", "--vault", str(vault), "--out", str(folder)], passphrase)
    assert run.returncode == 2, (run.returncode, run.stdout, run.stderr)
    assert "Traceback" not in run.stderr and "Daar staat een map" in run.stderr, run.stderr
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("which", ["--all", "--youth"])
def test_several_packages_onto_a_file_is_a_sentence(
    closed_vault: tuple[Path, str], passphrase: str, which: str, tmp_path: Path
) -> None:
    """--all and --youth write into a folder: given the vault's key file, or any file, mkdir
    raised FileExistsError (a traceback) — after the vault had been opened for writing."""
    vault, _code = closed_vault
    note = tmp_path / "notities.txt"
    note.write_text("van mij")
    before = _vault_parts(vault)
    for out in (header_path(vault), note):
        args = [
            "export-proof",
            "--vault",
            str(vault),
            which,
            *(["1"] if which == "--youth" else []),
        ]
        run = _cli([*args, "--out", str(out)], passphrase)
        assert run.returncode == 2, (run.returncode, run.stdout, run.stderr)
        assert "Traceback" not in run.stderr and "in een map" in run.stderr, run.stderr
    assert _vault_parts(vault) == before and note.read_text() == "van mij"
