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
from test_casussen_s19_withdrawal_read_late import late_withdrawal

from formulieren.proof_pdf import ProofDisclosure, ProofView
from toestemming.clock import FixedClock, local_date
from toestemming.proof.package_files import PDF
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service

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
    late = late_withdrawal(service, catalog, make_youth, clock)
    clock.advance(timedelta(hours=1))
    return Story(exported(service, clock, late.request_id, tmp_path), late.monday)


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
