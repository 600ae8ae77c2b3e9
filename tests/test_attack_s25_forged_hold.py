"""Attack s25 on the dispute hold (retention_hold.py) as an insider with the passphrase who
appends events through the program's own log. A hold the program could never have written —
on a youth that never existed, or on a record already erased — was read like any other: the
Vandaag list showed "Geschil: … — niet wissen zolang het loopt" for it (Enter: "Deze jongere
bestaat niet (meer)") and `check` said "in orde". Now `check` names the event, and the held
list shows only records that are there to keep. What the program could write stays
undetectable by design (ARCHITECTURE.md, threat model): a release of the youth's own hold.
A release written for another youth releases nothing of this one."""

from __future__ import annotations

from typing import Any

import pytest

from toestemming.errors import RuleViolation
from toestemming.service import Service
from toestemming.usecases.retention_hold import HOLD_KIND, DisputeKind


def _append(service: Service, data: dict[str, Any]) -> int:
    """The insider's append: one event through the program's own log, nothing else."""
    ctx = service.retention._ctx
    with ctx.db.transaction():
        ctx.event(HOLD_KIND, data)
    return int(ctx.db.query("SELECT max(seq) FROM events")[0][0])


def _youth(service: Service, given: str) -> int:
    return service.people.add_youth(
        given_name=given, family_name="Geschil", birth_date="01-02-2006"
    ).id


def _names(lines: list[str], seq: int) -> bool:
    return any(str(seq) in line for line in lines)


def test_a_hold_on_a_youth_that_never_existed_is_named(service: Service) -> None:
    _youth(service, "Noor")
    seq = _append(service, {"youth": 999, "held": True, "dispute": "court"})
    assert service.retention.held_records() == []  # Vandaag: no line for nobody
    lines = service.replay().lines()
    assert _names(lines, seq), lines
    assert service.health().ok is False


def test_a_hold_on_an_erased_record_is_named(service: Service) -> None:
    gone = _youth(service, "Ilse")
    service.retention.erase(gone, "request")
    seq = _append(service, {"youth": gone, "held": True, "dispute": "complaint"})
    assert service.retention.held_records() == []
    lines = service.replay().lines()
    assert _names(lines, seq), lines


def test_a_release_for_another_youth_releases_nothing(service: Service) -> None:
    kept, other = _youth(service, "Sem"), _youth(service, "Daan")
    service.retention.hold(kept, DisputeKind.AUTHORITY)
    _append(service, {"youth": other, "held": False})
    assert service.retention.held_records() == [(kept, DisputeKind.AUTHORITY)]
    with pytest.raises(RuleViolation):
        service.retention.erase(kept, "request")
    assert service.replay().lines() == []


def test_a_genuine_hold_stays_listed_and_checks_clean(service: Service) -> None:
    kept = _youth(service, "Lotte")
    service.retention.hold(kept, DisputeKind.COURT)
    assert service.retention.held_records() == [(kept, DisputeKind.COURT)]
    assert service.replay().lines() == []
    service.retention.release(kept)
    service.retention.erase(kept, "request")
    assert service.retention.held_records() == []
    assert service.replay().lines() == []
