"""A saved transitieformulier rewritten behind the log's back (issue 20, session 11).

Each version's event (transition_form.saved) carries a salted commitment of the version's
content, but nothing compared it: an insider with the passphrase rewrote a saved version —
another perspective, another internship — and `check` said the vault agreed with its log, the
desk printed the new text as the saved version, and the inzage (what a youth gets when they
ask what we hold) showed it too. The append-only trigger is no obstacle: it is dropped and put
back, or the row is deleted (erasure may delete versions) and inserted again.

Now `check` names the version (form number, youth number, version — no name, no content) and
the column, and the desk refuses to print, save or show in an inzage a version that differs."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE
from forms_scenario import Scenario, build, transition_data
from replay_support import NAMES, attacker_connection, lifted_edit

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock
from toestemming.errors import IntegrityFailure
from toestemming.service import Service

CONTENT = "transition_forms.data"


@pytest.fixture
def scenario(service: Service, clock: FixedClock) -> Scenario:
    return build(service, clock)


def insider(service: Service, *statements: tuple[str, tuple[object, ...]]) -> None:
    conn = attacker_connection(service)
    try:
        lifted_edit(conn, list(statements), must_hit=True)
    finally:
        conn.close()


def check(service: Service, path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    if service.writer_guard.lock is not None:
        service.writer_guard.lock.release()
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    code = cli_main(["check", "--vault", str(path)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text and not any(n in text for n in NAMES), text
    assert "Doel:" not in text and "Bakkerij" not in text, text  # no content either
    return code, text


def stored(service: Service, form_id: int) -> str:
    return str(
        service.vault.db.scalar("SELECT data FROM transition_forms WHERE id = ?", (form_id,))
    )


def refused_everywhere(service: Service, youth: int) -> None:
    """The desk neither prints nor saves the version, nor shows it in an inzage."""
    with pytest.raises(IntegrityFailure) as caught:
        service.forms.render_transition_form(youth)
    assert "logboek" in caught.value.message and "Versie 1" in caught.value.message
    with pytest.raises(IntegrityFailure):
        service.forms.render_inzage(youth)


def test_a_rewritten_perspective_is_caught_by_check_and_not_printed(
    service: Service,
    scenario: Scenario,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    saved = service.forms.save_transition_form(scenario.marek, transition_data(None))
    service.forms.render_transition_form(scenario.marek)  # the genuine version prints
    data = stored(service, saved.id)
    insider(
        service,
        (
            "UPDATE transition_forms SET data = ? WHERE id = ?",
            (data.replace("Doel: een vaste baan", "Doel: dagbesteding"), saved.id),
        ),
    )
    assert "dagbesteding" in service.forms.transition_form(scenario.marek).data.perspective_notes
    refused_everywhere(service, scenario.marek)
    code, text = check(service, vault_path, monkeypatch, capsys)
    assert code == 1, text
    assert f"transitieformulier nr. {saved.id} (jongere nr. {scenario.marek}, versie 1)" in text
    assert CONTENT in text, text


def test_a_version_deleted_and_inserted_again_with_another_internship_is_caught(
    service: Service,
    scenario: Scenario,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No trigger touched: DELETE is allowed (erasure deletes versions), INSERT too; same id,
    youth, version, request, save moment and worker — only the content differs."""
    saved = service.forms.save_transition_form(scenario.marek, transition_data(scenario.request.id))
    row = service.vault.db.query_one(
        "SELECT id, youth_id, version, request_id, data, saved_at, worker_id "
        "FROM transition_forms WHERE id = ?",
        (saved.id,),
    )
    assert row is not None
    forged = str(row[4]).replace("Bakkerij De Korenschoof", "Slachterij Van Dam")
    conn = attacker_connection(service)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM transition_forms WHERE id = ?", (saved.id,))
        conn.execute(
            "INSERT INTO transition_forms(id, youth_id, version, request_id, data, saved_at, "
            "worker_id) VALUES (?,?,?,?,?,?,?)",
            (row[0], row[1], row[2], row[3], forged, row[5], row[6]),
        )
        conn.execute("COMMIT")
    finally:
        conn.close()
    refused_everywhere(service, scenario.marek)
    code, text = check(service, vault_path, monkeypatch, capsys)
    assert code == 1 and CONTENT in text, text


def test_deleting_the_salt_does_not_hide_a_rewrite(
    service: Service,
    scenario: Scenario,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Erasure deletes salts (event_salts allows DELETE); the insider does the same for one
    youth who is not erased, so the commitment cannot be recomputed: that is no pass."""
    saved = service.forms.save_transition_form(scenario.marek, transition_data(None))
    seq = service.vault.db.scalar(
        "SELECT max(seq) FROM events WHERE kind = 'transition_form.saved'"
    )
    data = stored(service, saved.id)
    insider(
        service,
        ("DELETE FROM event_salts WHERE seq = ?", (seq,)),
        ("UPDATE transition_forms SET data = ? WHERE id = ?", (data.replace("16", "40"), saved.id)),
    )
    refused_everywhere(service, scenario.marek)
    code, text = check(service, vault_path, monkeypatch, capsys)
    assert code == 1 and CONTENT in text, text


def test_an_older_version_rewritten_is_caught_while_the_latest_still_prints(
    service: Service,
    scenario: Scenario,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = service.forms.save_transition_form(scenario.marek, transition_data(None))
    service.forms.save_transition_form(scenario.marek, transition_data(scenario.request.id))
    data = stored(service, first.id)
    insider(
        service,
        ("UPDATE transition_forms SET data = ? WHERE id = ?", (data.replace("24", "8"), first.id)),
    )
    assert service.forms.render_transition_form(scenario.marek)[:4] == b"%PDF"  # version 2
    code, text = check(service, vault_path, monkeypatch, capsys)
    assert code == 1 and f"transitieformulier nr. {first.id} (jongere nr." in text, text
    assert f"nr. {first.id + 1} " not in text


def test_genuine_versions_print_and_check_clean_also_after_an_erasure(
    service: Service, scenario: Scenario
) -> None:
    """The control: unedited versions agree (content included) and print; an erased youth's
    versions and salts are gone and nothing is reported missing."""
    service.forms.save_transition_form(scenario.marek, transition_data(None))
    service.forms.save_transition_form(scenario.marek, transition_data(scenario.request.id))
    assert service.replay().ok
    assert service.forms.render_transition_form(scenario.marek)[:4] == b"%PDF"
    assert service.forms.render_inzage(scenario.marek)[:4] == b"%PDF"


def test_a_backdated_save_moment_is_caught_and_not_printed_in_the_inzage(
    service: Service,
    scenario: Scenario,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The inzage prints "Versie 1, opgeslagen op …" from the row: the insider moves it a
    year back (before a complaint, say); content untouched."""
    saved = service.forms.save_transition_form(scenario.marek, transition_data(None))
    insider(
        service,
        (
            "UPDATE transition_forms SET saved_at = '2025-01-06T09:00:00.000000Z' WHERE id = ?",
            (saved.id,),
        ),
    )
    refused_everywhere(service, scenario.marek)
    code, text = check(service, vault_path, monkeypatch, capsys)
    assert code == 1 and "transition_forms.saved_at" in text, text
