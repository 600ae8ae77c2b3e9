"""The session-13 scenario tests (the legal duty of seed 004; the youth's proof package of what
asked no consent; age and gezag at their edges) on a vault file and on the team server
(contract_support's `service`): legal_duties (team schema 5) and the youth package hold on
both. The insider tests edit the vault file with sqlcipher3: vault only."""

from __future__ import annotations

import contract_support
from test_casussen_s13_age_boundaries import *  # noqa: F403
from test_casussen_s13_duty_proof import *  # noqa: F403
from test_casussen_s13_legal_duty import *  # noqa: F403

# The contract fixtures (both stores), under the names the tests ask for.
service = contract_support.service
store = contract_support.store

VAULT_ONLY = {
    "test_an_insider_who_makes_a_purpose_a_legal_duty_is_found_by_the_replay": "sqlcipher3 edit",
}
