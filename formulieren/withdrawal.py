"""Confirmation for the person who withdrew consent: what was withdrawn, when, what it means
(no new sharing; what was shared before stays lawful) and which recipients are being told."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from toestemming.model import Youth

from .layout import DocMeta, framed, gap, grid, heading, moment, paragraph, render, title

FORM_TITLE = "Bevestiging intrekking"

# Dutch, or English for a withdrawal signed in English on the tablet (signing_receipts.py).
WORDS: dict[str, dict[str, Any]] = {
    "nl": {
        "form": FORM_TITLE,
        "title": "Bevestiging: toestemming ingetrokken",
        "about": "Over: {name}",
        "by": "Ingetrokken door: {who}",
        "when": "Wanneer: {moment} ({channel})",
        "recorded": (
            "{organisation} heeft uw intrekking vastgelegd. U hoeft niets meer te doen. "
            "U hoefde er geen reden voor te geven."
        ),
        "what": "Wat is ingetrokken",
        "columns": ("Code", "Onderdeel", "Doel", "Ontvanger", "Gegevens"),
        "meaning": "Wat betekent dit",
        "meaning_text": (
            "Vanaf het moment van intrekken delen we deze gegevens niet meer met deze "
            "ontvangers, voor dit doel. Wat al eerder gedeeld was, mocht toen worden gedeeld en "
            "blijft gedeeld."
        ),
        "told": (
            "Deze organisaties hadden al gegevens gekregen. Wij laten hun weten dat u "
            "de toestemming hebt ingetrokken:"
        ),
        "none_shared": "Onder deze toestemming waren nog geen gegevens gedeeld.",
        "again": "Later toch weer toestemming geven?",
        "again_text": "Dat kan altijd, met een nieuw verzoek. Vragen? Neem contact op met {contact}.",
    },
    "en": {
        "form": "Withdrawal confirmation",
        "title": "Confirmation: consent withdrawn",
        "about": "About: {name}",
        "by": "Withdrawn by: {who}",
        "when": "When: {moment} ({channel})",
        "recorded": (
            "{organisation} has recorded your withdrawal. You do not need to do anything else. "
            "You did not have to give a reason."
        ),
        "what": "What was withdrawn",
        "columns": ("Code", "Part", "Purpose", "Recipient", "Information"),
        "meaning": "What this means",
        "meaning_text": (
            "From the moment you withdrew, we no longer share this information with these "
            "recipients for this purpose. What was shared before was allowed at the time and "
            "stays shared."
        ),
        "told": (
            "These organisations had already received information. We are letting them know "
            "that you withdrew your consent:"
        ),
        "none_shared": "No information had been shared under this consent yet.",
        "again": "Want to give consent again later?",
        "again_text": "That is always possible, with a new request. Questions? Contact {contact}.",
    },
}


@dataclass(frozen=True)
class WithdrawnItem:
    reference_code: str
    position: int
    purpose: str
    recipient: str
    categories: str


@dataclass(frozen=True)
class WithdrawalConfirmationView:
    organisation: str
    generated_at: datetime
    youth: Youth
    withdrawn_by: str  # name and role, e.g. "Ayşe Çelik (ouder)"
    withdrawn_at: datetime
    channel: str  # Dutch label
    items: tuple[WithdrawnItem, ...]
    recipients_told: tuple[str, ...] = ()  # already received data; told per AVG art. 19
    contact: str = ""
    language: str = "nl"  # the confirmation is written in it: "nl" or "en"


def render_withdrawal_confirmation(view: WithdrawalConfirmationView) -> bytes:
    codes = ", ".join(dict.fromkeys(i.reference_code for i in view.items))
    language = view.language if view.language in WORDS else "nl"
    w = WORDS[language]
    meta = DocMeta(
        view.organisation, w["form"], view.generated_at, reference=codes, language=language
    )
    return render(_story(view, w), meta)


def _story(view: WithdrawalConfirmationView, w: dict[str, Any]) -> list[Any]:
    story: list[Any] = [
        title(w["title"]),
        paragraph(w["about"].format(name=view.youth.display_name)),
        paragraph(w["by"].format(who=view.withdrawn_by)),
        paragraph(w["when"].format(moment=moment(view.withdrawn_at), channel=view.channel)),
        gap(2),
        paragraph(w["recorded"].format(organisation=view.organisation)),
        heading(w["what"]),
        grid(
            list(w["columns"]),
            [
                [i.reference_code, str(i.position), i.purpose, i.recipient, i.categories]
                for i in view.items
            ],
            [0.2, 0.1, 0.25, 0.2, 0.25],
        ),
        heading(w["meaning"]),
        paragraph(w["meaning_text"]),
    ]
    if view.recipients_told:
        story += [
            gap(2),
            framed(
                [
                    paragraph(w["told"]),
                    *(paragraph("• " + r) for r in view.recipients_told),
                ]
            ),
        ]
    else:
        story.append(paragraph(w["none_shared"]))
    story += [
        heading(w["again"]),
        paragraph(w["again_text"].format(contact=view.contact or view.organisation)),
    ]
    return story
