"""Plain Dutch descriptions of audit events and the small formatting helpers the proof PDF,
receipt and FHIR documents share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..clock import from_iso, local_moment_text
from ..model import CHANNEL_LABELS, MOMENT_FROM_LABELS, Channel, SignerKind, SignerRef
from .collect import EventRecord, RequestSource

ANSWER_LABELS = {"yes": "ja", "no": "nee"}
ACTION_LABELS = {
    "item.revoke": "Beëindigd door de organisatie",
    "item.invalidate": "Ongeldig verklaard (bijvoorbeeld: per vergissing vastgelegd)",
    "item.supersede": "Vervangen door een nieuwe of herbevestigde toestemming",
    "remote.expired": "Verlopen: het verzoek op afstand kreeg binnen de termijn geen antwoord",
}


def channel_label(value: str) -> str:
    try:
        return CHANNEL_LABELS[Channel(value)]
    except ValueError:
        return value


def signer_name(src: RequestSource, raw: Any) -> str:
    """'Name (role)' for a signer given as SignerRef or as the ["kind", id] of an event."""
    ref = raw if isinstance(raw, SignerRef) else SignerRef(SignerKind(raw[0]), int(raw[1]))
    name, role = src.people.get(ref, ("onbekend", "onbekend"))
    return f"{name} ({role})"


def _moment_from(d: Any) -> str:
    label = MOMENT_FROM_LABELS.get(str(d.get("moment_from", "")))
    return f" {label}" if label else ""


# A withdrawal's history row: the youth's age that day (cases26: who withdrew, and were they
# entitled then — a 16-year-old stopping what her parents gave at 14), as a decision's row
# gives it. Logged since then (withdrawal.recorded "age"); an older withdrawal's row has none.
WITHDRAWN_AGE = " Jongere toen "


def withdrawn_age(d: Mapping[str, Any]) -> str:
    """ " Jongere toen <n> jaar." of a withdrawal event's data; "" when it logs no age."""
    age = d.get("age")
    if not isinstance(age, int) or isinstance(age, bool):
        return ""
    return f"{WITHDRAWN_AGE}{age} jaar."


def categories_text(src: RequestSource, ids: Any) -> str:
    return ", ".join(src.categories[int(c)].name for c in ids if int(c) in src.categories)


def describe_event(src: RequestSource, event: EventRecord, item_id: int | None = None) -> str:
    d = event.data
    kind = event.kind
    if kind == "request.created":
        return f"Verzoek {d['code']} gemaakt; de getoonde tekst is vastgelegd (SHA-256)."
    if kind == "decisions.recorded":
        answers = d["answers"]
        said = (
            ANSWER_LABELS.get(answers.get(str(item_id), ""), "?")
            if item_id is not None
            else ", ".join(f"onderdeel {k}: {ANSWER_LABELS.get(v, v)}" for k, v in answers.items())
        )
        age = f", {d['age']} jaar" if d.get("age") is not None else ""
        evidence = " Met bewijsstuk." if d.get("evidence") else ""
        # Only present when the signer read the text in another language than the request's.
        language = {
            "en": " Tekst getoond in het Engels.",
            "nl": " Tekst getoond in het Nederlands.",
        }
        return (
            f"{signer_name(src, d['signer'])}{age} zei {said} — {channel_label(d['channel'])}."
            + evidence
            + language.get(d.get("language", ""), "")
            + _moment_from(d)
        )
    if kind == "withdrawal.recorded":
        return (
            f"Ingetrokken door {signer_name(src, d['signer'])} — {channel_label(d['channel'])}."
            + _moment_from(d)
        )
    if kind == "withdrawal.recipient_notified":
        r = src.recipients.get(int(d["recipient"]))
        # When told, as logged (it may be recorded later than it happened).
        told = f"op {local_moment_text(from_iso(str(d['at'])))} " if "at" in d else ""
        return (
            f"{r.display_name if r else 'Ontvanger'} is {told}op de hoogte gebracht van de "
            "intrekking."
        )
    if kind in ACTION_LABELS:
        return ACTION_LABELS[kind] + "."
    if kind == "disclosure.recorded":
        r = src.recipients.get(int(d["recipient"]))
        return (
            f"Gegevens gedeeld met {r.display_name if r else 'een ontvanger'}: "
            f"{categories_text(src, d['categories'])}."
        )
    if kind == "evidence.added":
        return f"Bewijsstuk opgeslagen ({d['kind']}, {d['size']} bytes)."
    if kind == "signing.completed":
        return (
            f"Getekend op de tablet door {signer_name(src, d['signer'])}; handtekening en "
            "lijnen (met tijd en druk) zijn als bewijsstuk opgeslagen."
        )
    if kind == "remote.sent":
        return f"Verzoek verstuurd ({d.get('via', '')}); het verzonden bericht is opgeslagen."
    if kind == "evidence.linked":
        if d.get("role") == "scan":
            return "Scan van het getekende formulier ingelezen en bij het verzoek opgeslagen."
        return "Schermafdruk bij het ontvangen bericht opgeslagen."
    if kind == "proof.exported":
        return "Dit bewijspakket is geëxporteerd."
    return kind
