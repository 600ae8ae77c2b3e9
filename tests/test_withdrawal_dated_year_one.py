"""A hurried worker types the withdrawal's date as 01-01-0001 (a slip of the date field, or a
hostile script through the service): the answer is a Dutch message or a normal result —
never an OverflowError out of the gezag look-up ("a day before the moment" does not exist
in year 1; found by the hypothesis fault test in session 21's CI)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.errors import ToestemmingError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


@pytest.mark.parametrize(
    "at",
    [
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(1, 1, 1, 23, 59, tzinfo=UTC),
        datetime(1, 1, 2, 0, 30, tzinfo=UTC),
    ],
)
def test_a_withdrawal_dated_in_year_one_is_a_message(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], at: datetime
) -> None:
    case = make_youth(14, parents=1)
    item = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    ).items[0]
    before = service.vault.db.scalar("SELECT count(*) FROM events")
    signer = SignerRef.representative(case.parents[0].id)
    try:
        service.withdrawals.withdraw([item.id], signer, "desk", at)
    except ToestemmingError as refused:
        assert str(refused)  # a typed refusal, whatever its words
        assert service.vault.db.scalar("SELECT count(*) FROM events") == before
    else:  # taken as a withdrawal: then it is in the log
        assert service.vault.db.scalar("SELECT count(*) FROM events") > before
