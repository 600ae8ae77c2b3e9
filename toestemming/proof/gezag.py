"""Whether a representative who decided or withdrew had gezag at that moment, proven in the
request package's own log proof (proof20).

A privacy officer asked years later "did this father have gezag when he said yes?" found in
the package his name and role ("ouder"), never his gezag: that was in the vault only. The log
holds it: `representative.added` (with `has_gezag`), each later change (`representative.gezag`)
and the end of the representation (`representative.ended`). So the export puts those events
of every representative who decided or withdrew on an exported item in the package's log
proof, and its own logged event (`proof.exported`, data "gezag") names them per request:
inclusion proofs show what is there, never that a change was left out, and the logged export
says what a complete set is. `verify` then says, per decision and withdrawal, what the log
says of the signer's gezag at its moment; packages from before say that they do not prove it.
The moment counts as the desk's rules count it (usecases/gezag_history.py): a representative
counts from being registered, with the gezag of the last change logged at or before it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from ..clock import LOCAL_TZ, from_iso
from ..model import ROLE_LABELS

if TYPE_CHECKING:
    from ..usecases.context import Context


class Logged(Protocol):
    """What this module reads of a logged event (collect.EventRecord; not imported: collect
    imports this module)."""

    @property
    def kind(self) -> str: ...

    @property
    def data(self) -> dict[str, Any]: ...


KINDS = ("representative.added", "representative.gezag", "representative.ended")
# The logged export's field naming each request's gezag events (proof.exported data).
EXPORT_FIELD = "gezag"
_SIGNED = {"decisions.recorded": "decided_at", "withdrawal.recorded": "withdrawn_at"}


def representatives(events: Iterable[Logged]) -> set[int]:
    """The representatives who decided or withdrew, as the items' logged events name them."""
    return {
        int(e.data["signer"][1])
        for e in events
        if e.kind in _SIGNED and list(e.data.get("signer", []))[:1] == ["representative"]
    }


def gezag_event_seqs(ctx: Context, reps: set[int]) -> list[int]:
    """The log positions of the events of the representatives `reps` that set or end their
    gezag (collect.py makes them EventRecords: this module does not import it back)."""
    if not reps:
        return []
    marks = ",".join("?" * len(KINDS))
    return [
        int(seq)
        for seq, body in ctx.db.query(
            f"SELECT seq, body FROM events WHERE kind IN ({marks}) ORDER BY seq", KINDS
        )
        if json.loads(bytes(body))["data"].get("representative") in reps
    ]


def check(verified: Mapping[int, Mapping[str, Any]]) -> tuple[list[str], list[str]]:
    """(problems, facts), Dutch, of a request package's verified log proof."""
    signed = [
        (seq, body)
        for seq, body in sorted(verified.items())
        if body["kind"] in _SIGNED
        and list(body["data"].get("signer", []))[:1] == ["representative"]
    ]
    exports = [b["data"] for b in verified.values() if b["kind"] == "proof.exported"]
    created = [b["data"] for b in verified.values() if b["kind"] == "request.created"]
    promised = exports[0].get(EXPORT_FIELD) if len(exports) == 1 else None
    if not isinstance(promised, dict) or len(created) != 1:
        if not signed:
            return [], []
        return [], [
            "Dit pakket is van vóór het bewijs van gezag: of een ouder of voogd die besliste "
            "toen gezag had, staat er niet in."
        ]
    held = sorted(s for s, b in verified.items() if b["kind"] in KINDS)
    want = promised.get(str(created[0].get("request")))
    if not isinstance(want, list) or sorted(want) != held:
        return [
            "De gebeurtenissen over gezag in het logboekbewijs zijn niet die de vastgelegde "
            "export noemt: er is er een weggelaten of bijgezet."
        ], []
    history: dict[Any, list[Mapping[str, Any]]] = {}
    for seq in held:
        history.setdefault(verified[seq]["data"].get("representative"), []).append(verified[seq])
    facts = []
    for seq, body in signed:
        rep = body["data"]["signer"][1]
        moment = from_iso(str(body["data"][_SIGNED[body["kind"]]]))
        facts.append(f"Gebeurtenis {seq}: {_state(history.get(rep, []), moment)}")
    return [], facts


