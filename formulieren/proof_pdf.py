"""The human half of a proof package: for each consent item the text exactly as shown, who
decided (role and age then), when, by which channel, the signature or message, the item's full
history, the disclosures made under it, and how to check the package."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, PageBreak

from .layout import (
    DocMeta,
    day,
    fields,
    framed,
    gap,
    grid,
    heading,
    markup,
    moment,
    paragraph,
    render,
    title,
)
from .text import para

FORM_TITLE = "Bewijs van toestemming"


@dataclass(frozen=True)
class ProofDecision:
    signer: str
    role: str
    age: int | None  # the youth's age on the decision date (decides who may decide)
    answer: str  # "ja" / "nee"
    decided_at: datetime
    recorded_at: datetime
    channel: str
    worker: str
    text_matches: bool  # the hash of the text the signer saw equals the stored text's hash
    special_ack: bool = False
    evidence: str = ""  # file name in the package
    signature_png: bytes | None = None
    # How a tablet decision was signed (drawn, or a typed name: never shown as a drawing),
    # in the reader's words; empty for other channels and in packages before it.
    signed_how: str = ""
    typed_name: str = ""  # the name a signer typed instead of drawing, as recorded
    text_language: str = ""  # Dutch name of the language shown when not the request's ("Engels")
    # A representative's gezag at that moment as the log says it ("met gezag (logboek:
    # gebeurtenis 3, 7)"); empty for the youth's own decision and in packages before it.
    gezag: str = ""


@dataclass(frozen=True)
class ProofEvent:
    seq: int
    at: datetime
    what: str  # Dutch, one line


@dataclass(frozen=True)
class ProofDisclosure:
    at: datetime
    recipient: str
    categories: str
    basis: str


@dataclass(frozen=True)
class ProofText:
    """The item's text in another language, exactly as a signer saw it on the tablet."""

    language: str  # Dutch name: "Engels"
    adjective: str  # "Engelse", for "gelijk aan de Engelse tekst hierboven"
    text: str
    text_sha256: str
    file: str = ""  # where the package holds it


@dataclass(frozen=True)
class ProofItem:
    position: int
    purpose: str  # title + version
    why: str
    recipient: str
    categories: str
    valid_from: date
    valid_until: date
    status: str  # label + reason, at export time
    text: str  # exactly as shown
    text_sha256: str
    decisions: tuple[ProofDecision, ...]
    history: tuple[ProofEvent, ...]
    disclosures: tuple[ProofDisclosure, ...]
    other_texts: tuple[ProofText, ...] = ()  # languages a decision was taken in, besides this
    # The young person's own views on this item, one line each, or that none was recorded
    # (toestemming.proof.youth_heard); None: no such section (nobody to hear, or a preview
    # of a release before).
    youth_heard: tuple[str, ...] | None = None


# The heading and note of that section (verify reads them back: youth_heard.py).
HEARD_HEADING = "Mening van de jongere (geen besluit)"
HEARD_NOTE = (
    "Een mening van de jongere is geen besluit: zij telt niet als toestemming of weigering "
    "en verandert de stand niet."
)


NO_TRUSTED_TIME = (
    "geen vertrouwde tijdstempel: de tijden in dit document komen van de klok van de computer "
    "van de organisatie"
)


@dataclass(frozen=True)
class ProofView:
    organisation: str
    generated_at: datetime
    reference_code: str
    youth_name: str
    youth_birth_date: date
    requested_at: datetime
    requested_by: str
    language: str
    items: tuple[ProofItem, ...]
    evidence_files: tuple[tuple[str, str, str], ...]  # (file name, what, sha256)
    checkpoint: tuple[int, str, datetime]  # (tree size, root hex, signed at)
    key_fingerprint: str
    certificate_subject: str
    export_seq: int | None = None  # the audit event of this export (None in a preview)
    # What the TSA (RFC 3161) vouches for, in Dutch; without a TSA it says there is none.
    trusted_time: str = NO_TRUSTED_TIME


def render_proof(view: ProofView) -> bytes:
    meta = DocMeta(
        view.organisation,
        FORM_TITLE,
        view.generated_at,
        reference=view.reference_code,
        subject="Bewijs van toestemming (bewijspakket)",
    )
    return render(_story(view), meta)


