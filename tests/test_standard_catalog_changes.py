"""A new vault's standard catalog (standard_catalog.py) and the change feed (changes.py):
what a worker gets on day one, and what every view hears after a commit."""

from __future__ import annotations

from datetime import date

import pytest

from toestemming import standard_catalog as std
from toestemming.changes import MANY, Change
from toestemming.errors import ValidationError
from toestemming.model import Answer, SignerRef
from toestemming.service import Service
from toestemming.templates import TEMPLATES, resolve
from toestemming.usecases.consent import ItemSpec


def test_every_standard_entry_is_installed_in_both_languages(service: Service) -> None:
    done = std.install(service.catalog)
    assert (done.recipients, done.purposes, done.categories) == (
        len(std.RECIPIENTS),
        len(std.PURPOSES),
        len(std.CATEGORIES),
    )
    names = {r.name for r in service.catalog.recipients()}
    for needed in ("UWV", "Gemeente", "RMC", "Leerwerkloket", "Jeugdzorg"):
        assert needed in names
    assert any("Leerplicht" in n for n in names)
    assert any("werkgever" in n.lower() for n in names)
    assert any("school" in n.lower() for n in names)
    categories = {c.code: c for c in service.catalog.categories()}
    assert categories["gezondheid"].special and not categories["contact"].special
    assert all(c.name_en for c in categories.values())
    assert {c.level.value for c in categories.values()} == {"dat", "wat"}
    # Every purpose can be asked in English as well (a request in one language needs all).
    youth = service.people.add_youth(
        given_name="Sam", family_name="Jansen", birth_date=date(2008, 1, 1)
    )
    specs = [
        ItemSpec(p.id, next(iter(service.catalog.recipients())).id, (categories["contact"].id,))
        for p in service.catalog.purposes()
    ]
    request = service.consents.create_request(youth.id, specs, language="en")
    assert len(request.items) == len(std.PURPOSES)


def test_unticked_entries_stay_out(service: Service) -> None:
    chosen = std.all_keys() - {"recipient:werkgever", "category:gezondheid", "purpose:stage"}
    std.install(service.catalog, chosen)
    assert "Stagebedrijf / werkgever" not in {r.name for r in service.catalog.recipients()}
    assert "gezondheid" not in {c.code for c in service.catalog.categories()}
    assert "stage" not in {p.code for p in service.catalog.purposes()}


def test_standard_recipients_name_their_legal_role() -> None:
    roles = {r.key: r.legal_role for r in std.RECIPIENTS}
    # The municipal wijkteam jeugd is a public body too: no legitimate interest for it.
    for key in ("gemeente", "uwv", "leerplicht", "rmc", "vervolgschool", "jeugdzorg"):
        assert roles[key] == std.PUBLIC_TASK
    assert roles["werkgever"] == std.PRIVATE


def test_templates_fill_in_on_a_new_vault(service: Service) -> None:
    """The request templates name the demo's school; a new vault's school is found too."""
    std.install(service.catalog)
    cat = service.catalog
    for template in TEMPLATES:
        resolved = resolve(template, cat.purposes(), cat.recipients(), cat.categories())
        assert resolved.usable and not resolved.skipped, (template.key, resolved.skipped)


def test_a_commit_tells_what_changed_and_for_whom(service: Service) -> None:
    std.install(service.catalog)
    heard: list[list[Change]] = []
    stop = service.changes.subscribe(heard.append)
    youth = service.people.add_youth(
        given_name="Lieke", family_name="van den Berg", birth_date=date(2007, 5, 1)
    )
    assert heard[-1] == [Change("youth.added", youth.id)]
    cat = service.catalog
    request = service.consents.create_request(
        youth.id,
        [ItemSpec(cat.purposes()[0].id, cat.recipients()[0].id, (cat.categories()[0].id,))],
    )
    assert heard[-1] == [Change("request.created", youth.id)]
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: Answer.YES}, "desk"
    )
    assert Change("decisions.recorded", youth.id) in heard[-1]
    # A refused write tells nothing: nothing changed.
    before = len(heard)
    with pytest.raises(ValidationError):
        service.people.update_youth(youth.id, given_name="")
    assert len(heard) == before
    stop()
    service.people.update_youth(youth.id, school="ROC")
    assert len(heard) == before


def test_a_failing_listener_does_not_undo_the_commit(service: Service) -> None:
    def broken(_changes: list[Change]) -> None:
        raise RuntimeError("view gone")

    service.changes.subscribe(broken)
    youth = service.people.add_youth(
        given_name="Daan", family_name="Bakker", birth_date=date(2008, 2, 2)
    )
    assert service.people.youth(youth.id).given_name == "Daan"


def test_bulk_commit_is_told_as_many(service: Service) -> None:
    from toestemming.devtools.bulk import synthetic_generator, write_synthetic
    from toestemming.devtools.seed import seed_catalog

    seed_catalog(service)
    heard: list[list[Change]] = []
    service.changes.subscribe(heard.append)
    gen = synthetic_generator(service, items_per_youth=1)
    write_synthetic(service, gen.batch(60))
    assert heard[-1] == [Change(MANY, None)]