# What the log says of a signer's gezag at the moment they decided or withdrew, as receipt.json
# (`gezag_then.code`, receipt GEZAG_THEN) and bewijs.pdf ("Gezag toen") name it.
CODES = {
    "yes": "met gezag",
    "no": "zonder gezag",
    "ended": "geen vertegenwoordiger meer",
    "not_yet": "nog niet als vertegenwoordiger vastgelegd",
    "unknown": "niet in het logboekbewijs",
}


def code_then(events: Sequence[Mapping[str, Any]], moment: datetime) -> str:
    """One representative's gezag at `moment` (CODES), from their gezag events in log order
    (each with "kind", "data", "at")."""
    if not any(e["kind"] == KINDS[0] for e in events):
        return "unknown"
    before = [e for e in events if from_iso(str(e["at"])) <= moment]
    if not before:
        return "not_yet"
    last = before[-1]
    if last["kind"] == KINDS[2]:
        return "ended"
    return "yes" if last["data"].get("has_gezag") is True else "no"


def receipt_value(events: Sequence[Mapping[str, Any]], moment: datetime) -> dict[str, Any]:
    """The receipt's `gezag_then` of a decision or withdrawal by a representative: the code and
    the log positions of that representative's gezag events it follows from."""
    return {"code": code_then(events, moment), "events": [int(e["seq"]) for e in events]}


def printed(value: Any) -> str:
    """bewijs.pdf's "Gezag toen" of a receipt's `gezag_then` (also for a withdrawal's row)."""
    seqs = [str(n) for n in value.get("events", [])]
    word = "gebeurtenis" if len(seqs) == 1 else "gebeurtenissen"
    where = f" (logboek: {word} {', '.join(seqs)})" if seqs else ""
    return f"{CODES.get(str(value.get('code')), '?')}{where}"


def expected_then(
    verified: Mapping[int, Mapping[str, Any]], body: Mapping[str, Any]
) -> dict[str, Any] | None:
    """What a receipt's `gezag_then` of the logged decision or withdrawal `body` must be, from
    the log proof: None for a youth's own decision, or when the package's logged export names
    no gezag events (a package from before: it cannot say)."""
    signer = list(body["data"].get("signer", []))
    if body["kind"] not in _SIGNED or signer[:1] != ["representative"]:
        return None
    exports = [b["data"] for b in verified.values() if b["kind"] == "proof.exported"]
    if len(exports) != 1 or not isinstance(exports[0].get(EXPORT_FIELD), dict):
        return None
    history = [
        {**b, "seq": s}
        for s, b in sorted(verified.items())
        if b["kind"] in KINDS and b["data"].get("representative") == signer[1]
    ]
    return receipt_value(history, from_iso(str(body["data"][_SIGNED[body["kind"]]])))


def _state(events: Sequence[Mapping[str, Any]], moment: datetime) -> str:
    """What the log says of one representative's gezag at `moment` (one sentence)."""
    added = next((e for e in events if e["kind"] == KINDS[0]), None)
    if added is None:
        return "de vertegenwoordiger staat niet in het logboekbewijs."
    role = ROLE_LABELS.get(str(added["data"].get("role")), "vertegenwoordiger")
    when = moment.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
    numbers = ", ".join(str(e["seq"]) for e in events)
    code = code_then(events, moment)
    if code == "not_yet":
        return f"{role}, op {when} nog niet als vertegenwoordiger vastgelegd (logboek: {numbers})."
    return f"{role}, op {when} {CODES[code]} volgens het logboek (gebeurtenis {numbers})."
