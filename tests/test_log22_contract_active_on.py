"""The contract suite: whether a recipient was in the list at a moment
(tests/test_log22_registry_edits.py) on a vault file and on the team server."""

from __future__ import annotations

from contract_support import service, store  # noqa: F401
from test_log22_registry_edits import (  # noqa: F401
    test_whether_a_recipient_was_active_when_shared_is_answered_from_the_log,
)
