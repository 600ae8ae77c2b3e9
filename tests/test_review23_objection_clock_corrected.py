"""Verzet recorded while the clock ran ahead counts from the correction (review23).

atk21 (s21) made every row the status rules read count no later than the clock correction
that followed it (event_seek.capped_rows): a withdrawal recorded on Tuesday by a laptop whose
clock said Thursday counts from Tuesday once the clock is put right. An objection (verzet,
Art. 21 AVG) is the other "no" (objections.py: its effect lives in Sharing.options), and it
was left out: Sam (17) objects on Tuesday to the gemeente getting her data for "werk"; the
laptop says Thursday; the clock is put right an hour later. On Friday the worker records a
sharing of Wednesday on a weighing: judged by the objection's stored date (Thursday) it was
"no objection yet" — recorded as an ordinary legal duty, no override ground, no second
confirmation — although Sam had objected the day before.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from team_support import colleague_ahead, states_clock_right
from test_attack_s20_gezag_clock_corrected import _ahead_then_right
from test_sharing_no_bypass import REASON, STEPS

from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.sharing_rules import Justification

MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_a_sharing_of_wednesday_after_tuesdays_verzet_is_an_override(
    service: Service, catalog: SimpleNamespace, clock: FixedClock
) -> None:
    c = catalog
    sam = service.people.add_youth(
        birth_date=(clock.today() - timedelta(days=17 * 366)).isoformat(),
        given_name="Sam",
        family_name="de Vries",
    )
    monday = clock.now()
    wednesday = monday + timedelta(days=2)
    _ahead_then_right(
        service,
        clock,
        lambda: service.objections.record(
            sam.id, c.gemeente.id, c.werk.id, SignerRef.youth(sam.id), "desk"
        ),
    )
    # Friday: the desk's own answer for Wednesday — Sam had objected on Tuesday.
    assert service.sharing.options(sam.id, c.gemeente.id, c.werk.id, wednesday).after_no

    weighing = service.sharing.record_assessment(
        sam.id, c.gemeente.id, c.werk.id, "legal_obligation", *STEPS, True
    )

    def share(justification: Justification) -> None:
        service.sharing.record_disclosure(
            sam.id,
            c.gemeente.id,
            c.werk.id,
            [c.contact.id],
            disclosed_at=wednesday,
            assessment_id=weighing.id,
            justification=justification,
        )

    before = service.vault.db.scalar("SELECT count(*) FROM disclosures")
    with pytest.raises(ValidationError, match="grondslag"):  # an override needs its ground
        share(Justification(informed="youth"))
    assert service.vault.db.scalar("SELECT count(*) FROM disclosures") == before

    # As an override (named ground, reason, confirmed) it is recorded, and logged as one.
    share(Justification(informed="youth", ground="court_order", reason=REASON, confirmed=True))
    assert len(service.sharing.disclosures(sam.id)) == 1
    (body,) = service.vault.db.query(
        "SELECT body FROM events WHERE kind = 'disclosure.recorded' ORDER BY seq DESC LIMIT 1"
    )[0]
    assert json.loads(body)["data"]["override"] is True
    assert service.replay().ok


def test_on_the_team_server_too(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The colleague's desk says Thursday when Sam objects on Tuesday; Wim's desk, right, states
    "de klok klopt nu" an hour later; on Friday Wim asks about Wednesday."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    colleague, ahead, wim_login = colleague_ahead(pg_server, pg_database, MONDAY)
    c = colleague.catalog
    gemeente = c.add_recipient("Gemeente Utrecht", "gemeente", "Werk & Inkomen")
    werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
    sam = colleague.people.add_youth(
        given_name="Sam", family_name="Jansen", birth_date="2009-03-01"
    )
    tuesday = MONDAY + timedelta(days=1)
    ahead.set(tuesday + timedelta(days=2))
    colleague.objections.record(sam.id, gemeente.id, werk.id, SignerRef.youth(sam.id), "desk")
    right = FixedClock(tuesday + timedelta(hours=1))
    wim = states_clock_right(wim_login, right)
    try:
        right.set(tuesday + timedelta(days=3))  # Friday
        wednesday = tuesday + timedelta(days=1)
        assert wim.sharing.options(sam.id, gemeente.id, werk.id, wednesday).after_no
        assert not wim.sharing.options(sam.id, gemeente.id, werk.id, MONDAY).after_no
    finally:
        wim.close()
        colleague.close()
