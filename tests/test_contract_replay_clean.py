"""The contract suite: tests/test_replay_clean.py on a vault file and on the team server."""

from __future__ import annotations

from contract_support import service, store  # noqa: F401
from test_replay_clean import *  # noqa: F403

VAULT_ONLY = {
    name: "reopens the vault file by its path (test_contract_stores reopens both stores)"
    for name in (
        "test_records_of_every_kind_then_erasure",
        "test_a_large_vault_opens_before_its_replay",
    )
}
