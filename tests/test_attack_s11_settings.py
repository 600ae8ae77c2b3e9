"""Organisation policy that reads differently from what `check` compares (issue 20, s11).

`check` compared str() of each stored policy value with the logged str() of it, but the rules
read the raw JSON: an insider with the passphrase wrote {"co_decision_12_15": "False"} — a
string, truthy — into meta.policy. `check` saw "False" == "False" and called the vault in
order, while every 12-15-year-old now co-decided with their parents (the youth became one of
the signers); "365" as a string for the validity agreed too. A policy that is not JSON at all
made `check` end in a traceback.

Now the policy is read strictly (policy_store.py): a value of another type counts as the
default and `check` — also at unlock, which makes the vault read-only — names the field."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from pathlib import Path

import pytest
from conftest import PASSPHRASE, YouthCase
from replay_support import attacker_connection, lifted_edit

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock
from toestemming.model import Policy
from toestemming.rules import Regime, who_must_decide
from toestemming.service import Service


def write_policy(service: Service, raw: str) -> None:
    conn = attacker_connection(service)
    try:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('policy', ?)", (raw,))
    finally:
        conn.close()


def check(service: Service, path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    service.close()
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    code = cli_main(["check", "--vault", str(path)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text, text
    return code, text


def looks_logged(**changes: object) -> str:
    """The policy as set_policy stores it, with the insider's values of another type."""
    stored = {k: (v.value if hasattr(v, "value") else v) for k, v in asdict(Policy()).items()}
    return json.dumps(stored | changes, sort_keys=True)


def test_co_decision_written_as_the_string_false_is_caught_and_not_obeyed(
    service: Service,
    make_youth,  # type: ignore[no-untyped-def]
    vault_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    young: YouthCase = make_youth(13, parents=2)
    service.set_policy(replace(service.policy(), co_decision_12_15=False))  # logged "False"
    write_policy(service, looks_logged(co_decision_12_15="False"))
    code, text = check(service, vault_path, monkeypatch, capsys)
    assert code == 1 and "meta.policy.co_decision_12_15" in text, text
    reopened = Service.open(vault_path, PASSPHRASE, clock=clock, check=True)
    try:
        assert reopened.read_only  # the unlock check found it too
        assert reopened.policy().co_decision_12_15 is False
        requirement = who_must_decide(young.youth, young.parents, reopened.policy(), clock.today())
        assert requirement.regime == Regime.PARENTS  # the 13-year-old is not a signer
    finally:
        reopened.close()


def test_a_validity_written_as_a_string_is_caught(
    service: Service,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write_policy(service, looks_logged(default_validity_days="365"))
    code, text = check(service, vault_path, monkeypatch, capsys)
    assert code == 1 and "meta.policy" in text, text


def test_a_policy_that_is_not_json_is_named_not_a_traceback(
    service: Service,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write_policy(service, '{"parent_policy": "one"')
    code, text = check(service, vault_path, monkeypatch, capsys)
    assert code == 1 and "meta.policy" in text, text


def test_the_genuine_policy_checks_clean(
    service: Service,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    service.set_policy(replace(service.policy(), co_decision_12_15=True, retention_years=9))
    code, text = check(service, vault_path, monkeypatch, capsys)
    assert code == 0, text


def test_a_recipient_switched_to_active_two_is_caught(
    service: Service,
    catalog,  # type: ignore[no-untyped-def]
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """active = 2: bool() of it is "yes" as logged, but the catalog lists only active = 1, so
    UWV silently vanished from what the desk may choose while `check` agreed."""
    conn = attacker_connection(service)
    try:
        lifted_edit(
            conn,
            [("UPDATE recipients SET active = 2 WHERE id = ?", (catalog.uwv.id,))],
            must_hit=True,
        )
    finally:
        conn.close()
    assert catalog.uwv.id not in {r.id for r in service.catalog.recipients()}
    code, text = check(service, vault_path, monkeypatch, capsys)
    assert code == 1 and f"ontvanger nr. {catalog.uwv.id}" in text, text
    assert "recipients.active" in text, text


def test_the_organisation_renamed_in_meta_is_caught(
    service: Service,
    vault_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Nothing in the program renames the organisation; proofs, receipts and forms print it
    as the one responsible. The insider writes another name into meta."""
    conn = attacker_connection(service)
    try:
        conn.execute("UPDATE meta SET value = 'Gemeente Utrecht' WHERE key = 'organisation'")
    finally:
        conn.close()
    code, text = check(service, vault_path, monkeypatch, capsys)
    assert code == 1 and "meta.organisation" in text, text
    reopened = Service.open(vault_path, PASSPHRASE, clock=clock, check=True)
    try:
        assert reopened.read_only  # no proof is exported under the other name
    finally:
        reopened.close()
