"""A crowded desk for the session-31 probe: a youth whose names, school, parents, recipient
and purpose are as long as real ones get, with a request of eight items, one given, one
refused, one conflicting (the parents disagree), one withdrawn and four still asked."""

from __future__ import annotations

from dataclasses import replace

from ui_vault import Seeded

from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

LONG_RECIPIENT = "Regionaal Bureau Leerplicht en RMC-functie Utrecht-Zuidoost en Lekstroom"
LONG_PURPOSE = "Begeleiding naar een passende opleiding, stage of betaald werk na het vso"


def crowded(service: Service, seeded: Seeded) -> Seeded:
    """`seeded` with this youth in Zoë's place: its given item and its last asked one."""
    catalog, consents = service.catalog, service.consents
    far = catalog.add_recipient(
        LONG_RECIPIENT,
        "leerplicht_rmc",
        "Afdeling Voortijdig Schoolverlaten en Trajectbegeleiding Jongeren",
    )
    long_purpose = catalog.add_purpose(
        "passend-vervolg", LONG_PURPOSE, "Zodat het bureau met je meekijkt naar wat past."
    )
    grades = catalog.add_category(
        "resultaten",
        "Schoolresultaten, verzuimgegevens en het ontwikkelingsperspectiefplan",
        "Cijfers, verzuim en het OPP van dit en het vorige schooljaar",
        "dat",
        False,
    )
    today = service.clock.today()
    youth = service.people.add_youth(
        given_name="Anna-Sophia Maria Theodora",
        family_name="van der Westerhuizen-Oosterbroek",
        birth_date=f"15-03-{today.year - 15}",
        school="Openbare Scholengemeenschap voor Praktijkonderwijs De Brug",
        programme="Entree Dienstverlening en Zorg",
    )
    mother = service.people.add_representative(
        youth.id, "Margaretha Johanna Wilhelmina van der Westerhuizen", "parent", True
    )
    father = service.people.add_representative(
        youth.id, "Abdelkarim Mohammed Benali-El Khattabi", "parent", True
    )
    purposes, recipients = catalog.purposes(), catalog.recipients()
    pairs = [(long_purpose, far)] + [
        (p, r) for p in purposes for r in recipients if (p.id, r.id) != (long_purpose.id, far.id)
    ]
    first = catalog.categories()[0].id
    specs = [
        ItemSpec(p.id, r.id, (grades.id,) if n % 2 else (grades.id, first))
        for n, (p, r) in enumerate(pairs)
    ]
    request = consents.create_request(youth.id, specs[:8])
    items = [i.id for i in request.items]
    given, refused, mixed, withdrawn = items[0], items[1], items[2], items[3]
    both = {given: "yes", refused: "no", withdrawn: "yes"}
    for parent, mine in ((mother, {**both, mixed: "yes"}), (father, {**both, mixed: "no"})):
        consents.record_decisions(request.id, SignerRef.representative(parent.id), mine, "desk")
    service.withdrawals.withdraw([withdrawn], SignerRef.representative(mother.id), "desk")
    return replace(seeded, zoe=youth.id, given_item=given, requested_item=items[-1])