def _story(view: ProofView) -> list[Any]:
    story: list[Any] = [
        title(FORM_TITLE),
        paragraph(
            "Dit document hoort bij een bewijspakket. Het laat zien wie waarvoor toestemming gaf "
            "of weigerde, wanneer, hoe, en welke tekst daarbij precies werd getoond. Het pakket "
            "kan zonder de kluis worden gecontroleerd (zie de laatste pagina).",
            "muted",
        ),
        gap(2),
        fields(
            [
                ("Verzoek", view.reference_code),
                ("Jongere", f"{view.youth_name}, geboren {day(view.youth_birth_date)}"),
                ("Verantwoordelijke", view.organisation),
                ("Gevraagd", f"{moment(view.requested_at)} door {view.requested_by}"),
                ("Taal van de tekst", view.language),
                ("Onderdelen in dit pakket", ", ".join(str(i.position) for i in view.items)),
            ]
        ),
    ]
    for item in view.items:
        story += _item(item)
    story += [PageBreak(), *_checking(view)]
    return story


def _item(item: ProofItem) -> list[Any]:
    out: list[Any] = [
        heading(f"Onderdeel {item.position}: {item.purpose}"),
        fields(
            [
                ("Stand bij export", item.status),
                ("Ontvanger", item.recipient),
                ("Gegevens", item.categories),
                ("Waarom", item.why),
                ("Geldig", f"{day(item.valid_from)} t/m {day(item.valid_until)}"),
            ]
        ),
        gap(2),
        paragraph("Tekst zoals getoond", "subheading"),
        framed([paragraph(item.text), gap(1), paragraph(f"SHA-256: {item.text_sha256}", "muted")]),
    ]
    adjectives = {t.language: t.adjective for t in item.other_texts}
    for other in item.other_texts:
        out += [
            paragraph(f"Tekst zoals getoond in het {other.language}", "subheading"),
            framed(
                [
                    paragraph(other.text),
                    gap(1),
                    paragraph(
                        f"SHA-256: {other.text_sha256}"
                        + (f" — in het pakket: {other.file}" if other.file else ""),
                        "muted",
                    ),
                ]
            ),
        ]
    out.append(paragraph("Besluiten", "subheading"))
    if not item.decisions:
        out.append(paragraph("Nog geen besluit vastgelegd."))
    for d in item.decisions:
        rows: list[tuple[str, Any]] = [
            ("Wie", f"{d.signer} ({d.role})"),
            ("Leeftijd jongere toen", "" if d.age is None else f"{d.age} jaar"),
            *([("Gezag toen", d.gezag)] if d.gezag else []),
            (
                "Antwoord",
                d.answer + (" — gevoelige gegevens apart bevestigd" if d.special_ack else ""),
            ),
            ("Besloten op", moment(d.decided_at)),
            ("Vastgelegd op", f"{moment(d.recorded_at)} door {d.worker}"),
            ("Kanaal", d.channel),
            ("Getoonde tekst", _shown(d, adjectives)),
            ("Bewijsstuk", d.evidence or "geen"),
        ]
        if d.signed_how:
            rows.append(("Ondertekening", d.signed_how))
        if d.typed_name:
            rows.append(("Getypte naam", d.typed_name))
        if d.signature_png:
            image = Image(_png(d.signature_png), width=60 * mm, height=22 * mm, kind="proportional")
            image.hAlign = "LEFT"
            rows.append(("Handtekening", image))
        # One decision's table on one page: split, its picture (or its "Antwoord") stood at
        # the top of the next page under no name (proof29).
        out += [KeepTogether([fields(rows)]), gap(2)]
    if item.youth_heard is not None:
        out.append(paragraph(HEARD_HEADING, "subheading"))
        out += [paragraph(line) for line in item.youth_heard]
        out += [paragraph(HEARD_NOTE, "muted"), gap(2)]
    out.append(paragraph("Geschiedenis van dit onderdeel", "subheading"))
    out.append(
        grid(
            ["Nr.", "Moment", "Wat"],
            [[str(e.seq), moment(e.at), e.what] for e in item.history],
            [0.08, 0.2, 0.72],
        )
    )
    out += [gap(2), paragraph("Verstrekkingen onder dit onderdeel", "subheading")]
    if item.disclosures:
        out.append(
            grid(
                ["Moment", "Aan", "Gegevens", "Grondslag"],
                [[moment(d.at), d.recipient, d.categories, d.basis] for d in item.disclosures],
                [0.2, 0.3, 0.3, 0.2],
            )
        )
    else:
        out.append(paragraph("Er is onder dit onderdeel niets gedeeld."))
    return out


