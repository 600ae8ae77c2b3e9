"""A team server through Service: create, reopen, the desk's first steps."""

from __future__ import annotations

from team_support import make_admin

from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_create_team_then_a_youth_a_request_a_decision_and_reopen(
    pg_server, pg_database, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    admin = make_admin(pg_server, pg_database)
    svc = Service.create_team(admin.url, "RMC Test", "Anna Beheer", admin.password)
    assert svc.organisation == "RMC Test"
    c = svc.catalog
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf")
    werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt.")
    contact = c.add_category("contact", "Contactgegevens", "Naam, e-mail.", "dat", False)
    youth = svc.people.add_youth(given_name="Sem", family_name="de Vries", birth_date="2008-05-05")
    req = svc.consents.create_request(youth.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
    item = req.items[0].id
    svc.consents.record_decisions(req.id, SignerRef.youth(youth.id), {item: "yes"}, "desk")
    assert svc.sharing.may_share(youth.id, uwv.id, werk.id, [contact.id]).allowed
    svc.close()
    again = Service.open_team(admin.url, admin.password)
    try:
        assert again.worker.name == "Anna Beheer"
        assert again.consents.item_status(item).status == ItemStatus.GIVEN
        assert [y.family_name for y in again.people.search("vries")] == ["de Vries"]
        assert again.verify_audit(deep=True).ok
        assert not again.log_head_problems and not again.read_only
    finally:
        again.close()
