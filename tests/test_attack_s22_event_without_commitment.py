"""An event the program never writes, appended with the program's own log (session 22,
attack round 8).

The insider with the passphrase does not need to rewrite the log: appending is what every
session does. `youth.updated` (and `.added`, `representative.added` / `.updated`, a
`youth.left` with a date) has carried a salted commitment to the personal values ("pd") since
the first version. The replay read a missing "pd" as "this event carried no personal values:
nothing to compare" — so one appended `youth.updated` without it, a valid link in a valid,
signed chain, and from then on the youth's birth date (which decides whether the parents or
the youth decide) could be changed by hand and `check` said "in orde". A log that extends
every head kept elsewhere: no proof package or backup catches an append.

Now such an event is unreadable to the replay, and `check` names it by its number."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from replay_support import replay_after_edit

from toestemming.service import Service


def _append(service: Service, kind: str, data: dict[str, Any]) -> int:
    """The insider's event, through the program's own log (chain, Merkle tree, log head)."""
    ctx = service._ctx
    with ctx.db.transaction():
        return ctx.event(kind, data)


def test_a_youth_update_without_its_commitment_is_named(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    youth = make_youth(15, parents=2).youth
    seq = _append(service, "youth.updated", {"youth": youth.id, "fields": [], "protection": "none"})
    lines = replay_after_edit(
        service, [("UPDATE youths SET birth_date = '2005-01-01' WHERE id = ?", (youth.id,))]
    )
    assert any(f"gebeurtenis {seq}" in line or f"nr. {seq}" in line for line in lines), lines
    assert not any("2005" in line for line in lines), lines


@pytest.mark.parametrize("kind", ["representative.added", "representative.updated"])
def test_a_representative_event_without_its_commitment_is_named(
    service: Service, make_youth: Callable[..., Any], kind: str
) -> None:
    case = make_youth(14, parents=1)
    (rep,) = case.parents
    data: dict[str, Any] = {"youth": case.youth.id, "representative": rep.id}
    if kind == "representative.added":  # the same parent "added" again, without her name
        data |= {"role": "parent", "has_gezag": True}
    seq = _append(service, kind, data)
    lines = replay_after_edit(
        service, [("UPDATE representatives SET name = 'Iemand Anders' WHERE id = ?", (rep.id,))]
    )
    assert any(str(seq) in line for line in lines), lines


def test_a_youth_left_with_a_date_but_no_commitment_is_named(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    youth = make_youth(17).youth
    seq = _append(service, "youth.left", {"youth": youth.id, "left": True})
    lines = replay_after_edit(
        service, [("UPDATE youths SET left_at = '2026-01-01' WHERE id = ?", (youth.id,))]
    )
    assert any(str(seq) in line for line in lines), lines
