"""The objections (verzet, AVG art. 21) in a youth's proof package: `bezwaren.json`.

An objection is no consent request, so no per-request package carries it; yet a privacy
officer asked "what did this youth say about sharing?" must show it as well (seed 003,
reglement art. 8.3: the student "en/of diens wettelijk vertegenwoordiger [heeft] het recht van
verzet"). The file lists each objection as the log says it (event `objection.recorded`), with
the recipient's and purpose's names for a reader, and the events themselves with an inclusion
path to the same signed checkpoint as the inner packages (inclusion.py). `verify` checks every
listed objection against its verified event, and that no objection event is left unlisted."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from .. import safejson
from ..audit import Checkpoint
from ..words import plural
from . import inclusion
from .collect import EventRecord

FILE = "bezwaren.json"
FORMAT = "toestemming-bezwaren/1"
KIND = "objection.recorded"
# The event's fields a listed objection repeats (the log decides; the names are for reading).
FIELDS = ("objection", "youth", "recipient", "purpose", "signer_kind", "signer_id", "channel", "at")


def build(
    vault_id: str,
    public_key: str,
    checkpoint: Checkpoint,
    tree: inclusion.MerkleLevels,
    events: Sequence[EventRecord],
    names: Mapping[int, tuple[str, str]],  # event seq → (recipient name, purpose title)
) -> bytes:
    listed = []
    for e in sorted(events, key=lambda e: e.seq):
        data = e.data
        recipient, purpose = names.get(e.seq, ("", ""))
        listed.append(
            {"seq": e.seq, **{k: data[k] for k in FIELDS}, "ontvanger": recipient, "doel": purpose}
        )
    doc = {
        "format": FORMAT,
        "uitleg": (
            "Bezwaren (verzet) van of voor deze jongere, zoals het logboek ze vastlegt; elk met "
            "de gebeurtenis en het bewijs dat die in het ondertekende logboek staat."
        ),
        "bezwaren": listed,
        "logboek": inclusion.build(vault_id, public_key, checkpoint, events, tree),
    }
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def check(data: bytes, manifest: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """(problems, facts), Dutch. The youth and vault are the outer manifest's."""
    try:
        doc = safejson.loads(data)
        if doc.get("format") != FORMAT:
            return [f"{FILE}: onbekend formaat."], []
        audit = doc["logboek"]
        if audit.get("public_key") != manifest.get("public_key") or audit.get(
            "vault"
        ) != manifest.get("vault"):
            return [f"{FILE}: het logboekbewijs is van een andere sleutel of kluis."], []
        problems, verified = inclusion.check(audit, FILE)
        if problems:
            return problems, []
        events = {seq: body["data"] for seq, body in verified.items() if body.get("kind") == KIND}
        if len(events) != len(verified):
            return [f"{FILE}: het logboekbewijs bevat iets anders dan bezwaren."], []
        listed: list[Any] = doc["bezwaren"]
        if sorted(int(o["seq"]) for o in listed) != sorted(events) or len(listed) != len(events):
            return [f"{FILE}: de lijst van bezwaren past niet bij het logboek."], []
        for o in listed:
            event = events[int(o["seq"])]
            if event.get("youth") != manifest.get("youth"):
                problems.append(f"{FILE}: bezwaar {o['objection']} is van een andere jongere.")
            elif any(o[k] != event.get(k) for k in FIELDS):
                problems.append(
                    f"{FILE}: bezwaar {o['objection']} is anders dan het logboek het vastlegt."
                )
        if problems:
            return problems, []
        return [], [
            plural(len(listed), "%n bezwaar (verzet)", "%n bezwaren (verzet)")
            + ", in het ondertekende logboek."
        ]
    except (KeyError, TypeError, ValueError, AttributeError):
        return [f"{FILE}: het bestand is onvolledig of onleesbaar."], []
