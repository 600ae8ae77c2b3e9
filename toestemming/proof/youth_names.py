"""The names a youth's logged list shows a reader ("ontvanger", "doel"), held to the signed log.

An entry of bezwaren.json or verstrekkingen.json repeats its event's fields, and the log names
recipient and purpose by number only. The names beside them were the vault's rows at export:
an insider with the key could rename the recipient an entry shows ("UWV" for "Gemeente —
Werk en Inkomen"), re-sign the package, and `verify` said authentic. Yet the catalogue's own
events carry the names: `recipient.added` (name, department; a recipient is never renamed)
and each purpose version's `purpose.added`/`purpose.revised` (title, language). So the export
puts those events in the list's log proof, and `check` holds each entry's names to them: the
recipient's name as `recipient.added` logged it, a purpose title one of the purpose's logged
versions had.

Lists of an export from before this (its logged `proof.exported` does not say `names`) carry
no such events: they verify as before, and the report says the names are not proven. A list
whose logged export says `names` must prove every name it shows (an insider who drops the
catalogue events to make the list look older is refused)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

RECIPIENT_KIND = "recipient.added"
PURPOSE_KINDS = frozenset({"purpose.added", "purpose.revised"})
KINDS = frozenset({RECIPIENT_KIND, *PURPOSE_KINDS})
# The logged export's field that says its lists prove their names (proof.exported data).
EXPORT_FIELD = "names"


def recipient_name(data: Mapping[str, Any]) -> str:
    """A recipient's name as a reader sees it, from its `recipient.added` data: the same
    spelling as model.Recipient.display_name."""
    name, department = str(data.get("name") or ""), str(data.get("department") or "")
    return f"{name} – {department}" if department else name


def wanted(entries: Iterable[Mapping[str, Any]]) -> tuple[set[int], set[int]]:
    """The recipients and purposes the named entries' events name (entries: event data)."""
    recipients, purposes = set(), set()
    for data in entries:
        if "recipient" in data and "purpose" in data:
            recipients.add(int(data["recipient"]))
            purposes.add(int(data["purpose"]))
    return recipients, purposes


def check(
    name: str,
    listed: Iterable[Mapping[str, Any]],
    events: Mapping[int, Mapping[str, Any]],  # verified list events by number
    catalogue: Iterable[Mapping[str, Any]],  # verified catalogue events (KINDS)
    required: bool,
) -> tuple[list[str], list[str]]:
    """(problems, facts), Dutch. `required`: the logged export says the list proves its
    names."""
    recipients: dict[Any, str] = {}
    titles: dict[Any, set[str]] = {}
    for body in catalogue:
        data = body["data"]
        if body["kind"] == RECIPIENT_KIND:
            recipients[data.get("recipient")] = recipient_name(data)
        else:
            titles.setdefault(data.get("purpose"), set()).add(str(data.get("title")))
    unproven = 0
    for entry in listed:
        if "ontvanger" not in entry and "doel" not in entry:
            continue
        event = events[int(entry["seq"])]["data"]
        shown = recipients.get(event.get("recipient"))
        known = titles.get(event.get("purpose"))
        if shown is None or known is None:
            unproven += 1
            continue
        if entry.get("ontvanger") != shown or entry.get("doel") not in known:
            return [
                f"{name}: gebeurtenis {entry['seq']} toont een andere ontvanger of een ander "
                "doel dan het logboek die vastlegt."
            ], []
    if not unproven:
        return [], []
    if required:
        return [
            f"{name}: de namen van ontvanger en doel staan niet in het logboekbewijs, terwijl "
            "de vastgelegde export dat belooft."
        ], []
    return [], [
        f"{name} is van vóór de controle van de namen: welke ontvanger en welk doel een regel "
        "noemt, bewijst het logboek alleen als nummer."
    ]
