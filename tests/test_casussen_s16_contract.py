"""The session-16 scenario tests (the other parent's "nee" after a sharing; gezag at a past
moment) on a vault file and on the team server (contract_support's `service`): the gezag
history reads the log's events and the representatives' rows, which must hold on both
stores."""

from __future__ import annotations

import contract_support
from test_casussen_s16_gezag_history import *  # noqa: F403
from test_casussen_s16_other_parent_stops import *  # noqa: F403

# The contract fixtures (both stores), under the names the tests ask for.
service = contract_support.service
store = contract_support.store
