"""The replay (state follows events) as part of the integrity check at unlock, and the check a
proof export makes first.

At unlock the replay runs inside the check when the vault is small enough to replay in about
half a second (INLINE_UNITS); a larger vault opens at once with `state_check_pending` set, and
the caller replays it in the background after the window is shown (the UI does, see
ui/vault_care.py) and hands the outcome to `accept`. Either way a disagreement makes the vault
read-only with the explanation, like every other failed integrity check (health.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .errors import IntegrityFailure, ToestemmingError
from .health_report import READ_ONLY, CheckedService, HealthReport
from .replay import replay
from .replay_registry import alongside
from .replay_report import Disagreement, ReplayReport
from .replay_split import replay_vault, units
from .replay_subjects import check_for_export
from .store.db import Database

# Events + items + decisions the unlock check replays itself (~0.35 s at the ~6 µs per unit
# the bench vault costs on an idle machine); a larger vault is replayed after the window.
INLINE_UNITS = 60_000
HEADING = (
    "gegevens wijken af van het logboek (iemand heeft de tabellen buiten het programma om "
    "gewijzigd)"
)


def lines(report: ReplayReport) -> tuple[str, ...]:
    """The health report's lines for a replay: a heading, then one line per disagreement."""
    if report.ok:
        return ()
    return (HEADING, *report.lines())


def on_open(service: CheckedService, deep: bool) -> tuple[str, ...]:
    """Called by the integrity check (health.py) once file and log are in order. `deep`
    (a check the user asked for) always replays at once."""
    db = service.vault.db
    if not deep and units(db) > INLINE_UNITS:
        service.state_check_pending = True
        return ()
    service.state_check_pending = False
    try:
        return lines(service.replay())
    except ToestemmingError as exc:  # a page that cannot be read: say so, like the file check
        return (f"{HEADING}: vergelijken mislukt ({exc.message})",)


def replay_apart(service: CheckedService) -> ReplayReport:
    """The deferred replay, on connections of its own so the window keeps reading and
    writing its own (one read snapshot per connection). Runs on a pool thread."""
    spec = service.vault.reader_spec()
    db = spec.open()
    try:
        return alongside(db, spec, lambda: replay_vault(db, spec))
    finally:
        db.close()


def accept(service: CheckedService, report: ReplayReport) -> HealthReport | None:
    """Record the deferred replay's outcome (on the thread that owns the service): a
    disagreement is added to the health report and the vault becomes read-only."""
    if not service.is_open:
        return None
    service.state_check_pending = False
    found = lines(report)
    if not found:
        return service.health_report
    before = service.health_report
    if before is None:
        after = HealthReport(found, None, service.clock.now())
    else:
        after = replace(before, file_problems=before.file_problems + found)
    service.vault.db.enter_read_only(READ_ONLY, service.vault.current_data_key())
    service.health_report = after
    return after


def require_agreement(
    db: Database, selections: Iterable[tuple[int, frozenset[int] | None]]
) -> None:
    """Before a proof export: the exported items (and their requests) follow from the log,
    else IntegrityFailure. The message names no reference code (messages may reach a log)."""
    chosen = {rid: only for rid, only in selections}
    requests = frozenset(chosen)
    # A proof of a few requests replays just those; "everything" is one whole replay.
    if len(requests) > 1000:
        report = replay_vault(db, None, texts=True)
    else:
        report = replay(db, only=requests, texts=True)
    bad = [d for d in report.disagreements if _concerns(d, chosen)]
    bad += check_for_export(db, chosen)  # the index the proof walks (replay_subjects.py)
    if not bad and not report.more:
        return
    positions = {d.position for d in bad}
    if len(requests) == 1 and len(positions) == 1 and None not in positions:
        raise IntegrityFailure(
            message_id="error-replay-export-refused-part",
            params={"position": str(positions.pop())},
        )
    raise IntegrityFailure(message_id="error-replay-export-refused")


def _concerns(d: Disagreement, chosen: dict[int, frozenset[int] | None]) -> bool:
    """About an exported item, or about its request as a whole."""
    if d.request_id not in chosen:
        return False
    items = chosen[d.request_id]
    return items is None or d.item_id is None or d.item_id in items
