"""The contract suite: tests/test_sharing_no_bypass.py on a vault file and on the team server."""

from __future__ import annotations

from contract_support import service, store  # noqa: F401
from test_sharing_no_bypass import *  # noqa: F403
