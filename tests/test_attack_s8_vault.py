"""The vault attacked a second time (issue 20, session 8) by an insider with the passphrase:
the vault unlocked the legitimate way, the data key taken, and not rows but the schema changed
with sqlcipher3 — a trigger that refuses edits dropped, a trigger or view of their own added, a
table renamed and a VIEW of the old name put in its place that hides a withdrawal from every
reader; the file's user_version lowered; one event's body re-serialised with the same meaning
but other bytes; the organisation's key in `meta` replaced.

`toestemming-cli check` names each (exit 1, or 2 where the vault cannot be read), changes
neither the vault's bytes nor its modification times while doing so, and the check at unlock
makes such a vault read-only."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import PASSPHRASE, START
from forms_scenario import build as build_scenario
from replay_support import Copy, attacker_connection, lifted_edit, open_copy
from replay_support import check_says as check_with

from toestemming import health_schema
from toestemming.audit import new_signing_key
from toestemming.clock import FixedClock
from toestemming.errors import IntegrityFailure
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path

DATA = Path(__file__).parent / "data"


ERASED: list[int] = []  # the youth erased (on request) in the saved vault


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("origineel")
    clock = FixedClock(START)
    svc, _ = Service.create(
        folder / "kluis.tvault", "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        build_scenario(svc, clock)
        # A youth with a parent and nothing asked yet, erased on request.
        noor = svc.people.add_youth(
            given_name="Zoë", family_name="Ødegaard", birth_date=date(2012, 3, 1), school="VSO"
        )
        svc.people.add_representative(noor.id, "Ayşe Çelik", "parent", True)
        clock.advance(timedelta(days=1))
        svc.retention.erase(noor.id, "request")
        ERASED[:] = [noor.id]
    finally:
        svc.close()
    return folder


@pytest.fixture
def vault(saved: Path, tmp_path: Path) -> Iterator[Copy]:
    copy = open_copy(saved, tmp_path, PASSPHRASE, START + timedelta(days=30))
    yield copy
    copy.svc.close()


def insider(copy: Copy, *statements: str) -> None:
    """The statements, in one transaction, on the vault the legitimate unlock opened."""
    conn = attacker_connection(copy.svc)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for sql in statements:
            conn.execute(sql)
        conn.execute("COMMIT")
    finally:
        conn.close()


def files_as_found(path: Path) -> dict[str, tuple[bytes, int]]:
    out = {}
    for f in (path, header_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
        if f.exists():
            out[f.name] = (f.read_bytes(), f.stat().st_mtime_ns)
    return out


def checked(
    copy: Copy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    """`check` as from another desk; it leaves every file as it found it, problem or not."""
    copy.svc.close()
    before = files_as_found(copy.path)
    code, text = check_with(copy, monkeypatch, capsys, PASSPHRASE)
    assert files_as_found(copy.path) == before
    return code, text


def test_the_expected_schema_is_what_the_migrations_make(tmp_path: Path) -> None:
    """A fresh vault and every saved older vault, migrated forward, hold exactly the objects
    health_schema.EXPECTED lists (else: paste the printed list there)."""
    svc, _ = Service.create(
        tmp_path / "nieuw.tvault", "T", "A", PASSPHRASE, FixedClock(START), kdf=KdfParams()
    )
    try:
        fresh = health_schema.digests(svc.vault.db)
        version = svc.vault.db.user_version
        assert health_schema.problems(svc.vault.db) == []
    finally:
        svc.close()
    listing = "\n".join(f'    "{k}": "{v}",' for k, v in sorted(fresh.items()))
    assert version == health_schema.EXPECTED_VERSION, listing
    assert fresh == health_schema.EXPECTED, listing
    for source in sorted(DATA.glob("vault_v*.tvault")):
        target = tmp_path / source.name
        shutil.copy(source, target)
        shutil.copy(header_path(source), header_path(target))
        old = Service.open(target, PASSPHRASE, check=True)
        try:
            assert health_schema.digests(old.vault.db) == fresh, source.name
            assert old.health_report is not None and old.health_report.ok, source.name
        finally:
            old.close()


def first_trigger_on(copy: Copy, table: str) -> str:
    row = copy.svc.vault.db.query(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name",
        (table,),
    )
    return str(row[0][0])


@pytest.mark.parametrize(
    ("attack", "said"),
    [
        ("drop-guard", "is buiten het programma om verwijderd"),
        ("add-trigger", "trigger 'stil_herschrijven' is buiten het programma om toegevoegd"),
        ("add-view", "view 'overzicht' is buiten het programma om toegevoegd"),
        ("hide-behind-view", "view 'withdrawals' is buiten het programma om toegevoegd"),
        ("add-index", "index 'snel' is buiten het programma om toegevoegd"),
        ("odd-name", "een trigger met een vreemde naam"),
    ],
)
def test_a_schema_changed_outside_the_program_is_named_by_check(
    vault: Copy,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    attack: str,
    said: str,
) -> None:
    statements = {
        "drop-guard": [f"DROP TRIGGER {first_trigger_on(vault, 'decisions')}"],
        # Harmless-looking today; tomorrow it rewrites what the program writes.
        "add-trigger": [
            "CREATE TRIGGER stil_herschrijven AFTER INSERT ON decisions BEGIN SELECT 1; END"
        ],
        "add-view": ["CREATE VIEW overzicht AS SELECT id FROM youths"],
        "hide-behind-view": [
            "ALTER TABLE withdrawals RENAME TO withdrawals_echt",
            "CREATE VIEW withdrawals AS SELECT * FROM withdrawals_echt WHERE id > 1",
        ],
        "add-index": ["CREATE INDEX snel ON youths(id)"],
        "odd-name": ['CREATE TRIGGER "x\u202e\n" AFTER INSERT ON youths BEGIN SELECT 1; END'],
    }[attack]
    insider(vault, *statements)
    code, text = checked(vault, monkeypatch, capsys)
    assert code == 1 and "Kluis NIET in orde" in text, text
    assert said in text, text
    assert "\u202e" not in text
    # The check at unlock says it too, and the vault opens read-only.
    svc = Service.open(vault.path, PASSPHRASE, check=True)
    try:
        assert svc.health_report is not None and not svc.health_report.ok
        assert any(said in p for p in svc.health_report.problems), svc.health_report.problems
        assert svc.vault.db.read_only_reason is not None
    finally:
        svc.close()


def test_a_lowered_schema_version_is_a_sentence_and_changes_nothing(
    vault: Copy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Opening would run the last migration again over tables it made already: that was a
    raw OperationalError ("table … already exists") out of Service.open."""
    version = vault.svc.vault.db.user_version
    insider(vault, f"PRAGMA user_version = {version - 1}")
    code, text = checked(vault, monkeypatch, capsys)
    assert code == 2 and "andere versie" in text, text
    with pytest.raises(IntegrityFailure) as caught:
        Service.open(vault.path, PASSPHRASE)
    assert "versienummer in het bestand is buiten het programma om gewijzigd" in str(
        caught.value.message
    )
    # The failed step was rolled back: the file still states the lowered version.
    code, text = checked(vault, monkeypatch, capsys)
    assert code == 2 and "andere versie" in text, text


