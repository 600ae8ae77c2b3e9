"""Paper consent form for one request: every item with its exact text and yes/no boxes per
signer, who must sign and why, how to withdraw, and a QR code with the reference code so a scan
or photo of the signed form finds its request again (`formulieren.scan`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table, TableStyle

from .layout import (
    BASE_FONT,
    CONTENT_W,
    FRAMED_W,
    DocMeta,
    choice_row,
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
from .payloads import QR_SCHEME, PaperRequest, YouthView, qr_payload
from .qr import QrCode

__all__ = ["QR_SCHEME", "PaperConsentView", "PaperSigner", "qr_payload", "render_paper_consent"]
from .text import para

FORM_TITLE = "Toestemmingsformulier"

# The form speaks the request's language (its item texts are in it too): the words come
# finished from the core's language catalog (messages `paper-*`, placeholders filled).
WORD_KEYS = (
    "form", "subject", "lead", "about", "valid", "who", "filled-by", "how", "how-text", "whose", "yes",
    "no", "special", "withdraw", "withdraw-text", "signature", "informed", "for-worker",
)  # fmt: skip


@dataclass(frozen=True)
class PaperSigner:
    name: str
    role: str  # label in the request's language: jongere/ouder … or young person/parent …


@dataclass(frozen=True)
class PaperConsentView:
    organisation: str
    generated_at: datetime
    request: PaperRequest
    youth: YouthView
    signers: tuple[PaperSigner, ...]
    explanation: str  # who decides and why, in the request's language
    inform_youth: bool = False  # under 16: the youth is informed and asked for their view
    contact: str = ""  # whom to tell when withdrawing (worker, organisation)
    printed_language: str = ""  # set when printed in another language than the request's
    words: Mapping[str, str] = field(default_factory=dict)  # WORD_KEYS, finished sentences
    footer: tuple[str, str] = ("Gemaakt op", "pagina {n} van {total}")
    made_at: str = ""  # generated_at as the reader writes it (empty: dd-mm-jjjj uu:mm)
    signature_labels: tuple[str, str, str, str] = ("Naam", "Rol", "Datum", "Handtekening")


def render_paper_consent(view: PaperConsentView) -> bytes:
    w = view.words
    meta = DocMeta(
        view.organisation,
        w["form"],
        view.generated_at,
        reference=view.request.reference_code,
        subject=w["subject"],
        language=view.request.language,
        footer=view.footer,
        made_at=view.made_at,
        page_qr=qr_payload(view.request.reference_code, view.printed_language),
    )
    return render(_story(view, w), meta)


def _story(view: PaperConsentView, w: Mapping[str, str]) -> list[Any]:
    req, y = view.request, view.youth
    head = [
        title(w["form"]),
        paragraph(w["lead"], "bold"),
        gap(1.5),
        paragraph(w["about"]),
        paragraph(w["valid"]),
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
    story.append(paragraph(w["filled-by"]))
    story.append(heading(w["how"]))
    story.append(paragraph(w["how-text"]))
    if w.get("whose", "").strip():  # a parent fills it in: whom the items' "je" means
        story.append(paragraph(w["whose"], "bold"))

    for item in req.items:
        lines = item.text.split("\n")
        block: list[Any] = [
            markup(f"<b>{para(lines[0])}</b>"),
            *(paragraph(line) for line in lines[1:]),
            gap(1.5),
        ]
        for s in view.signers:
            block.append(choice_row(f"{s.name} ({s.role})", [w["yes"], w["no"]], width=FRAMED_W))
            if item.has_special_categories:
                block.append(choice_row(w["special"], [w["yes"]], width=FRAMED_W))
        story += [gap(3), KeepTogether(framed(block))]

    story.append(heading(w["withdraw"]))
    story.append(paragraph(w["withdraw-text"]))

    story.append(heading(w["signature"]))
    labels = view.signature_labels
    blocks = [signature_block(s.name, s.role, labels=labels) for s in view.signers]
    if view.inform_youth:
        blocks.append(signature_block(y.display_name, w["informed"], labels=labels))
    story.append(side_by_side(blocks, labels))
    story.append(gap(2))
    # For the worker, in the form's language like every line the signer reads on it (a Dutch
    # sentence on an Arabic form was one the parent could not read): what happens to it next.
    story.append(paragraph(w["for-worker"], "muted"))
    return story
