"""The log check's row loop after issue 20's speed work (session 26): every test of a row is
one expression over lists of rows (toestemming/audit_link_check.py), and which test failed is
sorted out afterwards. An insider with the data key edits one event — in the first list of
rows, on either side of a list boundary, in the last — and the check must still name that
event, with the same reason as before: each column beside the body, the body, the stored
hash, a deleted, renumbered or reordered row, a history rewritten up to a signed checkpoint,
and a value of a type the program never stores (a table rebuilt by hand without STRICT),
which used to end in a traceback."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from audit_support import rewrite_chain
from replay_support import attacker_connection, lifted_edit
from test_attack_s28_event_columns import EDITS

from toestemming import audit_link_check
from toestemming.audit_link_check import BATCH, check_range
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

PASS = "correct horse battery staple"
NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
BULK = 2 * BATCH + 40  # events written at once: the log spans three lists of rows
# The first event, the last of the first list, the first of the second, one further on, and
# the newest event (filled in from the vault).
PLACES = [1, BATCH, BATCH + 1, 2 * BATCH + 3, "last"]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with ~550 events by three actors (one of them nobody: None), of many kinds,
    and a signed checkpoint halfway."""
    folder = tmp_path_factory.mktemp("rijen")
    svc, _ = Service.create(
        folder / "k.tvault", "School", "Anna", PASS, FixedClock(NOW), kdf=KdfParams()
    )
    try:
        audit = svc._ctx.audit
        events: list[tuple[str, int | None, dict[str, Any], Any]] = [
            (f"test.kind{n % 7}", (None, 1, 12)[n % 3], {"n": n, "item": n}, None)
            for n in range(BULK)
        ]
        half = len(events) // 2
        with svc.vault.db.transaction():
            audit.append_many(events[:half])
        svc.checkpoint()
        with svc.vault.db.transaction():
            audit.append_many(events[half:])
    finally:
        svc.close()
    return folder


@pytest.fixture
def svc(template: Path, tmp_path: Path) -> Iterator[Service]:
    shutil.copytree(template, tmp_path / "k")
    s = Service.open(tmp_path / "k" / "k.tvault", PASS, clock=FixedClock(NOW))
    yield s
    s.close()


def _last(svc: Service) -> int:
    return int(svc.vault.db.scalar("SELECT max(seq) FROM events"))


def _place(svc: Service, place: int | str) -> int:
    return _last(svc) if place == "last" else int(place)


def _insider(svc: Service, *statements: tuple[str, tuple[Any, ...]]) -> None:
    """Statements run by an insider with the key, the append-only triggers lifted."""
    conn = attacker_connection(svc)
    try:
        lifted_edit(conn, list(statements), must_hit=True)
    finally:
        conn.close()


def _pinned(svc: Service) -> dict[int, bytes]:
    return {cp.tree_size: cp.chain_head for cp in svc._ctx.audit.checkpoints()}


def _found(svc: Service) -> tuple[int, str]:
    """The first problem as the row loop names it, and as the check of the whole log does."""
    problem = check_range(svc.vault.db, (1, _last(svc)), _pinned(svc))
    assert problem is not None
    report = svc.verify_audit()
    assert not report.ok and report.first_bad_seq == problem.seq
    assert report.why == problem.why
    return problem.seq, problem.why.message_id


COLUMN_EDITS = {
    **EDITS,  # (atk28's: a date, a kind, a quote, a colleague's name, nobody's)
    "date-with-a-quote": ("at", '2026-12-06T09:00:00.000000Z"'),
    "on-worker-zero": ("actor", 0),
}


@pytest.mark.parametrize("place", [1, BATCH + 1, "last"])
@pytest.mark.parametrize("edit", list(COLUMN_EDITS))
def test_a_column_changed_beside_its_body_is_named_wherever_it_is(
    svc: Service, edit: str, place: int | str
) -> None:
    seq = _place(svc, place)
    column, value = COLUMN_EDITS[edit]
    if column == "actor" and svc.vault.db.scalar(
        "SELECT actor IS ? FROM events WHERE seq = ?", (value, seq)
    ):
        value = 7  # (the edit must change the column)
    _insider(svc, (f"UPDATE events SET {column} = ? WHERE seq = ?", (value, seq)))
    assert _found(svc) == (seq, "audit-event-columns-changed")


