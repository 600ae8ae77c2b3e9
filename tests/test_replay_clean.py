"""State follows events without false alarms: every normal way of writing consent state
(desk, signing mode in another language, e-mail and app replies, expiry, withdrawal with
notifications, weighings and disclosures, erasure, bulk data, the demo vault, and vaults of
older schema versions whose events lack the newer facts) replays clean. Plus the replay split
over real child processes, and the unlock check that leaves a large vault's replay for later."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from forms_scenario import build as build_scenario
from mail_corpus import build_corpus
from mail_support import RemoteVault
from records_support import populate
from replay_support import attacker_connection
from test_signing_core import wave

from toestemming import replay_health
from toestemming.clock import FixedClock
from toestemming.devtools.demo import create_demo_vault
from toestemming.model import SignerRef
from toestemming.replay import replay
from toestemming.replay_split import replay_split, scopes
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path
from toestemming.usecases.consent import ItemSpec

PASS = "correct horse battery staple"
START = datetime(2026, 11, 23, 10, tzinfo=UTC)
DATA = Path(__file__).parent / "data"
CORPUS = build_corpus()


def clean(svc: Service) -> None:
    """The replay agrees, through the service and the unlock check alike."""
    report = svc.replay()
    assert report.ok, report.lines()
    assert report.rows > 0 and report.events > 0
    assert svc.integrity_problems() == []


def reopened_clean(path: Path, passphrase: str = PASS) -> None:
    again = Service.open(path, passphrase, check=True)
    try:
        assert not again.read_only, again.health_report and again.health_report.problems
        assert again.health_report is not None and again.health_report.ok
        assert not again.state_check_pending  # small: replayed inside the check
    finally:
        again.close()


def test_records_of_every_kind_then_erasure(service: Service, clock: FixedClock) -> None:
    """Withdrawal + notification, weighing + disclosure on another basis, a note and a
    reason (checked against their commitments), then the youth erased: free text emptied and
    salts gone, still no disagreement."""
    m = populate(service)
    clean(service)
    service.retention.erase(m.youth_id, "request")
    assert service.vault.db.scalar("SELECT count(*) FROM item_actions WHERE reason != ''") == 0
    clean(service)
    path = service.vault.path
    service.close()  # one writer at a time: closed at the desk, opened again
    reopened_clean(path)


def test_csv_import_then_consent_for_an_imported_youth(
    service: Service, catalog: SimpleNamespace
) -> None:
    data = (
        "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;School\n"
        "1001;Daan;de;Vries;3-9-2008;MBO Utrecht\n"
        "1002;Sanne;;Ødegaard;15.06.2009;VSO Kompas\n"
    ).encode()
    result = service.youth_import.import_youths(service.youth_import.preview(data).importable)
    assert result.added == 2
    youth = service.people.search("Daan")[0]
    c = catalog
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    clean(service)


def test_transition_scenario_with_tablet_evidence_and_mail_withdrawal(
    service: Service, clock: FixedClock
) -> None:
    build_scenario(service, clock)
    clean(service)


def test_signing_mode_in_english_with_a_signed_withdrawal(
    service: Service, catalog: SimpleNamespace, make_youth, clock: FixedClock
) -> None:
    c = catalog
    service.catalog.revise_purpose(c.werk.id, "Guidance to work", "So you get help.", "en")
    service.catalog.revise_purpose(c.leerplicht.id, "School attendance", "So it knows.", "en")
    youth = make_youth(17).youth
    request = service.consents.create_request(
        youth.id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.leerplicht.id, c.rbl.id, (c.contact.id, c.gezondheid.id)),
        ],
    )
    session = service.signing.session(request.id)
    a, b = (i.item_id for i in session.items)
    texts = service.consents.item_texts(request.id)
    shown = {i: texts[i]["en"][1] for i in (a, b)}
    me = SignerRef.youth(youth.id)
    started = clock.now()
    clock.advance(timedelta(minutes=2))
    service.signing.sign_decisions(
        request.id, me, "en", {a: "yes", b: "yes"}, {b}, shown, wave(), started
    )
    clean(service)  # decisions name the English text's hash and language
    clock.advance(timedelta(days=3))
    service.signing.sign_withdrawal([a], me, "en", wave(), clock.now())
    clean(service)


def test_mail_and_app_replies_confirmed_and_a_request_expired(rv: RemoteVault) -> None:
    svc = rv.svc
    rv.clock.advance(timedelta(days=1, hours=1))
    svc.remote.confirm(svc.remote.read_reply(CORPUS["gmail_quoted.eml"]))
    svc.remote.confirm(svc.remote.read_reply(CORPUS["special_ack.eml"]))
    clean(svc)
    svc.remote.confirm(svc.remote.read_reply(CORPUS["apple_withdrawal.eml"]))
    svc.remote.export_eml(rv.noor_request.id, SignerRef.youth(rv.noor.id))
    rv.clock.advance(timedelta(days=svc.remote.settings().expiry_days, hours=1))
    assert svc.remote.expire_overdue() == [rv.noor_request.id]
    clean(svc)  # the expiry's item actions, matched by the ids the event now lists


def test_bulk_data_replays_clean_in_one_process_and_split(tmp_path: Path) -> None:
    from toestemming.devtools.bulk import synthetic_generator, write_synthetic
    from toestemming.devtools.seed import seed_catalog

    svc, _ = Service.create(tmp_path / "b.tvault", "B", "B", PASS, FixedClock(START), KdfParams())
    try:
        seed_catalog(svc)
        gen = synthetic_generator(svc, items_per_youth=7)
        for _ in range(2):
            write_synthetic(svc, gen.batch(40))
        clean(svc)
        spec = svc.vault.reader_spec()
        split = replay_split(svc.vault.db, spec, 2)
        assert split.ok and split.processes == 2
        assert split.rows == replay(svc.vault.db).rows  # every row compared exactly once
    finally:
        svc.close()


def test_split_ranges_cover_every_id_and_catch_an_edit_in_any_range(tmp_path: Path) -> None:
    from toestemming.devtools.bulk import synthetic_generator, write_synthetic
    from toestemming.devtools.seed import seed_catalog

    svc, _ = Service.create(tmp_path / "s.tvault", "S", "S", PASS, FixedClock(START), KdfParams())
    try:
        seed_catalog(svc)
        gen = synthetic_generator(svc, items_per_youth=5)
        write_synthetic(svc, gen.batch(60))
        db = svc.vault.db
        parts = scopes(db, 2)
        assert parts[0].requests[0] < -(2**62) and parts[-1].items[1] > 2**62
        assert parts[0].requests[1] + 1 == parts[1].requests[0]
        assert parts[0].items[1] + 1 == parts[1].items[0]
        first, last = (int(db.scalar(f"SELECT {f}(id) FROM decisions")) for f in ("min", "max"))
        conn = attacker_connection(svc)
        conn.execute("DROP TRIGGER decisions_no_update")
        conn.execute(
            "UPDATE decisions SET answer = CASE answer WHEN 'yes' THEN 'no' ELSE 'yes' END "
            "WHERE id IN (?, ?)",
            (first, last),
        )
        conn.close()
        report = replay_split(db, svc.vault.reader_spec(), 2)
        assert report.processes == 2
        found = {d.item_id for d in report.disagreements if "antwoord" in d.problem}
        items = {
            int(db.scalar("SELECT item_id FROM decisions WHERE id = ?", (d,)))
            for d in (first, last)
        }
        assert found == items  # one edit in each range, both found
    finally:
        svc.close()


def test_demo_vault_replays_clean(tmp_path: Path) -> None:
    path = tmp_path / "demo.tvault"
    create_demo_vault(path, PASS, youths=20, kdf=KdfParams())
    svc = Service.open(path, PASS, check=True)
    try:
        assert not svc.read_only and svc.health_report is not None and svc.health_report.ok
        clean(svc)
    finally:
        svc.close()


@pytest.mark.parametrize("version", [1, 11, 12])
def test_saved_vaults_of_older_versions_replay_clean(tmp_path: Path, version: int) -> None:
    """Their events were written before the moments and expiry ids were logged: the replay
    compares what they do say and accepts the rest within the documented slack."""
    source = DATA / f"vault_v{version}.tvault"
    target = tmp_path / source.name
    shutil.copy(source, target)
    shutil.copy(header_path(source), header_path(target))
    svc = Service.open(target, PASS, check=True)
    try:
        assert svc.health_report is not None and svc.health_report.ok, svc.health_report
        clean(svc)
        assert svc.replay().rows >= 5
    finally:
        svc.close()


def test_a_large_vault_opens_before_its_replay(
    service: Service, catalog: SimpleNamespace, make_youth, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the inline limit the unlock check leaves the replay for later (the UI runs it
    after the window is shown); handing in its report applies it like the check would."""
    c = catalog
    youth = make_youth(17).youth
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    path = service.vault.path
    service.close()  # one writer at a time: the desk closes before the next unlock
    monkeypatch.setattr(replay_health, "INLINE_UNITS", 0)
    svc = Service.open(path, PASS, check=True)
    try:
        assert svc.state_check_pending and not svc.read_only
        report = replay_health.replay_apart(svc)
        assert report.ok
        replay_health.accept(svc, report)
        assert not svc.state_check_pending and not svc.read_only
    finally:
        svc.close()
    # A user-requested (deep) health check never defers.
    svc = Service.open(path, PASS)
    try:
        assert svc.health(deep=True).ok and not svc.state_check_pending
    finally:
        svc.close()
