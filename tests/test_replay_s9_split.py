"""One edited row in a large vault is still found and named (reference code and item
position) when the replay runs split over the chain check's helper processes, with this
process's range made smaller for the registry check it runs after (replay_split.shares);
and in a vault nobody touched the split compares every row exactly once.

The vault is bulk data (devtools/bulk.py, as the bench writes it): 1,200 items, every decision
row without a language (as rows from before schema 10), so the edits below are made the way
an insider with the passphrase would: sqlcipher3 and the data key, the log left alone."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from replay_support import attacker_connection, lifted_edit

from toestemming.clock import FixedClock
from toestemming.replay import replay
from toestemming.replay_report import ReplayReport
from toestemming.replay_split import replay_split, scopes, shares
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path

PASS = "correct horse battery staple"
START = datetime(2026, 11, 23, 10, tzinfo=UTC)


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from toestemming.devtools.bulk import synthetic_generator, write_synthetic
    from toestemming.devtools.seed import seed_catalog

    folder = tmp_path_factory.mktemp("split")
    svc, _ = Service.create(folder / "kluis.tvault", "F", "F", PASS, FixedClock(START), KdfParams())
    try:
        seed_catalog(svc)
        gen = synthetic_generator(svc, items_per_youth=8)
        for _ in range(3):
            write_synthetic(svc, gen.batch(50))
        svc.checkpoint()
    finally:
        svc.close()
    return folder


@pytest.fixture
def svc(saved: Path, tmp_path: Path) -> Iterator[Service]:
    path = tmp_path / "kluis.tvault"
    for source in (saved / "kluis.tvault", header_path(saved / "kluis.tvault")):
        shutil.copy(source, tmp_path / source.name)
    service = Service.open(path, PASS, clock=FixedClock(START))
    try:
        yield service
    finally:
        service.close()


def insider(svc: Service, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Edit rows (the cache re-derived from the edited tables, so it hides nothing)."""
    conn = attacker_connection(svc)
    try:
        lifted_edit(conn, list(statements), must_hit=True)
    finally:
        conn.close()


def middle(svc: Service, table: str) -> int:
    db = svc.vault.db
    return int(
        db.scalar(
            f"SELECT id FROM {table} ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM {table})"
        )
    )


def code_and_position(svc: Service, item_id: int) -> tuple[str, int]:
    row = svc.vault.db.query_one(
        "SELECT r.reference_code, i.position FROM consent_items i "
        "JOIN consent_requests r ON r.id = i.request_id WHERE i.id = ?",
        (item_id,),
    )
    assert row is not None
    return str(row[0]), int(row[1])


def both_ways(svc: Service) -> list[ReplayReport]:
    """The replay in this process and split over two (a helper process does the second
    range, which holds the middle of every table)."""
    db = svc.vault.db
    split = replay_split(db, svc.vault.reader_spec(), 2, weights=shares(2))
    assert split.processes == 2
    return [replay(db), split]


def only_item_named(report: ReplayReport, svc: Service, item_id: int, label: str) -> None:
    assert len(report.disagreements) == 1, report.lines()
    d = report.disagreements[0]
    code, position = code_and_position(svc, item_id)
    assert (d.item_id, d.position) == (item_id, position)
    assert d.where == f"{code} onderdeel {position}"
    assert label in d.problem, d.problem


def test_a_clean_large_vault_split_by_shares_compares_every_row_once(svc: Service) -> None:
    db = svc.vault.db
    one, split = both_ways(svc)
    assert one.ok and split.ok, (one.lines(), split.lines())
    assert split.rows == one.rows > 3 * 1200  # items, categories, decisions, cache and more
    weights = shares(2)
    assert weights[0] < weights[1] and abs(sum(weights) - 1) < 1e-9
    ranges = scopes(db, 2, weights=weights)
    requests = int(db.scalar("SELECT count(*) FROM consent_requests"))
    first = int(
        db.scalar("SELECT count(*) FROM consent_requests WHERE id <= ?", (ranges[0].requests[1],))
    )
    assert abs(first - weights[0] * requests) <= 1  # this process's smaller part


def test_one_flipped_answer_is_named_by_item(svc: Service) -> None:
    did = middle(svc, "decisions")
    item = int(svc.vault.db.scalar("SELECT item_id FROM decisions WHERE id = ?", (did,)))
    insider(
        svc,
        (
            "UPDATE decisions SET answer = CASE answer WHEN 'yes' THEN 'no' ELSE 'yes' END "
            "WHERE id = ?",
            (did,),
        ),
    )
    for report in both_ways(svc):
        assert len(report.disagreements) == 2, report.lines()  # the row and its cached copy
        assert {d.item_id for d in report.disagreements} == {item}
        assert all("antwoord" in d.problem for d in report.disagreements)
        assert any("opgeslagen status" in d.problem for d in report.disagreements)