@pytest.mark.parametrize("place", PLACES)
def test_a_changed_body_or_hash_is_named_wherever_it_is(svc: Service, place: int | str) -> None:
    seq = _place(svc, place)
    _insider(svc, ("UPDATE events SET body = CAST(body || X'20' AS BLOB) WHERE seq = ?", (seq,)))
    assert _found(svc) == (seq, "audit-event-changed")


@pytest.mark.parametrize("place", [BATCH, "last"])
def test_a_stored_hash_replaced_is_named(svc: Service, place: int | str) -> None:
    seq = _place(svc, place)
    _insider(svc, ("UPDATE events SET hash = ? WHERE seq = ?", (bytes(32), seq)))
    assert _found(svc) == (seq, "audit-event-changed")


@pytest.mark.parametrize("place", [1, BATCH + 1, 2 * BATCH + 3])
def test_a_deleted_event_is_named_as_missing(svc: Service, place: int) -> None:
    _insider(svc, ("DELETE FROM events WHERE seq = ?", (place,)))
    assert _found(svc) == (place, "audit-event-missing")


@pytest.mark.parametrize("place", [BATCH, BATCH + 1])
def test_an_event_moved_to_another_number_is_named_as_missing(svc: Service, place: int) -> None:
    _insider(svc, ("UPDATE events SET seq = seq + 100000 WHERE seq = ?", (place,)))
    assert _found(svc) == (place, "audit-event-missing")


@pytest.mark.parametrize("place", [1, BATCH, 2 * BATCH + 3])
def test_two_events_swapped_whole_are_named(svc: Service, place: int) -> None:
    """Both rows moved as they are (body, hash and columns) to each other's number."""
    _insider(
        svc,
        ("UPDATE events SET seq = -1 WHERE seq = ?", (place,)),
        ("UPDATE events SET seq = ? WHERE seq = ?", (place, place + 1)),
        ("UPDATE events SET seq = ? WHERE seq = -1", (place + 1,)),
    )
    assert _found(svc)[0] == place


def test_a_history_rewritten_up_to_the_checkpoint_is_named_there(svc: Service) -> None:
    """A careful forger: the body changed, every later hash recomputed and the columns kept
    in agreement. Only the signed checkpoint's head tells."""
    seq = BATCH + 1
    checkpoint = min(s for s in _pinned(svc) if s >= seq)
    assert checkpoint < _last(svc)  # (halfway: the one signed at close is not the one)
    rewrite_chain(svc.vault.db, seq, b'"n":', b'"n":1')
    assert _found(svc) == (checkpoint, "audit-history-rewritten")


@pytest.mark.parametrize(
    ("column", "value", "why"),
    [
        ("body", "tekst in plaats van bytes", "audit-event-changed"),
        ("hash", "tekst", "audit-event-changed"),
        ("at", 20261206, "audit-event-columns-changed"),
        ("kind", b"test.kind1", "audit-event-columns-changed"),
        ("actor", "Bert", "audit-event-columns-changed"),
    ],
)
def test_a_value_of_another_type_is_named_not_a_traceback(
    svc: Service, column: str, value: object, why: str
) -> None:
    """The insider rebuilds `events` without STRICT, so a column can hold any type."""
    seq = BATCH + 1
    conn = attacker_connection(svc)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE loose (seq INTEGER PRIMARY KEY, at, actor, kind, body, hash)")
        conn.execute("INSERT INTO loose SELECT seq, at, actor, kind, body, hash FROM events")
        conn.execute(f"UPDATE loose SET {column} = ? WHERE seq = ?", (value, seq))
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DROP TABLE events")
        conn.execute("ALTER TABLE loose RENAME TO events")
        conn.execute("COMMIT")
    finally:
        conn.close()
    assert _found(svc) == (seq, why)


def test_the_untouched_log_passes_in_lists_of_any_size(
    svc: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    for size in (1, 3, BATCH, 100_000):
        monkeypatch.setattr(audit_link_check, "BATCH", size)
        assert check_range(svc.vault.db, (1, _last(svc)), _pinned(svc)) is None
        assert check_range(svc.vault.db, (BATCH, _last(svc)), _pinned(svc)) is None
    assert svc.verify_audit(deep=True).ok
