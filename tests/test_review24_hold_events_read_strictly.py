"""Review of session 19: cases21's dispute hold lives in the log only (`retention.held`, no
table), and nobody read those events strictly — the seam with atk22/atk24's threat model (the
insider with the passphrase appends an event through the program's own log; chain, tree and
checkpoints stay valid).

Before: one appended `retention.held` the program never writes ({"dispute": "boos"}, or
"youth": "7") made the erasure worklist, every erasure and the youth's Beheer page raise a
Python error (DisputeKind("boos"), int("7") coerced to youth 7), and `check` said "in orde".
Now such an event is read as what it is: unreadable — `check` names it by its number, the
worklist and the erasures go on as the well-formed events say, nothing crashes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from toestemming.service import Service
from toestemming.usecases.retention_hold import held_youths


def _append_hold(service: Service, data: dict[str, Any]) -> int:
    ctx = service._ctx
    with ctx.db.transaction():
        return int(ctx.event("retention.held", data))


def _named(service: Service, seq: int) -> bool:
    lines = service.replay().lines()
    return any(f"gebeurtenis {seq}" in line or f"nr. {seq}" in line for line in lines)


@pytest.mark.parametrize(
    "data",
    [
        {"held": True, "dispute": "boos"},  # a dispute the program does not know
        {"held": True},  # a hold without its kind
        {"held": "False", "dispute": "court"},  # a text where a yes/no belongs
        # (core25: a release that names a known dispute is written now — it ends that one)
        {"held": False, "dispute": "boos"},  # a release of a dispute the program does not know
        {"held": True, "dispute": "court", "note": "x"},  # a field the program never writes
    ],
)
def test_a_hold_event_the_program_never_writes_is_named_and_breaks_nothing(
    service: Service, make_youth: Callable[..., Any], data: dict[str, Any]
) -> None:
    lotte = make_youth(17, given_name="Lotte").youth
    seq = _append_hold(service, {"youth": lotte.id, **data})
    assert service.retention.dispute(lotte.id) is None  # read as nothing, never as a crash
    assert lotte.id not in held_youths(service.vault.db)
    service.retention.due()  # the worklist opens
    assert _named(service, seq)
    assert not service.replay().ok


def test_a_youth_number_as_text_holds_nobody_and_is_named(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    lotte = make_youth(17, given_name="Lotte").youth
    seq = _append_hold(service, {"youth": str(lotte.id), "held": True, "dispute": "court"})
    assert service.retention.dispute(lotte.id) is None
    assert _named(service, seq)


def test_the_holds_the_program_writes_replay_clean(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    lotte = make_youth(17, given_name="Lotte").youth
    service.retention.hold(lotte.id, "court")
    service.retention.release(lotte.id)
    service.retention.hold(lotte.id, "authority")
    assert service.retention.dispute(lotte.id) == "authority"
    report = service.replay()
    assert report.ok, report.lines()
    assert service.integrity_problems() == []
