""" "Mag ik delen?" reads its inputs in one statement (repo.share_inputs: a row per
representative × item, ordered in Python, the item's own row only for a revised purpose).
Held against the slow, obviously right readings it replaced: the youth with its current
representatives (youth_with_reps), the items' judged histories (item_histories) and, per item,
whether a newer text exists in its language — for a youth with none, one and three
representatives, one ended, several items, a withdrawal, a revised text in one language only,
another purpose's revision, a recipient that is not there."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.errors import NotFoundError
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.store import repo
from toestemming.usecases.consent import ItemSpec


def _slow(service: Service, youth_id: int, recipient_id: int, purpose_id: int) -> Any:
    db = service.vault.db
    youth, reps = repo.youth_with_reps(db, youth_id)
    histories = repo.item_histories(
        db,
        "s.youth_id = ? AND s.recipient_id = ? AND s.purpose_id = ? ORDER BY s.item_id",
        (youth_id, recipient_id, purpose_id),
        judged=True,
    )
    outdated = []
    for h in histories:
        shown = int(
            db.scalar(
                "SELECT purpose_version_id FROM consent_items WHERE id = ?", (h.facts.item_id,)
            )
        )
        pid, version, language = db.query_one(
            "SELECT purpose_id, version, language FROM purpose_versions WHERE id = ?", (shown,)
        )
        newer = db.scalar(
            "SELECT count(*) FROM purpose_versions WHERE purpose_id = ? AND language = ? AND version > ?",
            (pid, language, version),
        )
        outdated.append(shown if newer else None)
    return youth, reps, list(zip(histories, outdated, strict=True))


def _same(service: Service, youth_id: int, recipient_id: int, purpose_id: int) -> None:
    fast = repo.share_inputs(service.vault.db, youth_id, recipient_id, purpose_id)
    youth, reps, histories = _slow(service, youth_id, recipient_id, purpose_id)
    assert fast.youth == youth
    assert fast.representatives == reps
    assert fast.histories == histories


def test_one_statement_reads_what_the_slow_readings_read(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    cases = [make_youth(17), make_youth(12, parents=1), make_youth(13, parents=2)]
    young = cases[2]
    service.people.add_representative(young.youth.id, "Vader", RepresentativeRole.PARENT, False)
    ended = service.people.add_representative(
        young.youth.id, "Oom", RepresentativeRole.PARENT, False
    )
    service.people.end_representative(ended.id)
    for case in cases:
        y = case.youth
        for _ in range(2):  # two requests: two items for the same recipient and purpose
            req = service.consents.create_request(
                y.id,
                [
                    ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
                    ItemSpec(c.stage.id, c.uwv.id, (c.school.id,)),
                ],
            )
            signer = (
                SignerRef.youth(y.id)
                if not case.parents
                else SignerRef.representative(case.parents[0].id)
            )
            service.consents.record_decisions(
                req.id, signer, {i.id: "yes" for i in req.items}, "desk"
            )
    for case in cases:
        for purpose in (c.werk, c.stage, c.leerplicht):
            _same(service, case.youth.id, c.uwv.id, purpose.id)
    # A revised text in English only, then in Dutch: only the Dutch items become outdated.
    service.catalog.revise_purpose(c.werk.id, "Work", "So you get help.", "en")
    for case in cases:
        _same(service, case.youth.id, c.uwv.id, c.werk.id)
        read = repo.share_inputs(service.vault.db, case.youth.id, c.uwv.id, c.werk.id)
        assert [v for _h, v in read.histories] == [None, None]
    service.catalog.revise_purpose(c.werk.id, "Begeleiding naar werk", "Nieuwe tekst.")
    for case in cases:
        for purpose in (c.werk, c.stage):
            _same(service, case.youth.id, c.uwv.id, purpose.id)
        read = repo.share_inputs(service.vault.db, case.youth.id, c.uwv.id, c.werk.id)
        assert all(v is not None for _h, v in read.histories) and len(read.histories) == 2
        stage = repo.share_inputs(service.vault.db, case.youth.id, c.uwv.id, c.stage.id)
        assert [v for _h, v in stage.histories] == [None, None]  # another purpose's revision


def test_recipient_flag_and_a_youth_that_is_not_there(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    y = make_youth(17).youth
    read = repo.share_inputs(service.vault.db, y.id, c.uwv.id, c.werk.id)
    assert read.histories == [] and read.recipient_active is True and read.representatives == []
    assert repo.share_inputs(service.vault.db, y.id, 999_999, c.werk.id).recipient_active is None
    with pytest.raises(NotFoundError):
        repo.share_inputs(service.vault.db, 999_999, c.uwv.id, c.werk.id)
    # asked about a recipient that is not there: no consent covers it
    assert not service.sharing.may_share(y.id, 999_999, c.werk.id, [c.contact.id]).allowed
