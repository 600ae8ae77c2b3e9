"""Retention: the worklist of youths due, and erasure that removes personal data and evidence
but keeps the audit chain and signed checkpoints verifiable. Erased items stay countable."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from records_support import MARKERS, Populated, decrypted_pages, hits, populate, table_dump

from toestemming.audit import commitment
from toestemming.clock import FixedClock
from toestemming.errors import NotFoundError, RuleViolation, ValidationError
from toestemming.model import Policy, SignerRef
from toestemming.service import Service
from toestemming.store.db import DatabaseError
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.people import committed_values
from toestemming.usecases.retention import add_years

PASS = "correct horse battery staple"


@pytest.fixture
def vault(tmp_path: Path, clock: FixedClock) -> Iterator[tuple[Service, Populated]]:
    svc, _ = Service.create(
        tmp_path / "kluis.tvault", "Testschool", "Anna de Tester", PASS, clock, kdf=KdfParams()
    )
    marked = populate(svc)
    try:
        yield svc, marked
    finally:
        svc.close()


def _counts(svc: Service) -> int:
    return svc.vault.db.total_changes


def test_nobody_is_due_while_the_period_runs(
    vault: tuple[Service, Populated], clock: FixedClock
) -> None:
    svc, m = vault
    case = svc.retention.case(m.youth_id)
    assert case.reference == clock.today()  # the last disclosure/withdrawal happened today
    assert case.due_on == add_years(clock.today(), 7)
    assert svc.retention.due() == []
    before = _counts(svc)
    with pytest.raises(RuleViolation) as exc:
        svc.retention.erase(m.youth_id)
    assert f"{case.due_on:%d-%m-%Y}" in exc.value.message
    assert _counts(svc) == before  # nothing written


def test_worklist_after_the_period(vault: tuple[Service, Populated], clock: FixedClock) -> None:
    svc, m = vault
    # The other youth has an open request valid for a year: not due with the first one.
    werk = svc.catalog.purposes()[0].id
    uwv = svc.catalog.recipients()[0].id
    contact = svc.catalog.categories()[0].id
    svc.consents.create_request(m.other_youth_id, [ItemSpec(werk, uwv, (contact,))])
    clock.advance(timedelta(days=7 * 366))
    due = svc.retention.due()
    assert [c.youth_id for c in due] == [m.youth_id]
    assert "wissen kan vanaf" in due[0].reason()
    svc.set_policy(Policy(retention_years=10))
    assert svc.retention.due() == []


def test_leaving_moves_the_reference(vault: tuple[Service, Populated], clock: FixedClock) -> None:
    svc, m = vault
    clock.advance(timedelta(days=400))
    svc.retention.mark_left(m.youth_id, clock.today() - timedelta(days=10))
    case = svc.retention.case(m.youth_id)
    assert case.reference == clock.today() - timedelta(days=10)
    assert case.reference_kind == "Uitgestroomd"
    day = f"{case.reference:%d-%m-%Y}"
    assert (
        case.reason().text_in("en")
        == f"Left on {day}; erasure possible from {case.due_on:%d-%m-%Y}"
    )
    assert case.reason() == f"Uitgestroomd op {day}; wissen kan vanaf {case.due_on:%d-%m-%Y}"
    with pytest.raises(ValidationError):
        svc.retention.mark_left(m.youth_id, clock.today() + timedelta(days=1))
    with pytest.raises(ValidationError):
        svc.retention.mark_left(m.youth_id, "31-02-2026")
    svc.retention.mark_left(m.youth_id, None)
    assert svc.retention.case(m.youth_id).reference_kind != "Uitgestroomd"


def test_29_february_plus_years_is_1_march() -> None:
    assert add_years(date(2024, 2, 29), 7) == date(2031, 3, 1)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def _salted_events(svc: Service, youth_id: int) -> dict[int, bytes]:
    return {
        int(r[0]): bytes(r[1])
        for r in svc.vault.db.query(
            "SELECT s.seq, s.salt FROM event_salts s JOIN events e ON e.seq = s.seq "
            "WHERE json_extract(CAST(e.body AS TEXT), '$.data.youth') = ?",
            (youth_id,),
        )
    }


def test_erasure_removes_personal_data_and_keeps_the_proof(
    vault: tuple[Service, Populated], clock: FixedClock
) -> None:
    svc, m = vault
    svc.checkpoint()
    youth_before = svc.people.youth(m.youth_id)
    salts = _salted_events(svc, m.youth_id)
    other_salts = _salted_events(svc, m.other_youth_id)
    assert salts and other_salts
    action_salts = (
        "SELECT count(*) FROM event_salts s JOIN events e ON e.seq = s.seq "
        "WHERE e.kind = 'item.revoke'"
    )
    assert svc.vault.db.scalar(action_salts) == 1  # the revoke reason: a salted commitment
    # Before: the youth.added commitment can be opened with its salt.
    seq_added = min(salts)
    body = svc.vault.db.scalar("SELECT body FROM events WHERE seq = ?", (seq_added,))
    # (the values youth.added commits to: since session 19 the student number too, atk22)
    personal = committed_values(youth_before)
    assert commitment(salts[seq_added], personal) in bytes(body).decode()
    dump = table_dump(svc)

    clock.advance(timedelta(days=7 * 366))
    record = svc.retention.erase(m.youth_id)
    after = table_dump(svc)

    # The proof skeleton is untouched: every event and checkpoint byte for byte.
    assert after["events"][: len(dump["events"])] == dump["events"]
    assert after["checkpoints"] == dump["checkpoints"]
    for table in ("decisions", "withdrawals", "consent_items", "consent_requests"):
        assert after[table] == dump[table], table
    report = svc.verify_audit(deep=True)
    assert report.ok, report.describe()
    assert svc.integrity_problems() == []  # the item_state cache matches the erased rows

    # The personal data is gone.
    youth = svc.people.youth(m.youth_id)
    assert youth.erased and youth.given_name == "(gewist)" and youth.email == ""
    assert svc.people.search(MARKERS["family"][:5]) == []
    assert _salted_events(svc, m.youth_id) == {}
    assert svc.vault.db.scalar(action_salts) == 0  # the reason's salt went too
    assert _salted_events(svc, m.other_youth_id) == other_salts
    reps = svc.vault.db.query(
        "SELECT name, email FROM representatives WHERE youth_id = ?", (m.youth_id,)
    )
    assert [tuple(r) for r in reps] == [("(gewist)", "")]
    with pytest.raises(NotFoundError) as exc:
        svc.evidence.content(m.evidence_id)
    assert "gewist" in exc.value.message
    assert svc.evidence.info(m.evidence_id).sha256  # its hash stays, as in the chain
    a = svc.sharing.assessment(m.assessment_id)
    assert (a.basis_motivation, a.subsidiarity) == ("", "")
    assert all(d.note == "" for d in svc.sharing.disclosures(m.youth_id))
    reasons = svc.vault.db.query("SELECT reason FROM item_actions")
    assert [r[0] for r in reasons] == [""]

    # Countable: what there was, and when it was erased.
    assert record.items == 2 and record.representatives == 1 and record.evidence == 1
    assert record.describe().startswith("2 toestemmingen (")
    assert f"gewist op {clock.today():%d-%m-%Y}" in record.describe()
    assert svc.retention.erasures() == [record]
    assert len(svc.consents.items_for_youth(m.youth_id)) == 2
    # Only the other youth (registered, nothing since) is still on the worklist.
    assert [c.youth_id for c in svc.retention.due()] == [m.other_youth_id]


def test_erased_data_is_gone_from_the_file_itself(
    vault: tuple[Service, Populated], clock: FixedClock
) -> None:
    """Decrypt every page of the database: no marker in any row, free space or old cell."""
    svc, m = vault
    key = svc.vault.current_data_key()
    path = svc.vault.path
    svc.vault.db.checkpoint_wal()
    assert len(hits(decrypted_pages(path, key))) >= 8  # the check can see the markers
    svc.retention.erase(m.youth_id, "request")
    assert hits(decrypted_pages(path, key)) == []
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_erasure_on_request_needs_closed_items(
    vault: tuple[Service, Populated], clock: FixedClock
) -> None:
    svc, m = vault
    werk = svc.catalog.purposes()[0].id
    uwv = svc.catalog.recipients()[0].id
    contact = svc.catalog.categories()[0].id
    svc.consents.create_request(m.other_youth_id, [ItemSpec(werk, uwv, (contact,))])
    before = _counts(svc)
    with pytest.raises(RuleViolation) as exc:
        svc.retention.erase(m.other_youth_id, "request")
    assert "Trek ze eerst in" in exc.value.message
    with pytest.raises(ValidationError):
        svc.retention.erase(m.other_youth_id, "omdat het kan")
    assert _counts(svc) == before


def test_unnotified_recipients_block_erasure(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    youth = make_youth(17).youth
    req = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = req.items[0].id
    service.consents.record_decisions(req.id, SignerRef.youth(youth.id), {item: "yes"}, "desk")
    service.sharing.record_disclosure(youth.id, c.uwv.id, c.werk.id, [c.contact.id])
    result = service.withdrawals.withdraw([item], SignerRef.youth(youth.id), "desk")
    with pytest.raises(RuleViolation) as exc:
        service.retention.erase(youth.id, "request")
    assert "art. 19" in exc.value.message
    ((wid, recipient),) = result.recipients_to_notify
    service.withdrawals.mark_notified(wid, recipient.id)
    assert service.retention.erase(youth.id, "request").items == 1


def test_erased_stays_erased(vault: tuple[Service, Populated]) -> None:
    svc, m = vault
    svc.retention.erase(m.youth_id, "request")
    with pytest.raises(ValidationError):
        svc.people.update_youth(m.youth_id, given_name="Terug")
    with pytest.raises(ValidationError):
        svc.retention.erase(m.youth_id, "request")
    with pytest.raises(ValidationError):
        svc.retention.mark_left(m.youth_id, None)
    db = svc.vault.db
    for sql in (
        "UPDATE youths SET given_name = 'Terug' WHERE id = 1",
        "UPDATE erasures SET ground = 'request'",
        "DELETE FROM erasures",
    ):
        with pytest.raises(DatabaseError), db.transaction():
            db.execute(sql)


def test_erase_only_triggers_protect_the_living(vault: tuple[Service, Populated]) -> None:
    """Free text in append-only tables can only be emptied, and only for an erased youth."""
    svc, m = vault
    db = svc.vault.db
    for sql in (
        "UPDATE assessments SET basis_motivation = ''",
        "UPDATE disclosures SET note = ''",
        "UPDATE item_actions SET reason = ''",
    ):
        with pytest.raises(DatabaseError), db.transaction():
            db.execute(sql)
    svc.retention.erase(m.youth_id, "request")
    for sql in (
        "UPDATE assessments SET basis_motivation = 'weer iets'",
        "UPDATE assessments SET basis = 'contract'",
        "UPDATE disclosures SET disclosed_at = '2001-01-01T00:00:00.000000Z'",
        "DELETE FROM assessments",
    ):
        with pytest.raises(DatabaseError), db.transaction():
            db.execute(sql)


def test_bad_ids_are_typed_errors(vault: tuple[Service, Populated]) -> None:
    svc, _ = vault
    before = _counts(svc)
    for bad in (0, -1, 987_654, "1", None, True, 1.5):
        with pytest.raises((ValidationError, NotFoundError)):
            svc.retention.erase(bad)  # type: ignore[arg-type]
        with pytest.raises((ValidationError, NotFoundError)):
            svc.retention.case(bad)  # type: ignore[arg-type]
    assert _counts(svc) == before


def test_erasure_reaches_mails_sent_for_the_youth(vault: tuple[Service, Populated]) -> None:
    """A request mailed to the youth is kept as evidence (.eml with name and address) and its
    event commits to the address: both go with the erasure."""
    from toestemming.capture.settings import RemoteSettings

    svc, m = vault
    svc.remote.set_settings(RemoteSettings(reply_address="balie@school.example"))
    werk = svc.catalog.purposes()[0].id
    uwv = svc.catalog.recipients()[0].id
    contact = svc.catalog.categories()[0].id
    request = svc.consents.create_request(m.youth_id, [ItemSpec(werk, uwv, (contact,))])
    eml, sent = svc.remote.export_eml(request.id, SignerRef.youth(m.youth_id))
    assert hits(eml) and sent.evidence_id is not None
    svc.consents.act_on_item(request.items[0].id, "revoke", "Niet meer nodig.")
    seq = svc.vault.db.scalar("SELECT max(seq) FROM events WHERE kind = 'remote.sent'")
    assert svc.vault.db.scalar("SELECT count(*) FROM event_salts WHERE seq = ?", (seq,)) == 1
    record = svc.retention.erase(m.youth_id, "request")
    assert record.evidence == 2  # the signed scan and the mail
    with pytest.raises(NotFoundError):
        svc.evidence.content(sent.evidence_id)
    assert svc.vault.db.scalar("SELECT count(*) FROM event_salts WHERE seq = ?", (seq,)) == 0
    assert hits(decrypted_pages(svc.vault.path, svc.vault.current_data_key())) == []
    assert svc.verify_audit(deep=True).ok
