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

# Per language of the signing: the signer takes home what they can read. Dutch and English are
# the languages the item texts exist in (toestemming/usecases/consent.py, LANGUAGES).
WORDS: dict[str, dict[str, Any]] = {
    "nl": {
        "form": FORM_TITLE,
        "title": "Ontvangstbewijs: uw keuzes",
        "recorded": "{organisation} heeft uw antwoorden vastgelegd. Dit hebt u gekozen:",
        "columns": ("Onderdeel", "Doel", "Ontvanger", "Uw antwoord"),
        "yes": "Ja, dat mag",
        "no": "Nee",
        "about": "Over",
        "signed_by": "Ondertekend door",
        "when": "Wanneer",
        "on_tablet": "(op de tablet)",
        "language": "Taal van de tekst",
        "code": "Code",
        "signature": "Handtekening",
        "changed_mind": "Van gedachten veranderd?",
        "withdraw": (
            "U kunt uw toestemming altijd intrekken, zonder reden: zeg het tegen uw "
            "begeleider, of stuur een mail of appje met code {code}. Wat al gedeeld is, blijft "
            "gedeeld; daarna delen we niets meer."
        ),
        "no_consequences": "Nee zeggen heeft geen gevolgen voor school of opleiding.",
    },
    "en": {
        "form": "Consent receipt",
        "title": "Receipt: your choices",
        "recorded": "{organisation} has recorded your answers. This is what you chose:",
        "columns": ("Part", "Purpose", "Recipient", "Your answer"),
        "yes": "Yes, that's fine",
        "no": "No",
        "about": "About",
        "signed_by": "Signed by",
        "when": "When",
        "on_tablet": "(on the tablet)",
        "language": "Language of the text",
        "code": "Code",
        "signature": "Signature",
        "changed_mind": "Changed your mind?",
        "withdraw": (
            "You can withdraw your consent at any time, without giving a reason: tell your "
            "counsellor, or send an e-mail or app message with code {code}. What was already "
            "shared stays shared; after that, nothing more is shared."
        ),
        "no_consequences": "Saying no has no consequences for your school or training.",
    },
}


@dataclass(frozen=True)
class SigningReceiptView:
    organisation: str
    generated_at: datetime
    reference_code: str
    youth_name: str
    signer: str  # name and role in the signer's language, e.g. "Ayşe Çelik (ouder)"
    signed_at: datetime
    language: str  # language of the texts shown, e.g. "Nederlands"
    lines: tuple[tuple[int, str, str, bool], ...]  # (position, purpose, recipient, yes?)
    signature_png: bytes | None = None
    language_code: str = "nl"  # the receipt is written in it: "nl" or "en"


def render_signing_receipt(view: SigningReceiptView) -> bytes:
    w = WORDS.get(view.language_code, WORDS["nl"])
    meta = DocMeta(
        view.organisation,
        str(w["form"]),
        view.generated_at,
        reference=view.reference_code,
        language=view.language_code if view.language_code in WORDS else "nl",
    )
    return render(_story(view, w), meta)


def _story(view: SigningReceiptView, w: dict[str, Any]) -> list[Any]:
    rows: list[tuple[str, Any]] = [
        (w["about"], view.youth_name),
        (w["signed_by"], view.signer),
        (w["when"], f"{moment(view.signed_at)} {w['on_tablet']}"),
        (w["language"], view.language),
        (w["code"], view.reference_code),
    ]
    if view.signature_png:
        image = Image(
            io.BytesIO(view.signature_png), width=60 * mm, height=22 * mm, kind="proportional"
        )
        image.hAlign = "LEFT"
        rows.append((w["signature"], image))
    return [
        title(w["title"]),
        paragraph(w["recorded"].format(organisation=view.organisation)),
        gap(2),
        grid(
            list(w["columns"]),
            [
                [str(pos), purpose, recipient, w["yes"] if yes else w["no"]]
                for pos, purpose, recipient, yes in view.lines
            ],
            [0.14, 0.36, 0.3, 0.2],
        ),
        gap(3),
        fields(rows),
        heading(w["changed_mind"]),
        framed(
            [
                paragraph(w["withdraw"].format(code=view.reference_code)),
                paragraph(w["no_consequences"]),
            ]
        ),
    ]
