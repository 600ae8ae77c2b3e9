"""Paper consent form for one request: every item with its exact text and yes/no boxes per
signer, who must sign and why, how to withdraw, and a QR code with the reference code so a scan
or photo of the signed form finds its request again (`formulieren.scan`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table, TableStyle

from toestemming.model import ConsentRequest, Youth

from .layout import (
    BASE_FONT,
    CONTENT_W,
    DocMeta,
    choice_row,
    day,
    framed,
    gap,
    heading,
    markup,
    paragraph,
    render,
    side_by_side,
    signature_block,
    title,
)
from .payloads import QR_SCHEME, qr_payload
from .qr import QrCode

__all__ = ["QR_SCHEME", "PaperConsentView", "PaperSigner", "qr_payload", "render_paper_consent"]
from .text import para

FORM_TITLE = "Toestemmingsformulier"


@dataclass(frozen=True)
class PaperSigner:
    name: str
    role: str  # Dutch label: jongere, ouder, voogd, curator, mentor


@dataclass(frozen=True)
class PaperConsentView:
    organisation: str
    generated_at: datetime
    request: ConsentRequest
    youth: Youth
    signers: tuple[PaperSigner, ...]
    explanation: str  # who decides and why (rules.who_must_decide)
    inform_youth: bool = False  # under 16: the youth is informed and asked for their view
    contact: str = ""  # whom to tell when withdrawing (worker, organisation)


def render_paper_consent(view: PaperConsentView) -> bytes:
    meta = DocMeta(
        view.organisation,
        FORM_TITLE,
        view.generated_at,
        reference=view.request.reference_code,
        subject="Toestemmingsformulier op papier",
    )
    return render(_story(view), meta)


def _story(view: PaperConsentView) -> list[Any]:
    req, y = view.request, view.youth
    head = [
        title(FORM_TITLE),
        paragraph(f"Toestemming om gegevens te delen — code {req.reference_code}", "bold"),
        gap(1.5),
        paragraph(f"Over: {y.display_name}, geboren {day(y.birth_date)}"),
        paragraph(
            f"Geldig van {day(req.valid_from)} tot en met {day(req.valid_until)}. "
            f"Verantwoordelijk: {view.organisation}."
        ),
    ]
    qr = [QrCode(qr_payload(req.reference_code), 32), paragraph(req.reference_code, "small")]
    top = Table([[head, qr]], colWidths=[CONTENT_W - 38 * mm, 38 * mm])
    top.setStyle(
        TableStyle(
            [
                *BASE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
            ]
        )
    )
    story: list[Any] = [top]

    story.append(heading("Wie tekent, en waarom"))
    story.append(paragraph(view.explanation))
    names = ", ".join(f"{s.name} ({s.role})" for s in view.signers)
    story.append(paragraph(f"Dit formulier wordt ingevuld door: {names}."))
    story.append(heading("Zo vult u het in"))
    story.append(
        paragraph(
            "Lees elk onderdeel. Kruis per onderdeel Ja of Nee aan; ieder die tekent, kruist zelf "
            "aan. Nee zeggen mag en heeft geen gevolgen voor school of opleiding. Niets "
            "aangekruist betekent: geen toestemming."
        )
    )

    for item in req.items:
        lines = item.text.split("\n")
        block: list[Any] = [
            markup(f"<b>{para(lines[0])}</b>"),
            *(paragraph(line) for line in lines[1:]),
            gap(1.5),
        ]
        for s in view.signers:
            block.append(choice_row(f"{s.name} ({s.role})", ["Ja", "Nee"]))
            if item.has_special_categories:
                block.append(
                    choice_row(
                        "Ik geef apart en uitdrukkelijk toestemming voor de gevoelige gegevens",
                        ["Ja"],
                    )
                )
        story += [gap(3), KeepTogether(framed(block))]

    story.append(heading("Intrekken"))
    who = f" ({view.contact})" if view.contact else ""
    story.append(
        paragraph(
            "U kunt uw toestemming altijd intrekken, helemaal of per onderdeel, zonder reden te "
            f"geven. Zeg het tegen de begeleider{who}, of stuur een e-mail of appje met de code "
            f"{req.reference_code}. Intrekken is net zo makkelijk als toestemming geven. Wat al "
            "gedeeld is, blijft gedeeld; daarna delen we niets meer, en wie al gegevens kreeg, "
            "hoort dat u hebt ingetrokken."
        )
    )

    story.append(heading("Handtekening"))
    blocks = [signature_block(s.name, s.role) for s in view.signers]
    if view.inform_youth:
        blocks.append(signature_block(y.display_name, "jongere (geïnformeerd, mening gevraagd)"))
    story.append(side_by_side(blocks))
    story.append(gap(2))
    story.append(
        paragraph(
            "Voor de begeleider: scan of fotografeer het ingevulde formulier en lees het in. De "
            "QR-code koppelt het aan dit verzoek; leg daarna de antwoorden vast.",
            "muted",
        )
    )
    return story
