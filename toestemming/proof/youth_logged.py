"""A list of logged events in a youth's proof package, each proven in the signed log.

Not everything said or done about a youth's data hangs on a consent request: an objection
(verzet) asks nothing, and data shared on a legal duty or another weighed basis asks no
consent either. A privacy officer must show those too, so a youth's package carries them as
files of their own (youth_objections.py: `bezwaren.json`, youth_sharing.py:
`verstrekkingen.json`), built and checked here the same way: each entry repeats its event's
fields (the log decides; the names of recipient and purpose are for a reader), and the events
themselves come with an inclusion path to the signed checkpoint of the inner packages
(inclusion.py). `check` refuses an entry that differs from its verified event, an event of
another youth or kind, and an event proven but left unlisted."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .. import safejson
from ..audit import Checkpoint
from ..words import plural
from . import inclusion
from .collect import EventRecord


@dataclass(frozen=True)
class LoggedList:
    file: str
    format: str
    key: str  # the list's name in the file
    kinds: Mapping[str, tuple[str, ...]]  # event kind → the fields an entry repeats
    explanation: str
    counted: tuple[str, str]  # plural() forms for the verify report
    kind_labels: Mapping[str, str] | None = None  # an entry's "soort" (several kinds only)


def build(
    spec: LoggedList,
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
        entry: dict[str, Any] = {"seq": e.seq}
        if spec.kind_labels is not None:
            entry["soort"] = spec.kind_labels[e.kind]
        entry |= {k: data.get(k) for k in spec.kinds[e.kind]}
        if e.seq in names:
            entry |= {"ontvanger": names[e.seq][0], "doel": names[e.seq][1]}
        listed.append(entry)
    doc = {
        "format": spec.format,
        "uitleg": spec.explanation,
        spec.key: listed,
        "logboek": inclusion.build(vault_id, public_key, checkpoint, events, tree),
    }
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def check(
    spec: LoggedList, data: bytes, manifest: Mapping[str, Any]
) -> tuple[list[str], list[str], int]:
    """(problems, facts, entries proven), Dutch. The youth and vault are the outer
    manifest's."""
    name = spec.file
    try:
        doc = safejson.loads(data)
        if doc.get("format") != spec.format:
            return [f"{name}: onbekend formaat."], [], 0
        audit = doc["logboek"]
        if audit.get("public_key") != manifest.get("public_key") or audit.get(
            "vault"
        ) != manifest.get("vault"):
            return [f"{name}: het logboekbewijs is van een andere sleutel of kluis."], [], 0
        problems, verified = inclusion.check(audit, name)
        if problems:
            return problems, [], 0
        if any(body.get("kind") not in spec.kinds for body in verified.values()):
            return [f"{name}: het logboekbewijs bevat gebeurtenissen van een andere soort."], [], 0
        listed: list[Any] = doc[spec.key]
        if sorted(int(o["seq"]) for o in listed) != sorted(verified) or len(listed) != len(
            verified
        ):
            return [f"{name}: de lijst past niet bij het logboek."], [], 0
        for o in listed:
            body = verified[int(o["seq"])]
            event = body["data"]
            if event.get("youth") != manifest.get("youth"):
                problems.append(f"{name}: gebeurtenis {o['seq']} is van een andere jongere.")
            elif any(o[k] != event.get(k) for k in spec.kinds[body["kind"]]):
                problems.append(
                    f"{name}: gebeurtenis {o['seq']} is anders dan het logboek haar vastlegt."
                )
        if problems:
            return problems, [], 0
        fact = plural(len(listed), *spec.counted) + ", in het ondertekende logboek."
        return [], [fact], len(listed)
    except (KeyError, TypeError, ValueError, AttributeError):
        return [f"{name}: het bestand is onvolledig of onleesbaar."], [], 0


def check_files(
    files: dict[str, bytes], manifest: Mapping[str, Any], specs: Sequence[LoggedList]
) -> tuple[list[str], list[str], int]:
    """Each list of `specs` the package holds (older packages lack one or more), taken out of
    `files`: (problems, facts, entries proven in all)."""
    problems: list[str] = []
    facts: list[str] = []
    listed = 0
    for spec in specs:
        if spec.file in files:
            said, told, count = check(spec, files.pop(spec.file), manifest)
            problems += said
            facts += told
            listed += count
    return problems, facts, listed
