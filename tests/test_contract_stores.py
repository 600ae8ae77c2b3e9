"""The contract suite, desk flows: tests/test_service_flows.py on a vault file and on the
team server (contract_support.py overrides `service` with one parametrised over both)."""

from __future__ import annotations

from types import SimpleNamespace

import contract_support
from contract_support import Store
from test_service_flows import *  # noqa: F403
from test_service_flows import MakeYouth, audit_ok, you

from toestemming.model import ItemStatus
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

# The contract fixtures (both stores), under the names the tests ask for.
service = contract_support.service
store = contract_support.store


def test_everything_survives_reopening(  # (replaces the vault-only one imported above)
    store: tuple[Store, Service], catalog: SimpleNamespace, make_youth: MakeYouth
) -> None:
    handle, service = store
    case = make_youth(17)
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    service.consents.record_decisions(req.id, you(case), {req.items[0].id: "yes"}, "desk")
    service.close()
    reopened = handle.reopen()
    try:
        assert reopened.consents.item_status(req.items[0].id).status == ItemStatus.GIVEN
        assert reopened.consents.request(req.id).text_sha256 == req.text_sha256
        assert audit_ok(reopened)
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()
