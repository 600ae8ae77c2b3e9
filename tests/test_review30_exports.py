"""review28's "a package's log proof holds exactly one export" against genuine exports the
desk makes every day (review30): a request exported again after a withdrawal, one item of a
request of several exported alone, and the youth package of a youth with two requests after
both were exported — each must still verify authentic (and not because the rule is off)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from conftest import birth_date_for_age

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_every_export_of_a_busy_youth_verifies(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 13).isoformat(),
        given_name="Sem",
        family_name="de Vries",
    )
    mother = service.people.add_representative(
        youth.id, "Eva de Vries", RepresentativeRole.PARENT, True
    )
    first = service.consents.create_request(
        youth.id,
        [
            ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,)),
            ItemSpec(catalog.leerplicht.id, catalog.rbl.id, (catalog.school.id,)),
        ],
    )
    second = service.consents.create_request(
        youth.id, [ItemSpec(catalog.stage.id, catalog.gemeente.id, (catalog.stagegegevens.id,))]
    )
    signer = SignerRef.representative(mother.id)
    answers = {first.items[0].id: "yes", first.items[1].id: "no"}
    service.consents.record_decisions(first.id, signer, answers, "desk")
    service.consents.record_decisions(second.id, signer, {second.items[0].id: "yes"}, "desk")
    proof = service.forms.proof
    _, public_key = proof._keys()

    def authentic(path: Path) -> None:
        report = verify(path, public_key, clock=clock)
        assert report.exit_code == EXIT_AUTHENTIC, (path.name, report.problems)

    clock.advance(timedelta(hours=1))
    authentic(proof.export_request(first.id, tmp_path / "eerste.tbewijs"))
    authentic(proof.export_request(second.id, tmp_path / "tweede.tbewijs"))
    clock.advance(timedelta(days=2))
    service.withdrawals.withdraw([first.items[0].id], signer, "email")
    clock.advance(timedelta(hours=1))
    authentic(proof.export_request(first.id, tmp_path / "eerste-opnieuw.tbewijs"))
    authentic(proof.export_item(first.items[1].id, tmp_path / "onderdeel.tbewijs"))
    authentic(proof.export_youth_package(youth.id, tmp_path / "jongere.tbewijs"))
