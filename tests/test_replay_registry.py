"""The rows that decide who decides and what the data is, attacked by an insider with the
passphrase (issue 20): the vault is unlocked the legitimate way, the data key taken, and a
youth's birth date, a parent's gezag, a category's `special`, a recipient's legal role, an
evidence file or the event_subjects index is edited with sqlcipher3 — triggers dropped and
put back, the item_state cache re-derived — leaving the hash-chained log alone.
`toestemming-cli check` must exit 1 naming the table and column (and an id, never a name or
a date). And without false alarms: corrections made through the service, erasure, a merge,
the demo vault and the saved vaults of every schema version check clean."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import PASSPHRASE, START, birth_date_for_age
from forms_scenario import build as build_scenario
from replay_support import Copy, edit, open_copy
from replay_support import check_says as check_with

from toestemming.clock import FixedClock
from toestemming.devtools.demo import create_demo_vault
from toestemming.errors import IntegrityFailure
from toestemming.model import RepresentativeRole
from toestemming.proof import verify
from toestemming.replay_registry import start
from toestemming.replay_report import ReplayReport
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Saved:
    folder: Path
    marek: int
    zoe: int
    signature_id: int
    parents: tuple[int, int]
    marek_born: str


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Saved:
    """One realistic vault (forms_scenario), closed; each test attacks its own copy."""
    folder = tmp_path_factory.mktemp("origineel")
    clock = FixedClock(START)
    svc, _ = Service.create(
        folder / "kluis.tvault", "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        s = build_scenario(svc, clock)
        born = svc.people.youth(s.marek).birth_date.isoformat()
        assert svc.replay(texts=True).ok  # untouched: no false alarm
    finally:
        svc.close()
    return Saved(folder, s.marek, s.zoe, s.signature_id, s.parents, born)


@pytest.fixture
def vault(saved: Saved, tmp_path: Path) -> Iterator[Copy]:
    copy = open_copy(saved.folder, tmp_path, PASSPHRASE, START + timedelta(days=30))
    yield copy
    copy.svc.close()


def check_says(
    copy: Copy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    return check_with(copy, monkeypatch, capsys, PASSPHRASE)


SWAP_EVIDENCE = (
    "UPDATE evidence SET content = zeroblob(64), size = 64, "
    f"sha256 = '{hashlib.sha256(bytes(64)).hexdigest()}' WHERE id = {{signature}}"
)
# (the attack, what the report must name)
ATTACKS = {
    "swapped evidence": (SWAP_EVIDENCE, "evidence.sha256"),
    "damaged evidence, hash left": (
        "UPDATE evidence SET content = zeroblob(1450) WHERE id = {signature}",
        "evidence.content",
    ),
    "evidence emptied as if erased": (
        "UPDATE evidence SET content = NULL, erased_at = '2026-12-01T10:00:00Z' "
        "WHERE id = {signature}",
        "evidence.content",
    ),
    # Zoë is 15 with two parents with gezag: without the second, the first decides alone.
    "gezag taken away": (
        "UPDATE representatives SET has_gezag = 0 WHERE id = {parent}",
        "representatives.has_gezag",
    ),
    "parent made a guardian": (
        "UPDATE representatives SET role = 'guardian' WHERE id = {parent}",
        "representatives.role",
    ),
    "parent ended": (
        "UPDATE representatives SET ended_at = '2026-11-30T10:00:00Z' WHERE id = {parent}",
        "representatives.ended_at",
    ),
    "parent deleted": (
        "DELETE FROM representatives WHERE id = {parent}",
        "ontbreekt in de kluis (tabel representatives)",
    ),
    "parent slipped in": (
        "INSERT INTO representatives(youth_id, name, role, has_gezag, created_at) "
        "VALUES ({zoe}, 'Iemand', 'parent', 1, '2026-11-24T10:00:00Z')",
        "niet in het logboek",
    ),
    "parent moved to another youth": (
        "UPDATE representatives SET youth_id = {marek} WHERE id = {parent}",
        "representatives.youth_id",
    ),
    "birth date": (
        "UPDATE youths SET birth_date = '2012-10-14' WHERE id = {marek}",  # 17 → 14
        "youths.personal",
    ),
    "youth slipped in": (
        "INSERT INTO youths(given_name, family_name, birth_date, given_key, family_key, "
        "created_at) VALUES ('X', 'Y', '2011-01-01', 'x', 'y', '2026-11-24T10:00:00Z')",
        "niet in het logboek",
    ),
    "recipient slipped in": (
        "INSERT INTO recipients(name, kind, created_at, legal_role) "
        "VALUES ('Elders', 'werkgever', '2026-11-24T10:00:00Z', 'private')",
        "(tabel recipients) maar niet in het logboek",
    ),
    "placed under curatele": (
        "UPDATE youths SET protection = 'curatele' WHERE id = {marek}",
        "youths.protection",
    ),
    "youth hidden as erased": (
        "UPDATE youths SET erased_at = '2026-12-01T10:00:00Z' WHERE id = {marek}",
        "youths.erased_at",
    ),
    "special data made ordinary": (
        "UPDATE data_categories SET special = 0 WHERE special = 1",
        "data_categories.special",
    ),
    "dat made wat": (
        "UPDATE data_categories SET level = 'wat' WHERE level = 'dat'",
        "data_categories.level",
    ),
    "legal role": (
        "UPDATE recipients SET legal_role = 'private' WHERE legal_role = 'public_task'",
        "recipients.legal_role",
    ),
    "recipient switched off": (
        "UPDATE recipients SET active = 0 WHERE id = 1",
        "recipients.active",
    ),
    "purpose text": (
        "UPDATE purpose_versions SET description = description || ' En meer.' WHERE id = 1",
        "purpose_versions.description",
    ),
    "one parent enough, by policy": (
        "INSERT OR REPLACE INTO meta(key, value) VALUES ('policy', "
        '\'{{"parent_policy": "one"}}\')',
        "meta.policy",
    ),
    "event hidden from an item's history": (
        "DELETE FROM event_subjects WHERE seq IN "
        "(SELECT seq FROM events WHERE kind LIKE 'withdraw%')",
        "event_subjects",
    ),
    "foreign event added to an item's history": (
        "INSERT INTO event_subjects(subject, subject_id, seq) "
        "SELECT 'request', {marek_request}, max(seq) FROM events WHERE kind = 'youth.added'",
        "event_subjects",
    ),
}


@pytest.mark.parametrize("name", list(ATTACKS))
def test_check_catches_an_edited_row_that_decides_a_consent(
    saved: Saved,
    vault: Copy,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
) -> None:
    sql, named = ATTACKS[name]
    marek_request = vault.svc.vault.db.scalar(
        "SELECT min(id) FROM consent_requests WHERE youth_id = ?", (saved.marek,)
    )
    edit(
        vault,
        sql.format(
            signature=saved.signature_id,
            parent=saved.parents[1],
            marek=saved.marek,
            zoe=saved.zoe,
            marek_request=marek_request,
        ),
    )
    code, text = check_says(vault, monkeypatch, capsys)
    assert code == 1, text
    assert named in text, text
    line = next(line for line in text.splitlines() if named in line)
    assert "logboek" in line or "gebeurtenis" in line, line  # says what it was compared with
    assert saved.marek_born not in text and "2012-10-14" not in text  # no birth date


def test_the_unlock_check_makes_an_edited_vault_read_only(saved: Saved, vault: Copy) -> None:
    """A small vault is replayed at unlock: the gezag edit is found before anyone works on."""
    edit(vault, f"UPDATE representatives SET has_gezag = 0 WHERE id = {saved.parents[1]}")
    vault.svc.close()
    again = Service.open(vault.path, PASSPHRASE, check=True)
    try:
        assert again.read_only
        report = again.health_report
        assert report is not None and not report.ok
        assert any("representatives.has_gezag" in p for p in report.problems)
    finally:
        again.close()


def test_each_problem_is_named_once_with_its_id(
    saved: Saved, vault: Copy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two edits at once: both named, each with the row's id and the event to compare with."""
    edit(
        vault,
        f"UPDATE representatives SET has_gezag = 0 WHERE id = {saved.parents[1]}",
        f"UPDATE youths SET birth_date = '2012-10-14' WHERE id = {saved.marek}",
    )
    report = vault.svc.replay()
    lines = report.lines()
    assert any(
        line.startswith(f"vertegenwoordiger nr. {saved.parents[1]} van jongere nr. {saved.zoe}")
        and "gebeurtenis" in line
        for line in lines
    ), lines
    assert any(line.startswith(f"jongere nr. {saved.marek}:") for line in lines), lines
    assert len(lines) == 2, lines


