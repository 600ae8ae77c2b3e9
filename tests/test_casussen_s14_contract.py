"""The session-14 scenario tests (the standard catalog's verzuimmelding, the startkwalificatie
that ends the kwalificatieplicht, a duty marked after a sharing) on a vault file and on the
team server (contract_support's `service`): youth_qualifications (team schema 6) holds on both.
The insider test edits the vault file with sqlcipher3: vault only."""

from __future__ import annotations

import contract_support
from test_casussen_s14_duty_marked_later import *  # noqa: F403
from test_casussen_s14_startkwalificatie import *  # noqa: F403

# The contract fixtures (both stores), under the names the tests ask for.
service = contract_support.service
store = contract_support.store

VAULT_ONLY = {
    "test_an_insider_who_adds_or_removes_a_startkwalificatie_is_found_by_the_replay": (
        "sqlcipher3 edit"
    ),
}
