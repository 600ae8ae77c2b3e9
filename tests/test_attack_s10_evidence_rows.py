"""Another youth's evidence packed as this request's proof (issue 20, session 10).

A proof export packs, besides each decision's own evidence, what `signing_sessions` and
`remote_messages` name for the request: the tablet's signature picture and strokes, the exact
message sent. Both tables refuse an UPDATE, but not an INSERT, and no replay compared them with
their events (signing.completed, remote.sent). So an insider with the passphrase added a
session row naming Marek's signature under Youssef's request, and a message row naming
Marek's withdrawal e-mail: `check` said nothing, the export packed Marek's signature as
Youssef's "handtekening", and `verify` called the package in order — the file's own
`evidence.added` event was in the signed log, and nothing asked whose it was.

Now `check` names each row without its event (no names, no values), and `verify` accepts an
evidence file only when an audited event of the package's own request names it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE
from forms_scenario import Scenario, build
from replay_support import NAMES, attacker_connection

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock, to_iso
from toestemming.proof import verify
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT
from toestemming.service import Service

ANOTHER_YOUTHS = "hoort dit bewijsstuk niet bij dit verzoek"


@pytest.fixture
def scenario(service: Service, clock: FixedClock) -> Scenario:
    return build(service, clock)


def insert(service: Service, sql: str, params: tuple[object, ...]) -> None:
    """An INSERT with sqlcipher3 and the data key the legitimate unlock gave; the guard
    triggers (which refuse UPDATE and DELETE) stay in place: they allow it."""
    conn = attacker_connection(service)
    try:
        conn.execute(sql, params)
    finally:
        conn.close()


def check(service: Service, path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> str:  # type: ignore[no-untyped-def]
    if service.writer_guard.lock is not None:
        service.writer_guard.lock.release()
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    code = cli_main(["check", "--vault", str(path)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert code == 1, text
    assert "Traceback" not in text and not any(n in text for n in NAMES), text
    return text


def test_the_untouched_vault_and_its_package_are_in_order(
    service: Service, scenario: Scenario, tmp_path: Path
) -> None:
    path = service.forms.proof.export_request(scenario.youssef_request.id, tmp_path / "y.zip")
    assert verify(path, expected_key=service.public_key).exit_code == EXIT_AUTHENTIC
    assert service.replay().ok


def test_a_tablet_session_naming_another_youths_signature(
    service: Service,
    scenario: Scenario,
    tmp_path: Path,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    now = to_iso(service.clock.now())
    request = scenario.youssef_request
    insert(
        service,
        "INSERT INTO signing_sessions(kind, request_id, youth_id, signer_kind, signer_id, "
        "signer_role, language, started_at, signed_at, signature_evidence_id, "
        "strokes_evidence_id, worker_id) VALUES ('decisions',?,?,'youth',?,'youth','nl',?,?,?,?,1)",
        (
            request.id,
            scenario.youssef,
            scenario.youssef,
            now,
            now,
            scenario.signature_id,
            scenario.eml_id,
        ),
    )
    path = service.forms.proof.export_request(request.id, tmp_path / "y.zip")
    report = verify(path, expected_key=service.public_key)
    assert report.exit_code == EXIT_NOT_INTACT
    shown = [p for p in report.problems if ANOTHER_YOUTHS in p]
    assert {p.split(":")[0] for p in shown} == {
        f"bewijsstukken/{scenario.signature_id}-signature.png",
        f"bewijsstukken/{scenario.eml_id}-eml.eml",
    }, report.problems
    text = check(service, vault_path, monkeypatch, capsys)
    assert "ondertekening op de tablet nr. 1" in text and "signing_sessions" in text, text


def test_a_sent_message_naming_another_youths_e_mail(
    service: Service,
    scenario: Scenario,
    tmp_path: Path,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    request = scenario.youssef_request
    insert(
        service,
        "INSERT INTO remote_messages(request_id, kind, via, signer_kind, signer_id, "
        "message_id, sent_at, worker_id, evidence_id) VALUES (?,'request','eml','youth',?,"
        "'<x@example.nl>',?,1,?)",
        (request.id, scenario.youssef, to_iso(service.clock.now()), scenario.eml_id),
    )
    path = service.forms.proof.export_request(request.id, tmp_path / "y.zip")
    report = verify(path, expected_key=service.public_key)
    assert report.exit_code == EXIT_NOT_INTACT
    assert any(
        p.startswith(f"bewijsstukken/{scenario.eml_id}-") and ANOTHER_YOUTHS in p
        for p in report.problems
    ), report.problems
    text = check(service, vault_path, monkeypatch, capsys)
    assert f"verzonden bericht bij verzoek nr. {request.id}" in text, text
    assert "remote_messages" in text


def test_a_transition_form_version_added_by_hand(
    service: Service,
    scenario: Scenario,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The insider adds a version 2 of Marek's transitieformulier (the append-only trigger
    allows an INSERT) with another perspective: the desk now prints it as his form."""
    from forms_scenario import transition_data

    saved = service.forms.save_transition_form(scenario.marek, transition_data(None))
    data = service.vault.db.scalar("SELECT data FROM transition_forms WHERE id = ?", (saved.id,))
    insert(
        service,
        "INSERT INTO transition_forms(youth_id, version, request_id, data, saved_at, worker_id) "
        "VALUES (?, 2, NULL, ?, ?, 1)",
        (
            scenario.marek,
            str(data).replace("Doel: een vaste baan", "Doel: dagbesteding"),
            to_iso(service.clock.now()),
        ),
    )
    assert service.forms.transition_form(scenario.marek).version == 2  # what the desk shows
    text = check(service, vault_path, monkeypatch, capsys)
    assert f"transitieformulier nr. {saved.id + 1}" in text and "transition_forms" in text, text


def test_genuine_forms_sessions_and_messages_replay_clean_also_after_an_erasure(
    service: Service, scenario: Scenario
) -> None:
    """The control: saved form versions agree with their events, and an erased youth's
    versions (deleted with the youth's data) are not called missing."""
    from forms_scenario import transition_data

    from toestemming.model import ItemStatus, SignerRef

    service.forms.save_transition_form(scenario.marek, transition_data(None))
    service.forms.save_transition_form(scenario.marek, transition_data(scenario.request.id))
    assert service.replay().ok
    open_items = [
        v.item_id
        for v in service.consents.items_for_youth(scenario.marek)
        if v.status.status in (ItemStatus.GIVEN, ItemStatus.REQUESTED)
    ]
    service.withdrawals.withdraw(open_items, SignerRef.youth(scenario.marek), "desk")
    service.retention.erase(scenario.marek, "request")
    assert not service.vault.db.scalar("SELECT count(*) FROM transition_forms")
    report = service.replay()
    assert report.ok, report