# -- no false alarms -------------------------------------------------------------------------
def test_corrections_through_the_service_check_clean(
    service: Service, catalog, make_youth, clock: FixedClock
) -> None:
    """Gezag changed, birth date corrected, protection set, a representative ended and one
    added, a youth leaving, a merge, a recipient's legal role and activity, a purpose
    revised as material, evidence added, a youth erased: every row still follows the log."""
    young = make_youth(15, parents=2)
    service.people.set_gezag(young.parents[1].id, False)
    service.people.update_youth(
        young.youth.id, birth_date=birth_date_for_age(clock.today(), 14).isoformat()
    )
    service.people.update_representative(
        young.parents[0].id, name="Ouder Eén", email="ouder@example.nl"
    )
    service.people.end_representative(young.parents[1].id)
    service.people.add_representative(young.youth.id, "Voogd", RepresentativeRole.GUARDIAN, True)
    adult = make_youth(19)
    service.people.update_youth(adult.youth.id, protection="mentorschap")
    clock.advance(timedelta(days=2))
    service.retention.mark_left(adult.youth.id, clock.today() - timedelta(days=1))
    first = make_youth(16, email="")
    second = make_youth(16, parents=1, email="dubbel@example.nl")
    service.duplicates.merge(first.youth.id, second.youth.id)
    service.catalog.set_recipient_legal_role(catalog.uwv.id, "private")
    service.catalog.set_recipient_active(catalog.werkgever.id, False)
    service.catalog.revise_purpose(catalog.werk.id, "Werk", "Nieuwe uitleg.", material=True)
    service.evidence.add("scan", "application/pdf", b"%PDF-1.4 scan")
    service.set_policy(replace(service.policy(), co_decision_12_15=True))
    gone = make_youth(17, parents=1)
    service.evidence.add("document", "application/pdf", b"%PDF-1.4 document")
    service.retention.erase(gone.youth.id, "request")
    report = service.replay(texts=True)
    assert report.ok, report.lines()
    assert service.integrity_problems() == []


