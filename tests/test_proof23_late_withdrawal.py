"""Her "nee" was mailed on Monday and recorded on Wednesday; on Tuesday a colleague shared with
UWV (proof23; the inzage's story in test_casussen_s19_withdrawal_read_late). The inzage says
of Tuesday's row "GEDEELD NA DE INTREKKING van …, die pas later werd vastgelegd; de ontvanger
wordt ingelicht"; the proof's Verstrekkingen row said only "toestemming", as if her consent
covered it. Now it says the same (one rule: sharing_rules.shared_after_withdrawal), the
genuine package verifies, and `verify` holds the note to the log: an insider who re-renders
the PDF without it, or adds it to Saturday's sharing made on her consent, is refused."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_checks import flat
from proof21_support import Exported, exported, rerendered

from formulieren.proof_pdf import ProofDisclosure, ProofView
from toestemming.clock import FixedClock, local_date
from toestemming.model import SignerRef
from toestemming.proof.package_files import PDF
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

AFTER = "GEDEELD NA DE INTREKKING"


@dataclasses.dataclass(frozen=True)
class Story:
    case: Exported
    monday: datetime


@pytest.fixture
def story(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> Story:
    c = catalog
    noa = make_youth(17, given_name="Noa").youth
    me = SignerRef.youth(noa.id)
    request = service.consents.create_request(
        noa.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id, c.stagegegevens.id))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
    clock.advance(timedelta(days=1))  # Saturday: shared on her consent
    service.sharing.record_disclosure(noa.id, c.uwv.id, c.werk.id, [c.stagegegevens.id])
    clock.advance(timedelta(days=2))
    monday = clock.now()  # her mail "ik wil niet meer dat jullie iets delen" is sent
    clock.advance(timedelta(days=1))  # Tuesday: a colleague, not knowing, shares again
    service.sharing.record_disclosure(noa.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=1))  # Wednesday: the mail is read and recorded
    service.withdrawals.withdraw([item], me, "email", withdrawn_at=monday)
    clock.advance(timedelta(hours=1))
    return Story(exported(service, clock, request.id, tmp_path), monday)


def _rows(view: ProofView) -> tuple[ProofDisclosure, ...]:
    return view.items[0].disclosures


def _with_rows(view: ProofView, rows: list[ProofDisclosure]) -> ProofView:
    item = dataclasses.replace(view.items[0], disclosures=tuple(rows))
    return dataclasses.replace(view, items=(item,))


def test_the_proof_says_tuesdays_sharing_came_after_her_withdrawal(story: Story) -> None:
    saturday, tuesday = _rows(story.case.view)
    assert saturday.basis == "toestemming"
    assert tuesday.basis.startswith(
        f"toestemming — {AFTER} van {local_date(story.monday):%d-%m-%Y}"
    )
    assert tuesday.basis.endswith("de ontvanger wordt ingelicht")
    text = flat(story.case.files[PDF])
    assert text.count(AFTER) == 1, text
    assert "Contactgegevens" in text[: text.index(AFTER)][-300:]  # on Tuesday's row


def test_the_genuine_package_verifies(story: Story) -> None:
    report = rerendered(story.case, story.case.view, "echt-opnieuw.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_the_note_left_out_is_refused(story: Story) -> None:
    saturday, tuesday = _rows(story.case.view)
    view = _with_rows(
        story.case.view, [saturday, dataclasses.replace(tuesday, basis="toestemming")]
    )
    report = rerendered(story.case, view, "zonder-noot.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts


def test_the_note_added_to_a_sharing_on_her_consent_is_refused(story: Story) -> None:
    saturday, tuesday = _rows(story.case.view)
    view = _with_rows(
        story.case.view, [dataclasses.replace(saturday, basis=tuesday.basis), tuesday]
    )
    report = rerendered(story.case, view, "noot-erbij.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
