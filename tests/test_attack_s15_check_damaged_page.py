"""`toestemming check` on a vault with one damaged page — the very case it exists for (a bad
sector, a USB stick pulled mid-write, a byte flipped by a sync tool). SQLCipher's own page
check (cipher_integrity_check) listed the page, then SQLite's structure check on top of that
page raised "database disk image is malformed" straight out of Database.integrity_problems,
which alone of the database's reads ran outside the typed-error guard: the privacy officer got
a Python traceback instead of "Kluis NIET in orde". Now each damaged page ends in the Dutch
report (exit 1) or the Dutch "beschadigd" refusal (exit 2), never an exception, and the file
is left byte for byte as it was (check only reads)."""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path

PAGE = 4096  # SQLCipher 4's page size
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def full_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed vault of some hundred pages: youths, their events, checkpoints."""
    vault = tmp_path_factory.mktemp("vol") / "kluis.tvault"
    clock = FixedClock(datetime(2026, 12, 4, 9, 0, tzinfo=UTC))
    svc, _ = Service.create(vault, "School", "Anna", PASSPHRASE, clock, kdf=KdfParams())
    try:
        for n in range(60):
            svc.people.add_youth(
                given_name=f"Kind{n}", family_name="Bos-van-der-Berg", birth_date="01-01-2010"
            )
    finally:
        svc.close()
    return vault


def test_check_names_a_damaged_page_in_dutch_wherever_it_is(
    full_vault: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    pages = full_vault.stat().st_size // PAGE
    assert pages > 20
    outcomes = {}
    # About ten pages spread over the file (each check reads everything: ~1 s). Page 1 holds
    # the salt ("wrong key", tested elsewhere).
    for page in range(2, pages, pages // 10):
        folder = tmp_path / str(page)
        folder.mkdir()
        vault = folder / full_vault.name
        shutil.copyfile(full_vault, vault)
        shutil.copyfile(header_path(full_vault), header_path(vault))
        data = bytearray(vault.read_bytes())
        data[(page - 1) * PAGE + 100] ^= 0xFF  # one byte inside the page's ciphertext
        vault.write_bytes(bytes(data))
        damaged = hashlib.sha256(data).hexdigest()
        capsys.readouterr()
        code = cli_main(["check", "--vault", str(vault)])  # raised DatabaseError before
        out = capsys.readouterr()
        text = out.out + out.err
        assert "Traceback" not in text and "Kind" not in text, text
        if code == 1:
            assert "Kluis NIET in orde" in text, (page, text)
        else:
            assert code == 2 and "beschadigd" in text, (page, code, text)
        assert hashlib.sha256(vault.read_bytes()).hexdigest() == damaged
        outcomes[page] = code
    # Where SQLite's structure check used to raise, the report now names the page.
    assert 1 in outcomes.values(), outcomes
