"""The log file helps and leaks nothing (issue 17).

The demo flows run with the app's real log set-up (rotating file, redaction filter) at DEBUG:
the demo vault is built (two years of requests, decisions, withdrawals, all through the
service), then the command line checks it, exports every proof package, verifies one and a
changed one, makes a backup and is given a wrong passphrase. Afterwards the log is searched for
every personal value of the demo data — names, e-mail addresses, phone numbers, dates of birth
in both notations, reference codes, passphrases: 0 hits. Mistakes a developer could make
(a name in an exception message, an e-mail address in a log line) are planted too: the filter
must take them out."""

from __future__ import annotations

import json
import logging
import re
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from toestemming import applog, cli
from toestemming.devtools.demo import DEMO_PASSPHRASE, create_demo_vault
from toestemming.service import Service
from toestemming.store.header import KdfParams

WORKER_TWO_PASSPHRASE = DEMO_PASSPHRASE + " 2"


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    applog.configure_logging(folder, level=logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    yield folder
    root.setLevel(old_level)
    applog.remove_logging(folder)


def personal_values(path: Path) -> set[str]:
    """Every personal value in the demo vault, in the forms it could be written."""
    svc = Service.open(path, DEMO_PASSPHRASE)
    try:
        db = svc.vault.db
        values: set[str] = {DEMO_PASSPHRASE, WORKER_TWO_PASSPHRASE}
        for given, family, born, email, phone in db.query(
            "SELECT given_name, family_name, birth_date, email, phone FROM youths"
        ):
            values |= {given, family, f"{given} {family}", email, phone}
            day = date.fromisoformat(born)
            values |= {born, f"{day:%d-%m-%Y}", f"{day:%d/%m/%Y}"}
        for name, email, phone in db.query("SELECT name, email, phone FROM representatives"):
            values |= {name, email, phone}
        values |= {str(r[0]) for r in db.query("SELECT name FROM workers")}
        values |= {str(r[0]) for r in db.query("SELECT reference_code FROM consent_requests")}
        for kind, content in db.query("SELECT kind, content FROM evidence"):
            if content and kind.startswith("app"):
                values.add(json.loads(bytes(content))["text"])
    finally:
        svc.close()
    # Short first names ("Ali") would match inside ordinary words; they are searched as words.
    return {v.strip() for v in values if v and len(v.strip()) >= 3}


def hits(text: str, values: set[str]) -> list[str]:
    found = []
    for value in values:
        pattern = r"(?<!\w)" + re.escape(value) + r"(?!\w)"
        if re.search(pattern, text, re.IGNORECASE):
            found.append(value)
    return sorted(found)


def read_log(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "\n".join(p.read_text(encoding="utf-8") for p in applog.log_files(folder))


def test_the_demo_flows_leave_no_personal_value_in_the_log(
    tmp_path: Path, log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = tmp_path / "demo.tvault"
    create_demo_vault(vault, kdf=KdfParams())
    monkeypatch.setenv(cli.PASSPHRASE_ENV, DEMO_PASSPHRASE)
    assert cli.main(["check", "--vault", str(vault)]) == 0
    out = tmp_path / "bewijs"
    assert cli.main(["export-proof", "--vault", str(vault), "--all", "--out", str(out)]) in (0,)
    packages = sorted(out.glob("*.tbewijs"))
    assert packages, "the demo exported no proof package"
    assert cli.main(["verify", str(packages[0])]) == 3  # intact, signer not confirmed
    changed = tmp_path / "gewijzigd.tbewijs"
    with zipfile.ZipFile(packages[0]) as src, zipfile.ZipFile(changed, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, data + b" " if name == "receipt.json" else data)
    assert cli.main(["verify", str(changed)]) == 1
    assert (
        cli.main(["backup", "--vault", str(vault), "--out", str(tmp_path / "kopie.tbackup")]) == 0
    )
    monkeypatch.setenv(cli.PASSPHRASE_ENV, "dit is niet de goede zin")
    assert cli.main(["check", "--vault", str(vault)]) == 2

    values = personal_values(vault)
    assert len(values) > 200  # the demo's ~50 youths, their parents, codes, dates
    text = read_log(log_dir)
    assert "gestart" in text  # the log is written at all
    assert hits(text, values) == []


def test_planted_mistakes_are_redacted(tmp_path: Path, log_dir: Path) -> None:
    """What a careless log line or a foreign exception would put in the file."""
    careless = logging.getLogger("toestemming.example")
    careless.warning(
        "reply from %s (%s), born %s, code %s",
        "zoe.celik@example.org",
        "+31 (0)6 1234 5678",
        "12-03-2011",
        "TS-7K3M-Q9XD-4",
    )
    try:
        raise KeyError("Zoë Çelik, 12-03-2011")
    except KeyError:
        careless.exception("lookup failed")
    try:
        try:
            raise ValueError("geheime wachtwoordzin van Zoë")
        except ValueError as inner:
            raise RuntimeError("Zoë Çelik") from inner
    except RuntimeError:
        careless.error("chained", exc_info=True)
    text = read_log(log_dir)
    for value in (
        "zoe.celik@example.org",
        "1234 5678",
        "12-03-2011",
        "TS-7K3M-Q9XD-4",
        "Zoë",
        "Çelik",
        "geheime wachtwoordzin",
    ):
        assert value not in text, value
    # What a maintainer needs is still there: the type and where it happened.
    assert "KeyError (tekst weggelaten)" in text
    assert "ValueError (tekst weggelaten)" in text and "RuntimeError (tekst weggelaten)" in text
    assert "tests/test_applog.py:" in text and "[e-mail]" in text and "[code]" in text


def test_the_log_rotates_and_is_private(tmp_path: Path, log_dir: Path) -> None:
    noisy = logging.getLogger("toestemming.noisy")
    line = "x" * 1000
    for _ in range(applog.MAX_BYTES // 1000 * 3):
        noisy.info(line)
    files = applog.log_files(log_dir)
    assert 2 <= len(files) <= applog.BACKUPS + 1
    assert all(f.stat().st_size <= applog.MAX_BYTES + 2000 for f in files)
    assert applog.log_file(log_dir).stat().st_mode & 0o077 == 0
    # Configuring twice adds no second handler (every line once).
    applog.configure_logging(log_dir)
    logging.getLogger("toestemming.once").info("precies een keer")
    assert read_log(log_dir).count("precies een keer") == 1
