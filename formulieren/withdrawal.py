"""Confirmation for the person who withdrew consent: what was withdrawn, when, what it means
(no new sharing; what was shared before stays lawful) and which recipients are being told."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from toestemming.model import Youth

from .layout import DocMeta, framed, gap, grid, heading, moment, paragraph, render, title

FORM_TITLE = "Bevestiging intrekking"


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


def render_withdrawal_confirmation(view: WithdrawalConfirmationView) -> bytes:
    codes = ", ".join(dict.fromkeys(i.reference_code for i in view.items))
    meta = DocMeta(view.organisation, FORM_TITLE, view.generated_at, reference=codes)
    return render(_story(view), meta)


def _story(view: WithdrawalConfirmationView) -> list[Any]:
    story: list[Any] = [
        title("Bevestiging: toestemming ingetrokken"),
        paragraph(f"Over: {view.youth.display_name}"),
        paragraph(f"Ingetrokken door: {view.withdrawn_by}"),
        paragraph(f"Wanneer: {moment(view.withdrawn_at)} ({view.channel})"),
        gap(2),
        paragraph(
            f"{view.organisation} heeft uw intrekking vastgelegd. U hoeft niets meer te doen. "
            "U hoefde er geen reden voor te geven."
        ),
        heading("Wat is ingetrokken"),
        grid(
            ["Code", "Onderdeel", "Doel", "Ontvanger", "Gegevens"],
            [
                [i.reference_code, str(i.position), i.purpose, i.recipient, i.categories]
                for i in view.items
            ],
            [0.2, 0.1, 0.25, 0.2, 0.25],
        ),
        heading("Wat betekent dit"),
        paragraph(
            "Vanaf het moment van intrekken delen we deze gegevens niet meer met deze "
            "ontvangers, voor dit doel. Wat al eerder gedeeld was, mocht toen worden gedeeld en "
            "blijft gedeeld."
        ),
    ]
    if view.recipients_told:
        story += [
            gap(2),
            framed(
                [
                    paragraph(
                        "Deze organisaties hadden al gegevens gekregen. Wij laten hun weten dat u "
                        "de toestemming hebt ingetrokken:"
                    ),
                    *(paragraph("• " + r) for r in view.recipients_told),
                ]
            ),
        ]
    else:
        story.append(paragraph("Onder deze toestemming waren nog geen gegevens gedeeld."))
    story += [
        heading("Later toch weer toestemming geven?"),
        paragraph(
            "Dat kan altijd, met een nieuw verzoek. Vragen? Neem contact op met "
            + (view.contact or view.organisation)
            + "."
        ),
    ]
    return story
