"""Who was told of a withdrawal, and when, as the package's log proof says it (proof20).

After a withdrawal every recipient who already received data must be told (AVG art. 19), and
the desk logs each `withdrawal.recipient_notified` (recipient number, moment). The package
held that event, but receipt.json named neither recipient nor moment, and the PDF's history
line ("… is op de hoogte gebracht van de intrekking") was read back for its phrase only: the
officer could not answer "was the UWV told, and when?" from what `verify` vouched for. So
`verify` says it from the log: the recipient by the name the receipt gives the item's
recipient when the log names that one, else by its number (the log names no other)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..clock import from_iso, local_moment_text

KIND = "withdrawal.recipient_notified"


def facts(verified: Mapping[int, Mapping[str, Any]], receipt: Mapping[str, Any]) -> list[str]:
    """Dutch, one line per recipient told, from the verified log events."""
    created = [b["data"] for b in verified.values() if b["kind"] == "request.created"]
    if len(created) != 1:
        return []
    item_recipient = {
        e.get("item"): e.get("recipient")
        for e in created[0].get("items", [])
        if isinstance(e, dict)
    }
    names = {}
    for consent in receipt.get("consents", []):
        for service in consent.get("services", []):
            for purpose in service.get("purposes", []):
                names[consent.get("item_id")] = purpose.get("recipient", {}).get("name")
    out = []
    for seq, body in sorted(verified.items()):
        if body["kind"] != KIND:
            continue
        data = body["data"]
        item = data.get("item")
        if item_recipient.get(item) == data.get("recipient") and names.get(item):
            who = str(names[item])
        else:
            who = f"ontvanger nummer {data.get('recipient')}"
        try:
            when = local_moment_text(from_iso(str(data.get("at"))))
        except ValueError:
            when = "een onleesbaar moment"
        out.append(
            f"Gebeurtenis {seq}: {who} is op {when} op de hoogte gebracht van de intrekking "
            "(volgens het logboek)."
        )
    return out
