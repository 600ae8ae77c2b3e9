"""Corrections of representatives (usecases/people.py): gezag, contact details, ending a
representation — validated, logged, and who must decide follows at once."""

from __future__ import annotations

import pytest

from toestemming import standard_catalog as std
from toestemming.errors import ValidationError
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _kinds(service: Service) -> list[str]:
    return [str(r[0]) for r in service.vault.db.query("SELECT kind FROM events ORDER BY seq")]


def test_a_second_parent_getting_gezag_makes_the_consent_wait_for_them(service: Service) -> None:
    std.install(service.catalog)
    youth = service.people.add_youth(given_name="Noa", family_name="Bos", birth_date="01-01-2013")
    mother = service.people.add_representative(youth.id, "Moeder Bos", "parent", True)
    father = service.people.add_representative(youth.id, "Vader Bos", "parent", False)
    cat = service.catalog
    spec = ItemSpec(cat.purposes()[0].id, cat.recipients()[0].id, (cat.categories()[0].id,))
    request = service.consents.create_request(youth.id, [spec])
    item = request.items[0].id
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    assert not service.worklists.pending_requests()

    service.people.set_gezag(father.id, True)  # the court gives the father gezag too
    assert service.consents.item_status(item).status == ItemStatus.REQUESTED
    assert [w.request_id for w in service.worklists.pending_requests()] == [request.id]
    assert SignerRef.representative(father.id) in service.consents.who_must_decide(youth.id).signers
    assert _kinds(service)[-1] == "representative.gezag"
    # Setting what is already so writes nothing.
    before = len(_kinds(service))
    service.people.set_gezag(father.id, True)
    assert len(_kinds(service)) == before


def test_refused_corrections_change_nothing(service: Service) -> None:
    youth = service.people.add_youth(given_name="Ben", family_name="Kok", birth_date="01-01-2012")
    voogd = service.people.add_representative(youth.id, "Voogd Kok", "guardian", True)
    p1 = service.people.add_representative(youth.id, "Ouder Een", "parent", False)
    p2 = service.people.add_representative(youth.id, "Ouder Twee", "parent", True)
    p3 = service.people.add_representative(youth.id, "Ouder Drie", "parent", False)
    before = len(_kinds(service))
    with pytest.raises(ValidationError, match="voogd heeft altijd"):
        service.people.set_gezag(voogd.id, False)
    with pytest.raises(ValidationError, match="hoogstens twee"):
        service.people.set_gezag(p1.id, True)
    with pytest.raises(ValidationError, match="staat al bij"):
        service.people.update_representative(p1.id, name="ouder twee")
    with pytest.raises(ValidationError):
        service.people.update_representative(p1.id, name="Ouder Een", email="geen-adres")
    with pytest.raises(ValidationError):
        service.people.update_representative(p1.id, name="  ")
    assert len(_kinds(service)) == before
    assert service.people.representative(p1.id).name == "Ouder Een"

    service.people.end_representative(p3.id)
    with pytest.raises(ValidationError, match="al beëindigd"):
        service.people.end_representative(p3.id)
    with pytest.raises(ValidationError, match="al beëindigd"):
        service.people.set_gezag(p3.id, False)
    with pytest.raises(ValidationError, match="al beëindigd"):
        service.people.update_representative(p3.id, name="Ouder Drie")
    assert [r.id for r in service.people.representatives(youth.id)] == [voogd.id, p1.id, p2.id]


def test_contact_corrections_are_logged_without_the_values(service: Service) -> None:
    youth = service.people.add_youth(given_name="Eva", family_name="Dijk", birth_date="01-01-2012")
    rep = service.people.add_representative(youth.id, "Oma Dijk", "parent", True)
    fixed = service.people.update_representative(
        rep.id, name="Oma van Dijk", email="oma@example.org", phone="0612345678"
    )
    assert (fixed.name, fixed.email) == ("Oma van Dijk", "oma@example.org")
    body = bytes(
        service.vault.db.scalar("SELECT body FROM events ORDER BY seq DESC LIMIT 1")
    ).decode()
    assert '"representative.updated"' in body
    assert "oma@example.org" not in body and "van Dijk" not in body  # a commitment only
    assert service.verify_audit().ok
