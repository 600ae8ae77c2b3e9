"""Bad input → a typed error with a Dutch message, and nothing written.

All tests share one vault (module scope): every call here is expected to fail without writing,
and `expect_refused` checks exactly that by comparing row counts of every table."""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from toestemming.clock import FixedClock
from toestemming.errors import NotFoundError, RuleViolation, ToestemmingError, ValidationError
from toestemming.model import (
    ConsentRequest,
    DataCategory,
    Policy,
    Purpose,
    Recipient,
    Representative,
    SignerRef,
    Youth,
)
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec

TABLES = (
    "events",
    "workers",
    "youths",
    "representatives",
    "recipients",
    "purposes",
    "purpose_versions",
    "data_categories",
    "consent_requests",
    "consent_items",
    "item_categories",
    "decisions",
    "withdrawals",
    "item_actions",
    "withdrawal_notifications",
    "assessments",
    "disclosures",
    "evidence",
)
MISSING = 987_654
STEPS = (  # the four written steps of an assessment
    "Een goede, concrete reden.",
    "Past bij het doel waarvoor de gegevens er zijn.",
    "Alleen wat nodig is.",
    "Minder delen kan niet.",
)


@dataclass
class World:
    service: Service
    clock: FixedClock
    uwv: Recipient
    gemeente: Recipient
    werk: Purpose
    contact: DataCategory
    school: DataCategory
    y15: Youth  # two parents with gezag
    parents: tuple[Representative, Representative]
    y15_no_gezag: Youth  # one parent without gezag
    y17: Youth
    y17_other: Youth
    req17: ConsentRequest  # two items (UWV, gemeente), y17
    req17_other: ConsentRequest  # one item, y17_other, given

    @property
    def today(self) -> date:
        return self.clock.today()

    def spec(self, purpose: int = 0, recipient: int = 0, cats: tuple[int, ...] = ()) -> ItemSpec:
        return ItemSpec(
            purpose or self.werk.id, recipient or self.uwv.id, cats or (self.contact.id,)
        )


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory,
    passphrase: str,
    birth_for_age: Callable[..., date],
) -> Iterator[World]:
    clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    path: Path = tmp_path_factory.mktemp("bad") / "test.tvault"
    svc, _ = Service.create(path, "Testschool", "Anna de Tester", passphrase, clock, KdfParams())
    try:
        cat = svc.catalog
        uwv = cat.add_recipient("UWV", "arbeid", "Werkbedrijf")
        gemeente = cat.add_recipient("Gemeente Utrecht", "gemeente", "Werk & Inkomen")
        werk = cat.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
        contact = cat.add_category("contact", "Contactgegevens", "Naam en adres.", "dat", False)
        school = cat.add_category("school", "Schoolgegevens", "School en klas.", "dat", False)
        today = clock.today()
        people = svc.people
        y15 = people.add_youth(
            given_name="Fleur", family_name="de Vries", birth_date=birth_for_age(today, 15)
        )
        p1 = people.add_representative(y15.id, "Ouder Een", "parent", True)
        p2 = people.add_representative(y15.id, "Ouder Twee", "parent", True)
        y15n = people.add_youth(
            given_name="Sem", family_name="Bakker", birth_date=birth_for_age(today, 15)
        )
        people.add_representative(y15n.id, "Ouder Zonder", "parent", False)
        y17 = people.add_youth(
            given_name="Noor", family_name="Yılmaz", birth_date=birth_for_age(today, 17)
        )
        y17o = people.add_youth(
            given_name="Daan", family_name="Jansen", birth_date=birth_for_age(today, 17)
        )
        req17 = svc.consents.create_request(
            y17.id,
            [
                ItemSpec(werk.id, uwv.id, (contact.id,)),
                ItemSpec(werk.id, gemeente.id, (contact.id, school.id)),
            ],
        )
        req17o = svc.consents.create_request(y17o.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
        svc.consents.record_decisions(
            req17o.id, SignerRef.youth(y17o.id), {req17o.items[0].id: "yes"}, "desk"
        )
        yield World(
            svc,
            clock,
            uwv,
            gemeente,
            werk,
            contact,
            school,
            y15,
            (p1, p2),
            y15n,
            y17,
            y17o,
            req17,
            req17o,
        )
    finally:
        assert svc.verify_audit(deep=True).ok
        svc.close()


def snapshot(svc: Service) -> dict[str, int]:
    db = svc.vault.db
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in TABLES}


