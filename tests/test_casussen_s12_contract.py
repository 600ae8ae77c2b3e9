"""The session-12 scenario tests (casus 7: youth and parents informed; the inzage of a young
child) on a vault file and on the team server (contract_support's `service`): the widened
check of disclosure_overrides.informed holds on both. The insider test edits the vault file
with sqlcipher3: vault only."""

from __future__ import annotations

import contract_support
from test_casussen_s12_parents_informed import *  # noqa: F403
from test_casussen_s12_young_child_inzage import *  # noqa: F403

# The contract fixtures (both stores), under the names the tests ask for.
service = contract_support.service
store = contract_support.store

VAULT_ONLY = {
    "test_an_insider_who_rewrites_who_was_told_is_found_by_the_replay": "sqlcipher3 edit",
}
