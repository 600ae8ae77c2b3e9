"""An insider edits only the columns beside an event's body (session 23, attack round 28).

Each `events` row holds the canonical JSON body the chain hashes, and beside it the columns the
desk reads: `at` (event_seek's moments, the clock checks, the activity log's "wanneer"),
`kind` (every `WHERE kind = ?`: a proof's item history, the catalog and gezag histories) and
`actor` (the activity log's "wie"). The insider with the key drops the append-only trigger
and changes a column — the withdrawal dated a week earlier, renamed to another kind so the
proof's history query passes it by, or put on a colleague's name — and leaves the body alone.
Every link still held, so the check at unlock (the chain, the signatures, the replay of the
rows) said "in orde" and the desk worked on; only `toestemming-cli check` (its deep pass)
compared the columns with the body.

Now the link check compares them too, at every unlock: the vault opens read-only and names
the event ("De gegevens naast deze gebeurtenis zijn gewijzigd"). Two byte comparisons per
event against the body's canonical beginning and end; no JSON parsing."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import birth_date_for_age
from replay_support import attacker_connection

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec

PASSPHRASE = "correct horse battery staple"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
LATER = START + timedelta(hours=3)
WITHDRAWAL = "withdrawal.recorded"

EDITS = {
    "date-a-week-earlier": ("at", "2026-11-27T09:00:00.000000Z"),
    "date-as-stored-plus-a-second": ("at", "2026-12-04T10:00:01.000000Z"),
    "kind-renamed": ("kind", "worker.added"),
    "kind-with-a-quote": ("kind", 'withdrawal.recorded"'),
    "on-a-colleagues-name": ("actor", 2),
    "on-nobodys-name": ("actor", None),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A mother's "ja", then her withdrawal (at 10:00) — and a colleague, Bert."""
    folder = tmp_path_factory.mktemp("kolommen")
    vault = folder / "kluis.tvault"
    clock = FixedClock(START)
    svc, _ = Service.create(vault, "School", "Anna", PASSPHRASE, clock, kdf=KdfParams())
    try:
        svc.add_worker("Bert", "bert opent de kluis zelden maar wel")
        c = svc.catalog
        uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf", email="werkbedrijf@uwv.example")
        werk = c.add_purpose("begeleiding-werk", "Begeleiding naar werk", "Hulp bij werk.")
        contact = c.add_category("contact", "Contactgegevens", "Naam, telefoon.", "dat", False)
        youth = svc.people.add_youth(
            given_name="Noor",
            family_name="Bos",
            birth_date=birth_date_for_age(clock.today(), 13).isoformat(),
        )
        mother = svc.people.add_representative(youth.id, "Moeder", RepresentativeRole.PARENT, True)
        request = svc.consents.create_request(youth.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
        item = request.items[0].id
        signer = SignerRef.representative(mother.id)
        svc.consents.record_decisions(request.id, signer, {item: "yes"}, "desk")
        clock.advance(timedelta(hours=1))
        svc.withdrawals.withdraw([item], signer, "desk")
    finally:
        svc.close()
    return folder


def _copy(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "kluis"
    shutil.copytree(template, folder)
    return folder / "kluis.tvault"


def test_the_untouched_vault_opens_in_order(template: Path, tmp_path: Path) -> None:
    svc = Service.open(_copy(template, tmp_path), PASSPHRASE, clock=FixedClock(LATER), check=True)
    try:
        assert svc.health_report is not None and svc.health_report.ok
        assert svc.vault.db.read_only_reason is None
    finally:
        svc.close()


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_column_changed_beside_its_body_is_named_at_unlock(
    edit: str, template: Path, tmp_path: Path
) -> None:
    vault = _copy(template, tmp_path)
    column, value = EDITS[edit]
    svc = Service.open(vault, PASSPHRASE, clock=FixedClock(LATER))
    try:
        conn = attacker_connection(svc)
        try:
            seq = conn.execute("SELECT seq FROM events WHERE kind = ?", (WITHDRAWAL,)).fetchone()[0]
            triggers = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
            ).fetchall()
            conn.execute("BEGIN IMMEDIATE")
            for name, _ in triggers:
                conn.execute(f'DROP TRIGGER "{name}"')
            conn.execute(f"UPDATE events SET {column} = ? WHERE seq = ?", (value, seq))
            for _, sql in triggers:
                conn.execute(sql)
            conn.execute("COMMIT")
        finally:
            conn.close()
    finally:
        svc.close()
    svc = Service.open(vault, PASSPHRASE, clock=FixedClock(LATER), check=True)
    try:
        report = svc.health_report
        assert report is not None and not report.ok, edit
        assert svc.vault.db.read_only_reason is not None  # nothing more is written on it
        assert report.audit is not None and report.audit.first_bad_seq == seq
        assert any("naast deze gebeurtenis" in p for p in report.problems), report.problems
        assert "Noor" not in " ".join(report.problems)
    finally:
        svc.close()
