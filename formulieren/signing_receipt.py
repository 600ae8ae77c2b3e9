"""Receipt for a signer in signing mode: what they agreed to, when, and how to withdraw.

Printed or saved by the worker from the thank-you screen; the signer takes it home."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Image

from .layout import DocMeta, fields, framed, gap, grid, heading, moment, paragraph, render, title

FORM_TITLE = "Ontvangstbewijs toestemming"


@dataclass(frozen=True)
class SigningReceiptView:
    organisation: str
    generated_at: datetime
    reference_code: str
    youth_name: str
    signer: str  # name and role, e.g. "Ayşe Çelik (ouder)"
    signed_at: datetime
    language: str  # language of the texts shown, e.g. "Nederlands"
    lines: tuple[tuple[int, str, str, bool], ...]  # (position, purpose, recipient, yes?)
    signature_png: bytes | None = None


def render_signing_receipt(view: SigningReceiptView) -> bytes:
    meta = DocMeta(view.organisation, FORM_TITLE, view.generated_at, reference=view.reference_code)
    return render(_story(view), meta)


def _story(view: SigningReceiptView) -> list[Any]:
    rows: list[tuple[str, Any]] = [
        ("Over", view.youth_name),
        ("Ondertekend door", view.signer),
        ("Wanneer", f"{moment(view.signed_at)} (op de tablet)"),
        ("Taal van de tekst", view.language),
        ("Code", view.reference_code),
    ]
    if view.signature_png:
        image = Image(
            io.BytesIO(view.signature_png), width=60 * mm, height=22 * mm, kind="proportional"
        )
        image.hAlign = "LEFT"
        rows.append(("Handtekening", image))
    return [
        title("Ontvangstbewijs: uw keuzes"),
        paragraph(f"{view.organisation} heeft uw antwoorden vastgelegd. Dit hebt u gekozen:"),
        gap(2),
        grid(
            ["Onderdeel", "Doel", "Ontvanger", "Uw antwoord"],
            [
                [str(pos), purpose, recipient, "Ja, dat mag" if yes else "Nee"]
                for pos, purpose, recipient, yes in view.lines
            ],
            [0.14, 0.36, 0.3, 0.2],
        ),
        gap(3),
        fields(rows),
        heading("Van gedachten veranderd?"),
        framed(
            [
                paragraph(
                    "U kunt uw toestemming altijd intrekken, zonder reden: zeg het tegen uw "
                    f"begeleider, of stuur een mail of appje met code {view.reference_code}. Wat al "
                    "gedeeld is, blijft gedeeld; daarna delen we niets meer."
                ),
                paragraph("Nee zeggen heeft geen gevolgen voor school of opleiding."),
            ]
        ),
    ]
