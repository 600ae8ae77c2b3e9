"""The contract suite: tests/test_signing_followups.py on a vault file and on the team server."""

from __future__ import annotations

from contract_support import service, store  # noqa: F401
from test_signing_followups import *  # noqa: F403

VAULT_ONLY = {
    "test_failing_withdrawal_write_rolls_back_the_signature": (
        "makes the write fail with an SQLite TEMP TRIGGER"
    )
}
