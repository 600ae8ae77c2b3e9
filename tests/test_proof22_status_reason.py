"""bewijs.pdf's "Stand bij export <stand> — <reden>": the reason after the status, re-rendered
by the insider with the organisation's key, was not read (proof22). It must be a reason the
rules give for that status; the genuine ones verify."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from proof21_support import Exported, rerendered
from test_proof22_other_basis import _case

from toestemming.clock import FixedClock
from toestemming.proof.verify import EXIT_AUTHENTIC


@pytest.fixture
def case(service: Any, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path) -> Exported:
    return _case(service, catalog, clock, tmp_path, 0)  # item 1 "nee", item 2 "ja"


FORGED = {
    "a reason nobody gave": (1, "gegeven — Beide ouders met gezag zeiden ja op de ouderavond."),
    "another status's reason": (0, "geweigerd — Ingetrokken."),
    "a reconfirmation hidden": (1, "gegeven — Er is nee gezegd."),
}


@pytest.mark.parametrize("how", list(FORGED))
def test_a_status_reason_re_rendered_is_refused(case: Exported, how: str) -> None:
    position, status = FORGED[how]
    items = list(case.view.items)
    assert items[position].status.startswith(status.split(" — ")[0])
    items[position] = dataclasses.replace(items[position], status=status)
    report = rerendered(case, dataclasses.replace(case.view, items=tuple(items)), "reden.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("de stand" in p for p in report.problems), report.problems


def test_the_genuine_reasons_verify(case: Exported) -> None:
    assert [i.status for i in case.view.items] == [
        "geweigerd — Er is nee gezegd.",
        "gegeven — Alle benodigde personen hebben ja gezegd.",
    ]
    report = rerendered(case, case.view, "echt2.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
