"""The texts a signer sees, written at B1 level. What is shown is stored verbatim with its
SHA-256 on the request and on every item, so it can be proven years later."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date

from .model import RECIPIENT_KIND_LABELS, DataCategory, Purpose, Recipient, RecipientKind

_EN_KIND = {
    RecipientKind.EDUCATION: "education",
    RecipientKind.CARE: "care",
    RecipientKind.LABOUR: "work",
    RecipientKind.MUNICIPALITY: "municipality",
    RecipientKind.ATTENDANCE: "school attendance / RMC",
    RecipientKind.EMPLOYER: "employer",
    RecipientKind.OTHER: "other",
}


def kind_label(kind: RecipientKind, language: str) -> str:
    return _EN_KIND[kind] if language == "en" else RECIPIENT_KIND_LABELS[kind]


def category_names(categories: Sequence[DataCategory], language: str) -> str:
    return ", ".join(c.name_in(language) for c in categories)


_SPECIAL_LINE = {
    "nl": re.compile(r"^Gevoelige gegevens \((?P<names>.+)\): die delen we ", re.MULTILINE),
    "en": re.compile(r"^Sensitive information \((?P<names>.+)\): this is only ", re.MULTILINE),
}


def special_names_shown(text: str, language: str) -> str | None:
    """The special categories as item_text wrote them into a stored text, so a label next to
    that text names exactly what the signer reads there (a category renamed since does not
    change it). None when the text has no such line."""
    pattern = _SPECIAL_LINE.get(language)
    found = pattern.search(text) if pattern else None
    return found.group("names") if found else None


def decider_explanation_en(regime: str, youth_name: str) -> str:
    """Who decides and why, for a form in English (rules.who_must_decide explains in Dutch)."""
    return {
        "parents": (
            f"{youth_name} is younger than 16, so the parents with parental authority (or the "
            f"guardian) decide. {youth_name} is told about it and asked for their view."
        ),
        "parents_and_youth": (
            f"{youth_name} is 12 to 15: the parents with parental authority and {youth_name} "
            "decide together."
        ),
        "youth": f"{youth_name} is 16 or older and decides alone.",
        "adult_representative": (
            f"{youth_name} is under adult guardianship (curatele or mentorschap): the curator or "
            "mentor decides."
        ),
    }.get(regime, "")


def sha256_text(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def item_text(
    position: int,
    purpose: Purpose,
    recipient: Recipient,
    categories: Sequence[DataCategory],
    valid_until: date,
    organisation: str,
    reference_code: str,
    language: str,
) -> str:
    special = [c for c in categories if c.special]
    if language == "en":
        lines = [
            f"Part {position}: {purpose.title}",
            "Which information: " + category_names(categories, language) + ".",
            f"To whom: {recipient.display_name} ({kind_label(recipient.kind, language)}).",
            f"Why: {purpose.description}",
            f"For how long: until {valid_until:%d-%m-%Y} at the latest.",
            f"Responsible: {organisation}.",
        ]
        if special:
            lines.append(
                "Sensitive information (" + category_names(special, language) + "): "
                "this is only shared if you tick it separately."
            )
        lines += [
            "Saying no is fine. It has no consequences for your school or training.",
            "You can withdraw your consent at any time, without giving a reason: tell your "
            f"counsellor, or send an e-mail or app message with code {reference_code}. What was "
            "already shared stays shared; after that, nothing more is shared.",
        ]
        return "\n".join(lines)
    lines = [
        f"Onderdeel {position}: {purpose.title}",
        "Welke gegevens: " + category_names(categories, language) + ".",
        f"Aan wie: {recipient.display_name} ({kind_label(recipient.kind, language)}).",
        f"Waarom: {purpose.description}",
        f"Hoe lang: tot en met {valid_until:%d-%m-%Y}.",
        f"Verantwoordelijk: {organisation}.",
    ]
    if special:
        lines.append(
            "Gevoelige gegevens (" + category_names(special, language) + "): die delen we "
            "alleen als je dat apart aanvinkt."
        )
    lines += [
        "Nee zeggen mag. Dat heeft geen gevolgen voor je school of opleiding.",
        "Je kunt je toestemming altijd intrekken, zonder reden: zeg het tegen je begeleider, of "
        f"stuur een mail of appje met code {reference_code}. Wat al gedeeld is, blijft gedeeld; "
        "daarna delen we niets meer.",
    ]
    return "\n".join(lines)


def request_text(
    organisation: str, reference_code: str, item_texts: Sequence[str], language: str
) -> str:
    if language == "en":
        head = (
            f"Request for consent — {organisation} — code {reference_code}\n"
            "We ask whether we may share information about you. You decide per part."
        )
    else:
        head = (
            f"Vraag om toestemming — {organisation} — code {reference_code}\n"
            "We vragen of we gegevens over jou mogen delen. Je beslist per onderdeel."
        )
    return head + "\n\n" + "\n\n".join(item_texts)
