"""Receipt for a signer in signing mode: what they agreed to, when, and how to withdraw.

Printed or saved by the worker from the thank-you screen; the signer takes it home."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Image

from .layout import DocMeta, fields, framed, gap, grid, heading, moment, paragraph, render, title

FORM_TITLE = "Ontvangstbewijs toestemming"

# The words come finished (in the signer's language, placeholders filled) from the core's
# language catalog (toestemming/locales, messages `signing-receipt-*`).
WORD_KEYS = (
    "form", "title", "recorded", "col-part", "col-purpose", "col-recipient", "col-answer",
    "about", "signed-by", "when", "on-tablet", "language", "code", "signature",
    "changed-mind", "withdraw", "no-consequences",
)  # fmt: skip


@dataclass(frozen=True)
class SigningReceiptView:
    organisation: str
    generated_at: datetime
    reference_code: str
    youth_name: str
    signer: str  # name and role in the signer's language, e.g. "Ayşe Çelik (ouder)"
    signed_at: datetime
    language: str  # language of the texts shown, e.g. "Nederlands"
    # (position, purpose, recipient, the answer as the signer reads it: yes, no, withdrawn on …)
    lines: tuple[tuple[int, str, str, str], ...]
    signature_png: bytes | None = None
    language_code: str = "nl"  # the receipt is written in it (PDF /Lang)
    words: Mapping[str, str] = field(default_factory=dict)  # WORD_KEYS, finished sentences
    footer: tuple[str, str] = ("Gemaakt op", "pagina {n} van {total}")
    made_at: str = ""  # generated_at as the reader writes it (empty: dd-mm-jjjj uu:mm)
    signed_at_text: str = ""  # signed_at as the reader writes it (empty: dd-mm-jjjj uu:mm)


def render_signing_receipt(view: SigningReceiptView) -> bytes:
    w = view.words
    meta = DocMeta(
        view.organisation,
        w["form"],
        view.generated_at,
        reference=view.reference_code,
        language=view.language_code,
        footer=view.footer,
        made_at=view.made_at,
    )
    return render(_story(view, w), meta)


def _story(view: SigningReceiptView, w: Mapping[str, str]) -> list[Any]:
    rows: list[tuple[str, Any]] = [
        (w["about"], view.youth_name),
        (w["signed-by"], view.signer),
        (w["when"], f"{view.signed_at_text or moment(view.signed_at)} {w['on-tablet']}"),
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
        paragraph(w["recorded"]),
        gap(2),
        grid(
            [w["col-part"], w["col-purpose"], w["col-recipient"], w["col-answer"]],
            [
                [str(pos), purpose, recipient, answer]
                for pos, purpose, recipient, answer in view.lines
            ],
            [0.14, 0.36, 0.3, 0.2],
        ),
        gap(3),
        fields(rows),
        heading(w["changed-mind"]),
        framed(
            [
                paragraph(w["withdraw"]),
                paragraph(w["no-consequences"]),
            ]
        ),
    ]
