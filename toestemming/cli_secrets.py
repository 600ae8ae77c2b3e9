"""Secrets the command line is handed in the environment (TOESTEMMING_PASSPHRASE, a new
worker's password), taken out of it when a command starts (cli.main). Every process this one
starts later — the spawned helpers that check a long log, `mount` on a Mac — gets a copy of
os.environ, and its /proc/<pid>/environ would show the passphrase to whoever can read it
there. Read here instead; put back when the command ends (main called in a process that goes
on: a test, a script calling it twice)."""

from __future__ import annotations

import os
from collections.abc import Sequence

# The secrets a command may be handed (cli.PASSPHRASE_ENV, cli_team.WORKER_PASSWORD_ENV).
ENV_NAMES = ("TOESTEMMING_PASSPHRASE", "TOESTEMMING_WORKER_PASSWORD")
_HANDED_OVER: dict[str, str] = {}


def take_from_environment(names: Sequence[str]) -> None:
    for name in names:
        value = os.environ.pop(name, None)
        if value:
            _HANDED_OVER[name] = value


def handed_over(name: str) -> str | None:
    """A secret from the environment: taken out of it at the start (cli.main), or still there
    (a caller that did not go through main)."""
    return _HANDED_OVER.get(name) or os.environ.get(name) or None


def put_back() -> None:
    for name, value in _HANDED_OVER.items():
        os.environ.setdefault(name, value)
    _HANDED_OVER.clear()
