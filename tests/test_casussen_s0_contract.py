"""The per-seed scenario tests (seeds 000, 001, 002 rest, 003 rest) on a vault file and on the
team server, with the same assertions (contract_support's `service`). Seed 004's module reads
mail into its own vault (the `rv` fixture) and checks the vault file itself: vault only."""

from __future__ import annotations

from contract_support import service, store  # noqa: F401
from test_casussen_s000_regios import *  # noqa: F403
from test_casussen_s001_webinar import *  # noqa: F403
from test_casussen_s002_rest_stappenplan import *  # noqa: F403
from test_casussen_s003_rest import *  # noqa: F403
