"""Session 24 (atk29): an insider with the passphrase edits rows with sqlcipher3 and the key the
unlock gave — edits the earlier attack files did not make — and `toestemming check` (read-only,
at another desk) must name each by number or reference code, never by a name:

- a decision's moment moved (before a withdrawal, inside a period the parent was no decider);
- a youth's birth date moved (from 13 to 17 by next month: who decides changes at 16);
- a representative's gezag taken away or given (who may decide for a minor);
- the receiver in the catalog renamed (the parent agreed to share with UWV, the desk then
  says the police);
- events re-ordered, their numbers swapped and the chain recomputed from there (the log
  head in the key file — written by the program — no longer fits)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import PASSPHRASE
from replay_support import attacker_connection, lifted_edit

from toestemming import audit
from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock
from toestemming.merkle import leaf_hash
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

NAMES = ("Noor", "Pieternel", "Politie Utrecht")


def _story(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> SimpleNamespace:
    case = make_youth(13, parents=0, given_name=NAMES[0])
    mother = service.people.add_representative(case.youth.id, NAMES[1], "parent", True)
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    clock.advance(timedelta(minutes=5))
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {request.items[0].id: "yes"}, "desk"
    )
    clock.advance(timedelta(hours=1))
    assert service.replay().ok
    return SimpleNamespace(
        youth=case.youth.id, mother=mother.id, code=request.reference_code, recipient=c.uwv.id
    )


def _check_after(
    service: Service,
    statements: list[tuple[str, tuple[object, ...]]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> str:
    conn = attacker_connection(service)
    try:
        lifted_edit(conn, statements, must_hit=True)
    finally:
        conn.close()
    path = service.vault.path
    service.close()
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    code = cli_main(["check", "--vault", str(path)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text
    assert code == 1, text
    assert not any(name in text for name in NAMES), text
    return text


EDITS: dict[str, Callable[[SimpleNamespace], tuple[list[tuple[str, tuple[object, ...]]], str]]] = {
    "decision-moved": lambda s: (
        [
            (
                "UPDATE decisions SET decided_at = '2026-01-05T09:00:00+00:00' WHERE item_id IN "
                "(SELECT i.id FROM consent_items i JOIN consent_requests r ON r.id = i.request_id"
                " WHERE r.reference_code = ?)",
                (s.code,),
            )
        ],
        s.code,
    ),
    "birth-date": lambda s: (
        [("UPDATE youths SET birth_date = '2009-01-01' WHERE id = ?", (s.youth,))],
        f"jongere nr. {s.youth}",
    ),
    "gezag-taken": lambda s: (
        [("UPDATE representatives SET has_gezag = 0 WHERE id = ?", (s.mother,))],
        f"vertegenwoordiger nr. {s.mother}",
    ),
    "recipient-renamed": lambda s: (
        [("UPDATE recipients SET name = ? WHERE id = ?", (NAMES[2], s.recipient))],
        f"nr. {s.recipient}",
    ),
}


@pytest.mark.parametrize("attack", sorted(EDITS))
def test_a_row_edited_by_an_insider_is_named_by_check(
    attack: str,
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    story = _story(service, catalog, make_youth, clock)
    statements, named = EDITS[attack](story)
    text = _check_after(service, statements, monkeypatch, capsys)
    assert named in text, text


def test_events_reordered_with_the_chain_recomputed_are_caught_by_the_head_outside(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _story(service, catalog, make_youth, clock)
    db = service.vault.db
    last = int(db.scalar("SELECT max(seq) FROM events"))
    a, b = last - 3, last - 2
    rows = {
        int(r[0]): r
        for r in db.query(
            "SELECT seq, at, actor, kind, body, hash FROM events WHERE seq >= ?", (a,)
        )
    }
    prev = bytes(db.scalar("SELECT hash FROM events WHERE seq = ?", (a - 1,)))
    # The two events swapped, renumbered, every hash from there on recomputed by the chain's
    # own rule (audit.py): a log that verifies on its own.
    order = [rows[b], rows[a]] + [rows[s] for s in range(b + 1, last + 1)]
    statements: list[tuple[str, tuple[object, ...]]] = [("DELETE FROM events WHERE seq >= ?", (a,))]
    for table in ("event_subjects", "event_salts"):  # what names the events by number
        named = {int(r[0]) for r in db.query(f"SELECT DISTINCT seq FROM {table}")}
        for old, new in ((a, -b), (b, -a)):
            if old in named:
                statements.append((f"UPDATE {table} SET seq = ? WHERE seq = ?", (new, old)))
        for seq in (a, b):
            if seq in named:
                statements.append((f"UPDATE {table} SET seq = -seq WHERE seq = ?", (-seq,)))
    first_insert = len(statements)
    for seq, row in enumerate(order, start=a):
        body = json.loads(bytes(row[4]))
        body["seq"] = seq
        raw = audit.canonical_json(body)
        digest = audit.chain_hash(prev, raw)
        statements.append(
            (
                "INSERT INTO events (seq, at, actor, kind, body, hash) VALUES (?, ?, ?, ?, ?, ?)",
                (seq, row[1], row[2], row[3], raw, digest),
            )
        )
        prev = digest
    # The Merkle frontier recomputed over the new hashes as well.
    hashes = [
        bytes(h[0]) for h in db.query("SELECT hash FROM events WHERE seq < ? ORDER BY seq", (a,))
    ]
    frontier: audit.Frontier = []
    for h in hashes:
        audit.frontier_append(frontier, leaf_hash(h))
    for st in statements[first_insert:]:
        audit.frontier_append(frontier, leaf_hash(st[1][5]))  # type: ignore[arg-type]
    statements.append(
        (
            "UPDATE meta SET value = ? WHERE key = 'merkle_frontier'",
            (audit._frontier_dump(frontier),),
        )
    )
    text = _check_after(service, statements, monkeypatch, capsys)
    # The rows agree with the rewritten log (salts and subjects moved along): what catches
    # it is the head outside the database — which the open desk used to re-sign over the
    # rewrite at its next commit (here: the checkpoint at close).
    assert "is niet meer dezelfde" in text, text