def _shown(d: ProofDecision, adjectives: dict[str, str]) -> str:
    if not d.text_language:
        return (
            "gelijk aan de tekst hierboven" if d.text_matches else "WIJKT AF van de tekst hierboven"
        )
    which = f"de {adjectives.get(d.text_language, d.text_language)} tekst hierboven"
    head = f"in het {d.text_language}: "
    return head + (f"gelijk aan {which}" if d.text_matches else f"WIJKT AF van {which}")


def _checking(view: ProofView) -> list[Any]:
    size, root, at = view.checkpoint
    out: list[Any] = [heading("Bewijsstukken in dit pakket")]
    if view.evidence_files:
        out.append(
            grid(
                ["Bestand", "Wat", "SHA-256"],
                [list(e) for e in view.evidence_files],
                [0.3, 0.22, 0.48],
            )
        )
    elif any(item.decisions for item in view.items):
        # (Not "aan de balie": the desk channel is also a phone call, session 20.)
        out.append(paragraph("Geen (een besluit aan de balie of telefonisch heeft geen bestand)."))
    else:
        out.append(paragraph("Geen (er is nog geen besluit vastgelegd)."))
    out += [
        heading("Zo controleert u dit pakket"),
        paragraph(
            "Het pakket bevat naast dit document: receipt.json (dezelfde toestemming, leesbaar "
            "voor computers, naar ISO/IEC TS 27560), een FHIR Consent per onderdeel, de "
            "bewijsstukken, en uit het logboek de gebeurtenissen over deze toestemming met hun "
            "bewijs van opname in het ondertekende logboek."
        ),
        gap(1.5),
        markup(
            "Controleer met <b>toestemming verify "
            + para("<pakket.tbewijs>")
            + "</b>. Dat werkt zonder de kluis en controleert: de controlesom van elk bestand, "
            "de handtekening op de inhoudsopgave, elke gebeurtenis tegen het ondertekende "
            "controlepunt van het logboek, en de digitale handtekening van dit document."
        ),
        gap(2),
        fields(
            [
                ("Controlepunt", f"{size} gebeurtenissen, ondertekend op {moment(at)}"),
                ("Merkle-wortel", root),
                ("Sleutel (vingerafdruk)", view.key_fingerprint),
                ("Certificaat", view.certificate_subject),
                ("Vertrouwde tijd", view.trusted_time),
                (
                    "Deze export",
                    f"vastgelegd als gebeurtenis {view.export_seq} in het logboek"
                    if view.export_seq
                    else "voorbeeld, niet geëxporteerd",
                ),
            ]
        ),
        gap(2),
        paragraph(
            "Vergelijk de vingerafdruk van de sleutel met die welke de organisatie openbaar heeft "
            "gemaakt. Een pakket dat na export is veranderd, faalt bij de controle.",
            "muted",
        ),
    ]
    return out


def _png(data: bytes) -> Any:
    return io.BytesIO(data)


def picture_alone(data: bytes) -> bytes:
    """A one-page PDF that embeds the signature picture `data` exactly as the proof does
    (reportlab's Image: a PNG's alpha as a soft mask, a JPEG as it is), for verify to render
    beside the proof's own (toestemming.proof.pictures: what is SEEN must be the picture)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    reader = ImageReader(io.BytesIO(data))
    width, height = reader.getSize()
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0)
    canvas.drawImage(reader, 0, 0, 60 * mm, 60 * mm * height / width, mask="auto")
    canvas.showPage()
    canvas.save()
    return out.getvalue()
