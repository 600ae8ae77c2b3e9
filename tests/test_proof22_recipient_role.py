"""A recipient's kind and legal role in the receipt, held to the signed log (proof22).

receipt.json tells a machine, per item, what kind of organisation the recipient is and
whether it is a public body with a legal task (`legal_role`: a public body may never lean on
legitimate interest). That was the registry's word only: the insider calls the gemeente
"private" (or "werkgever"), re-signs, and `verify` said authentic. A role corrected in the
catalogue after the request still verifies: the log holds the correction."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from proof21_support import Exported, exported, rerendered
from test_proof22_other_basis import _case

from toestemming.clock import FixedClock
from toestemming.proof.package import RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC


@pytest.fixture
def case(service: Any, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path) -> Exported:
    return _case(service, catalog, clock, tmp_path, 0)


def _recipient(receipt: dict[str, Any], position: int = 1) -> dict[str, Any]:
    consent = next(c for c in receipt["consents"] if c["position"] == position)
    purpose: dict[str, Any] = consent["services"][0]["purposes"][0]
    return purpose


def _private(receipt: dict[str, Any]) -> None:
    _recipient(receipt)["recipient"]["legal_role"] = "private"


def _employer(receipt: dict[str, Any]) -> None:
    purpose = _recipient(receipt)
    purpose["recipient"]["kind"] = "werkgever"
    purpose["recipient_kind"] = "werkgever"


def _uwv_public(receipt: dict[str, Any]) -> None:
    _recipient(receipt, 2)["recipient"]["legal_role"] = "public_task"


@pytest.mark.parametrize("edit", [_private, _employer, _uwv_public], ids=lambda f: f.__name__)
def test_a_recipient_re_described_in_the_receipt_is_refused(
    case: Exported, edit: Callable[[dict[str, Any]], None]
) -> None:
    receipt = json.loads(case.files[RECEIPT])
    edit(receipt)
    files = {
        **case.files,
        RECEIPT: (json.dumps(receipt, indent=2, ensure_ascii=False) + "\n").encode(),
    }
    report = rerendered(case, case.view, "vervalst.tbewijs", files)
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("rol volgens de wet" in p or "receipt.json" in p for p in report.problems)


def test_a_role_corrected_after_the_request_verifies(
    service: Any, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    (tmp_path / "a").mkdir()
    _case(service, catalog, clock, tmp_path / "a", 0)  # verified authentic before the change
    service.catalog.set_recipient_legal_role(catalog.uwv.id, "public_task")
    request_id = int(service.vault.db.scalar("SELECT max(id) FROM consent_requests"))
    (tmp_path / "b").mkdir()
    again = exported(service, clock, request_id, tmp_path / "b")
    assert (
        _recipient(json.loads(again.files[RECEIPT]), 2)["recipient"]["legal_role"] == "public_task"
    )
