"""Earlier wordings that a package of a later release must not carry (review28).

wordings.EARLIER keeps each former label readable, so a package printed before a rewording
keeps verifying. But a rewording is sometimes a correction: until session 20 a "ja" by phone,
recorded at the desk, was printed "aan de balie" — a visit that never happened. Since then the
desk channel reads "aan de balie of telefonisch". Accepted in every package, the old words let
an insider with the organisation's keys re-render a package of this release (and re-sign its
receipt) so that it claims the parent stood at the desk, and verify said "authentiek".

So a corrected wording is accepted only in packages of the releases before the correction:
`RETIRED_CHANNELS` names, per wording, the field of the logged `proof.exported` that every export since
that release carries (its body is held by the log proof, so the forger cannot drop it). The
channel was reworded in the same release that first said "signature_methods"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from . import signing_method

# (code, wording no longer printed, the proof.exported field every export since then carries)
RETIRED_CHANNELS: tuple[tuple[str, str, str], ...] = (
    ("desk", "aan de balie", signing_method.EXPORT_FIELD),
)


def _exported(verified: Mapping[int, Mapping[str, Any]]) -> Mapping[str, Any]:
    exports = [b["data"] for b in verified.values() if b["kind"] == "proof.exported"]
    return exports[0] if len(exports) == 1 and isinstance(exports[0], dict) else {}


def retired(verified: Mapping[int, Mapping[str, Any]]) -> list[str]:
    """The channel wordings this package's release no longer prints."""
    data = _exported(verified)
    return [word for _, word, field in RETIRED_CHANNELS if data.get(field) is True]


def check(
    body: str,
    receipt: Any,
    verified: Mapping[int, Mapping[str, Any]],
    pdf_name: str,
    receipt_name: str,
) -> list[str]:
    """Dutch problems where the PDF's text (`body`, without page frames) or the receipt names
    a decision's channel in a wording its release no longer prints."""
    words = retired(verified)
    if not words:
        return []
    flat = " ".join(body.split())
    problems: list[str] = []
    for word in words:
        w = re.escape(word)
        # "Kanaal <word>" as a decision's row, "— <word>." closing a history row — unless
        # it goes on as today's wording.
        if re.search(rf"(?:\bKanaal {w}|— {w})(?! of telefonisch)", flat):
            problems.append(
                f"{pdf_name} noemt het kanaal van een besluit \u201c{word}\u201d: zo schrijft deze "
                "versie dat niet meer (het kanaal is \u201caan de balie of telefonisch\u201d) — "
                "het document is na de export opnieuw gemaakt."
            )
        if word in _receipt_labels(receipt):
            problems.append(
                f"{receipt_name} noemt het kanaal van een besluit \u201c{word}\u201d: zo schrijft "
                "deze versie dat niet meer — het bewijs is na de export gewijzigd."
            )
    return problems


def _receipt_labels(receipt: Any) -> set[str]:
    out: set[str] = set()
    consents = receipt.get("consents", []) if isinstance(receipt, dict) else []
    for consent in consents if isinstance(consents, list) else []:
        events = consent.get("events", []) if isinstance(consent, dict) else []
        for entry in events if isinstance(events, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("channel_label"), str):
                out.add(entry["channel_label"])
    return out