def expect_refused(
    world: World, error: type[ToestemmingError], word: str, call: Callable[[], object]
) -> ToestemmingError:
    """`call` raises exactly `error`, its Dutch message contains `word`, nothing is written."""
    before = snapshot(world.service)
    slots = len(world.service.vault.header.slots)
    with pytest.raises(ToestemmingError) as info:
        call()
    assert type(info.value) is error, info.value.message
    assert word.casefold() in info.value.message.casefold(), info.value.message
    assert snapshot(world.service) == before
    assert len(world.service.vault.header.slots) == slots
    return info.value


Case = tuple[type[ToestemmingError], str, Callable[[World], object]]


def youth_fields(w: World, **changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "given_name": "Lotte",
        "family_name": "van Dijk",
        "birth_date": date(w.today.year - 15, 1, 15),
    }
    return fields | changes


def add_youth(**changes: Any) -> Callable[[World], object]:
    return lambda w: w.service.people.add_youth(**youth_fields(w, **changes))


def you(y: Youth) -> SignerRef:
    return SignerRef.youth(y.id)


CASES: dict[str, Case] = {
    # -- unknown ids ---------------------------------------------------------------------
    "unknown youth": (NotFoundError, "bestaat niet", lambda w: w.service.people.youth(MISSING)),
    "unknown youth in request": (
        NotFoundError,
        "jongere",
        lambda w: w.service.consents.create_request(MISSING, [w.spec()]),
    ),
    "unknown youth for representative": (
        NotFoundError,
        "jongere",
        lambda w: w.service.people.add_representative(MISSING, "Ouder", "parent", True),
    ),
    "unknown youth for who decides": (
        NotFoundError,
        "jongere",
        lambda w: w.service.consents.who_must_decide(MISSING),
    ),
    "unknown youth for may share": (
        NotFoundError,
        "jongere",
        lambda w: w.service.sharing.may_share(MISSING, w.uwv.id, w.werk.id, [w.contact.id]),
    ),
    "zero youth id": (
        ValidationError,
        "ongeldig",
        lambda w: w.service.consents.create_request(0, [w.spec()]),
    ),
    "boolean youth id": (ValidationError, "ongeldig", lambda w: w.service.people.youth(True)),
    "unknown recipient": (
        NotFoundError,
        "ontvanger",
        lambda w: w.service.consents.create_request(w.y17.id, [w.spec(recipient=MISSING)]),
    ),
    "unknown recipient in assessment": (
        NotFoundError,
        "ontvanger",
        lambda w: w.service.sharing.record_assessment(
            w.y17.id, MISSING, w.werk.id, "public_task", *STEPS, True
        ),
    ),
    "unknown recipient lookup": (
        NotFoundError,
        "ontvanger",
        lambda w: w.service.catalog.recipient(MISSING),
    ),
    "unknown purpose": (
        NotFoundError,
        "doel",
        lambda w: w.service.consents.create_request(w.y17.id, [w.spec(purpose=MISSING)]),
    ),
    "unknown purpose revised": (
        NotFoundError,
        "doel",
        lambda w: w.service.catalog.revise_purpose(MISSING, "Titel", "Een nieuwe uitleg."),
    ),
    "unknown category": (
        NotFoundError,
        "gegevenscategorie",
        lambda w: w.service.consents.create_request(w.y17.id, [w.spec(cats=(MISSING,))]),
    ),
    "unknown category in disclosure": (
        NotFoundError,
        "gegevenscategorie",
        lambda w: w.service.sharing.record_disclosure(
            w.y17_other.id, w.uwv.id, w.werk.id, [w.contact.id, MISSING]
        ),
    ),
    "unknown request": (
        NotFoundError,
        "verzoek",
        lambda w: w.service.consents.record_decisions(MISSING, you(w.y17), {1: "yes"}, "desk"),
    ),
    "unknown request lookup": (
        NotFoundError,
        "verzoek",
        lambda w: w.service.consents.request(MISSING),
    ),
    "unknown item status": (
        NotFoundError,
        "onderdeel",
        lambda w: w.service.consents.item_status(MISSING),
    ),
    "unknown item withdrawn": (
        NotFoundError,
        "onderdelen",
        lambda w: w.service.withdrawals.withdraw([MISSING], you(w.y17), "desk"),
    ),
    "unknown item action": (
        NotFoundError,
        "onderdeel",
        lambda w: w.service.consents.act_on_item(MISSING, "revoke", "Traject is afgelopen."),
    ),
    "unknown evidence": (
        NotFoundError,
        "bewijsstuk",
        lambda w: w.service.consents.record_decisions(
            w.req17.id, you(w.y17), {w.req17.items[0].id: "yes"}, "email", evidence_id=MISSING
        ),
    ),
    "unknown assessment": (
        NotFoundError,
        "afweging",
        lambda w: w.service.sharing.record_disclosure(
            w.y17.id, w.uwv.id, w.werk.id, [w.contact.id], assessment_id=MISSING
        ),
    ),
    "unknown worker removed": (
        NotFoundError,
        "medewerker",
        lambda w: w.service.remove_worker(MISSING),
    ),
    # -- dates ---------------------------------------------------------------------------
    "end date before start date": (
        ValidationError,
        "begindatum",
        lambda w: w.service.consents.create_request(
            w.y17.id,
            [w.spec()],
            valid_from=w.today + timedelta(days=10),
            valid_until=w.today + timedelta(days=5),
        ),
    ),
    "end date in the past": (
        ValidationError,
        "verleden",
        lambda w: w.service.consents.create_request(
            w.y17.id,
            [w.spec()],
            valid_from=w.today - timedelta(days=30),
            valid_until=w.today - timedelta(days=1),
        ),
    ),
    "validity over five years": (
        ValidationError,
        "vijf jaar",
        lambda w: w.service.consents.create_request(
            w.y17.id, [w.spec()], valid_until=w.today + timedelta(days=5 * 366 + 1)
        ),
    ),
    "impossible end date": (
        ValidationError,
        "datum",
        lambda w: w.service.consents.create_request(w.y17.id, [w.spec()], valid_until="31-02-2027"),
    ),
    "end date not a date": (
        ValidationError,
        "datum",
        lambda w: w.service.consents.create_request(
            w.y17.id, [w.spec()], valid_until="volgend jaar"
        ),
    ),
    "birth date in the future": (
        ValidationError,
        "toekomst",
        lambda w: w.service.people.add_youth(
            **youth_fields(w, birth_date=w.today + timedelta(days=1))
        ),
    ),
    "age 31": (  # a young child is no bad input (a kinderopvang's, seed 001); too old is
        ValidationError,
        "leeftijd",
        lambda w: w.service.people.add_youth(
            **youth_fields(w, birth_date=date(w.today.year - 32, 1, 1))
        ),
    ),
    "age 45": (
        ValidationError,
        "leeftijd",
        lambda w: w.service.people.add_youth(
            **youth_fields(w, birth_date=date(w.today.year - 45, 1, 1).strftime("%d-%m-%Y"))
        ),
    ),
    "birth date text": (ValidationError, "geboortedatum", add_youth(birth_date="gisteren")),
    "birth date missing": (ValidationError, "geboortedatum", add_youth(birth_date=None)),
    "birth date 30 February": (
        ValidationError,
        "geboortedatum",
        add_youth(birth_date="30-02-2011"),
    ),
    "decision in the future": (
        ValidationError,
        "toekomst",
        lambda w: w.service.consents.record_decisions(
            w.req17.id,
            you(w.y17),
            {w.req17.items[0].id: "yes"},
            "email",
            decided_at=w.clock.now() + timedelta(hours=1),
        ),
    ),
    "decision before the request": (
        ValidationError,
        "vóór het verzoek",
        lambda w: w.service.consents.record_decisions(
            w.req17.id,
            you(w.y17),
            {w.req17.items[0].id: "yes"},
            "email",
            decided_at=w.clock.now() - timedelta(days=1),
        ),
    ),
    "disclosure in the future": (
        ValidationError,
        "toekomst",
        lambda w: w.service.sharing.record_disclosure(
            w.y17_other.id,
            w.uwv.id,
            w.werk.id,
            [w.contact.id],
            disclosed_at=w.clock.now() + timedelta(days=1),
        ),
    ),
    # -- names and contact details -------------------------------------------------------
    "empty given name": (ValidationError, "verplicht", add_youth(given_name="")),
    "whitespace given name": (ValidationError, "verplicht", add_youth(given_name=" \t\n ")),
    "whitespace family name": (ValidationError, "verplicht", add_youth(family_name="\u3000 ")),
    "given name not text": (ValidationError, "tekst", add_youth(given_name=42)),
    "NUL in name": (ValidationError, "tekens", add_youth(given_name="Ann\x00a")),
    "escape in name": (ValidationError, "tekens", add_youth(family_name="Jan\x1b[31mssen")),
    "DEL in name": (ValidationError, "tekens", add_youth(given_name="Piet\x7f")),
    "lone surrogate in name": (ValidationError, "tekens", add_youth(given_name="Ma\ud800rk")),
    "private use in school": (ValidationError, "tekens", add_youth(school="Pro \ue000 Utrecht")),
    "too long name": (ValidationError, "te lang", add_youth(given_name="A" * 121)),
    "too long school": (ValidationError, "te lang", add_youth(school="Praktijkschool " * 20)),
    "empty recipient name": (
        ValidationError,
        "verplicht",
        lambda w: w.service.catalog.add_recipient("  ", "arbeid"),
    ),
    "control character in recipient": (
        ValidationError,
        "tekens",
        lambda w: w.service.catalog.add_recipient("UWV\x07", "arbeid"),
    ),
    "unknown recipient kind": (
        ValidationError,
        "soort",
        lambda w: w.service.catalog.add_recipient("Sportclub", "vereniging"),
    ),
    "empty representative name": (
        ValidationError,
        "verplicht",
        lambda w: w.service.people.add_representative(w.y15_no_gezag.id, "", "parent", True),
    ),
    "empty purpose description": (
        ValidationError,
        "verplicht",
        lambda w: w.service.catalog.add_purpose("leeg", "Leeg doel", "   "),
    ),
    "duplicate purpose code": (
        ValidationError,
        "code",
        lambda w: w.service.catalog.add_purpose("WERK", "Nog eens werk", "Zelfde code."),
    ),
    "duplicate category code": (
        ValidationError,
        "code",
        lambda w: w.service.catalog.add_category("contact", "Contact", "Dubbel.", "dat", False),
    ),
    "unknown data level": (
        ValidationError,
        "DAT of WAT",
        lambda w: w.service.catalog.add_category("verzuim", "Verzuim", "Uren.", "hoe", False),
    ),
    "email without domain": (ValidationError, "e-mailadres", add_youth(email="jan@")),
    "email without at": (ValidationError, "e-mailadres", add_youth(email="jan.example.nl")),
    "email with two ats": (ValidationError, "e-mailadres", add_youth(email="jan@@example.nl")),
    "email with space": (ValidationError, "e-mailadres", add_youth(email="jan de@example.nl")),
    "email with ë before the at": (ValidationError, "vóór de @", add_youth(email="zoë@example.nl")),
    "representative email": (
        ValidationError,
        "e-mailadres",
        lambda w: w.service.people.add_representative(
            w.y15_no_gezag.id, "Voogd", "guardian", True, email="voogd@localhost"
        ),
    ),
    "phone letters": (ValidationError, "telefoonnummer", add_youth(phone="bel me maar")),
    "phone too short": (ValidationError, "telefoonnummer", add_youth(phone="112")),
    "phone too long": (ValidationError, "telefoonnummer", add_youth(phone="+31 6 " + "1" * 30)),
    "recipient phone": (
        ValidationError,
        "telefoonnummer",
        lambda w: w.service.catalog.add_recipient("UWV", "arbeid", phone="06-ABCDEFGH"),
    ),
    "unknown language": (ValidationError, "taal", add_youth(language="xx")),
    "language in capitals": (ValidationError, "taal", add_youth(language="NL")),
    "request language not offered": (
        ValidationError,
        "nog geen teksten",
        lambda w: w.service.consents.create_request(w.y17.id, [w.spec()], language="tr"),
    ),
    "unknown request language": (
        ValidationError,
        "taal",
        lambda w: w.service.consents.create_request(w.y17.id, [w.spec()], language="klingon"),
    ),
    "unknown youth field": (ValidationError, "onbekend veld", add_youth(bsn="123456782")),
    "unknown protection": (ValidationError, "curatele", add_youth(protection="bewind")),
    # -- people and representatives ------------------------------------------------------
    "duplicate worker name": (
        ValidationError,
        "medewerker",
        lambda w: w.service.add_worker("Anna de Tester", "another good pass phrase"),
    ),
    "duplicate worker name, other case and spacing": (
        ValidationError,
        "medewerker",
        lambda w: w.service.add_worker("  anna   DE tester ", "another good pass phrase"),
    ),
    "weak passphrase for new worker": (
        ValidationError,
        "wachtwoordzin",
        lambda w: w.service.add_worker("Bram de Collega", "kort"),
    ),
    "third parent with gezag": (
        ValidationError,
        "twee ouders",
        lambda w: w.service.people.add_representative(w.y15.id, "Stiefouder", "parent", True),
    ),
    "same parent twice": (
        ValidationError,
        "staat al",
        lambda w: w.service.people.add_representative(w.y15.id, "ouder een", "parent", False),
    ),
    "unknown role": (
        ValidationError,
        "ouder, voogd",
        lambda w: w.service.people.add_representative(w.y15.id, "Oma", "grandparent", False),
    ),
    "curatele for a 14-year-old": (
        ValidationError,
        "curatele",
        add_youth(birth_date=date(2012, 1, 1), protection="curatele"),
    ),
    "mentorschap for a 16-year-old": (
        ValidationError,
        "18 jaar",
        add_youth(birth_date=date(2010, 1, 1), protection="mentorschap"),
    ),
    # -- requests and answers ------------------------------------------------------------
    "request without items": (
        ValidationError,
        "onderdeel",
        lambda w: w.service.consents.create_request(w.y17.id, []),
    ),
    "item without categories": (
        ValidationError,
        "welke gegevens",
        lambda w: w.service.consents.create_request(w.y17.id, [ItemSpec(w.werk.id, w.uwv.id, ())]),
    ),
    "same purpose and recipient twice": (
        ValidationError,
        "twee keer",
        lambda w: w.service.consents.create_request(w.y17.id, [w.spec(), w.spec()]),
    ),
    "request with nobody holding gezag": (
        RuleViolation,
        "gezag",
        lambda w: w.service.consents.create_request(w.y15_no_gezag.id, [w.spec()]),
    ),
    "empty answers": (
        ValidationError,
        "antwoorden",
        lambda w: w.service.consents.record_decisions(w.req17.id, you(w.y17), {}, "desk"),
    ),
    "answer for an item of another request": (
        ValidationError,
        "hoort niet bij dit verzoek",
        lambda w: w.service.consents.record_decisions(
            w.req17.id,
            you(w.y17),
            {w.req17.items[0].id: "yes", w.req17_other.items[0].id: "yes"},
            "desk",
        ),
    ),
    "answer neither yes nor no": (
        ValidationError,
        "ja of nee",
        lambda w: w.service.consents.record_decisions(
            w.req17.id, you(w.y17), {w.req17.items[0].id: "misschien"}, "desk"
        ),
    ),
    "unknown channel": (
        ValidationError,
        "kanaal",
        lambda w: w.service.consents.record_decisions(
            w.req17.id, you(w.y17), {w.req17.items[0].id: "yes"}, "postduif"
        ),
    ),
    "signer of another youth": (
        RuleViolation,
        "beslist niet",
        lambda w: w.service.consents.record_decisions(
            w.req17.id, you(w.y17_other), {w.req17.items[0].id: "yes"}, "desk"
        ),
    ),
    "parent of another youth": (
        RuleViolation,
        "beslist niet",
        lambda w: w.service.consents.record_decisions(
            w.req17.id,
            SignerRef.representative(w.parents[0].id),
            {w.req17.items[0].id: "yes"},
            "desk",
        ),
    ),
    "text on screen differs": (
        RuleViolation,
        "getoonde tekst",
        lambda w: w.service.consents.record_decisions(
            w.req17.id,
            you(w.y17),
            {w.req17.items[0].id: "yes"},
            "tablet",
            shown_text_sha256={w.req17.items[0].id: "0" * 64},
        ),
    ),
    "withdraw nothing": (
        ValidationError,
        "ingetrokken",
        lambda w: w.service.withdrawals.withdraw([], you(w.y17), "desk"),
    ),
    "withdraw items of two youths": (
        ValidationError,
        "één jongere",
        lambda w: w.service.withdrawals.withdraw(
            [w.req17.items[0].id, w.req17_other.items[0].id], you(w.y17), "desk"
        ),
    ),
    "unknown item action kind": (
        ValidationError,
        "actie",
        lambda w: w.service.consents.act_on_item(w.req17.items[0].id, "pauzeer", "Even niet."),
    ),
    "item action without reason": (
        ValidationError,
        "reden",
        lambda w: w.service.consents.act_on_item(w.req17.items[0].id, "revoke", " "),
    ),
    # -- sharing -------------------------------------------------------------------------
    "disclosure without cover": (
        RuleViolation,
        "grondslag",
        lambda w: w.service.sharing.record_disclosure(
            w.y17.id, w.uwv.id, w.werk.id, [w.contact.id]
        ),
    ),
    "disclosure beyond the consented categories": (
        RuleViolation,
        "Schoolgegevens",
        lambda w: w.service.sharing.record_disclosure(
            w.y17_other.id, w.uwv.id, w.werk.id, [w.contact.id, w.school.id]
        ),
    ),
    "assessment with consent as basis": (
        ValidationError,
        "toestemming",
        lambda w: w.service.sharing.record_assessment(
            w.y17.id, w.uwv.id, w.werk.id, "consent", *STEPS, True
        ),
    ),
    "assessment with unknown basis": (
        ValidationError,
        "grondslag",
        lambda w: w.service.sharing.record_assessment(
            w.y17.id, w.uwv.id, w.werk.id, "omdat het kan", *STEPS, True
        ),
    ),
    "assessment with a step not explained": (
        ValidationError,
        "paar woorden",
        lambda w: w.service.sharing.record_assessment(
            w.y17.id,
            w.uwv.id,
            w.werk.id,
            "public_task",
            "Wettelijke taak UWV.",
            "ok",
            "ok",
            "ok",
            True,
        ),
    ),
    "legitimate interest for a gemeente": (
        RuleViolation,
        "gerechtvaardigd belang",
        lambda w: w.service.sharing.record_assessment(
            w.y17.id,
            w.gemeente.id,
            w.werk.id,
            "legitimate_interest",
            *STEPS,
            True,
        ),
    ),
    "notify a recipient that needs no notice": (
        NotFoundError,
        "intrekking",
        lambda w: w.service.withdrawals.mark_notified(MISSING, w.uwv.id),
    ),
    "policy validity of zero days": (
        ValidationError,
        "geldigheid",
        lambda w: w.service.set_policy(Policy(default_validity_days=0)),
    ),
    "policy autolock of a day": (
        ValidationError,
        "vergrendelen",
        lambda w: w.service.set_policy(Policy(autolock_seconds=86_400)),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_refused_and_nothing_written(world: World, name: str) -> None:
    error, word, call = CASES[name]
    expect_refused(world, error, word, lambda: call(world))


def test_errors_never_echo_personal_data(world: World) -> None:
    call = add_youth(given_name="Geheimenaam\x00", email="geheim@adres")
    err = expect_refused(world, ValidationError, "tekens", lambda: call(world))
    assert "Geheimenaam" not in err.message
    assert err.field == "given_name"
    call = add_youth(email="geheim@adres")
    err = expect_refused(world, ValidationError, "e-mailadres", lambda: call(world))
    assert "geheim" not in err.message
    assert err.field == "email"


def test_valid_edges_are_accepted(world: World) -> None:
    """Positive controls for the limits above, so the refusals are not vacuous."""
    before = snapshot(world.service)["youths"]
    y = world.service.people.add_youth(
        given_name="A" * 120,
        family_name="  van   der  Berg ",
        birth_date=date(world.today.year - 8, 1, 1).strftime("%d/%m/%Y"),
        email="a.b@school.example.nl",
        phone="+31 (0)6-1234 5678",
        language="pap",
    )
    assert y.family_name == "van der Berg"
    assert y.birth_date == date(world.today.year - 8, 1, 1)
    assert snapshot(world.service)["youths"] == before + 1


def test_invisible_name_is_refused(world: World) -> None:
    expect_refused(
        world, ValidationError, "verplicht", lambda: add_youth(given_name="\u200b\ufeff")(world)
    )


def test_disclosure_of_no_categories_is_refused(world: World) -> None:
    svc = world.service
    assessment = svc.sharing.record_assessment(
        world.y15.id,
        world.uwv.id,
        world.werk.id,
        "public_task",
        *STEPS,
        True,
    )
    expect_refused(
        world,
        ValidationError,
        "gegevens",
        lambda: svc.sharing.record_disclosure(
            world.y15.id, world.uwv.id, world.werk.id, [], assessment_id=assessment.id
        ),
    )


def test_withdrawing_the_same_item_twice_in_one_action(world: World) -> None:
    svc = world.service
    y = world.y17_other
    req = svc.consents.create_request(y.id, [world.spec(recipient=world.gemeente.id)])
    item = req.items[0].id
    with contextlib.suppress(ToestemmingError):  # refusing the duplicate is a fine fix too
        svc.withdrawals.withdraw([item, item], you(y), "desk")
    count = svc.vault.db.scalar("SELECT count(*) FROM withdrawals WHERE item_id = ?", (item,))
    assert count <= 1


# --- arbitrary unicode into add_youth / add_recipient ----------------------------------------

RTL = st.text(
    st.one_of(
        st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),
        st.sampled_from(["\u200e", "\u200f", "\u202b", "\u202e", "\u2067", "\u2069", " "]),
    ),
    max_size=30,
)
COMBINING = st.text(
    st.one_of(
        st.sampled_from("aeoyAZ ßİı"),
        st.characters(categories=["Mn", "Me"]),
        st.sampled_from(["\u200b", "\u200d", "\ufeff", "\u034f"]),
    ),
    max_size=30,
)
ANY_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(st.characters(exclude_categories=()), max_size=40),
    st.text(st.characters(categories=["Cc", "Cs", "Co", "Zl", "Zp", "Zs"]), max_size=5),
    RTL,
    COMBINING,
    st.text(min_size=100, max_size=400),
    st.sampled_from(["Çelik", "Ÿsbrand", "محمد", "יוסף", "Zoë", "O'Brien-van 't Hek", "李小龙"]),
)


