"""A youth's package exported from every saved vault (each released schema version) verifies:
the names its lists show are proven by catalogue events that vault logged long ago (review19).

proof18 puts each shown recipient's `recipient.added` and the shown purpose version's
`purpose.added`/`purpose.revised` in the list's log proof, and a list whose export promises
that but lacks one is refused. A recipient or purpose made by an older release must be found
too, or a genuine package of a long-used vault is called forged."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.store.header import header_path

DATA = Path(__file__).resolve().parent / "data"
PASS = "correct horse battery staple"
AFTER_SAVED = datetime(2026, 12, 20, 12, tzinfo=UTC)  # as tests/store/test_saved_vaults.py
SAVED = sorted(DATA.glob("vault_v*.tvault"), key=lambda p: int(p.stem.split("_v")[1]))
INTEREST = (
    "Publieke taak van de gemeente: jongeren naar werk begeleiden.",
    "Past bij de begeleiding waarvoor de gegevens zijn verzameld.",
    "Alleen naam en opleiding, niet meer dan nodig.",
    "Toestemming was niet te krijgen; de jongere weet dat hij bezwaar kan maken.",
)


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.stem)
def test_a_youth_package_of_a_saved_vault_proves_its_old_names(saved: Path, tmp_path: Path) -> None:
    target = tmp_path / saved.name
    shutil.copy(saved, target)
    shutil.copy(header_path(saved), header_path(target))
    clock = FixedClock(AFTER_SAVED)
    svc = Service.open(target, PASS, clock=clock)
    try:
        recipients = svc.catalog.recipients(active_only=False)
        purposes = svc.catalog.purposes()
        category = min(svc.catalog.categories(), key=lambda c: c.id)
        youth = svc.people.add_youth(
            given_name="Sam", family_name="de Vries", birth_date="2006-01-01"
        )
        # Every recipient and every purpose the old release made, each shown in the lists.
        pairs = {(r.id, purposes[0].id) for r in recipients}
        pairs |= {(recipients[0].id, p.id) for p in purposes}
        for recipient_id, purpose_id in sorted(pairs):
            args = (youth.id, recipient_id, purpose_id)
            svc.catalog.set_recipient_legal_role(recipient_id, "public_task")
            weighing = svc.sharing.record_assessment(*args, "public_task", *INTEREST, True)
            svc.sharing.record_disclosure(*args, [category.id], assessment_id=weighing.id)
            svc.objections.record(*args, SignerRef.youth(youth.id), "email")
        path = svc.forms.proof.export_youth_package(youth.id, tmp_path / "jongere.ttbewijs")
        report = verify(path, trust=svc.forms.proof.own_trust(), clock=clock)
    finally:
        svc.close()
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert not any("alleen als nummer" in f for f in report.facts), report.facts
