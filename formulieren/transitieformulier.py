"""Transitieformulier: the young person's move from Entree / pro / vso to work, shared between
school, RBL, gemeente (and sometimes UWV) with the young person's signature.

Only the sections in `view.included` are printed; the others are named in a notice at the top
("niet opgenomen"), because the linked consent does not cover them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.platypus import KeepTogether

from .layout import (
    DocMeta,
    day,
    fields,
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
from .payloads import (
    PERSPECTIVE_LABELS,
    SECTION_LABELS,
    ContactPerson,
    Internship,
    Perspective,
    Section,
    TransitionFormData,
    YouthView,
)
from .text import para

FORM_TITLE = "Transitieformulier"


FORM_VERSION = "transitieformulier 2 (december 2026)"  # printed: which layout the receiver holds


@dataclass(frozen=True)
class Receiver:
    recipient: str
    purpose: str  # in the form's language (never the other language of a bilingual request)
    why: str
    categories: str
    status: str
    valid_until: str = ""  # the consent's end date, as printed
    legal_basis: str = ""  # e.g. "toestemming (AVG art. 6 lid 1 onder a)"
    contact: str = ""  # whom to reach at the receiver (department, e-mail, phone)


@dataclass(frozen=True)
class WithdrawnPart:
    """A part of the linked request that was withdrawn: no receiver any more, but named so
    that a reader sees who stopped it and whether a recipient that had data was told."""

    recipient: str
    purpose: str  # in the form's language
    withdrawn: str  # e.g. "op 29-11-2026 11:00 door Sem de Vries (jongere)"
    shared: str  # e.g. "ja — op 29-11-2026 14:00 over de intrekking geïnformeerd"


@dataclass(frozen=True)
class SignerLine:
    name: str
    role: str
    decided: str = ""  # e.g. "ja — 23-11-2026 11:00, ondertekend op tablet"
    signature_png: bytes | None = None


@dataclass(frozen=True)
class TransitionFormView:
    organisation: str
    generated_at: datetime
    youth: YouthView
    data: TransitionFormData
    included: frozenset[Section]
    omitted: tuple[tuple[Section, str], ...] = ()  # (section, why it is left out)
    reference_code: str = ""
    receivers: tuple[Receiver, ...] = ()
    signers: tuple[SignerLine, ...] = ()
    decider_explanation: str = ""
    consent_status: str = ""  # one line: requested, given on …, …
    withdrawn: tuple[WithdrawnPart, ...] = ()
    form_version: str = FORM_VERSION
    saved_version: int | None = None  # the youth's saved version of the content
    # The startkwalificatie on record, a record taken back named as such ("" when none ever
    # was): leerplicht and gemeente read from it whether the youth is still
    # kwalificatieplichtig. School data: printed only where the consent covers school data.
    startkwalificatie: str = ""


def render_transition_form(view: TransitionFormView) -> bytes:
    meta = DocMeta(
        view.organisation,
        FORM_TITLE,
        view.generated_at,
        reference=view.reference_code,
        subject="Transitieformulier school naar werk",
    )
    return render(_story(view), meta)


def _story(view: TransitionFormView) -> list[Any]:
    y, d, inc = view.youth, view.data, view.included
    story: list[Any] = [
        title(FORM_TITLE),
        paragraph(
            "Overstap van school naar werk, dagbesteding of verder leren. Met dit formulier delen "
            "school, leerplicht (RBL) en gemeente de informatie die nodig is om de jongere goed "
            "te begeleiden — en niet meer dan dat.",
            "muted",
        ),
        gap(2),
    ]
    if view.reference_code:
        story.append(paragraph(f"Toestemmingscode: {view.reference_code}", "bold"))
    version = f"Formulier: {view.form_version}"
    if view.saved_version is not None:
        version += f"; inhoud versie {view.saved_version}"
    story.append(paragraph(version, "small"))
    if view.omitted:
        lines = "".join(
            f"<br/>• {para(SECTION_LABELS[s])}: {para(reason)}" for s, reason in view.omitted
        )
        story += [
            gap(2),
            framed(
                [
                    markup(
                        "<b>Niet opgenomen.</b> Deze onderdelen staan niet op het formulier, "
                        "omdat de toestemming ze niet dekt:" + lines
                    )
                ]
            ),
        ]

    story.append(heading("1. De jongere"))
    rows = [("Naam", y.display_name)]
    if Section.CONTACT in inc:
        rows += [
            ("Geboortedatum", day(y.birth_date)),
            ("E-mail", y.email),
            ("Telefoon", y.phone),
        ]
    if Section.SCHOOL in inc:
        rows += [("School", y.school), ("Opleiding", y.programme)]
        if view.startkwalificatie:
            rows.append(("Startkwalificatie", view.startkwalificatie))
    story.append(fields(rows))

    number = 2
    if Section.INTERNSHIPS in inc:
        story.append(heading(f"{number}. Stages"))
        number += 1
        if not d.internships:
            story.append(paragraph("Er zijn geen stages ingevuld."))
        for n, internship in enumerate(d.internships, 1):
            story += [
                paragraph(f"Stage {n}", "subheading"),
                fields(_internship_rows(internship, Section.GUIDANCE in inc)),
                gap(2),
            ]
    if Section.PERSPECTIVE in inc:
        story.append(heading(f"{number}. Ontwikkelingsperspectief"))
        number += 1
        story.append(markup(_perspective_line(d.perspective), "box"))
        if d.perspective_notes:
            story.append(paragraph(d.perspective_notes))

    story.append(heading(f"{number}. Contactpersonen"))
    number += 1
    story.append(
        fields(
            [
                ("School", _contact(d.school_contact)),
                ("Gemeente", _contact(d.municipality_contact)),
            ]
        )
    )

    story.append(heading(f"{number}. Wie krijgen dit formulier, en waarom"))
    number += 1
    if view.receivers:
        for r in view.receivers:
            story.append(
                fields(
                    [
                        ("Ontvanger", r.recipient),
                        ("Contact bij de ontvanger", r.contact or "niet bekend"),
                        ("Doel", f"{r.purpose}. {r.why}"),
                        ("Gegevens", r.categories),
                        ("Grondslag", r.legal_basis),
                        ("Toestemming", r.status),
                        ("Geldig tot en met", r.valid_until),
                    ]
                )
            )
            story.append(gap(1.5))
    else:
        story.append(
            paragraph("Er is geen toestemming gekoppeld: het formulier mag niet worden gedeeld.")
        )
    receivers_number = number - 1
    story += _withdrawn(view.withdrawn)

    story.append(heading(f"{number}. Toestemming"))
    statement = (
        f"Ik vind het goed dat {view.organisation} de gegevens op dit formulier deelt met de "
        "ontvangers hierboven, voor het doel dat erbij staat. Nee zeggen mag; dat heeft geen "
        "gevolgen voor school of opleiding. Ik kan mijn toestemming altijd intrekken, zonder "
        "reden: zeg het tegen de begeleider of stuur een mail of appje"
        + (f" met code {view.reference_code}" if view.reference_code else "")
        + ". Wat al gedeeld is, blijft gedeeld; daarna wordt niets meer gedeeld."
    )
    box = [paragraph(statement)]
    if view.decider_explanation:
        box += [gap(1.5), paragraph("Wie tekent: " + view.decider_explanation, "small")]
    status = view.consent_status
    if view.withdrawn:  # the parts themselves are listed under the receivers, one by one
        status += " " + _withdrawn_count(len(view.withdrawn), receivers_number)
    if status.strip():
        box += [gap(1), paragraph(status.strip(), "small")]
    story += [framed(box), gap(3)]
    blocks = [
        signature_block(s.name, s.role, s.signature_png, s.decided) for s in view.signers
    ] or [signature_block("", "jongere")]
    school = d.school_contact.name if d.school_contact else ""
    blocks.append(signature_block(school, "namens school"))
    story.append(side_by_side(blocks))
    return story


def _withdrawn(parts: tuple[WithdrawnPart, ...]) -> list[Any]:
    """Each withdrawn part as its own small table under the receivers: in one run-on line
    inside the consent box, two parts with long names were hard to tell apart."""
    if not parts:
        return []
    story: list[Any] = [paragraph("Ingetrokken: krijgen dit formulier niet meer", "subheading")]
    for part in parts:
        rows = [
            ("Ontvanger", part.recipient),
            ("Doel", part.purpose),
            ("Ingetrokken", part.withdrawn),
            ("Al gegevens ontvangen", part.shared),
        ]
        story += [KeepTogether([fields(rows)]), gap(1.5)]  # a part never split over pages
    return story


def _withdrawn_count(count: int, section: int) -> str:
    parts = "1 onderdeel is" if count == 1 else f"{count} onderdelen zijn"
    return f"{parts} ingetrokken (zie onder {section})."


def _internship_rows(i: Internship, with_guidance: bool) -> list[tuple[str, str]]:
    period = " t/m ".join(p for p in (day(i.start), day(i.end)) if p)
    rows = [
        ("Stageplaats", i.workplace),
        ("Soort werk", i.work),
        ("Periode", period),
        ("Uren per week", "" if i.hours_per_week is None else str(i.hours_per_week)),
        ("Hoe ging het", i.evaluation),
    ]
    if with_guidance:
        rows.append(("Begeleiding nodig op het werk", i.guidance))
    return rows


def _perspective_line(chosen: Perspective | None) -> str:
    parts = []
    for p, label in PERSPECTIVE_LABELS.items():
        mark = "☒" if p == chosen else "☐"
        parts.append(f"<font size='13'>{mark}</font> {para(label)}")
    return "&nbsp;&nbsp;&nbsp;&nbsp;".join(parts)


def _contact(c: ContactPerson | None) -> str:
    if c is None:
        return ""
    return "\n".join(p for p in (c.name, c.organisation, c.phone, c.email) if p)


def transition_rows(view: TransitionFormView) -> list[tuple[str, str]]:
    """The form's content as label/value lines (the inzage prints them): only what the form
    itself would print."""
    d, inc = view.data, view.included
    rows: list[tuple[str, str]] = [("Formulier", view.form_version)]
    if view.reference_code:
        rows.append(("Toestemmingscode", view.reference_code))
    if Section.INTERNSHIPS in inc:
        for n, i in enumerate(d.internships, 1):
            rows += [
                (f"Stage {n} – {k}", v)
                for k, v in _internship_rows(i, Section.GUIDANCE in inc)
                if v
            ]
    if Section.PERSPECTIVE in inc and d.perspective is not None:
        rows.append(("Ontwikkelingsperspectief", PERSPECTIVE_LABELS[d.perspective]))
        if d.perspective_notes:
            rows.append(("Toelichting perspectief", d.perspective_notes))
    for label, c in (
        ("Contact school", d.school_contact),
        ("Contact gemeente", d.municipality_contact),
    ):
        if c is not None and _contact(c):
            rows.append((label, _contact(c).replace("\n", ", ")))
    for r in view.receivers:
        rows.append(
            (
                "Ontvanger",
                f"{r.recipient} — {r.purpose}; {r.categories}; {r.legal_basis}; "
                f"tot en met {r.valid_until}",
            )
        )
    return rows
