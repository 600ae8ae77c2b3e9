"""The encrypted vault on real SQLCipher files: keys, slots, recovery, rekey, no plaintext."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import speed_settings

from toestemming.clock import FixedClock
from toestemming.errors import HeaderCorrupt, HeaderMissing, ValidationError, WrongPassphrase
from toestemming.service import Service
from toestemming.store.header import MIN_MEMORY_KIB, KdfParams, header_path, read_header

PASS = "correct horse battery staple"
MARKER = "Xylofoonkwartel"  # a name that appears nowhere else


@pytest.fixture(autouse=True)
def product_settings() -> Iterator[None]:
    """Tests of the key header's Argon2id floor and the connection's settings themselves: the
    product's, not the suite's (tests/speed_settings/)."""
    with speed_settings.product_settings():
        yield


def make(tmp_path: Path, name: str = "v.tvault") -> tuple[Service, str, Path]:
    clock = FixedClock(datetime(2026, 11, 23, 10, tzinfo=UTC))
    path = tmp_path / name
    svc, recovery = Service.create(path, "Testschool", "Anna", PASS, clock, kdf=KdfParams())
    return svc, recovery, path


def events(svc: Service) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM events"))


def test_file_is_encrypted_and_header_beside_it(tmp_path: Path) -> None:
    svc, _, path = make(tmp_path)
    svc.close()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    header = json.loads(header_path(path).read_text())
    assert header["format"] == "toestemming-sleutels"
    assert {s["kind"] for s in header["slots"]} == {"passphrase", "recovery"}
    assert all(s["kdf"]["alg"] == "argon2id" and s["kdf"]["t"] >= 3 for s in header["slots"])
    assert all(s["kdf"]["m_kib"] >= MIN_MEMORY_KIB for s in header["slots"])


def test_wrong_passphrase_detected_from_header_without_touching_db(tmp_path: Path) -> None:
    svc, _, path = make(tmp_path)
    svc.close()
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in tmp_path.iterdir()}
    with pytest.raises(WrongPassphrase) as exc:
        Service.open(path, "wrong horse battery staple")
    assert "wachtwoordzin klopt niet" in exc.value.message
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in tmp_path.iterdir()}
    assert before == after


def test_wrong_passphrase_even_when_db_is_missing(tmp_path: Path) -> None:
    """The header alone decides: no need to read (or even have) the database."""
    svc, _, path = make(tmp_path)
    svc.close()
    path.rename(tmp_path / "elders.tvault")
    with pytest.raises(WrongPassphrase):
        Service.open(path, "wrong horse battery staple")


def test_missing_or_damaged_header(tmp_path: Path) -> None:
    svc, _, path = make(tmp_path)
    svc.close()
    hp = header_path(path)
    raw = hp.read_bytes()
    hp.write_bytes(raw[:40])
    with pytest.raises(HeaderCorrupt):
        Service.open(path, PASS)
    hp.unlink()
    with pytest.raises(HeaderMissing) as exc:
        Service.open(path, PASS)
    assert "sleutelbestand" in exc.value.message


def test_downgraded_kdf_parameters_refused(tmp_path: Path) -> None:
    svc, _, path = make(tmp_path)
    svc.close()
    hp = header_path(path)
    doc = json.loads(hp.read_text())
    for s in doc["slots"]:
        s["kdf"]["m_kib"] = 1024
    hp.write_text(json.dumps(doc))
    with pytest.raises(HeaderCorrupt):
        Service.open(path, PASS)


def test_tampered_slot_label_fails_authentication(tmp_path: Path) -> None:
    svc, _, path = make(tmp_path)
    svc.close()
    hp = header_path(path)
    doc = json.loads(hp.read_text())
    doc["slots"][0]["label"] = "Mallory"
    hp.write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        Service.open(path, PASS)


def test_recovery_key_opens_the_vault(tmp_path: Path) -> None:
    svc, recovery, path = make(tmp_path)
    svc.people.add_youth(given_name="Fleur", family_name="de Vries", birth_date="12-03-2010")
    svc.close()
    typed = recovery.lower().replace("-", " ")  # as someone would type it from paper
    again = Service.open_with_recovery(path, typed)
    assert again.people.count() == 1
    again.close()
    with pytest.raises(WrongPassphrase):
        Service.open_with_recovery(path, "0000-0000-0000-0000-0000-0000-0000-0000")


def test_worker_slots_add_remove_and_attribution(tmp_path: Path) -> None:
    svc, _, path = make(tmp_path)
    ahmed = svc.add_worker("Ahmed", "een andere lange wachtwoordzin")
    with pytest.raises(ValidationError):
        svc.add_worker("ahmed", "nog een lange wachtwoordzin")
    svc.close()
    as_ahmed = Service.open(path, "een andere lange wachtwoordzin")
    assert as_ahmed.worker.name == "Ahmed"
    y = as_ahmed.people.add_youth(given_name="Zoë", family_name="Çelik", birth_date="01-02-2008")
    actor = as_ahmed.vault.db.scalar("SELECT actor FROM events WHERE kind = 'youth.added'")
    assert actor == ahmed.id and y.id == 1
    as_ahmed.close()
    anna = Service.open(path, PASS)
    anna.remove_worker(ahmed.id)
    anna.close()
    with pytest.raises(WrongPassphrase):
        Service.open(path, "een andere lange wachtwoordzin")
    still = Service.open(path, PASS)
    assert still.vault.db.scalar("SELECT actor FROM events WHERE kind = 'youth.added'") == ahmed.id
    still.close()


def test_weak_passphrase_refused_with_reason(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as exc:
        Service.create(tmp_path / "w.tvault", "School", "Anna", "kort", kdf=KdfParams())
    assert "te kort" in exc.value.message
    assert not any(tmp_path.iterdir())


def test_change_passphrase_renews_the_keys(tmp_path: Path) -> None:
    """(atk28: a passphrase is changed because it leaked; re-wrapping the master key only let
    the old one open the current file with an old copy of the key file — see
    test_attack_s28_old_key_file.py.) A wrong old passphrase changes nothing."""
    svc, _, path = make(tmp_path)
    svc.vault.db.checkpoint_wal()
    db_before = path.read_bytes()
    old_key = svc.vault.current_data_key()
    with pytest.raises(WrongPassphrase):
        svc.change_passphrase("not the old one at all", "een nieuwe lange wachtwoordzin")
    svc.vault.db.checkpoint_wal()
    assert path.read_bytes()[:4096] == db_before[:4096]
    svc.change_passphrase(PASS, "een nieuwe lange wachtwoordzin")
    svc.vault.db.checkpoint_wal()
    assert svc.vault.current_data_key() != old_key
    assert path.read_bytes()[:4096] != db_before[:4096]  # every page under the new data key
    svc.close()
    with pytest.raises(WrongPassphrase):
        Service.open(path, PASS)
    Service.open(path, "een nieuwe lange wachtwoordzin").close()


def test_rotate_data_key(tmp_path: Path) -> None:
    svc, recovery, path = make(tmp_path)
    svc.people.add_youth(given_name="Fleur", family_name=MARKER, birth_date="12-03-2010")
    gen = svc.vault.header.generation
    old_key = svc.vault.current_data_key()
    svc.rotate_data_key()
    assert svc.vault.header.generation == gen + 1
    assert svc.vault.current_data_key() != old_key
    svc.close()
    again = Service.open(path, PASS)
    assert again.people.search(MARKER)[0].family_name == MARKER
    assert again.integrity_problems() == []
    assert again.verify_audit(deep=True).ok
    again.close()
    Service.open_with_recovery(path, recovery).close()


def test_interrupted_rotation_recovers(tmp_path: Path) -> None:
    """Crash after the header got the pending key but before/after PRAGMA rekey: both open."""
    svc, _, path = make(tmp_path)
    svc.people.add_youth(given_name="Fleur", family_name=MARKER, birth_date="12-03-2010")
    vault = svc.vault
    import secrets

    from toestemming.store.header import write_header

    new_key = secrets.token_bytes(32)
    pending = vault.header.begin_rotation(vault._master, new_key)
    write_header(path, pending)
    vault.db.rekey(new_key)  # "crash" here: header still names the old key as current
    vault.db.close()
    svc.writer_guard.lock.release()  # (as the OS does for a process that ended)
    again = Service.open(path, PASS)
    assert again.people.count() == 1
    assert read_header(path).pending is None
    again.close()


def test_no_plaintext_in_db_wal_shm(tmp_path: Path) -> None:
    svc, _, path = make(tmp_path)
    y = svc.people.add_youth(
        given_name=MARKER, family_name="Ødegaard", birth_date="12-03-2010", school="Praktijkschool"
    )
    svc.people.add_representative(
        y.id, MARKER + " Ouder", "parent", True, email="kwartel@example.nl"
    )
    files = [p for p in tmp_path.iterdir() if p.is_file()]
    wal = Path(str(path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the write is in the WAL right now
    needles = [
        MARKER.encode(),
        MARKER.encode("utf-16-le"),
        b"kwartel@example.nl",
        "Ødegaard".encode(),
    ]
    for f in files:
        data = f.read_bytes()
        for needle in needles:
            assert needle not in data, f"plaintext in {f.name}"
    svc.close()
    for f in tmp_path.iterdir():
        for needle in needles:
            assert needle not in f.read_bytes()


def test_pragmas_in_force(tmp_path: Path) -> None:
    svc, _, _ = make(tmp_path)
    db = svc.vault.db
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert str(db.scalar("PRAGMA cipher_memory_security")) == "1"
    assert db.cipher_version().startswith("4.")
    svc.close()


def test_create_refuses_existing_file(tmp_path: Path) -> None:
    svc, _, path = make(tmp_path)
    svc.close()
    with pytest.raises(ValidationError):
        Service.create(path, "School", "Anna", PASS, kdf=KdfParams())


def test_header_file_is_private(tmp_path: Path) -> None:
    svc, _, path = make(tmp_path)
    svc.close()
    if os.name == "posix":
        assert header_path(path).stat().st_mode & 0o077 == 0
