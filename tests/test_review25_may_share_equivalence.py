"""Review of session 19: "Mag ik delen?" was made cheaper (lead): the youth with its
representatives in one LEFT JOIN (was a JSON aggregate), the log's clock-correction meta row
read inside the item-histories statement (was rows_to_cap per call), the recipient's `active`
flag alone (was the whole recipient with its texts). Each piece was tested alone; here the
answers are held against a slow, obviously-correct reading of the same vault — for a youth
without representatives, with three, with one removed, a recipient closed, a purpose text
revised after the "ja", in a log with a clock put right and in one without, at now and at
moments in the past."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import birth_date_for_age
from team_support import create_team, states_clock_right

from toestemming.clock import FixedClock
from toestemming.errors import NotFoundError, VaultError
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.store import repo
from toestemming.store.db import Database
from toestemming.usecases.consent import ItemSpec


def _slow_youth_with_reps(db: Database, youth_id: int) -> tuple[Any, list[Any]]:
    youth = repo.get_youth(db, youth_id)
    reps = [
        repo.rep_from_row(r)
        for r in db.query(
            f"SELECT {repo.REP_COLS} FROM representatives WHERE youth_id = ? "
            "AND ended_at IS NULL ORDER BY id",
            (youth_id,),
        )
    ]
    return youth, reps


def _slow_outdated(db: Database, item_id: int) -> int | None:
    (shown,) = db.query_one("SELECT purpose_version_id FROM consent_items WHERE id = ?", (item_id,))
    purpose, language, version = db.query_one(
        "SELECT purpose_id, language, version FROM purpose_versions WHERE id = ?", (shown,)
    )
    newer = [
        v
        for (v,) in db.query(
            "SELECT version FROM purpose_versions WHERE purpose_id = ? AND language = ?",
            (purpose, language),
        )
        if v > version
    ]
    return int(shown) if newer else None


def _slow_histories(db: Database, where: str, params: Sequence[Any]) -> list[tuple[Any, Any]]:
    return [
        (h, _slow_outdated(db, h.facts.item_id))
        for h in repo.item_histories(db, where, params, judged=True)
    ]


def _slow_active(db: Database, recipient_id: int) -> bool:
    return repo.get_recipient(db, recipient_id).active


def _slow_share_inputs(
    db: Database, youth_id: int, recipient_id: int, purpose_id: int, _change: object = None
) -> repo.ShareInputs:
    """What repo.share_inputs reads in one statement, read piece by piece (the lead's session 20
    folded the three readings above into it)."""
    youth, reps = _slow_youth_with_reps(db, youth_id)
    histories = _slow_histories(
        db,
        "s.youth_id = ? AND s.recipient_id = ? AND s.purpose_id = ? ORDER BY s.item_id",
        (youth_id, recipient_id, purpose_id),
    )
    try:
        active: bool | None = _slow_active(db, recipient_id)
    except NotFoundError:
        active = None
    return repo.ShareInputs(youth, reps, histories, active)


def _slow_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repo, "share_inputs", _slow_share_inputs)
    monkeypatch.setattr(repo, "youth_with_reps", _slow_youth_with_reps)
    monkeypatch.setattr(repo, "recipient_is_active", _slow_active)


def _states_clock_right(service: Service) -> Service:
    with pytest.raises(VaultError):
        service.people.add_youth(given_name="A", family_name="B", birth_date="01-01-2012")
    assert service.clock_right.confirm() is not None
    return service


def _answers(service: Service, youths: list[int], c: SimpleNamespace, moments: list[datetime]):
    out = []
    for y in youths:
        for r in (c.uwv, c.gemeente, c.rbl):
            for p in (c.werk, c.stage):
                for cats in ([c.contact.id], [c.contact.id, c.school.id]):
                    for at in (None, *moments):
                        out.append(service.sharing.may_share(y, r.id, p.id, cats, at))
    return out


def _vault(
    service: Service,
    c: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    corrected: bool,
    put_right: Callable[[Service], Service] | None = None,
) -> tuple[Service, list[int], list[datetime]]:
    alone = make_youth(17).youth  # no representatives
    three = make_youth(14, parents=2)
    service.people.add_representative(
        three.youth.id, "Stiefvader", RepresentativeRole.PARENT, False
    )
    removed = make_youth(13, parents=2)
    youths = [alone.id, three.youth.id, removed.youth.id]
    moments = [clock.now() - timedelta(hours=1)]
    for y, signers in (
        (alone.id, [SignerRef.youth(alone.id)]),
        (three.youth.id, [SignerRef.representative(p.id) for p in three.parents]),
        (removed.youth.id, [SignerRef.representative(removed.parents[0].id)]),  # mother
    ):
        request = service.consents.create_request(
            y,
            [
                ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
                ItemSpec(c.stage.id, c.gemeente.id, (c.contact.id,)),
                ItemSpec(c.werk.id, c.rbl.id, (c.contact.id, c.school.id)),
            ],
        )
        items = [i.id for i in request.items]
        for s in signers:
            service.consents.record_decisions(
                request.id, s, {items[0]: "yes", items[1]: "yes", items[2]: "no"}, "desk"
            )
        clock.advance(timedelta(hours=2))
        moments.append(clock.now())
    service.catalog.revise_purpose(
        c.werk.id, "Begeleiding naar werk", "Zodat UWV en gemeente helpen."
    )
    clock.advance(timedelta(hours=1))
    service.people.end_representative(removed.parents[1].id)  # the father is no longer one
    if corrected:  # a withdrawal recorded while the laptop ran two days ahead, then put right
        real = clock.now() + timedelta(hours=1)
        clock.set(real + timedelta(days=2))
        (item,) = [
            h.facts.item_id
            for h in repo.item_histories(
                service._ctx.db, "s.youth_id = ? AND s.recipient_id = ?", (alone.id, c.uwv.id)
            )
        ]
        service.withdrawals.withdraw([item], SignerRef.youth(alone.id), "desk")
        put_right = put_right or _states_clock_right
        moments.append(clock.now() - timedelta(hours=1))  # "Thursday", as the laptop said
        clock.set(real + timedelta(hours=1))
        service = put_right(service)
        moments.append(real + timedelta(minutes=30))  # between the withdrawal and its correction
    clock.advance(timedelta(hours=3))
    service.catalog.set_recipient_active(c.gemeente.id, False)  # closed after a herindeling
    moments.append(clock.now() - timedelta(minutes=10))
    clock.advance(timedelta(days=3))
    return service, youths, moments


@pytest.mark.parametrize("corrected", [False, True], ids=["no-correction", "clock-put-right"])
def test_may_share_answers_as_a_slow_reading_does(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    corrected: bool,
) -> None:
    service, youths, moments = _vault(service, catalog, make_youth, clock, corrected)
    fast = _answers(service, youths, catalog, moments)
    _slow_readings(monkeypatch)
    slow = _answers(service, youths, catalog, moments)
    assert len(fast) == len(slow) > 100
    for n, (a, b) in enumerate(zip(fast, slow, strict=True)):
        assert a == b, n
    # The scenario is not vacuous: some yes, some no, a closed recipient, a revised text.
    assert {a.allowed for a in fast} == {True, False}
    warned = " ".join(w for a in fast for w in a.warnings)
    assert "tekst" in warned.lower()


def _catalog(service: Service) -> SimpleNamespace:
    c = service.catalog
    return SimpleNamespace(
        uwv=c.add_recipient("UWV", "arbeid", "Werkbedrijf"),
        gemeente=c.add_recipient("Gemeente Utrecht", "gemeente", "Werk & Inkomen"),
        rbl=c.add_recipient("RBL Utrecht", "leerplicht_rmc", "Leerplicht"),
        werk=c.add_purpose("begeleiding-werk", "Begeleiding naar werk", "Zodat je werk vindt."),
        stage=c.add_purpose("stage", "Stage regelen", "Zodat je stagebedrijf het weet."),
        contact=c.add_category("contact", "Contactgegevens", "Naam, adres.", "dat", False),
        school=c.add_category("school", "Schoolgegevens", "School, klas.", "dat", False),
    )


@pytest.mark.parametrize("corrected", [False, True], ids=["no-correction", "clock-put-right"])
def test_on_the_team_server_too(
    pg_server: Any,
    pg_database: str,
    clock: FixedClock,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
    corrected: bool,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    service, admin = create_team(pg_server, pg_database, clock)
    desks = [service]
    try:
        counter = iter(range(1, 100))

        def make_youth(age: int, parents: int = 0) -> Any:
            n = next(counter)
            youth = service.people.add_youth(
                given_name=f"Jongere{n}",
                family_name="de Vries",
                birth_date=birth_date_for_age(clock.today(), age).isoformat(),
            )
            reps = tuple(
                service.people.add_representative(
                    youth.id, f"Ouder {n}-{i + 1}", RepresentativeRole.PARENT, True
                )
                for i in range(parents)
            )
            return SimpleNamespace(youth=youth, parents=reps)

        c = _catalog(service)

        def reopened(desk: Service) -> Service:  # the team's desk opens behind its log
            desk.close()
            desks.append(states_clock_right(admin, clock))
            return desks[-1]

        service, youths, moments = _vault(service, c, make_youth, clock, corrected, reopened)
        fast = _answers(service, youths, c, moments)
        _slow_readings(monkeypatch)
        slow = _answers(service, youths, c, moments)
        assert fast == slow and {a.allowed for a in fast} == {True, False}
    finally:
        desks[-1].close()
