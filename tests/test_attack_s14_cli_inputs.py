"""The CLI fed what a shell can feed it (session 14): a trust file that is a FIFO, a device or a
link to /dev/urandom (`verify` waited or read forever), a vault in a folder whose name is no
UTF-8 (`check` was a UnicodeEncodeError traceback), a passphrase variable set from a Latin-1
script (a traceback in the encoder), and output to a full disk (an OSError traceback, or exit
code 0 for a report nobody could read). Each must be a Dutch sentence and an exit code ≠ 0."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from zip_craft import cli_command

from toestemming.service import Service

TIMEOUT_S = 30  # each of these answers in a few seconds; a hang is the bug


def _cli(
    args: list[str | bytes],
    passphrase: str | bytes | None,
    *,
    stdout: object = subprocess.PIPE,
) -> subprocess.CompletedProcess[bytes]:
    env = {os.fsencode(k): os.fsencode(v) for k, v in os.environ.items()}
    env.pop(b"TOESTEMMING_PASSPHRASE", None)
    if passphrase is not None:
        env[b"TOESTEMMING_PASSPHRASE"] = os.fsencode(passphrase)
    return subprocess.run(
        [*cli_command(), *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=TIMEOUT_S,
    )


def _said(run: subprocess.CompletedProcess[bytes]) -> str:
    text = run.stderr.decode("utf-8", "replace")
    assert "Traceback" not in text and "Error" not in text, text
    return text


@pytest.fixture
def vault(service: Service, vault_path: Path) -> Path:
    service.close()
    return vault_path


@pytest.fixture
def package(vault: Path, passphrase: str, tmp_path: Path) -> Path:
    """Something for `verify` to read after the trust file (a backup will do: the trust file
    is read first)."""
    out = tmp_path / "kopie.tbackup"
    assert _cli(["backup", "--vault", str(vault), "--out", str(out)], passphrase).returncode == 0
    return out


@pytest.mark.parametrize("kind", ["fifo", "device", "urandom-link", "folder"])
def test_verify_with_a_trust_file_that_is_no_file_answers(
    package: Path, tmp_path: Path, kind: str
) -> None:
    trust = tmp_path / "vertrouwen.json"
    if kind == "fifo":
        os.mkfifo(trust)  # nobody ever writes to it: a blocking open waits forever
    elif kind == "device":
        trust = Path("/dev/zero")
    elif kind == "urandom-link":
        trust.symlink_to("/dev/urandom")  # stat says 0 bytes, reading never ends
    else:
        trust.mkdir()
    run = _cli(["verify", "--trust", str(trust), str(package)], None)
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert "geen gewoon bestand" in _said(run)


def test_a_trust_file_name_with_escape_codes_is_not_echoed(package: Path, tmp_path: Path) -> None:
    trust = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"\x1b[2J\xff.json")))
    trust.write_bytes(b"{}")
    run = _cli([b"verify", b"--trust", os.fsencode(trust), str(package).encode()], None)
    assert run.returncode == 2, (run.returncode, run.stderr)
    said = _said(run)
    assert "beschadigd" in said and "\x1b" not in said, said


def test_check_of_a_vault_in_a_folder_whose_name_is_no_utf8(
    service: Service, passphrase: str, tmp_path: Path
) -> None:
    """A USB stick written by an old Windows PC: the folder name is Latin-1 bytes."""
    folder = os.path.join(os.fsencode(tmp_path), b"kluizen-\xe9\xe9n")
    os.mkdir(folder)
    source = service.vault.path
    service.close()
    for name in (source.name, source.name + ".keys"):
        os.rename(
            os.path.join(os.fsencode(source.parent), name.encode()),
            os.path.join(folder, name.encode()),
        )
    run = _cli([b"check", b"--vault", os.path.join(folder, source.name.encode())], passphrase)
    assert run.returncode == 0, (run.returncode, run.stderr)
    assert "Bestand in orde" in run.stdout.decode("utf-8", "replace")
    _said(run)


def test_a_passphrase_of_bytes_that_are_no_utf8_is_a_sentence(vault: Path) -> None:
    for command in (["check", "--vault", str(vault)], ["set-tsa", "--vault", str(vault), "--off"]):
        run = _cli(command, b"geheim-\xe9\xe9n")
        assert run.returncode == 2, (command, run.returncode, run.stderr)
        assert "geen tekst" in _said(run)


def test_output_to_a_full_disk_is_not_a_success(
    vault: Path, passphrase: str, tmp_path: Path
) -> None:
    """`> /dev/full`: every write fails with ENOSPC. The fingerprint the organisation must read
    out by phone, or check's verdict, never reached anyone: exit code 2 and a sentence on
    stderr, not exit 0 — nor a traceback."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "wb") as full:
        for command in (
            ["export-trust", "--vault", str(vault), "--out", str(tmp_path / "vertrouwen.json")],
            ["check", "--vault", str(vault)],
        ):
            run = _cli(command, passphrase, stdout=full)
            assert run.returncode == 2, (command, run.returncode, run.stderr)
            assert "uitvoer kon niet worden geschreven" in _said(run)


@pytest.fixture
def vault_with_tsa_down(vault: Path, passphrase: str) -> Path:
    """A vault whose timestamp service does not answer (port 9 on this machine: nothing
    listens), so every checkpoint a command writes logs a warning."""
    run = _cli(["set-tsa", "--vault", str(vault), "http://127.0.0.1:9/"], passphrase)
    assert run.returncode == 0, run.stderr
    return vault


@pytest.mark.parametrize("option", ["--youth", "--youth-package"])
def test_a_youth_number_past_64_bits_is_a_sentence(
    vault_with_tsa_down: Path, passphrase: str, tmp_path: Path, option: str
) -> None:
    """OverflowError from the driver was a traceback; and the TSA's English warning
    ("No timestamp for checkpoint …") reached stderr above the Dutch sentence."""
    run = _cli(
        [
            "export-proof",
            "--vault",
            str(vault_with_tsa_down),
            option,
            "9" * 23,
            "--out",
            str(tmp_path),
        ],
        passphrase,
    )
    assert run.returncode == 2, (run.returncode, run.stderr)
    said = _said(run)
    assert "te groot" in said and "timestamp" not in said.lower(), said
    assert list(tmp_path.glob("*.tbewijs")) == []