def test_demo_vault_checks_clean(tmp_path: Path) -> None:
    path = tmp_path / "demo.tvault"
    create_demo_vault(path, PASSPHRASE, youths=20, kdf=KdfParams())
    svc = Service.open(path, PASSPHRASE, check=True)
    try:
        assert not svc.read_only
        report = svc.replay(texts=True)
        assert report.ok, report.lines()
    finally:
        svc.close()


@pytest.mark.parametrize("version", [1, 11, 12, 13, 14, 15, 16])
def test_saved_vaults_of_every_version_check_clean(tmp_path: Path, version: int) -> None:
    """Older events say less (no legal role before 14, no event_subjects before 11): what
    they say is compared, the rest as the migrations derived it."""
    source = DATA / f"vault_v{version}.tvault"
    target = tmp_path / source.name
    shutil.copy(source, target)
    shutil.copy(header_path(source), header_path(target))
    svc = Service.open(target, PASSPHRASE, check=True)
    try:
        assert svc.health_report is not None and svc.health_report.ok, svc.health_report
        report = svc.replay(texts=True)
        assert report.ok, report.lines()
    finally:
        svc.close()


def test_a_proof_is_not_made_while_its_history_index_hides_an_event(
    saved: Saved, vault: Copy, tmp_path: Path
) -> None:
    """The withdrawal's rows in event_subjects deleted: the item's proof would leave the
    withdrawal out and still verify. The export refuses and writes nothing; a request the
    edit does not touch still exports."""
    db = vault.svc.vault.db
    withdrawn = db.scalar(
        "SELECT request_id FROM consent_items WHERE id = (SELECT min(item_id) FROM withdrawals)"
    )
    assert withdrawn is not None
    other = db.scalar(
        "SELECT min(id) FROM consent_requests WHERE id != ? AND youth_id != "
        "(SELECT youth_id FROM consent_requests WHERE id = ?)",
        (withdrawn, withdrawn),
    )
    edit(
        vault,
        "DELETE FROM event_subjects WHERE seq IN "
        "(SELECT seq FROM events WHERE kind LIKE 'withdraw%')",
    )
    target = tmp_path / "bewijs.tbewijs"
    with pytest.raises(IntegrityFailure) as refused:
        vault.svc.forms.proof.export_request(int(withdrawn), target)
    assert "wijkt af van het logboek" in refused.value.message
    assert not target.exists()
    exported = vault.svc.forms.proof.export_request(int(other), tmp_path)
    assert verify(exported, clock=vault.svc.clock).ok  # read on the vault's day


