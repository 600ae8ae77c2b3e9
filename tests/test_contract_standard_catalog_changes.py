"""The contract suite: tests/test_standard_catalog_changes.py on a vault file and on the team server."""

from __future__ import annotations

from contract_support import service, store  # noqa: F401
from test_standard_catalog_changes import *  # noqa: F403
