"""A package of this release re-rendered without the doubled hour's marks (proof28).

Noor's mother said "ja" at 02:30 summer time on the last Sunday of October and withdrew at
02:30 again an hour later, winter time. The proof prints both with their offset since proof26;
verify also took the unmarked form (earlier releases printed it), so an insider could
re-render this release's package without the marks — every moment true, yet a reader cannot
tell which 02:30 came first — and verify said authentic. Now the export's logged event says
its PDF marks them, and verify refuses an unmarked moment in that hour in such a package; a
package of an earlier release (its export says nothing of it) still verifies unmarked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from proof21_support import exported, rerendered
from test_proof26_time_and_channel import BEFORE, _story, _unmarked

from formulieren import layout, proof_pdf
from toestemming.clock import FixedClock
from toestemming.proof import moments_marked
from toestemming.proof.binding import pdf_text
from toestemming.proof.package import PDF
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service

UNMARKED = "valt in het uur dat bij het ingaan van de wintertijd twee keer voorkomt"


def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """The renderer of a release before proof26: the doubled hour unmarked."""
    monkeypatch.setattr(proof_pdf, "moment", _unmarked)
    monkeypatch.setattr(layout, "moment", _unmarked)


@pytest.mark.parametrize("clock", [BEFORE], indirect=True)
def test_this_releases_package_without_the_marks_is_refused(
    service: Service,
    catalog: SimpleNamespace,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    night = exported(service, clock, _story(service, catalog, clock), tmp_path)
    text = " ".join((pdf_text(night.files[PDF]) or "").split())
    assert "02:30 (UTC+2)" in text and "02:30 (UTC+1)" in text
    _plain(monkeypatch)
    report = rerendered(night, night.view, "zonder-aanduiding.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC
    assert any(UNMARKED in p for p in report.problems), report.problems


@pytest.mark.parametrize("clock", [BEFORE], indirect=True)
def test_an_earlier_releases_package_printed_unmarked_still_verifies(
    service: Service,
    catalog: SimpleNamespace,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(moments_marked, "exported", lambda: {})
    night = exported(service, clock, _story(service, catalog, clock), tmp_path)
    _plain(monkeypatch)
    report = rerendered(night, night.view, "vroeger.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


@pytest.mark.parametrize(
    ("moment", "twice"),
    [
        (datetime(2026, 10, 25, 2, 0), True),
        (datetime(2026, 10, 25, 2, 59), True),
        (datetime(2026, 10, 25, 1, 59), False),
        (datetime(2026, 10, 25, 3, 0), False),
        (datetime(2026, 3, 29, 2, 30), False),  # the spring hour that never happens
        (datetime(2027, 10, 31, 2, 15), True),
    ],
)
def test_which_wall_times_happen_twice(moment: datetime, twice: bool) -> None:
    args = (moment.day, moment.month, moment.year, moment.hour, moment.minute)
    assert moments_marked.doubled(*args) is twice
