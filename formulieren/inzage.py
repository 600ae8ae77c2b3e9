"""Inzage report (AVG art. 15): everything the organisation holds about one young person in
this program, in plain language, written to the young person — or, for a young child (under
rules.CHILD_SIGNS_FROM: the parents decide and tell the child, the child signs nothing), to
the parents: "Hoi Noor, je hebt het recht…" read out to a 4-year-old's parents is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.platypus import KeepTogether

from .layout import DocMeta, day, fields, framed, gap, grid, heading, paragraph, render, title
from .payloads import YouthView

FORM_TITLE = "Inzage: wat we van je hebben vastgelegd"
PARENTS_TITLE = "Inzage: wat we over uw kind hebben vastgelegd"

# Columns of "Wat we hebben gedeeld": when, to whom, what for, which data, why it was allowed.
# The last is widest: its longest word ("ouders/vertegenwoordigers", in the note on who was
# told) was broken in the middle at a fifth of the page.
DISCLOSURE_WIDTHS = (0.13, 0.2, 0.2, 0.2, 0.27)


@dataclass(frozen=True)
class _Voice:
    """The sentences that depend on whom the report speaks to."""

    title: str
    opening: str  # {name}: the youth's given name; {org}: the organisation
    about: str
    representatives: str
    never_asked: str
    nothing_shared: str
    objections: str
    objections_note: str
    rights_heading: str
    rights: tuple[str, ...]  # {org}
    kept_heading: str = ""
    kept: str = ""  # {due}: the first day erasure is allowed; {years}; {since}: what and when


_TO_YOUTH = _Voice(
    FORM_TITLE,
    "Hoi {name}. Je hebt het recht om te weten welke gegevens {org} over jou heeft. "
    "Hieronder staat alles wat we in het programma Toestemming over je hebben vastgelegd, "
    "en met wie we wat hebben gedeeld.",
    "Jouw gegevens",
    "Je ouders of vertegenwoordigers",
    "Er is je nog nooit om toestemming gevraagd.",
    "We hebben (nog) niets over je gedeeld.",
    "Je bezwaren",
    "Hier delen we niets meer zonder je toestemming (behalve als de wet het eist).",
    "Jouw rechten",
    (
        "• Je mag elke toestemming intrekken, wanneer je wilt en zonder reden. Wat al "
        "gedeeld is, blijft gedeeld; daarna delen we niets meer.",
        "• Delen we iets zonder je toestemming, omdat het onze taak is of in ons "
        "belang? Dan mag je daar bezwaar tegen maken.",
        "• Klopt er iets niet? Vraag ons het te verbeteren.",
        "• Wil je dat we gegevens wissen? Vraag het ons; we wissen wat we niet meer "
        "nodig hebben of niet mogen bewaren.",
        "• Ben je het ergens niet mee eens? Praat met je begeleider of met de "
        "functionaris gegevensbescherming van {org}. Je kunt ook een klacht indienen bij "
        "de Autoriteit Persoonsgegevens.",
    ),
    "Hoe lang we je gegevens bewaren",
    "We bewaren je gegevens tot ten minste {due}: {years} jaar na: {since}. Gebeurt er "
    "daarna nog iets (een nieuwe toestemming, iets delen), dan schuift die datum op. Daarna "
    "wissen we je gegevens. Alleen het logboek blijft, zonder je naam, zodat te controleren "
    "blijft dat niemand er achteraf iets aan veranderde.",
)
_TO_PARENTS = _Voice(
    PARENTS_TITLE,
    "Beste ouder(s) of vertegenwoordiger(s) van {name}. U beslist voor uw kind en hebt het "
    "recht om te weten welke gegevens {org} over {name} heeft. Hieronder staat alles wat we "
    "in het programma Toestemming over uw kind hebben vastgelegd, en met wie we wat hebben "
    "gedeeld. Vertel het uw kind op een manier die past bij zijn of haar leeftijd.",
    "Gegevens van uw kind",
    "Ouders of vertegenwoordigers",
    "Er is u nog nooit om toestemming voor uw kind gevraagd.",
    "We hebben (nog) niets over uw kind gedeeld.",
    "Uw bezwaren",
    "Hier delen we niets meer zonder uw toestemming (behalve als de wet het eist).",
    "Uw rechten",
    (
        "• U mag elke toestemming intrekken, wanneer u wilt en zonder reden. Wat al "
        "gedeeld is, blijft gedeeld; daarna delen we niets meer.",
        "• Delen we iets over uw kind zonder uw toestemming, omdat het onze taak is of in "
        "ons belang? Dan mag u daar bezwaar tegen maken.",
        "• Klopt er iets niet? Vraag ons het te verbeteren.",
        "• Wilt u dat we gegevens wissen? Vraag het ons; we wissen wat we niet meer "
        "nodig hebben of niet mogen bewaren.",
        "• Bent u het ergens niet mee eens? Praat met de begeleider of met de "
        "functionaris gegevensbescherming van {org}. U kunt ook een klacht indienen bij "
        "de Autoriteit Persoonsgegevens.",
    ),
    "Hoe lang we de gegevens van uw kind bewaren",
    "We bewaren de gegevens van uw kind tot ten minste {due}: {years} jaar na: {since}. "
    "Gebeurt er daarna nog iets (een nieuwe toestemming, iets delen), dan schuift die datum "
    "op. Daarna wissen we de gegevens. Alleen het logboek blijft, zonder naam, zodat te "
    "controleren blijft dat niemand er achteraf iets aan veranderde.",
)


@dataclass(frozen=True)
class InzageConsent:
    reference_code: str
    position: int
    purpose: str
    why: str
    recipient: str
    categories: str
    status: str  # Dutch label + reason
    valid: str  # "01-01-2026 t/m 31-12-2026"
    history: tuple[str, ...]  # plain lines, oldest first


@dataclass(frozen=True)
class InzageDisclosure:
    at: datetime
    recipient: str
    purpose: str
    categories: str
    basis: str


@dataclass(frozen=True)
class InzageView:
    organisation: str
    generated_at: datetime
    youth: YouthView
    age: int
    language_label: str
    representatives: tuple[tuple[str, str], ...]  # (name, role + gezag in words)
    consents: tuple[InzageConsent, ...]
    disclosures: tuple[InzageDisclosure, ...]
    evidence: tuple[tuple[str, str], ...]  # (what, when)
    transition_form: str = ""  # one line when there is one
    transition_rows: tuple[tuple[str, str], ...] = ()  # its content (what the form prints)
    objections: tuple[tuple[str, str, str], ...] = ()  # verzet: (when, to whom, for what)
    to_parents: bool = False  # a young child: the report speaks to the parents
    # The startkwalificatie on record ("mbo niveau 2, behaald op 10-07-2026"; "" when none):
    # data we hold about the youth, and what ended a duty of the kwalificatieplicht.
    startkwalificatie: str = ""
    # How long it is kept (AVG art. 15(1)(d)): {due}, {years}, {since} of _Voice.kept; empty
    # when not worked out (then the section is left out).
    kept: dict[str, str] | None = None


def render_inzage(view: InzageView) -> bytes:
    meta = DocMeta(view.organisation, "Inzage", view.generated_at, subject="Inzageverzoek")
    return render(_story(view), meta)


def _story(view: InzageView) -> list[Any]:
    y = view.youth
    voice = _TO_PARENTS if view.to_parents else _TO_YOUTH
    story: list[Any] = [
        title(voice.title),
        paragraph(voice.opening.format(name=y.given_name, org=view.organisation)),
        heading(voice.about),
        fields(
            [
                ("Naam", y.display_name),
                ("Geboortedatum", f"{day(y.birth_date)} (nu {view.age} jaar)"),
                ("School", y.school),
                ("Opleiding", y.programme),
                ("E-mail", y.email),
                ("Telefoon", y.phone),
                ("Taal", view.language_label),
            ]
            + ([("Startkwalificatie", view.startkwalificatie)] if view.startkwalificatie else [])
        ),
    ]
    if view.representatives:
        story += [
            heading(voice.representatives),
            fields([(role, name) for name, role in view.representatives], 0.32),
        ]
    if not view.consents:
        story += [
            heading("Toestemmingen"),
            paragraph(voice.never_asked),
        ]
    for n, c in enumerate(view.consents):
        table = fields(
            [
                ("Code", f"{c.reference_code}, onderdeel {c.position}"),
                ("Wat", c.purpose),
                ("Waarom", c.why),
                ("Aan wie", c.recipient),
                ("Welke gegevens", c.categories),
                ("Geldig", c.valid),
                ("Stand nu", c.status),
                ("Wat er gebeurde", "\n".join(c.history)),
            ]
        )
        # One consent is one block; the section heading stays with the first.
        block = [heading("Toestemmingen"), table] if n == 0 else [table]
        story += [KeepTogether(block), gap(3)]
    story.append(heading("Wat we hebben gedeeld"))
    if view.disclosures:
        story.append(
            grid(
                ["Wanneer", "Aan wie", "Waarvoor", "Welke gegevens", "Waarom mocht het"],
                [
                    [day(d.at), d.recipient, d.purpose, d.categories, d.basis]
                    for d in view.disclosures
                ],
                list(DISCLOSURE_WIDTHS),
            )
        )
    else:
        story.append(paragraph(voice.nothing_shared))
    if view.objections:
        story += [
            heading(voice.objections),
            paragraph(voice.objections_note),
            grid(
                ["Wanneer", "Aan wie", "Waarvoor"],
                [list(o) for o in view.objections],
                [0.2, 0.4, 0.4],
            ),
        ]
    story.append(heading("Bewijsstukken"))
    if view.evidence:
        story.append(grid(["Wat", "Wanneer"], [list(e) for e in view.evidence], [0.7, 0.3]))
    else:
        story.append(paragraph("Er zijn geen bewijsstukken bewaard."))
    if view.transition_form:
        story += [heading("Transitieformulier"), paragraph(view.transition_form)]
        if view.transition_rows:
            story.append(fields(list(view.transition_rows)))
    if view.kept:
        story += [heading(voice.kept_heading), paragraph(voice.kept.format(**view.kept))]
    story += [
        heading(voice.rights_heading),
        framed([paragraph(line.format(org=view.organisation)) for line in voice.rights]),
    ]
    return story
