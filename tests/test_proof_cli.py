"""`toestemming export-proof` and `toestemming verify` as real subprocesses: a privacy officer
archives packages or answers a complaint from the command line; verify needs no vault."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from forms_scenario import Scenario, build

from toestemming.clock import FixedClock
from toestemming.service import Service

CLI = [sys.executable, "-m", "toestemming"]


def run(args: list[str], passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TOESTEMMING_PASSPHRASE"}
    if passphrase:
        env["TOESTEMMING_PASSPHRASE"] = passphrase
    return subprocess.run(
        CLI + args, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=300
    )


@pytest.fixture
def closed_vault(service: Service, clock: FixedClock, vault_path: Path) -> tuple[Path, Scenario]:
    scenario = build(service, clock)
    service.close()
    return vault_path, scenario


def test_export_by_code_then_verify(
    closed_vault: tuple[Path, Scenario], passphrase: str, tmp_path: Path
) -> None:
    vault, scenario = closed_vault
    out = tmp_path / "klacht.zip"
    done = run(
        [
            "export-proof",
            "--vault",
            str(vault),
            "--code",
            scenario.request.reference_code.lower(),
            "--out",
            str(out),
        ],
        passphrase,
    )
    assert done.returncode == 0, done.stderr
    assert f"Bewijspakket: {out}" in done.stdout and out.is_file()
    # Without anything to trust: intact, but who signed it is not confirmed (exit 3), with
    # the fingerprint in groups to read out by phone.
    checked = run(["verify", str(out)])
    assert checked.returncode == 3, checked.stderr
    assert checked.stdout.startswith("Resultaat: intact, ondertekenaar niet bevestigd.")
    assert "digitale handtekening intact" in checked.stdout
    assert "--trust VERTROUWENSBESTAND of --expect-key VINGERAFDRUK" in checked.stdout
    trust = tmp_path / "vertrouwen.json"
    made = run(["export-trust", "--vault", str(vault), "--out", str(trust)], passphrase)
    assert made.returncode == 0, made.stderr
    fingerprint = made.stdout.split("Vingerafdruk van de sleutel: ")[1].splitlines()[0]
    # eight groups of four: "abcd ef01 2345 6789 abcd ef01 2345 6789" (128 bits)
    assert len(fingerprint) == 39 and fingerprint in checked.stdout
    trusted = run(["verify", str(out), "--trust", str(trust)])
    assert trusted.returncode == 0, trusted.stderr
    assert trusted.stdout.startswith("OK — bewijspakket in orde")
    by_phone = run(["verify", str(out), "--expect-key", fingerprint])
    assert by_phone.returncode == 0, by_phone.stderr


def test_export_youth_and_all_into_a_folder(
    closed_vault: tuple[Path, Scenario], passphrase: str, tmp_path: Path
) -> None:
    vault, scenario = closed_vault
    done = run(
        [
            "export-proof",
            "--vault",
            str(vault),
            "--youth",
            str(scenario.zoe),
            "--out",
            str(tmp_path / "zoe"),
        ],
        passphrase,
    )
    assert done.returncode == 0, done.stderr
    assert [p.name for p in (tmp_path / "zoe").iterdir()] == [
        f"bewijs-{scenario.zoe_request.reference_code}.tbewijs"
    ]
    done = run(
        ["export-proof", "--vault", str(vault), "--all", "--out", str(tmp_path / "alles")],
        passphrase,
    )
    assert done.returncode == 0, done.stderr
    assert "3 pakket(ten) geschreven" in done.stdout


def test_one_package_for_one_youth(
    closed_vault: tuple[Path, Scenario], passphrase: str, tmp_path: Path
) -> None:
    vault, scenario = closed_vault
    done = run(
        [
            "export-proof",
            "--vault",
            str(vault),
            "--youth-package",
            str(scenario.marek),
            "--out",
            str(tmp_path),
        ],
        passphrase,
    )
    assert done.returncode == 0, done.stderr
    (path,) = tmp_path.glob("bewijs-jongere-*.tbewijs")
    checked = run(["verify", str(path)])
    assert checked.returncode == 3, checked.stdout + checked.stderr  # intact, key unconfirmed
    assert "1 bewijspakket." in checked.stdout
    unknown = run(
        ["export-proof", "--vault", str(vault), "--youth-package", "999", "--out", str(tmp_path)],
        passphrase,
    )
    assert unknown.returncode != 0 and "Traceback" not in unknown.stderr


def test_verify_fails_with_a_precise_dutch_message(
    closed_vault: tuple[Path, Scenario], passphrase: str, tmp_path: Path
) -> None:
    vault, scenario = closed_vault
    out = tmp_path / "p.zip"
    assert (
        run(
            [
                "export-proof",
                "--vault",
                str(vault),
                "--code",
                scenario.request.reference_code,
                "--out",
                str(out),
            ],
            passphrase,
        ).returncode
        == 0
    )
    with zipfile.ZipFile(out) as z:
        files = {n: z.read(n) for n in z.namelist()}
    files["receipt.json"] = files["receipt.json"].replace(b'"answer": "no"', b'"answer": "yes"')
    tampered = tmp_path / "gewijzigd.zip"
    with zipfile.ZipFile(tampered, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    checked = run(["verify", str(tampered)])
    assert checked.returncode == 1
    assert "receipt.json is gewijzigd: de SHA-256 klopt niet met manifest.json." in checked.stderr
    assert "Traceback" not in checked.stderr
    wrong_key = run(["verify", str(out), "--expect-key", "0123456789abcdef" * 2])
    assert wrong_key.returncode == 1 and "niet met de verwachte sleutel" in wrong_key.stderr
    # The 16-character form older PDFs printed: refused as too short, a usage error (2).
    short = run(["verify", str(out), "--expect-key", "0123 4567 89ab cdef"])
    assert short.returncode == 2 and "te kort" in short.stderr and "32 tekens" in short.stderr
    assert "Traceback" not in short.stderr


def test_usage_errors_are_dutch_without_traceback(
    closed_vault: tuple[Path, Scenario], passphrase: str, tmp_path: Path
) -> None:
    vault, _ = closed_vault
    no_vault = run(["export-proof", "--all", "--out", str(tmp_path)], passphrase)
    assert no_vault.returncode == 2 and "Geef de kluis op" in no_vault.stderr
    unknown = run(
        [
            "export-proof",
            "--vault",
            str(vault),
            "--code",
            "TS-0000-0000-0",
            "--out",
            str(tmp_path / "x.zip"),
        ],
        passphrase,
    )
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr
    assert "Fout:" in unknown.stderr
    missing = run(["verify", str(tmp_path / "bestaat-niet.zip")])
    assert missing.returncode == 2 and "bestaat niet" in missing.stderr
    not_a_zip = tmp_path / "bewijs.zip"
    not_a_zip.write_bytes(b"%PDF-1.7 this is not a package")
    assert run(["verify", str(not_a_zip)]).returncode == 2
    broken_trust = tmp_path / "vertrouwen.json"
    broken_trust.write_text("{}")
    refused = run(["verify", str(not_a_zip), "--trust", str(broken_trust)])
    assert refused.returncode == 2 and "vertrouwensbestand" in refused.stderr
    assert "Traceback" not in refused.stderr
    bad_key = run(["verify", str(not_a_zip), "--expect-key", "geen-sleutel"])
    assert bad_key.returncode == 2 and "Traceback" not in bad_key.stderr


def test_verify_help_documents_the_exit_codes() -> None:
    shown = run(["verify", "--help"])
    assert shown.returncode == 0
    for line in ("0  in orde", "1  NIET in orde", "2  kan niet controleren", "3  intact"):
        assert line in shown.stdout
