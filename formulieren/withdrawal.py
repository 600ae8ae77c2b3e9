"""Confirmation for the person who withdrew consent: what was withdrawn, when, what it means
(no new sharing; what was shared before stays lawful) and which recipients are being told."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .layout import DocMeta, framed, gap, grid, heading, paragraph, render, title
from .payloads import YouthView

FORM_TITLE = "Bevestiging intrekking"

# The words come finished (in the signer's language, placeholders filled) from the core's
# language catalog (toestemming/locales, messages `withdrawal-*`): this module knows no language.
WORD_KEYS = (
    "form", "title", "about", "by", "when", "recorded", "what", "col-code", "col-part",
    "col-purpose", "col-recipient", "col-data", "meaning", "meaning-text", "told",
    "none-shared", "again", "again-text",
)  # fmt: skip


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
    youth: YouthView
    withdrawn_by: str  # name and role, e.g. "Ayşe Çelik (ouder)"
    withdrawn_at: datetime
    channel: str  # Dutch label
    items: tuple[WithdrawnItem, ...]
    recipients_told: tuple[str, ...] = ()  # already received data; told per AVG art. 19
    contact: str = ""
    language: str = "nl"  # the confirmation is written in it (PDF /Lang)
    words: Mapping[str, str] = field(default_factory=dict)  # WORD_KEYS, finished sentences
    footer: tuple[str, str] = ("Gemaakt op", "pagina {n} van {total}")
    made_at: str = ""  # generated_at as the reader writes it (empty: dd-mm-jjjj uu:mm)


def render_withdrawal_confirmation(view: WithdrawalConfirmationView) -> bytes:
    codes = ", ".join(dict.fromkeys(i.reference_code for i in view.items))
    w = view.words
    meta = DocMeta(
        view.organisation,
        w["form"],
        view.generated_at,
        reference=codes,
        language=view.language,
        footer=view.footer,
        made_at=view.made_at,
    )
    return render(_story(view, w), meta)


def _story(view: WithdrawalConfirmationView, w: Mapping[str, str]) -> list[Any]:
    story: list[Any] = [
        title(w["title"]),
        paragraph(w["about"]),
        paragraph(w["by"]),
        paragraph(w["when"]),
        gap(2),
        paragraph(w["recorded"]),
        heading(w["what"]),
        grid(
            [w["col-code"], w["col-part"], w["col-purpose"], w["col-recipient"], w["col-data"]],
            [
                [i.reference_code, str(i.position), i.purpose, i.recipient, i.categories]
                for i in view.items
            ],
            [0.2, 0.1, 0.25, 0.2, 0.25],
        ),
        heading(w["meaning"]),
        paragraph(w["meaning-text"]),
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
        story.append(paragraph(w["none-shared"]))
    story += [heading(w["again"]), paragraph(w["again-text"])]
    return story
