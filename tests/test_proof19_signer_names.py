"""A parent whose name the writer cannot print as typed — longer than its table cell (broken
inside the word), Hebrew, letters DejaVu lacks, emoji, Arabic with vowel marks — decides and
withdraws; the genuine proof verifies (the long name was called forged: "de besluiten, de
geschiedenis … wijken af"). A re-rendered PDF naming someone else under the same long name's
cell is still refused."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace

import pytest
from proof19_support import decided, rerender

from formulieren.proof_pdf import ProofView
from toestemming.clock import FixedClock
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT, verify
from toestemming.service import Service

LONG = "Wilhelminaschoonhovenvanderbergh" * 3  # one word, wider than the "Wie" cell
NAMES = [LONG, "שלום עולם", "東京都 日本語", "Hoi 😀 👍🏽", "مرحبًا بالعالم"]


@pytest.mark.parametrize("name", NAMES)
def test_the_genuine_proof_verifies(
    name: str, service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request = decided(service, catalog, clock, name, withdraw=True)
    path = service.forms.proof.export_request(request, tmp_path / "echt.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def _renamed(view: ProofView, old: str, new: str) -> ProofView:
    item = view.items[0]
    decisions = tuple(dataclasses.replace(d, signer=new) for d in item.decisions)
    history = tuple(dataclasses.replace(e, what=e.what.replace(old, new)) for e in item.history)
    return dataclasses.replace(
        view, items=(dataclasses.replace(item, decisions=decisions, history=history),)
    )


@pytest.mark.parametrize("where", ["decisions", "history"])
def test_another_long_name_is_refused(
    where: str, service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request = decided(service, catalog, clock, LONG, withdraw=True)
    view, verdict = rerender(service, clock, request, tmp_path)
    other = LONG[:-1] + "s"  # the brother, one letter apart
    forged = _renamed(view, LONG, other)
    if where == "decisions":
        forged = dataclasses.replace(
            forged,
            items=(dataclasses.replace(forged.items[0], history=view.items[0].history),),
        )
    else:
        forged = dataclasses.replace(
            forged,
            items=(dataclasses.replace(forged.items[0], decisions=view.items[0].decisions),),
        )
    shown_names = [d.signer for d in forged.items[0].decisions] + [
        e.what for e in forged.items[0].history
    ]
    assert any(other in n for n in shown_names) and forged != view
    assert verdict(view, "echt-opnieuw") == EXIT_AUTHENTIC
    assert verdict(forged, "broer") == EXIT_NOT_INTACT
