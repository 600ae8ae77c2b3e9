"""A realistic history for the forms and proof tests, built through the Service only:
names in five scripts, a youth of 17 who signs on a tablet (signature image), refuses one
item, shares under another and withdraws it by e-mail (.eml evidence); a youth of 15 with
two parents with gezag; an Arabic-named youth of 18."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import timedelta

from PIL import Image, ImageDraw

from toestemming.clock import FixedClock
from toestemming.model import ConsentRequest, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.forms_data import (
    ContactPerson,
    Internship,
    Perspective,
    TransitionFormData,
)

ARABIC_GIVEN = "يوسف"
ARABIC_FAMILY = "العلوي"
EML = (
    b"From: marek@example.nl\r\nTo: school@example.nl\r\nSubject: Intrekken\r\n"
    b"Date: Mon, 30 Nov 2026 09:00:00 +0100\r\n\r\nIk trek mijn toestemming voor de gemeente in.\r\n"
)


def signature_png() -> bytes:
    img = Image.new("RGB", (420, 150), "white")
    ImageDraw.Draw(img).line([(20, 110), (120, 30), (210, 120), (400, 40)], fill="black", width=5)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


@dataclass(frozen=True)
class Scenario:
    marek: int  # Marek Wiśniewski, 17
    zoe: int  # Zoë Ødegaard, 15, parents Ayşe Çelik and Ольга Кузнецова
    youssef: int  # يوسف العلوي, 18
    request: ConsentRequest  # Marek's: RBL (given), gemeente (given → withdrawn), UWV (refused)
    zoe_request: ConsentRequest
    youssef_request: ConsentRequest
    signature_id: int
    eml_id: int
    withdrawal_ids: tuple[int, ...]
    parents: tuple[int, int]


def visual(text: str) -> str:
    """Extracted PDF text made comparable with stored names: right-to-left text is drawn
    shaped (Arabic presentation forms, U+FE70…), which NFKC folds back to the letters;
    pypdf already returns right-to-left runs in logical order."""
    return unicodedata.normalize("NFKC", text)


def build(svc: Service, clock: FixedClock) -> Scenario:
    c = svc.catalog
    rbl = c.add_recipient("RBL Utrecht", "leerplicht_rmc", "Leerplicht")
    gem = c.add_recipient("Gemeente Utrecht", "gemeente", "Werk & Inkomen")
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf")
    transitie = c.add_purpose(
        "transitie-entree-werk",
        "Transitie van Entree naar werk",
        "Zodat school, leerplicht en gemeente samen je overstap naar werk regelen.",
    )
    cat = {
        code: c.add_category(code, name, "Uitleg.", level, special)
        for code, name, level, special in (
            ("contact", "Contactgegevens", "dat", False),
            ("school", "Schoolgegevens", "dat", False),
            ("stage", "Stagegegevens", "wat", False),
            ("ondersteuning", "Ondersteuningsbehoefte", "wat", False),
            ("gezondheid", "Gezondheid", "wat", True),
        )
    }
    today = clock.today()
    marek = svc.people.add_youth(
        given_name="Marek",
        family_name="Wiśniewski",
        birth_date=today.replace(year=today.year - 17) - timedelta(days=40),
        school="Praktijkschool De Brug",
        programme="Entree – assistent logistiek",
        email="marek@example.nl",
        phone="06-12345678",
    )
    zoe = svc.people.add_youth(
        given_name="Zoë",
        family_name="Ødegaard",
        birth_date=today.replace(year=today.year - 15) - timedelta(days=40),
        school="VSO De Horizon",
    )
    youssef = svc.people.add_youth(
        given_name=ARABIC_GIVEN,
        family_name=ARABIC_FAMILY,
        birth_date=today.replace(year=today.year - 18) - timedelta(days=40),
        school="ROC Midden",
        programme="Entree",
    )
    p1 = svc.people.add_representative(zoe.id, "Ayşe Çelik", "parent", True)
    p2 = svc.people.add_representative(zoe.id, "Ольга Кузнецова", "parent", True)
    four = tuple(cat[k].id for k in ("contact", "school", "stage", "ondersteuning"))
    request = svc.consents.create_request(
        marek.id,
        [
            ItemSpec(transitie.id, rbl.id, four),
            ItemSpec(transitie.id, gem.id, four[:3]),
            ItemSpec(transitie.id, uwv.id, (cat["contact"].id, cat["gezondheid"].id)),
        ],
    )
    rbl_item, gem_item, uwv_item = (i.id for i in request.items)
    signature = svc.evidence.add("signature", "image/png", signature_png())
    clock.advance(timedelta(minutes=7))
    svc.consents.record_decisions(
        request.id,
        SignerRef.youth(marek.id),
        {rbl_item: "yes", gem_item: "yes", uwv_item: "no"},
        "tablet",
        evidence_id=signature.id,
        shown_text_sha256={i.id: i.text_sha256 for i in request.items},
    )
    clock.advance(timedelta(days=2))
    svc.sharing.record_disclosure(marek.id, gem.id, transitie.id, [cat["contact"].id])
    clock.advance(timedelta(days=5))
    eml = svc.evidence.add("eml", "message/rfc822", EML)
    result = svc.withdrawals.withdraw(
        [gem_item], SignerRef.youth(marek.id), "email", evidence_id=eml.id
    )
    for wid, recipient in result.recipients_to_notify:
        svc.withdrawals.mark_notified(wid, recipient.id)
    zoe_request = svc.consents.create_request(
        zoe.id,
        [
            ItemSpec(transitie.id, rbl.id, four[:2]),
            ItemSpec(transitie.id, uwv.id, (cat["contact"].id, cat["gezondheid"].id)),
        ],
    )
    youssef_request = svc.consents.create_request(
        youssef.id, [ItemSpec(transitie.id, rbl.id, four[:3])]
    )
    svc.consents.record_decisions(
        youssef_request.id,
        SignerRef.youth(youssef.id),
        {youssef_request.items[0].id: "yes"},
        "desk",
    )
    return Scenario(
        marek.id,
        zoe.id,
        youssef.id,
        request,
        zoe_request,
        youssef_request,
        signature.id,
        eml.id,
        tuple(w.id for w in result.withdrawals),
        (p1.id, p2.id),
    )


def transition_data(request_id: int | None) -> TransitionFormData:
    return TransitionFormData(
        request_id=request_id,
        internships=(
            Internship(
                "Bakkerij De Korenschoof, Utrecht",
                "Brood bakken en inpakken",
                None,
                None,
                16,
                "Goed: altijd op tijd, vriendelijk tegen klanten.",
                "Vaste begeleider en korte, duidelijke instructies.",
            ),
            Internship(
                "Magazijn Çelik & Zonen",
                "Orderpicken",
                None,
                None,
                24,
                "Wisselend; beter met een vast rooster.",
                "Rustige werkplek.",
            ),
        ),
        perspective=Perspective.WORK,
        perspective_notes="Doel: een vaste baan in de logistiek.",
        school_contact=ContactPerson("Sanne Ødegaard", "Praktijkschool De Brug", "030-1234567"),
        municipality_contact=ContactPerson("Анна Кузнецова", "Gemeente Utrecht"),
    )
