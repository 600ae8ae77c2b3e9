"""`toestemming-cli` as the attacker's (or a hurried worker's) tool: paths the file system
cannot hold, and a TSA address urllib cannot split (session 23, attack round 28).

Before: an empty path, a NUL character, a file name of 300 characters, a path of 5,000, or a
vault path that names no file ("/", ".") reached the open/backup/restore as a ValueError or
an OSError (ENAMETOOLONG) and ended in the last-resort message "Er ging onverwacht iets mis …
De kluis kan gegevens bevatten die het programma niet zelf zo heeft geschreven" — telling the
privacy officer the VAULT may have been tampered with, over a typing mistake. `set-tsa
http://[::1` (an IPv6 address without its closing bracket) did the same, and in the desk's
settings the ValueError escaped the dialog's ToestemmingError guard.

Now: argparse refuses the path with a Dutch reason (exit 2) before the passphrase is asked
and before any file is touched; the TSA address gets the Dutch "geef een adres" refusal;
nothing changes in the vault."""

from __future__ import annotations

import hashlib
import io
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming import cli
from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.service import Service
from toestemming.store.header import KdfParams

PASSPHRASE = "correct horse battery staple"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
UNEXPECTED = "onverwacht"

HOSTILE_PATHS = {
    "empty": "",
    "nul": "kluis\x00.tvault",
    "name-300": "k" * 300 + ".tvault",
    "path-5000": "/".join(["map"] * 1250) + "/kluis.tvault",
}
NO_FILE = {"root": "/", "dot": "."}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("paden")
    vault = folder / "kluis.tvault"
    svc, _ = Service.create(vault, "School", "Anna", PASSPHRASE, FixedClock(START), kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Geheimnaam", family_name="Bos", birth_date="2010-01-01")
        svc.backups.create(folder / "kopie.tbackup")
    finally:
        svc.close()
    return folder


@pytest.fixture
def desk(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "bureau"
    shutil.copytree(template, folder)
    return folder


def _state(folder: Path) -> str:
    """Every file in the folder, names and bytes: nothing may appear, vanish or change."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _commands(desk: Path, hostile: str) -> list[list[str]]:
    vault, backup = str(desk / "kluis.tvault"), str(desk / "kopie.tbackup")
    return [
        ["check", "--vault", hostile],
        ["check", "--vault", vault, "--tegen", hostile],
        ["backup", "--vault", hostile, "--out", str(desk / "nieuw.tbackup")],
        ["backup", "--vault", vault, "--out", hostile],
        ["restore", backup, "--to", hostile],
        ["restore", hostile, "--to", str(desk / "terug.tvault")],
        ["confirm-clock", "--vault", hostile],
        ["export-trust", "--vault", vault, "--out", hostile],
        ["set-tsa", "--vault", hostile, "--off"],
    ]


def _run(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str]:
    # No passphrase in the environment and stdin closed: a command that got as far as asking
    # for it would fail on that instead of on the path.
    monkeypatch.delenv("TOESTEMMING_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    capsys.readouterr()
    try:
        code = cli.main(args)
    except SystemExit as stop:  # argparse's refusal
        code = stop.code if isinstance(stop.code, int) else 2
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.mark.parametrize("name", [*HOSTILE_PATHS, *NO_FILE])
def test_a_path_no_file_system_can_hold_is_refused_in_dutch_before_anything(
    name: str,
    desk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hostile = {**HOSTILE_PATHS, **NO_FILE}[name]
    before = _state(desk)
    for args in _commands(desk, hostile):
        if name in NO_FILE and args[0] == "check" and "--tegen" in args:
            continue  # (a held package may be an unpacked folder: require_files names it)
        code, text = _run(args, capsys, monkeypatch)
        assert code == 2, (args[:2], text)
        assert UNEXPECTED not in text and "Traceback" not in text, (args[:2], text)
        assert "fout:" in text, (args[:2], text)
        assert "Wachtwoordzin" not in text, (args[:2], text)  # refused before the passphrase
        assert hostile not in text or not hostile.strip(), (args[:2], "the path repeated")
        assert _state(desk) == before, args[:2]


def test_export_proof_and_verify_take_a_folder_but_not_a_path_too_long(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _state(desk)
    long = HOSTILE_PATHS["name-300"]
    for args in (
        ["export-proof", "--vault", str(desk / "kluis.tvault"), "--all", "--out", long],
        ["verify", long],
    ):
        code, text = _run(args, capsys, monkeypatch)
        assert code == 2 and "langer dan 255" in text and UNEXPECTED not in text, text
    assert _state(desk) == before


URLS = ("http://[::1", "https://[fe80::1/tsa", "http://tsa.example:99999/", "http://a\uff03b@c/")


def test_a_tsa_address_urllib_cannot_split_is_refused_nothing_stored(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = desk / "kluis.tvault"
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    code = cli.main(["set-tsa", "--vault", str(vault), URLS[0]])
    out = capsys.readouterr()
    text = out.out + out.err
    assert code == 2, text
    assert UNEXPECTED not in text and "tijdstempeldienst" in text.lower(), text
    svc = Service.open(vault, PASSPHRASE, clock=FixedClock(START))
    try:
        for url in URLS:  # the desk's settings dialog catches a ToestemmingError only
            with pytest.raises(ValidationError):
                svc.trusted_time.set_url(url)
        assert svc.trusted_time.url() is None
        events = svc.vault.db.scalar("SELECT count(*) FROM events WHERE kind = 'tsa.changed'")
        assert events == 0
    finally:
        svc.close()


def test_every_word_of_the_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = capsys.readouterr().out
    assert "show program" not in text and "versienummer" in text
    assert "SUB_VAULT" not in text
    with pytest.raises(SystemExit):
        cli.main(["check", "--help"])
    assert "SUB_VAULT" not in capsys.readouterr().out
