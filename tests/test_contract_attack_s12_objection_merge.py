"""The contract suite: tests/test_attack_s12_objection_merge.py on a vault file and on the team
server (its objections table has the same foreign key to the youth)."""

from __future__ import annotations

from contract_support import service, store  # noqa: F401
from test_attack_s12_objection_merge import *  # noqa: F403
