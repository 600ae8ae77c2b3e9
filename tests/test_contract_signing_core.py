"""The contract suite: tests/test_signing_core.py on a vault file and on the team server."""

from __future__ import annotations

from contract_support import service, store  # noqa: F401
from test_signing_core import *  # noqa: F403

VAULT_ONLY = {
    "test_worker_passphrase_checked_without_reopening": (
        "the vault's passphrase; the team server's password: test_pg_security"
    )
}
