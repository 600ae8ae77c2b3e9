"""The command line: demo, check, bench and --version, run as real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from toestemming import __version__
from toestemming.devtools import pgserver
from toestemming.devtools.demo import DEMO_PASSPHRASE
from toestemming.service import Service

CLI = [sys.executable, "-m", "toestemming"]


def run(
    args: list[str], passphrase: str | None = None, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TOESTEMMING_PASSPHRASE"}
    if passphrase:
        env["TOESTEMMING_PASSPHRASE"] = passphrase
    return subprocess.run(
        CLI + args,
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )


def test_version() -> None:
    out = run(["--version"])
    assert out.returncode == 0 and __version__ in out.stdout


def test_demo_prepares_a_rich_vault_and_check_passes(tmp_path: Path) -> None:
    vault = tmp_path / "demo.tvault"
    out = run(["demo", "--vault", str(vault), "--no-gui"])
    assert out.returncode == 0, out.stderr
    assert "Demokluis" in out.stdout
    svc = Service.open(vault, DEMO_PASSPHRASE)
    try:
        assert svc.people.count() >= 50
        statuses = {
            it.status.status.value
            for y in svc.people.search("", limit=500)
            for it in svc.consents.items_for_youth(y.id)
        }
        assert statuses >= {
            "requested",
            "given",
            "refused",
            "conflicting",
            "withdrawn",
            "revoked",
            "expired",
            "invalidated",
            "superseded",
        }
        assert svc.worklists.needs_reconfirmation()
        names = {y.family_name for y in svc.people.search("", limit=500)}
        assert {"Çelik", "Wiśniewski", "Ødegaard"} <= names
    finally:
        svc.close()
    checked = run(["check", "--vault", str(vault)], passphrase=DEMO_PASSPHRASE)
    assert checked.returncode == 0, checked.stderr
    assert "Logboek in orde" in checked.stdout


def test_check_fails_with_first_problem_on_tampered_log(tmp_path: Path) -> None:
    vault = tmp_path / "demo.tvault"
    assert run(["demo", "--vault", str(vault), "--no-gui"]).returncode == 0
    svc = Service.open(vault, DEMO_PASSPHRASE)
    db = svc.vault.db
    with db.transaction():
        db.execute("DROP TRIGGER events_no_update")
        db.execute("UPDATE events SET body = CAST(body || ' ' AS BLOB) WHERE seq = 10")
    svc.vault.close()  # close without signing a new checkpoint
    svc.writer_guard.lock.release()  # (what the OS does when this process ends)
    out = run(["check", "--vault", str(vault)], passphrase=DEMO_PASSPHRASE)
    assert out.returncode == 1
    assert "gebeurtenis 10" in out.stderr


def test_check_without_passphrase_source_is_a_clear_error(tmp_path: Path) -> None:
    out = run(["check", "--vault", str(tmp_path / "x.tvault")])
    assert out.returncode == 2
    assert "TOESTEMMING_PASSPHRASE" in out.stderr
    assert "Traceback" not in out.stderr


def test_wrong_passphrase_is_a_dutch_message_not_a_traceback(tmp_path: Path) -> None:
    vault = tmp_path / "demo.tvault"
    assert run(["demo", "--vault", str(vault), "--no-gui"]).returncode == 0
    out = run(["check", "--vault", str(vault)], passphrase="dit is niet de goede zin")
    assert out.returncode == 2
    assert "wachtwoordzin klopt niet" in out.stderr and "Traceback" not in out.stderr


def test_console_twin_refuses_gui_commands_clearly() -> None:
    out = run([])
    assert out.returncode == 2 and "opdrachtregelversie" in out.stderr


def test_bench_small_run_writes_all_figures(tmp_path: Path) -> None:
    """Shape only: the figures exist and are positive. Budgets are judged by the bench itself,
    never by the test suite."""
    report = tmp_path / "bench.json"
    out = run(
        [
            "bench",
            "--youths",
            "300",
            "--items",
            "1500",
            "--dir",
            str(tmp_path / "b"),
            "--json",
            str(report),
            "--crash",
            "2",
            "--team-seconds",
            "2",
            "--team-kills",
            "2",
        ],
        timeout=600,
    )
    assert out.returncode in (0, 1), out.stderr  # 1 = a budget missed; still a complete report
    data = json.loads(report.read_text(encoding="utf-8"))
    for key in (
        "generation",
        "unlock",
        "may_share",
        "prefix_search",
        "request_and_decisions",
        "audit_verify",
        "crash",
        "replies",
        "mail_imap",
        "budgets",
    ):
        assert key in data
    assert data["generation"]["items"] == 1500
    assert data["mail_imap"]["replies_found"] == 10  # found in a real IMAP server (pymap)
    assert data["audit_verify"]["ok"] is True
    # A small log stays in one process; both figures are there for the report.
    assert data["audit_verify"]["processes"] == 1
    assert data["audit_verify"]["one_process_seconds"] > 0
    assert data["crash"]["lost"] == 0 and data["crash"]["corrupt"] == 0
    assert data["may_share"]["floor_point_query_median_ms"] > 0
    # The transitieformulier kept between renders, and its first render after a save (perf23).
    assert data["forms"]["transition_form_ms"] > 0
    assert data["forms"]["transition_form_after_save_ms"] > 0
    # The replay, and beside it what reading its tables alone costs (the floor of issue 20).
    assert data["replay"]["ok"] is True and data["replay"]["rows"] > 0
    assert data["replay"]["floor_read_s"] > 0 and data["replay"]["floor_ratio"] > 0
    # 20 desks on a real PostgreSQL (issue 18): what they were told was saved is there, the
    # chain holds, and a worker killed mid-work left no half decision.
    if "team" not in data:  # (.ci/run installs PostgreSQL; elsewhere the bench says it skipped)
        assert pgserver.find_bin_dir() is None
        return
    team = data["team"]
    assert team["workers"] == 20 and team["decisions_acknowledged"] > 0
    assert team["lost_writes"] == 0 and team["chain_breaks"] == 0 and team["check_problems"] == 0
    assert team["kills"]["kills"] == 2 and team["kills"]["half_decisions"] == 0
    assert all(a["count"] > 0 and a["ratio"] > 0 for a in team["per_action"].values())
