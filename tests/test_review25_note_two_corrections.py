"""Review of session 19: the proof's "GEDEELD NA DE INTREKKING" note is judged by the export
from the vault (event_seek.judged_moment) and by verify from the package's corrections
(clock_fixes.moment). Each was tested with one correction; here a laptop ran ahead twice and
was put right twice — the second time further back than the first — with the sharing and the
withdrawal each recorded ahead. The desk's inzage, the exported proof and verify must agree:
the genuine package is authentic and says what the inzage says, and the opposite note is
refused."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from proof21_support import exported, rerendered
from test_attack_s23_sharing_clock_ahead import AFTER, _put_right

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.forms_views import inzage_view


@pytest.mark.parametrize("shared_first", [True, False], ids=["shared-first", "withdrawn-first"])
def test_two_corrections_the_inzage_the_proof_and_verify_agree(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Any,
    shared_first: bool,
) -> None:
    c = catalog
    sem = make_youth(17, given_name="Sem").youth
    request = service.consents.create_request(
        sem.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    me = SignerRef.youth(sem.id)
    service.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
    monday = clock.now()

    def share() -> None:  # Monday morning's call to the UWV, recorded when it happened
        at = None if shared_first else monday + timedelta(hours=1)
        service.sharing.record_disclosure(sem.id, c.uwv.id, c.werk.id, [c.contact.id], at)

    def withdraw() -> None:  # the mail of Monday afternoon, read now
        service.withdrawals.withdraw([item], me, "email", withdrawn_at=monday + timedelta(hours=5))

    first, second = (share, withdraw) if shared_first else (withdraw, share)
    clock.set(monday + timedelta(days=3))  # the laptop says Thursday
    first()
    _put_right(service, clock, monday + timedelta(days=1, hours=2))  # Tuesday night
    clock.set(monday + timedelta(days=5))  # ahead again: Saturday
    second()
    _put_right(service, clock, monday + timedelta(hours=20))  # further back: Monday evening
    clock.advance(timedelta(days=2))
    inzage = [AFTER in d.basis for d in inzage_view(service.forms._ctx, sem.id).disclosures]
    case = exported(service, clock, request.id, tmp_path)  # asserts: authentic
    (row,) = case.view.items[0].disclosures
    assert [AFTER in row.basis] == inzage == [shared_first]  # judged: Monday evening vs 17:00
    if AFTER in row.basis:
        other = row.basis.split(" — ")[0]
    else:
        other = row.basis + f" — {AFTER} van gisteren, die pas later werd vastgelegd"
    forged = dataclasses.replace(
        case.view,
        items=(
            dataclasses.replace(
                case.view.items[0], disclosures=(dataclasses.replace(row, basis=other),)
            ),
        ),
    )
    assert rerendered(case, forged, "andere-noot.tbewijs").exit_code != EXIT_AUTHENTIC
    assert rerendered(case, case.view, "echt.tbewijs").exit_code == EXIT_AUTHENTIC
