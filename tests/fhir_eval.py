"""A small FHIR R5 Consent evaluator, written from the specification rather than from our
exporter: `decision` is the base rule; a provision whose every stated condition matches the
disclosure asked about is an exception, i.e. the opposite decision; nested provisions are
exceptions to their parent in turn. A Consent that is not `active` permits nothing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

RECIPIENT_ROLE = "IRCP"


def effective(
    consent: Mapping[str, Any],
    recipient: tuple[str, str],  # (identifier system, value)
    purpose: str,
    categories: Iterable[str],
    on: date,
) -> str:
    if consent.get("status") != "active":
        return "deny"
    asked = (recipient, purpose, frozenset(categories), on)
    return _evaluate(consent.get("decision", "deny"), consent.get("provision", []), asked)


def _evaluate(base: str, provisions: list[Mapping[str, Any]], asked: tuple[Any, ...]) -> str:
    for p in provisions:
        if _matches(p, asked):
            flipped = "permit" if base == "deny" else "deny"
            return _evaluate(flipped, p.get("provision", []), asked)
    return base


def _matches(p: Mapping[str, Any], asked: tuple[Any, ...]) -> bool:
    (system, value), purpose, categories, on = asked
    if "period" in p:
        start, end = p["period"].get("start"), p["period"].get("end")
        if (start and on < date.fromisoformat(start[:10])) or (
            end and on > date.fromisoformat(end[:10])
        ):
            return False
    if "actor" in p:
        recipients = {
            (
                a["reference"].get("identifier", {}).get("system"),
                a["reference"].get("identifier", {}).get("value"),
            )
            for a in p["actor"]
            if any(c.get("code") == RECIPIENT_ROLE for c in a.get("role", {}).get("coding", []))
        }
        if (system, value) not in recipients:
            return False
    if "action" in p:
        codes = {c.get("code") for a in p["action"] for c in a.get("coding", [])}
        if "disclose" not in codes:
            return False
    if "purpose" in p and purpose not in {c.get("code") for c in p["purpose"]}:
        return False
    if "securityLabel" in p:
        labels = {c.get("code") for c in p["securityLabel"]}
        if not categories <= labels:
            return False
    return True