def test_an_event_body_with_the_same_meaning_in_other_bytes_breaks_the_chain(
    vault: Copy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The chain hashes the stored bytes, not their meaning: keys reordered and spaces added
    (json.loads reads the same event) is a changed event."""
    seq, body = vault.svc.vault.db.query("SELECT seq, body FROM events ORDER BY seq LIMIT 1")[0]
    text = bytes(body).decode() if isinstance(body, bytes | memoryview) else str(body)
    same = json.dumps(dict(reversed(list(json.loads(text).items()))), indent=1)
    assert json.loads(same) == json.loads(text) and same != text
    guards = vault.svc.vault.db.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
    )
    value = same.encode() if isinstance(body, bytes | memoryview) else same
    conn = attacker_connection(vault.svc)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for name, _ in guards:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE events SET body = ? WHERE seq = ?", (value, seq))
        for _, sql in guards:
            conn.execute(sql)
        conn.execute("COMMIT")
    finally:
        conn.close()
    code, out = checked(vault, monkeypatch, capsys)
    assert code == 1 and "Logboek NIET in orde" in out, out


def test_the_organisations_key_replaced_in_meta_is_caught(
    vault: Copy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Replacing the key would let the insider sign anything from now on; every checkpoint and
    the log head in the header were signed with the old one."""
    private, public = new_signing_key()
    insider(
        vault,
        f"UPDATE meta SET value = '{public}' WHERE key = 'public_key'",
        f"UPDATE meta SET value = '{private}' WHERE key = 'signing_key'",
    )
    code, out = checked(vault, monkeypatch, capsys)
    assert code == 1 and "controlepunt klopt niet" in out, out
    assert os.environ.get("TOESTEMMING_PASSPHRASE") == PASSPHRASE


@pytest.mark.parametrize(
    ("column", "statement"),
    [
        ("given_name", "UPDATE youths SET given_name = 'Zoë' WHERE id = {id}"),
        ("family_key", "UPDATE youths SET family_key = 'odegaard' WHERE id = {id}"),
        ("external_ref", "UPDATE youths SET external_ref = 'LLN-4711' WHERE id = {id}"),
        ("protection", "UPDATE youths SET protection = 'curatele' WHERE id = {id}"),
        ("representative", "UPDATE representatives SET name = 'Çelik' WHERE youth_id = {id}"),
        ("contact", "UPDATE representatives SET phone = '0612345678' WHERE youth_id = {id}"),
    ],
)
def test_personal_data_written_back_into_an_erased_record_is_caught(
    vault: Copy,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    column: str,
    statement: str,
) -> None:
    """After an erasure no salt is left to check a value by; what erase leaves is fixed, so
    anything else there was written back. The output names the youth by number only."""
    (youth,) = ERASED
    code, text = checked_after(vault, monkeypatch, capsys, statement.format(id=youth))
    assert code == 1 and f"jongere nr. {youth}" in text, text
    assert "Zoë" not in text and "odegaard" not in text and "0612345678" not in text


def checked_after(
    copy: Copy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sql: str
) -> tuple[int, str]:
    code, text = checked_clean(copy, monkeypatch, capsys)
    assert code == 0, text  # the erased vault checks clean before the edit
    return edited_and_checked(copy, monkeypatch, capsys, sql)


def checked_clean(
    copy: Copy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    return check_with(copy, monkeypatch, capsys, PASSPHRASE)


def edited_and_checked(
    copy: Copy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sql: str
) -> tuple[int, str]:
    svc = Service.open(copy.path, PASSPHRASE, clock=FixedClock(START + timedelta(days=30)))
    edited = Copy(copy.path, svc)
    try:
        lifted_edit(attacker_connection(svc), [(sql, ())], must_hit=True)
    finally:
        svc.close()
    return checked(edited, monkeypatch, capsys)
