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

# The form speaks the request's language (its item texts are in it too).
WORDS: dict[str, dict[str, Any]] = {
    "nl": {
        "language": "nl",
        "form": FORM_TITLE,
        "subject": "Toestemmingsformulier op papier",
        "lead": "Toestemming om gegevens te delen — code {code}",
        "about": "Over: {name}, geboren {born}",
        "valid": "Geldig van {start} tot en met {end}. Verantwoordelijk: {organisation}.",
        "who": "Wie tekent, en waarom",
        "filled_by": "Dit formulier wordt ingevuld door: {names}.",
        "how": "Zo vult u het in",
        "how_text": (
            "Lees elk onderdeel. Kruis per onderdeel Ja of Nee aan; ieder die tekent, kruist zelf "
            "aan. Nee zeggen mag en heeft geen gevolgen voor school of opleiding. Niets "
            "aangekruist betekent: geen toestemming."
        ),
        "yes_no": ["Ja", "Nee"],
        "special": "Ik geef apart en uitdrukkelijk toestemming voor de gevoelige gegevens",
        "yes": ["Ja"],
        "withdraw": "Intrekken",
        "withdraw_text": (
            "U kunt uw toestemming altijd intrekken, helemaal of per onderdeel, zonder reden te "
            "geven. Zeg het tegen de begeleider{who}, of stuur een e-mail of appje met de code "
            "{code}. Intrekken is net zo makkelijk als toestemming geven. Wat al gedeeld is, "
            "blijft gedeeld; daarna delen we niets meer, en wie al gegevens kreeg, hoort dat u "
            "hebt ingetrokken."
        ),
        "signature": "Handtekening",
        "informed": "jongere (geïnformeerd, mening gevraagd)",
        "for_worker": (
            "Voor de begeleider: scan of fotografeer het ingevulde formulier en lees het in. De "
            "QR-code koppelt het aan dit verzoek; leg daarna de antwoorden vast."
        ),
    },
    "en": {
        "language": "en",
        "form": "Consent form",
        "subject": "Consent form on paper",
        "lead": "Consent to share information — code {code}",
        "about": "About: {name}, born {born}",
        "valid": "Valid from {start} up to and including {end}. Responsible: {organisation}.",
        "who": "Who signs, and why",
        "filled_by": "This form is filled in by: {names}.",
        "how": "How to fill it in",
        "how_text": (
            "Read each part. Tick Yes or No for each part; everyone who signs ticks for "
            "themselves. Saying no is fine and has no consequences for school or training. "
            "Nothing ticked means: no consent."
        ),
        "yes_no": ["Yes", "No"],
        "special": "I separately and explicitly agree to sharing the sensitive information",
        "yes": ["Yes"],
        "withdraw": "Withdrawing",
        "withdraw_text": (
            "You can always withdraw your consent, completely or per part, without giving a "
            "reason. Tell the counsellor{who}, or send an e-mail or app message with the code "
            "{code}. Withdrawing is as easy as giving consent. What was already shared stays "
            "shared; after that we share nothing more, and whoever already received information "
            "is told that you withdrew."
        ),
        "signature": "Signature",
        "informed": "young person (informed, asked for their view)",
        "for_worker": (
            "Voor de begeleider: scan of fotografeer het ingevulde formulier en lees het in. De "
            "QR-code koppelt het aan dit verzoek; leg daarna de antwoorden vast."
        ),
    },
}


@dataclass(frozen=True)
class PaperSigner:
    name: str
    role: str  # label in the request's language: jongere/ouder … or young person/parent …


@dataclass(frozen=True)
class PaperConsentView:
    organisation: str
    generated_at: datetime
    request: ConsentRequest
    youth: Youth
    signers: tuple[PaperSigner, ...]
    explanation: str  # who decides and why, in the request's language
    inform_youth: bool = False  # under 16: the youth is informed and asked for their view
    contact: str = ""  # whom to tell when withdrawing (worker, organisation)
    printed_language: str = ""  # set when printed in another language than the request's


def render_paper_consent(view: PaperConsentView) -> bytes:
    language = view.request.language if view.request.language in WORDS else "nl"
    w = WORDS[language]
    meta = DocMeta(
        view.organisation,
        w["form"],
        view.generated_at,
        reference=view.request.reference_code,
        subject=w["subject"],
        language=language,
        page_qr=qr_payload(view.request.reference_code, view.printed_language),
    )
    return render(_story(view, w), meta)


def _story(view: PaperConsentView, w: dict[str, Any]) -> list[Any]:
    req, y = view.request, view.youth
    head = [
        title(w["form"]),
        paragraph(w["lead"].format(code=req.reference_code), "bold"),
        gap(1.5),
        paragraph(w["about"].format(name=y.display_name, born=day(y.birth_date))),
        paragraph(
            w["valid"].format(
                start=day(req.valid_from), end=day(req.valid_until), organisation=view.organisation
            )
        ),
    ]
    payload = qr_payload(req.reference_code, view.printed_language)
    qr = [QrCode(payload, 32), paragraph(req.reference_code, "small")]
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

    story.append(heading(w["who"]))
    story.append(paragraph(view.explanation))
    names = ", ".join(f"{s.name} ({s.role})" for s in view.signers)
    story.append(paragraph(w["filled_by"].format(names=names)))
    story.append(heading(w["how"]))
    story.append(paragraph(w["how_text"]))

    for item in req.items:
        lines = item.text.split("\n")
        block: list[Any] = [
            markup(f"<b>{para(lines[0])}</b>"),
            *(paragraph(line) for line in lines[1:]),
            gap(1.5),
        ]
        for s in view.signers:
            block.append(choice_row(f"{s.name} ({s.role})", w["yes_no"]))
            if item.has_special_categories:
                block.append(choice_row(w["special"], w["yes"]))
        story += [gap(3), KeepTogether(framed(block))]

    story.append(heading(w["withdraw"]))
    who = f" ({view.contact})" if view.contact else ""
    story.append(paragraph(w["withdraw_text"].format(who=who, code=req.reference_code)))

    story.append(heading(w["signature"]))
    language = str(w["language"])
    blocks = [signature_block(s.name, s.role, language=language) for s in view.signers]
    if view.inform_youth:
        blocks.append(signature_block(y.display_name, w["informed"], language=language))
    story.append(side_by_side(blocks))
    story.append(gap(2))
    # For the worker, in the worker's language (the desk works in Dutch).
    story.append(paragraph(w["for_worker"], "muted"))
    return story
