"""Attack round 12 (session 22): `toestemming --self-test` does not go through cli.main, so it
never took TOESTEMMING_PASSPHRASE (or a new worker's password) out of the environment the way
every command does (cli_secrets.py). A script or service account that keeps the passphrase in
its environment and runs the self-test after an update handed it to every helper process the
self-test starts (the split log check), where /proc/<pid>/environ shows it to whoever can read
it there.
"""

from __future__ import annotations

import multiprocessing.process
import os
from collections.abc import Iterator
from typing import Any

import pytest

from toestemming import audit_links, cli_secrets
from toestemming.selftest import run_self_test

CANARY = "kanarie-wachtwoordzin-7f3a9c"
SECRETS = ("TOESTEMMING_PASSPHRASE", "TOESTEMMING_WORKER_PASSWORD")


@pytest.fixture
def secrets_in_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """The passphrase in the environment, and for each helper process started: whether the
    environment it inherits held it (a spawned child gets a copy of os.environ)."""
    for name in SECRETS:
        monkeypatch.setenv(name, CANARY)
    seen: list[bool] = []
    original = multiprocessing.process.BaseProcess.start

    def start(self: Any) -> None:
        seen.append(any(CANARY in value for value in os.environ.values()))
        original(self)

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", start)
    monkeypatch.setattr(audit_links.os, "cpu_count", lambda: 3)  # the log check splits
    try:
        yield seen
    finally:
        cli_secrets.put_back()  # nothing of this test stays in the module for the next file


def test_the_self_test_hands_no_passphrase_to_its_helper_processes(
    secrets_in_environment: list[bool],
) -> None:
    said: list[str] = []
    assert run_self_test(said.append) == 0
    assert secrets_in_environment, "the self-test started no helper process (nothing proven)"
    assert not any(secrets_in_environment), "a helper process inherited the passphrase"
    assert all(name not in os.environ for name in SECRETS)
    assert not any(CANARY in line for line in said)


def test_the_names_taken_out_are_the_commands_own() -> None:
    from toestemming import cli, cli_team

    assert cli_secrets.ENV_NAMES == (cli.PASSPHRASE_ENV, cli_team.WORKER_PASSWORD_ENV) == SECRETS
