"""Genuine packages the forging validator also sends, to see that verify (with proof24's new
checks: only the export's files, the PDF's /Info, XMP and annotations, the workers' names)
raises no false alarm: a team desk on PostgreSQL where one worker asked and a colleague
recorded the "ja", a youth's package of 60 items recorded by a worker with an Arabic name for a youth
and parents with Arabic and Turkish names — each exported and verified authentic, with the
workers' names proven."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import PASSPHRASE, birth_date_for_age
from team_support import create_team, make_worker

from toestemming.clock import FixedClock
from toestemming.devtools import pgserver
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec

PROVEN = "bewezen met het logboek"
# An organisation name the PDF's /Info must carry as its author, letter for letter.
ORGANISATION = 'Stichting النور — Öztürk & Zn (Zuid) \\ "De Brug"'


def _proven(report_facts: list[str], *names: str) -> bool:
    said = [f for f in report_facts if PROVEN in f]
    return len(said) == 1 and all(n in said[0] for n in names)


@pytest.fixture
def team(
    pg_server: pgserver.PgServer,
    pg_database: str,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Service, Service]]:
    """The team's first desk (Ayşe Öztürk) and a colleague's (Çağrı Doğan) on one server."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    first, admin = create_team(pg_server, pg_database, clock, worker="Ayşe Öztürk")
    login = make_worker(pg_server, pg_database, admin, "cagri", "Çağrı Doğan")
    try:
        colleague = Service.open_team(login.url, login.password, clock=clock)
    except Exception:
        first.close()
        raise
    yield first, colleague
    colleague.close()
    first.close()


def test_a_team_desk_where_a_colleague_recorded_the_yes(
    team: tuple[Service, Service], clock: FixedClock, tmp_path: Path
) -> None:
    first, colleague = team
    c = first.catalog
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf", email="werkbedrijf@uwv.example")
    werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
    contact = c.add_category("contact", "Contactgegevens", "Naam en telefoon.", "dat", False)
    youth = first.people.add_youth(
        given_name="Elif",
        family_name="Yılmaz",
        birth_date=birth_date_for_age(clock.today(), 15).isoformat(),
    )
    father = first.people.add_representative(
        youth.id, "Mehmet Yılmaz", RepresentativeRole.PARENT, True
    )
    request = first.consents.create_request(youth.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
    clock.advance(timedelta(hours=2))
    colleague.consents.record_decisions(
        request.id, SignerRef.representative(father.id), {request.items[0].id: "yes"}, "desk"
    )
    clock.advance(timedelta(minutes=5))
    path = first.forms.proof.export_request(request.id, tmp_path / "team.tbewijs")
    report = verify(path, trust=first.forms.proof.own_trust(), clock=clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert _proven(report.facts, "Ayşe Öztürk", "Çağrı Doğan"), report.facts


def test_a_youth_package_of_sixty_items_recorded_by_a_worker_with_an_arabic_name(
    clock: FixedClock, tmp_path: Path
) -> None:
    service, _ = Service.create(
        tmp_path / "kluis.tvault", ORGANISATION, "ليلى حداد", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        c = service.catalog
        recipients = [
            c.add_recipient(f"Gemeente Dorp {n}", "gemeente", department="Jeugd") for n in range(20)
        ]
        purposes = [
            c.add_purpose(f"doel-{n}", f"Doel {n}", f"Zodat hulp {n} mogelijk is.")
            for n in range(3)
        ]
        contact = c.add_category("contact", "Contactgegevens", "Naam en telefoon.", "dat", False)
        youth = service.people.add_youth(
            birth_date=birth_date_for_age(clock.today(), 14).isoformat(),
            given_name="يوسف",
            family_name="Öztürk-El Idrissi",
        )
        mother = service.people.add_representative(
            youth.id, "فاطمة الإدريسي", RepresentativeRole.PARENT, True
        )
        specs = [ItemSpec(p.id, r.id, (contact.id,)) for r in recipients for p in purposes]
        for half in (specs[:30], specs[30:]):  # at most 30 items per request
            request = service.consents.create_request(youth.id, half)
            clock.advance(timedelta(hours=1))
            answers = {i.id: ("no" if n % 7 == 3 else "yes") for n, i in enumerate(request.items)}
            service.consents.record_decisions(
                request.id, SignerRef.representative(mother.id), answers, "desk"
            )
        clock.advance(timedelta(minutes=5))
        path = service.forms.proof.export_youth_package(youth.id, tmp_path / "zestig.tbewijs")
        trust = service.forms.proof.own_trust()
        report = verify(path, trust=trust, clock=clock)
    finally:
        service.close()
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    with zipfile.ZipFile(path) as z:  # each inner package alone proves the worker's name
        inner = [n for n in z.namelist() if n.startswith("verzoeken/")]
        assert len(inner) == 2
        for name in inner:
            alone = tmp_path / Path(name).name
            alone.write_bytes(z.read(name))
            one = verify(alone, trust=trust, clock=clock)
            assert one.exit_code == EXIT_AUTHENTIC, one.problems
            assert _proven(one.facts, "ليلى حداد"), one.facts


def test_the_youths_own_yes_at_the_desk(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    """The youth's own "ja" (no representative), recorded at the desk: one worker named."""
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 17).isoformat(),
        given_name="Zeynep",
        family_name="Şahin",
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    path = service.forms.proof.export_request(request.id, tmp_path / "zeynep.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust(), clock=clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert _proven(report.facts, "Anna de Tester"), report.facts


@pytest.mark.parametrize(
    "organisation",
    ["مدرسة النور", "Stichting النور", "Stichting Al-Amal (الأمل) – Öztürk & Zn"],
)
def test_an_organisation_with_an_arabic_name_can_export_and_verify(
    clock: FixedClock, tmp_path: Path, organisation: str
) -> None:
    """Its certificate's name once held the organisation's name beside " – bewijs van
    toestemming": a right-to-left name there is no name X.509 allows, and signing the first
    proof raised ("malformed bidirectional sequence"): no export at all."""
    service, _ = Service.create(
        tmp_path / "kluis.tvault", organisation, "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        c = service.catalog
        uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf")
        werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
        contact = c.add_category("contact", "Contactgegevens", "Naam en telefoon.", "dat", False)
        youth = service.people.add_youth(
            birth_date=birth_date_for_age(clock.today(), 17).isoformat(),
            given_name="يوسف",
            family_name="Öztürk",
        )
        request = service.consents.create_request(
            youth.id, [ItemSpec(werk.id, uwv.id, (contact.id,))]
        )
        me = SignerRef.youth(youth.id)
        service.consents.record_decisions(request.id, me, {request.items[0].id: "yes"}, "desk")
        path = service.forms.proof.export_request(request.id, tmp_path / "org.tbewijs")
        report = verify(path, trust=service.forms.proof.own_trust(), clock=clock)
    finally:
        service.close()
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert report.organisation == organisation
