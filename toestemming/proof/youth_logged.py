"""A list of logged events in a youth's proof package, each proven in the signed log.

Not everything said or done about a youth's data hangs on a consent request: an objection
(verzet) asks nothing, and data shared on a legal duty or another weighed basis asks no
consent either. A privacy officer must show those too, so a youth's package carries them as
files of their own (youth_objections.py: `bezwaren.json`, youth_sharing.py:
`verstrekkingen.json`), built and checked here the same way: each entry repeats its event's
fields (the log decides; the names of recipient and purpose are for a reader), and the events
themselves come with an inclusion path to the signed checkpoint of the inner packages
(inclusion.py). `check` refuses an entry that differs from its verified event, an event of
another youth or kind, and an event proven but left unlisted.

Inclusion proofs show that what is listed is in the log, never that nothing was left out: an
insider with the key could drop an objection with its proof and re-sign the package. So the
export's own logged event (`proof.exported`, in the same signed checkpoint) names the events
each list holds, and its proof travels with the list (format /2): a list that is shorter, or
of another export than the package's requests (`export_in`), no longer verifies. A /1 list
(before this) verifies as it did, and the report says its completeness is not proven. A list
the logged export names (as a list's or an inner package's proof shows it) but the package
lacks was taken out after the export, and a /1 list of such an export was rewritten: both
refused (`lists_missing`, `lists_older_than_export`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .. import safejson
from ..audit import Checkpoint
from ..words import plural
from . import inclusion
from . import youth_names as names
from .collect import EventRecord
from .verify_youth_fields import list_problems
from .wordings import LIST_KIND, wordings


@dataclass(frozen=True)
class LoggedList:
    file: str
    format: str
    key: str  # the list's name in the file
    kinds: Mapping[str, tuple[str, ...]]  # event kind → the fields an entry repeats
    explanation: str
    counted: tuple[str, str]  # plural() forms for the verify report
    kind_labels: Mapping[str, str] | None = None  # an entry's "soort" (several kinds only)
    # Kinds that name no youth (a purpose's legal duty): listed for a purpose the youth's own
    # entries shared on the legal obligation, and checked as such.
    by_purpose: frozenset[str] = frozenset()


def build(
    spec: LoggedList,
    vault_id: str,
    public_key: str,
    checkpoint: Checkpoint,
    tree: inclusion.MerkleLevels,
    events: Sequence[EventRecord],
    shown: Mapping[int, tuple[str, str]],  # event seq → (recipient name, purpose title)
    export: EventRecord,  # the proof.exported naming the listed events
    catalogue: Sequence[EventRecord] = (),  # the events that prove those names (youth_names)
) -> bytes:
    listed = []
    for e in sorted(events, key=lambda e: e.seq):
        data = e.data
        entry: dict[str, Any] = {"seq": e.seq}
        if spec.kind_labels is not None:
            entry["soort"] = spec.kind_labels[e.kind]
        entry |= {k: data.get(k) for k in spec.kinds[e.kind]}
        if e.seq in shown:
            entry |= {"ontvanger": shown[e.seq][0], "doel": shown[e.seq][1]}
        listed.append(entry)
    doc = {
        "format": spec.format,
        "uitleg": spec.explanation,
        spec.key: listed,
        "export": export.seq,
        "logboek": inclusion.build(
            vault_id, public_key, checkpoint, [*events, export, *catalogue], tree
        ),
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
        if doc.get("format") not in (spec.format, _older(spec.format)):
            return [f"{name}: onbekend formaat."], [], 0
        export = doc["export"] if doc["format"] == spec.format else None
        audit = doc["logboek"]
        if audit.get("public_key") != manifest.get("public_key") or audit.get(
            "vault"
        ) != manifest.get("vault"):
            return [f"{name}: het logboekbewijs is van een andere sleutel of kluis."], [], 0
        problems, verified = inclusion.check(audit, name)
        if problems:
            return problems, [], 0
        # The catalogue's events that prove the names shown (youth_names.py): not entries.
        catalogue = {s: b for s, b in verified.items() if b.get("kind") in names.KINDS}
        verified = {s: b for s, b in verified.items() if s not in catalogue}
        named = type(export) is int and _named(verified.get(export))
        said = _export_names_the_list(name, export, verified, manifest)
        if said:
            return said, [], 0
        if any(body.get("kind") not in spec.kinds for body in verified.values()):
            return [f"{name}: het logboekbewijs bevat gebeurtenissen van een andere soort."], [], 0
        listed: list[Any] = doc[spec.key]
        if sorted(int(o["seq"]) for o in listed) != sorted(verified) or len(listed) != len(
            verified
        ):
            return [f"{name}: de lijst past niet bij het logboek."], [], 0
        shared_by_law = legal_purposes(spec, verified.values())
        for o in listed:
            body = verified[int(o["seq"])]
            event = body["data"]
            if (
                event.get("purpose") not in shared_by_law
                if body["kind"] in spec.by_purpose
                else event.get("youth") != manifest.get("youth")
            ):
                problems.append(f"{name}: gebeurtenis {o['seq']} is van een andere jongere.")
            elif any(o[k] != event.get(k) for k in spec.kinds[body["kind"]]) or not _kind_named(
                spec, o, body["kind"]
            ):
                problems.append(
                    f"{name}: gebeurtenis {o['seq']} is anders dan het logboek haar vastlegt."
                )
        if problems:
            return problems, [], 0
        problems = list_problems(name, spec.key, spec.explanation, doc, _fields(spec, verified))
        if problems:
            return problems, [], 0
        problems, name_facts = names.check(name, listed, verified, catalogue.values(), named)
        if problems:
            return problems, [], 0
        fact = plural(len(listed), *spec.counted) + ", in het ondertekende logboek"
        if export is None:
            fact += f"; {name} is van vóór de volledigheidscontrole: dat er niets is weggelaten, bewijst dit pakket niet."
        else:
            fact += "; volledig volgens de vastgelegde export."
        return [], [fact, *name_facts], len(listed)
    except (KeyError, TypeError, ValueError, AttributeError):
        return [f"{name}: het bestand is onvolledig of onleesbaar."], [], 0


def _named(export: Mapping[str, Any] | None) -> bool:
    """Whether the logged export says its lists prove the names they show."""
    return bool(export and export.get("data", {}).get(names.EXPORT_FIELD) is True)


def _fields(spec: LoggedList, verified: Mapping[int, Any]) -> dict[int, tuple[str, ...]]:
    """Each entry's fields by its verified event's kind ("soort" only in a list naming kinds)."""
    named = ("soort",) if spec.kind_labels is not None else ()
    return {seq: (*spec.kinds[body["kind"]], *named) for seq, body in verified.items()}


def _kind_named(spec: LoggedList, entry: Mapping[str, Any], kind: str) -> bool:
    """An entry's "soort" (what a reader sees first: "verstrekking", "wettelijke plicht") is a
    wording of its event's kind: a disclosure listed as a mere "afweging" no longer verifies.
    Lists without the field (older ones) are not asked."""
    if spec.kind_labels is None or "soort" not in entry:
        return True
    return entry["soort"] in (wordings(LIST_KIND, kind) or (spec.kind_labels[kind],))


def check_files(
    files: dict[str, bytes], manifest: Mapping[str, Any], specs: Sequence[LoggedList]
) -> tuple[list[str], list[str], int, int | None]:
    """Each list of `specs` the package holds (older packages lack one or more), taken out of
    `files`: (problems, facts, entries proven in all, the export's event number the lists
    name, which every inner package's proof.exported must be). A list the package lacks is
    said: what it would prove is not proven here — unless the logged export a list here
    proves names it (then it was taken out: `lists_missing`)."""
    problems: list[str] = []
    facts: list[str] = []
    listed = 0
    exports: set[Any] = set()
    present = {spec.file for spec in specs if spec.file in files}
    named: Mapping[str, Any] = {}
    formats: Mapping[str, Any] = {}
    held = {spec.file: files[spec.file] for spec in specs if spec.file in files}
    for spec in specs:
        if spec.file not in files:
            what = spec.counted[1].replace("%n ", "")
            facts.append(f"{spec.file} zit niet in dit pakket: {what} zijn er niet in bewezen.")
            continue
        data = files.pop(spec.file)
        said, told, count = check(spec, data, manifest)
        problems += said
        facts += told
        listed += count
        if not said:
            exports.add(_export_seq(data))
            audit = safejson.loads(data)["logboek"]
            named = named or export_in(audit)[1]
            formats = formats or logged_formats(audit)
    if len(exports) > 1:
        problems.append("De lijsten van het pakket komen uit verschillende exports.")
    problems += lists_missing(named, present) + formats_not_logged(formats, held)
    export = next(iter(exports), None)
    return problems, facts, listed, export if isinstance(export, int) else None


def _export_seq(data: bytes) -> Any:
    return safejson.loads(data).get("export")


def export_in(audit: Mapping[str, Any]) -> tuple[int | None, Mapping[str, Any]]:
    """The one proof.exported event of a verified log proof (a request package's, or a list's
    `logboek`): its number, and the lists its body names with their events ({} for an export
    from before the lists were named). Read from the hashed body, so only once verified."""
    seq, data = export_data(audit)
    said = data.get("listed")
    return seq, said if isinstance(said, dict) else {}


def logged_formats(audit: Mapping[str, Any]) -> Mapping[str, Any]:
    """The format the verified export (`export_in`) says it wrote each list in ({} for an
    export from before proof20, which did not say)."""
    said = export_data(audit)[1].get("formats")
    return said if isinstance(said, dict) else {}


def export_data(audit: Mapping[str, Any]) -> tuple[int | None, Mapping[str, Any]]:
    """The one proof.exported of a log proof: its number and data ({} when absent or of a
    shape never written). Read from the hashed body, so only once verified."""
    found = [e for e in audit.get("events", []) if e.get("kind") == "proof.exported"]
    if len(found) != 1 or type(found[0].get("seq")) is not int:
        return None, {}
    try:  # an insider with the key can sign any body: a shape we never write names nothing
        data = safejson.loads(str(found[0]["body"]))["data"]
    except (KeyError, TypeError, ValueError):
        data = {}
    return found[0]["seq"], data if isinstance(data, dict) else {}


def lists_older_than_export(named: Mapping[str, Any], present: Iterable[str]) -> list[str]:
    """The lists here in the older format (/1, no proof of completeness) that the logged export
    names: an export that names its lists wrote them as /2, so such a list was rewritten after
    it (an insider who drops an entry with the export's proof and calls the list older)."""
    return [
        f"{name} is in het oudere formaat zonder volledigheidsbewijs, maar de vastgelegde "
        "export noemt de gebeurtenissen ervan: de lijst is niet die van deze export."
        for name in sorted(set(present))
        if name in named
    ]


def older_without_requests(files: Mapping[str, bytes], specs: Sequence[LoggedList]) -> list[str]:
    """The lists here in the older format (/1) of a package that holds no request package.

    A youth's package without requests came in (session 13) an hour before the lists named
    their export (/2), and no release wrote one with /1 lists: so such a list was rewritten.
    Without a request package nothing else in the package shows the export (its proof is
    the list's own), and an insider with the key relabelled both lists /1, dropped the export
    from their proofs and an objection with it, re-signed, and verify said authentic with
    only "van vóór de volledigheidscontrole" (tests/test_review19_youth_lists_relabelled.py)."""
    older = []
    for spec in specs:
        if spec.file not in files:
            continue
        try:
            fmt = safejson.loads(files[spec.file]).get("format")
        except (ValueError, AttributeError):
            continue  # check() says what is wrong with it
        if fmt == _older(spec.format):
            older.append(
                f"{spec.file} is in het oudere formaat zonder volledigheidsbewijs, maar een "
                "pakket zonder verzoeken heeft dat formaat nooit gehad: de lijst is veranderd "
                "na de export."
            )
    return older


def formats_not_logged(formats: Mapping[str, Any], files: Mapping[str, bytes]) -> list[str]:
    """The lists here whose format is not the one their logged export says it wrote
    (`formats`: proof.exported's "formats", exports since proof20; {} before): a list
    relabelled as an older (or other) format after the export."""
    said = []
    for name, fmt in sorted(formats.items()):
        if name not in files:
            continue
        try:
            here = safejson.loads(files[name]).get("format")
        except (ValueError, AttributeError):
            continue
        if here == fmt:
            continue
        if isinstance(fmt, str) and here == _older(fmt):
            said.append(
                f"{name} is in het oudere formaat zonder volledigheidsbewijs, maar de "
                "vastgelegde export schreef het nieuwere: de lijst is niet die van deze export."
            )
        else:
            said.append(
                f"{name} is in een ander formaat dan de vastgelegde export schreef: de lijst "
                "is niet die van deze export."
            )
    return said


def lists_missing(named: Mapping[str, Any], present: Iterable[str]) -> list[str]:
    """The lists the logged export names that the package lacks: taken out after the export
    (an insider who re-signs without the objections), so not a mere older package."""
    return [
        f"{name} ontbreekt, terwijl de vastgelegde export het noemt (met "
        + plural(len(seqs) if isinstance(seqs, list) else 0, "%n gebeurtenis", "%n gebeurtenissen")
        + ")."
        for name, seqs in sorted(named.items())
        if name not in set(present)
    ]


def legal_purposes(spec: LoggedList, bodies: Iterable[Mapping[str, Any]]) -> set[Any]:
    """The purposes the youth's own events (not the by-purpose kinds) name with the legal
    obligation as basis."""
    return {
        b["data"].get("purpose")
        for b in bodies
        if b.get("kind") not in spec.by_purpose and b["data"].get("basis") == "legal_obligation"
    }


def _older(fmt: str) -> str:
    """The list's format before the export named its events ("…/2" → "…/1")."""
    return fmt.rpartition("/")[0] + "/1"


def _export_names_the_list(
    name: str,
    export: Any,
    verified: dict[int, dict[str, Any]],
    manifest: Mapping[str, Any],
) -> list[str]:
    """With a /2 list: the proven proof.exported of this youth names exactly the listed events
    (taken out of `verified`, which then holds the listed events only)."""
    if export is None:
        return []
    if type(export) is not int or export not in verified:
        return [f"{name}: het bewijs van de export ontbreekt."]
    body = verified.pop(export)
    data = body.get("data", {})
    if body.get("kind") != "proof.exported" or data.get("youth") != manifest.get("youth"):
        return [f"{name}: het bewijs van de export is van iets anders."]
    if sorted(data.get("listed", {}).get(name, [None])) != sorted(verified):
        return [
            f"{name}: de lijst is niet volledig of niet dezelfde als bij de export "
            "(het logboek noemt andere gebeurtenissen)."
        ]
    return []
