"""The contract suite: tests/test_recipient_descriptions.py on a vault file and on the team server."""

from __future__ import annotations

from contract_support import service, store  # noqa: F401
from test_recipient_descriptions import *  # noqa: F403