def test_a_moved_evidence_link_is_caught(
    saved: Saved, vault: Copy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A scan linked to Marek's request through the service (clean), then the link moved to
    Zoë's request by hand: her proof would show Marek's scan. Caught, by table and id."""
    db = vault.svc.vault.db
    marek_request = int(
        db.scalar("SELECT min(id) FROM consent_requests WHERE youth_id = ?", (saved.marek,))
    )
    zoe_request = int(
        db.scalar("SELECT min(id) FROM consent_requests WHERE youth_id = ?", (saved.zoe,))
    )
    eid = vault.svc.evidence.add_linked(
        "scan", "application/pdf", b"%PDF-1.4 scan", marek_request, "scan"
    )
    assert vault.svc.replay(texts=True).ok
    edit(
        vault,
        f"UPDATE evidence_links SET request_id = {zoe_request}, youth_id = {saved.zoe} "
        f"WHERE evidence_id = {eid}",
    )
    code, text = check_says(vault, monkeypatch, capsys)
    assert code == 1
    assert f"bewijsstuk nr. {eid} bij verzoek nr. {zoe_request}" in text, text
    assert "evidence_links" in text


def test_an_erasure_record_rewritten_is_caught(service: Service, make_youth) -> None:
    """An erased youth's counts and ground are what youth.erased says; an erasure 'on
    request' turned into one 'by retention' (or its counts changed) is named."""
    gone = make_youth(17, parents=1)
    service.retention.erase(gone.youth.id, "request")
    assert service.replay().ok
    edit(
        Copy(service.vault.path, service),
        f"UPDATE erasures SET ground = 'retention', summary = '{{}}' "
        f"WHERE youth_id = {gone.youth.id}",
    )
    lines = service.replay().lines()
    assert any(
        line.startswith(f"jongere nr. {gone.youth.id}:")
        and "erasures.ground" in line
        and "erasures.summary" in line
        for line in lines
    ), lines


def test_the_check_beside_the_replay_in_a_child_process_finds_the_same(
    saved: Saved, vault: Copy
) -> None:
    """A large vault has its registry checked in a real child process while the consent
    replay runs: the same finding as inline; a child that cannot open the vault (wrong key)
    means the check runs here instead, never a check skipped."""
    edit(vault, f"UPDATE representatives SET has_gezag = 0 WHERE id = {saved.parents[1]}")
    db, spec = vault.svc.vault.db, vault.svc.vault.reader_spec()
    empty = ReplayReport((), 0, 0)
    inline = start(db, spec, apart_from=10**12)
    assert not inline.apart
    expected = inline.merged(empty).lines()
    assert any("representatives.has_gezag" in line for line in expected), expected
    apart = start(db, spec, apart_from=0)
    assert apart.apart
    assert apart.merged(empty).lines() == expected
    broken = start(db, replace(spec, key=bytes(32)), apart_from=0)
    assert broken.apart
    assert broken.merged(empty).lines() == expected