@st.composite
def birth_dates(draw: st.DrawFn) -> object:
    """Mostly a plausible birth date in one of the accepted notations, sometimes anything."""
    today = date(2026, 11, 23)
    born = today - timedelta(days=draw(st.integers(min_value=-400, max_value=35 * 366)))
    fmt = draw(st.sampled_from(["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "date"]))
    good: object = born if fmt == "date" else born.strftime(fmt)
    return draw(st.one_of(st.just(good), st.just(good), ANY_TEXT, st.dates()))


# Each example fuzzes one or two fields and keeps the others plausible, so that both
# outcomes (added, refused) are common.
YOUTH_DEFAULTS: dict[str, Any] = {
    "given_name": "Fleur",
    "family_name": "de Vries",
    "birth_date": "12-03-2011",
    "school": "Pro Utrecht",
    "programme": "Entree",
    "email": "jong@example.nl",
    "phone": "06 12345678",
    "language": "nl",
    "protection": "none",
}
YOUTH_FUZZ: dict[str, st.SearchStrategy[Any]] = {
    "given_name": ANY_TEXT,
    "family_name": ANY_TEXT,
    "birth_date": birth_dates(),
    "school": ANY_TEXT,
    "programme": ANY_TEXT,
    "email": ANY_TEXT,
    "phone": ANY_TEXT,
    "language": st.one_of(st.sampled_from(["ar", "tr", "uk", "ti", "pap"]), ANY_TEXT),
    "protection": st.one_of(st.sampled_from(["curatele", "mentorschap"]), ANY_TEXT),
}
RECIPIENT_DEFAULTS: dict[str, Any] = {
    "name": "Gemeente Utrecht",
    "kind": "gemeente",
    "department": "Werk & Inkomen",
    "email": "info@gemeente.example",
    "phone": "+31 30 123 45 67",
    "convenant": True,
}
RECIPIENT_FUZZ: dict[str, st.SearchStrategy[Any]] = {
    "name": ANY_TEXT,
    "kind": st.one_of(st.sampled_from(["arbeid", "zorg", "werkgever", "anders"]), ANY_TEXT),
    "department": ANY_TEXT,
    "email": ANY_TEXT,
    "phone": ANY_TEXT,
}


@st.composite
def fuzzed(
    draw: st.DrawFn, defaults: dict[str, Any], fuzz: dict[str, st.SearchStrategy[Any]]
) -> dict[str, Any]:
    keys = st.sampled_from(sorted(fuzz))
    chosen = {draw(keys)}
    extra = draw(st.one_of(keys, keys, st.none()))
    if extra is not None:
        chosen.add(extra)
    return defaults | {key: draw(fuzz[key]) for key in sorted(chosen)}


def _cleaned(value: str) -> str:
    return unicodedata.normalize("NFC", " ".join(value.split()))


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    case=st.one_of(
        st.tuples(st.just("youth"), fuzzed(YOUTH_DEFAULTS, YOUTH_FUZZ)),
        st.tuples(st.just("recipient"), fuzzed(RECIPIENT_DEFAULTS, RECIPIENT_FUZZ)),
    )
)
def test_arbitrary_unicode_gives_success_or_a_typed_error(
    world: World, case: tuple[str, dict[str, Any]]
) -> None:
    kind, fields = case
    svc = world.service
    before = snapshot(svc)
    try:
        if kind == "youth":
            y = svc.people.add_youth(**fields)
            assert y.given_name == _cleaned(fields["given_name"])
            assert svc.people.youth(y.id) == y
            assert y.given_name and y.family_name
        else:
            r = svc.catalog.add_recipient(**fields)
            assert r.name == _cleaned(fields["name"])
            assert svc.catalog.recipient(r.id) == r
    except ToestemmingError as err:
        event(f"{kind}: refused ({err.field})")
        assert isinstance(err.message, str) and err.message
        assert snapshot(svc) == before
    else:
        event(f"{kind}: added")
        after = snapshot(svc)
        assert after["events"] == before["events"] + 1
        table = "youths" if kind == "youth" else "recipients"
        assert after[table] == before[table] + 1
