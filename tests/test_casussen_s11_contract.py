"""The session-11 scenario tests (young children, DAT-only weighings, verzet) on a vault file
and on the team server, with the same assertions (contract_support's `service`): the new
column and table exist and behave alike on both. The insider tests edit the vault file with
sqlcipher3: vault only (the team server's own tamper tests are test_contract_tamper.py)."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import contract_support
from contract_support import Store
from test_casussen_s11_dat_only import *  # noqa: F403
from test_casussen_s11_dat_only import STEPS
from test_casussen_s11_verzet import *  # noqa: F403
from test_casussen_s11_young_children import *  # noqa: F403

from toestemming.model import SignerRef
from toestemming.service import Service

# The contract fixtures (both stores), under the names the tests ask for.
service = contract_support.service
store = contract_support.store

VAULT_ONLY = {
    "test_an_insider_who_lifts_the_dat_limit_is_refused_and_then_found": "sqlcipher3 edit",
    "test_an_insider_who_deletes_the_objection_is_found_by_the_replay": "sqlcipher3 edit",
}


def test_an_objection_or_a_dat_limit_edited_away_is_caught_on_both_stores(
    store: tuple[Store, Service], catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """The insider on either store (the vault's data key; the server's superuser): lifting a
    weighing's DAT-only limit and deleting an objection both reopen a sharing; the replay
    names both rows that differ from their events."""
    handle, svc = store
    c = catalog
    youth = make_youth(17).youth
    weighing = svc.sharing.record_assessment(
        youth.id, c.rbl.id, c.leerplicht.id, "legal_obligation", *STEPS, True, dat_only=True
    )
    objection = svc.objections.record(
        youth.id, c.werkgever.id, c.stage.id, SignerRef.youth(youth.id), "email"
    )
    assert svc.replay().ok
    handle.raw("UPDATE assessments SET dat_only = 0 WHERE id = ?", (weighing.id,))
    handle.raw("DELETE FROM objections WHERE id = ?", (objection.id,))
    assert not svc.sharing.assessment(weighing.id).dat_only  # the edits worked
    lines = svc.replay().lines()
    assert any(f"afweging {weighing.id}" in line for line in lines), lines
    assert any(f"bezwaar nr. {objection.id}" in line for line in lines), lines
