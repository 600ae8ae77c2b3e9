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


def test_a_youth_added_again_with_other_values_is_named(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """A full `youth.added` for a number already given — commitment and all — reads like the
    first registration with the values the insider wants (here a birth date that makes a
    14-year-old 18: no parents asked). The program never gives a number twice."""
    youth = make_youth(14, parents=2).youth
    values = {
        "given_name": youth.given_name,
        "family_name": youth.family_name,
        "birth_date": "2008-01-01",
        "school": youth.school,
        "programme": youth.programme,
        "email": youth.email,
        "phone": youth.phone,
        "external_ref": "",
    }
    ctx = service._ctx
    with ctx.db.transaction():
        seq = ctx.event(
            "youth.added",
            {"youth": youth.id, "protection": "none", "language": "nl", "ref": True},
            personal=values,
        )
    lines = replay_after_edit(
        service, [("UPDATE youths SET birth_date = '2008-01-01' WHERE id = ?", (youth.id,))]
    )
    assert any(f"gebeurtenis {seq}" in line and "opnieuw" in line for line in lines), lines
    assert not any("2008" in line for line in lines), lines


def test_a_representative_added_with_gezag_as_text_is_unreadable(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """A third holder of gezag slipped in: the row by hand, the event with `"False"` — which
    reads as yes — so that row and event seemed to agree."""
    case = make_youth(14, parents=1)
    rid = case.parents[0].id + 100
    ctx = service._ctx
    with ctx.db.transaction():
        seq = ctx.event(
            "representative.added",
            {"youth": case.youth.id, "representative": rid, "role": "parent"}
            | {"has_gezag": "False"},
            personal={"name": "X Y", "email": "", "phone": ""},
        )
    at = ctx.db.scalar("SELECT at FROM events WHERE seq = ?", (seq,))
    lines = replay_after_edit(
        service,
        [
            (
                "INSERT INTO representatives(id, youth_id, name, role, has_gezag, email, phone, "
                "language, created_at) VALUES (?, ?, 'X Y', 'parent', 1, '', '', 'nl', ?)",
                (rid, case.youth.id, at),
            )
        ],
    )
    assert any(f"gebeurtenis {seq}" in line for line in lines), lines


def test_a_gezag_change_as_text_is_unreadable(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """`"has_gezag": "False"` appended beside a hand edit that gives the parent gezag back."""
    case = make_youth(14, parents=2)
    rep = case.parents[1]
    service.people.set_gezag(rep.id, False)
    ctx = service._ctx
    with ctx.db.transaction():
        seq = ctx.event(
            "representative.gezag",
            {"youth": case.youth.id, "representative": rep.id, "has_gezag": "False"},
        )
    lines = replay_after_edit(
        service, [("UPDATE representatives SET has_gezag = 1 WHERE id = ?", (rep.id,))]
    )
    assert any(f"gebeurtenis {seq}" in line for line in lines), lines
