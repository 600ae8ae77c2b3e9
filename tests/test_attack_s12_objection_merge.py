"""Verzet must survive the duplicate merge (usecases/duplicates.py), played as a hurried worker.

The mother e-mails: she objects to the school sharing with the internship company. The worker
finds the girl under the record that came in with the school's second export and records the
objection there. A week later the duplicate check shows the two records of one girl; the
worker merges them. Before this test the objection was not counted as history: the record
carrying it was the one removed, so the merge either crashed on the foreign key or (on a
vault without it) left the objection pointing at nobody, and the weighing on the kept
record carried the sharing again."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _twins_of_one(service: Service) -> tuple[int, int]:
    first = service.people.add_youth(
        given_name="Noor", family_name="Jansen", birth_date="2011-03-04"
    )
    second = service.people.add_youth(
        given_name="Noor", family_name="Jansen", birth_date="2011-03-04", external_ref="8812"
    )
    for y in (first, second):
        service.people.add_representative(y.id, "Moeder Jansen", "parent", True)
    return first.id, second.id


def _object(service: Service, youth_id: int, c: SimpleNamespace) -> None:
    mother = service.people.representatives(youth_id)[0]
    service.objections.record(
        youth_id, c.werkgever.id, c.stage.id, SignerRef.representative(mother.id), "email"
    )


def test_the_record_with_only_an_objection_is_the_one_kept(
    service: Service, catalog: SimpleNamespace, clock: FixedClock
) -> None:
    first, second = _twins_of_one(service)
    _object(service, second, catalog)
    clock.advance(timedelta(days=7))
    kept = service.duplicates.merge(first, second)  # the worker picks the older one first
    assert kept.id == second
    assert service.sharing.options(kept.id, catalog.werkgever.id, catalog.stage.id).after_no
    assert len(service.objections.for_youth(kept.id)) == 1
    assert service.replay().ok


def test_objection_on_one_record_and_a_request_on_the_other_is_refused_in_dutch(
    service: Service, catalog: SimpleNamespace, clock: FixedClock
) -> None:
    first, second = _twins_of_one(service)
    c = catalog
    service.consents.create_request(first, [ItemSpec(c.stage.id, c.uwv.id, (c.school.id,))])
    _object(service, second, c)
    clock.advance(timedelta(days=7))
    before = row_count(service, "events")
    with pytest.raises(ToestemmingError) as refused:
        service.duplicates.merge(first, second)
    assert "samenvoegen kan niet" in str(refused.value)
    assert row_count(service, "events") == before
    assert service.people.count() == 2
    assert service.sharing.options(second, c.werkgever.id, c.stage.id).after_no
    assert service.replay().ok


# Rows that reference a youth but never without a parent row that is history already.
_FOLLOWS = {
    "representatives": "moved or dropped by the merge itself",
    "consent_items": "part of a consent request",
    "evidence_links": "part of a consent request or disclosure",
    "disclosure_overrides": "part of a disclosure",
}


def test_every_table_pointing_at_a_youth_is_history_or_follows_it(service: Service) -> None:
    """The class: the next table with a youth's id (as objections was) must be counted as
    history, or a merge removes the record it points at (a raw foreign-key error, or worse)."""
    from toestemming.usecases.duplicates import _HISTORY_TABLES

    db = service.vault.db
    tables = [str(r[0]) for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    pointing = {
        t
        for t in tables
        for fk in db.query(f"PRAGMA foreign_key_list({t})")
        if fk[2] == "youths" and fk[3] == "youth_id"
    }
    assert "objections" in pointing
    assert pointing - set(_FOLLOWS) <= set(_HISTORY_TABLES), pointing - set(_FOLLOWS)
