"""The contract suite: tests/test_attack_s12_objection_merge.py on a vault file and on the team
server (its objections table has the same foreign key to the youth)."""

from __future__ import annotations

from contract_support import service, store  # noqa: F401
from test_attack_s12_objection_merge import (  # noqa: F401 (the SQLite schema test stays there)
    test_objection_on_one_record_and_a_request_on_the_other_is_refused_in_dutch,
    test_the_record_with_only_an_objection_is_the_one_kept,
)