def test_a_decision_moved_to_another_item_of_its_request_is_found(svc: Service) -> None:
    """Same answer, same signer, only the item swapped: a set of equal values elsewhere."""
    db = svc.vault.db
    did = middle(svc, "decisions")
    item, request = db.query_one(
        "SELECT d.item_id, i.request_id FROM decisions d JOIN consent_items i "
        "ON i.id = d.item_id WHERE d.id = ?",
        (did,),
    )
    other = int(
        db.scalar(
            "SELECT id FROM consent_items WHERE request_id = ? AND id != ? LIMIT 1",
            (request, item),
        )
    )
    insider(svc, ("UPDATE decisions SET item_id = ? WHERE id = ?", (other, did)))
    for report in both_ways(svc):
        assert not report.ok
        named = {d.item_id for d in report.disagreements}
        assert item in named or other in named, report.lines()


def test_a_widened_item_is_named(svc: Service) -> None:
    db = svc.vault.db
    item = middle(svc, "consent_items")
    extra = int(
        db.scalar(
            "SELECT id FROM data_categories WHERE id NOT IN "
            "(SELECT category_id FROM item_categories WHERE item_id = ?) LIMIT 1",
            (item,),
        )
    )
    insider(svc, ("INSERT INTO item_categories(item_id, category_id) VALUES (?, ?)", (item, extra)))
    for report in both_ways(svc):
        # The category rows and the cache's copy of them.
        assert {d.item_id for d in report.disagreements} == {item}, report.lines()
        assert all("gegevens die gedeeld mogen worden" in d.problem for d in report.disagreements)


def test_an_item_given_another_text_hash_is_named(svc: Service) -> None:
    item = middle(svc, "consent_items")
    insider(svc, ("UPDATE consent_items SET text_sha256 = ? WHERE id = ?", ("0" * 64, item)))
    for report in both_ways(svc):
        assert item in {d.item_id for d in report.disagreements}, report.lines()
        mine = [d for d in report.disagreements if d.item_id == item]
        assert any("tekst (controlesom)" in d.problem for d in mine)


def test_a_request_made_longer_is_named_by_its_code(svc: Service) -> None:
    db = svc.vault.db
    rid = middle(svc, "consent_requests")
    code = str(db.scalar("SELECT reference_code FROM consent_requests WHERE id = ?", (rid,)))
    insider(
        svc,
        ("UPDATE consent_requests SET valid_until = '2099-12-31' WHERE id = ?", (rid,)),
    )
    for report in both_ways(svc):
        named = [d for d in report.disagreements if d.where == code]
        assert named and "einddatum" in named[0].problem, report.lines()
        assert all(d.where.startswith(code) for d in report.disagreements)


def test_only_the_cache_edited_is_named(svc: Service) -> None:
    """The tables left alone, one item's cached answers turned: 'mag ik delen?' reads it."""
    item = middle(svc, "consent_items")
    conn = attacker_connection(svc)
    try:
        hit = conn.execute(
            "UPDATE item_state SET decisions = replace(decisions, '\"no\"', '\"yes\"') "
            "WHERE item_id = ?",
            (item,),
        ).rowcount
        conn.execute(
            "UPDATE item_state SET decisions = replace(decisions, '\"yes\"', '\"no\"') "
            "WHERE item_id = ? AND ?",
            (item, hit),
        )
    finally:
        conn.close()
    for report in both_ways(svc):
        assert {d.item_id for d in report.disagreements} == {item}, report.lines()
        assert all("opgeslagen status" in d.problem for d in report.disagreements)


def test_one_deleted_decision_is_missing_by_item(svc: Service) -> None:
    did = middle(svc, "decisions")
    item = int(svc.vault.db.scalar("SELECT item_id FROM decisions WHERE id = ?", (did,)))
    insider(svc, ("DELETE FROM decisions WHERE id = ?", (did,)))
    for report in both_ways(svc):
        assert {d.item_id for d in report.disagreements} == {item}, report.lines()
        assert any("ontbreekt in de kluis" in d.problem for d in report.disagreements)


def test_a_decision_given_a_language_is_named_and_a_mix_with_old_rows_is_clean(
    svc: Service,
) -> None:
    """Rows from before schema 10 name no language (accepted); a row that names another
    language than its request's is not, also among rows that name none."""
    db = svc.vault.db
    did = middle(svc, "decisions")
    item = int(db.scalar("SELECT item_id FROM decisions WHERE id = ?", (did,)))
    language = str(
        db.scalar(
            "SELECT r.language FROM consent_items i JOIN consent_requests r "
            "ON r.id = i.request_id WHERE i.id = ?",
            (item,),
        )
    )
    insider(svc, ("UPDATE decisions SET language = ? WHERE id = ?", (language, did)))
    for report in both_ways(svc):
        assert report.ok, report.lines()  # a mix of named and unnamed: no false alarm
    other = "ar" if language != "ar" else "en"
    insider(svc, ("UPDATE decisions SET language = ? WHERE id = ?", (other, did)))
    for report in both_ways(svc):
        only_item_named(report, svc, item, "taal")
