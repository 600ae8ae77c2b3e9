"""The session-15 scenario tests (a no that takes back a yes; a parent who withdraws what the
other gave; a recipient that ended) on a vault file and on the team server
(contract_support's `service`): the take-back withdrawal is written in the decision's own
transaction, which must hold on both stores."""

from __future__ import annotations

import contract_support
from test_casussen_s15_parents_and_recipients import *  # noqa: F403
from test_casussen_s15_taking_back import *  # noqa: F403

# The contract fixtures (both stores), under the names the tests ask for.
service = contract_support.service
store = contract_support.store
