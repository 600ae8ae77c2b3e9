"""What a worker's process does in the team-server concurrency tests (spawned, so it must be
importable; arguments are plain values). No app code is changed; the SIGKILL victim only
blocks inside its own transaction, right after its decision rows went to the server."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service


def record_all(url: str, password: str, start_iso: str, work: list[tuple[int, int, int]]) -> int:
    """Record a yes for every (request, youth, item), one transaction each; returns the count."""
    svc = Service.open_team(url, password, FixedClock(datetime.fromisoformat(start_iso)))
    try:
        for request_id, youth_id, item_id in work:
            svc.people.search("")  # (a read between writes, as at a desk)
            svc.consents.record_decisions(
                request_id, SignerRef.youth(youth_id), {item_id: "yes"}, "desk"
            )
        return len(work)
    finally:
        svc.close()


def decide_then_hang(
    url: str, password: str, start_iso: str, job: tuple[int, int, int], inside: Any, never: Any
) -> None:
    """Start recording a decision; once its rows and event are written (transaction still
    open) tell the parent and wait for the SIGKILL that never lets it commit."""
    from toestemming import audit

    original = audit.AuditLog.append

    def append_then_hang(self: audit.AuditLog, *args: Any, **kwargs: Any) -> int:
        seq = original(self, *args, **kwargs)
        inside.set()
        never.wait()
        return seq

    svc = Service.open_team(url, password, FixedClock(datetime.fromisoformat(start_iso)))
    audit.AuditLog.append = append_then_hang  # type: ignore[method-assign]
    request_id, youth_id, item_id = job
    svc.consents.record_decisions(request_id, SignerRef.youth(youth_id), {item_id: "yes"}, "desk")
