"""The names of the workers a proof prints, proven by the log (proof24).

bewijs.pdf says who asked ("Gevraagd DD-MM-JJJJ UU:MM door Anna de Vries") and who recorded
each decision ("Vastgelegd op … door …"). The log holds a worker's name only as a salted
commitment in its `worker.added` (SHA-256(salt ‖ {"name": …}), audit.commitment), so an
insider who re-rendered the PDF with another worker as the one who took the "ja" — or a
worker who was never there — and re-signed it, verified as authentic: nothing could hold the
name to anything.

Since proof24 a package carries, for each worker its PDF names, that worker's `worker.added`
in its log proof and the name with its salt (`logboek/opnamebewijs.json`, "worker_names");
its logged `proof.exported` names them per request ("workers": worker id → event), so one
left out or another put in is caught. verify recomputes the commitment and holds every
"door …" to the worker the log says acted: the request's `request.created` and each
decision's `decisions.recorded` (their `actor`). Publishing the salt of a worker's name
reveals nothing the PDF does not already print: the commitment covers the name only, and
each worker's salt is its own.

Packages from before say plainly that the workers' names are not proven."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..audit import commitment
from . import readback
from .printed_common import _MOMENT, moment_agrees

EXPORT_FIELD = "workers"  # in proof.exported: request id → {worker id: worker.added seq}
SALTS_FIELD = "worker_names"  # in the audit file: worker.added seq → {"name", "salt"}
AUDIT_NAME = "logboek/opnamebewijs.json"  # package_files.AUDIT (no import: no circle)
_HEX = re.compile(r"[0-9a-f]{32,128}")
_REQUESTED = re.compile(r"(?m)^Gevraagd (" + _MOMENT + r" door .*?)\nTaal van de tekst ", re.S)
_RECORDED = re.compile(r"(?m)^Vastgelegd op (" + _MOMENT + r" door .*?)\nKanaal ", re.S)

NOT_PROVEN = (
    "Namen van medewerkers (\u201cGevraagd door\u201d, \u201cVastgelegd door\u201d): dit "
    "pakket bewijst ze niet (het logboek bewaart een naam alleen verzegeld; pakketten van na "
    "december 2026 bewijzen ze wel)."
)
PROVEN = "Namen van medewerkers in bewijs.pdf: bewezen met het logboek ({names})."
SOME_NOT_PROVEN = (
    "Let op: bewijs.pdf noemt een medewerker die in het logboek geen verzegelde naam heeft "
    "(een oudere kluis); die naam is niet bewezen."
)


def check(
    text: str, verified: Mapping[int, Mapping[str, Any]], audit: Mapping[str, Any], name: str
) -> tuple[list[str], list[str]]:
    """(problems, facts) of the workers bewijs.pdf names (`text`: its pages' text)."""
    exports = [b["data"] for b in verified.values() if b["kind"] == "proof.exported"]
    created = [b for b in verified.values() if b["kind"] == "request.created"]
    if len(exports) != 1 or len(created) != 1:
        return [], []  # said by the receipt's and the PDF's checks
    promised = exports[0].get(EXPORT_FIELD)
    if promised is None:
        if SALTS_FIELD in audit:  # names signed in that the export never wrote
            return [
                f"{AUDIT_NAME} bevat namen van medewerkers die de export in het logboek niet "
                "noemt: ze zijn er later bij gezet."
            ], []
        return [], [NOT_PROVEN]
    named = promised.get(str(created[0]["data"]["request"])) if isinstance(promised, dict) else None
    names = _names(named, verified, audit)
    if names is None:
        return [
            f"{AUDIT_NAME}: de namen van de medewerkers die het logboek bij deze export noemt, "
            "ontbreken of kloppen niet met hun verzegelde naam in het logboek."
        ], []
    wrong, unproven = [], False
    asked = _REQUESTED.findall(text)
    actor = _actor(created[0])
    if len(asked) != 1:
        wrong.append("wie het verzoek deed")
    elif actor in names:
        if not _drawn(asked[0], actor, names, asked[0].partition(" door ")[0], "Gevraagd"):
            wrong.append("wie het verzoek deed")
    else:
        unproven = True
    expected = _recorders(verified)
    # Decisions logged by older versions carry no recorded_at: their "Vastgelegd op …" rows
    # cannot be tied to an event by moment (the decision rows are held to the log by the
    # receipt's checks), so their names are not proven rather than called forged.
    legacy = any(
        b["kind"] == "decisions.recorded" and "recorded_at" not in b["data"]
        for b in verified.values()
    )
    for value in _RECORDED.findall(text):
        moment = value.partition(" door ")[0]
        actors = {a for v, a in expected if moment_agrees(moment, v)}
        proven = actors & set(names)
        if (not proven and actors) or (not actors and legacy):
            unproven = True
        elif not any(_drawn(value, a, names, moment, "Vastgelegd op") for a in proven):
            wrong.append("wie een besluit vastlegde")
    problems = (
        [f"{name} noemt een andere medewerker dan het logboek: {', '.join(dict.fromkeys(wrong))}."]
        if wrong
        else []
    )
    facts = [PROVEN.format(names=", ".join(sorted(set(names.values()))))] if names else []
    if unproven:
        facts.append(SOME_NOT_PROVEN)
    return problems, facts


def _names(
    named: Any, verified: Mapping[int, Mapping[str, Any]], audit: Mapping[str, Any]
) -> dict[int, str] | None:
    """Worker id → its name, each proven: its worker.added is in the log proof and commits to
    the name with the salt the package gives. None when anything is off (a salt for a worker
    the export does not name counts too: a field signed but read by nobody)."""
    salts = audit.get(SALTS_FIELD, {})
    if not isinstance(named, dict) or not isinstance(salts, dict):
        return None
    if set(salts) != {str(s) for s in named.values()}:
        return None
    out: dict[int, str] = {}
    for wid, seq in named.items():
        entry, body = salts.get(str(seq)), verified.get(seq) if isinstance(seq, int) else None
        if not isinstance(entry, dict) or set(entry) != {"name", "salt"} or body is None:
            return None
        data = body.get("data", {})
        person, salt = entry["name"], entry["salt"]
        if (
            body["kind"] != "worker.added"
            or str(data.get("worker")) != wid
            or not isinstance(person, str)
            or not isinstance(salt, str)
            or not _HEX.fullmatch(salt)
            or commitment(bytes.fromhex(salt), {"name": person}) != data.get("pd")
        ):
            return None
        out[int(wid)] = person
    return out


def _actor(body: Mapping[str, Any]) -> int | None:
    actor = body.get("actor")
    return actor if isinstance(actor, int) and not isinstance(actor, bool) else None


def _recorders(verified: Mapping[int, Mapping[str, Any]]) -> set[tuple[str, int | None]]:
    """(moment recorded as logged, worker) of every logged decision in the package."""
    return {
        (str(b["data"]["recorded_at"]), _actor(b))
        for b in verified.values()
        if b["kind"] == "decisions.recorded" and "recorded_at" in b["data"]
    }


def _drawn(
    value: str, actor: int | None, names: Mapping[int, str], moment: str, label: str
) -> bool:
    """The printed value ("<moment> door <name>", maybe wrapped or right-to-left) is what the
    writer drew for `actor`'s proven name."""
    if actor is None or actor not in names:
        return False
    return readback.same(value, f"{moment} door {names[actor]}", label)
