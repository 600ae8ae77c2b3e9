"""The youth's age at a withdrawal, in receipt.json and bewijs.pdf, held to the log (cases26).

DOMAIN.md rule 3: age is computed on the date of the decision; from 16 the young person holds
the rights and may withdraw what her parents gave. A privacy officer asked "who stopped this,
and could they?" read each decision's "Leeftijd jongere toen" in bewijs.pdf and `age_then` in
receipt.json — but nothing for the withdrawal: "Ingetrokken door Mila de Vries (jongere)" at
an unknown age, so a withdrawal by a 15-year-old (not hers to make) and one at 16 read alike.
Now the withdrawal event logs the age (as a decision's does); the receipt and the PDF's
history row say it, and `verify` holds both to the log: an insider who exports a package
claiming another age is caught. Stored packages of earlier releases (tests/data) still
verify: their withdrawal events have no age, and their rows and receipts say none.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from casus_parents import parents_answered
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof import receipt, view
from toestemming.proof.verify import verify
from toestemming.service import Service


def _mila_withdraws_at_16(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> tuple[int, int]:
    opened = parents_answered(service, c, make_youth, clock, age=14, name="Mila")
    mila = opened.youth
    service.sharing.record_disclosure(mila.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=2 * 365 + 10))  # 16 now
    service.withdrawals.withdraw([opened.item], SignerRef.youth(mila.id), "email")
    return opened.request_id, opened.item


def _export(service: Service, request_id: int, path: Path, clock: FixedClock) -> Any:
    proof = service.forms.proof
    package = proof.export_request(request_id, path)
    return package, verify(package, trust=proof.own_trust(), clock=clock)


def test_her_withdrawal_at_16_says_16_in_the_receipt_and_the_pdf(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    request_id, _item = _mila_withdraws_at_16(service, catalog, make_youth, clock)
    package, report = _export(service, request_id, tmp_path / "mila.ttbewijs", clock)
    assert report.authentic, report.problems
    with zipfile.ZipFile(package) as z:
        (consent,) = json.loads(z.read("receipt.json"))["consents"]
        pdf = flat(z.read("bewijs.pdf"))
    ages = [(e["type"], e.get("age_then")) for e in consent["events"] if "age_then" in e]
    assert ages == [("decision", 14), ("decision", 14), ("withdrawal", 16)]
    assert "Ingetrokken door Mila de Vries (jongere) — per e-mail. Jongere toen 16 jaar." in pdf


@pytest.mark.parametrize("where", ["pdf", "receipt"])
def test_an_export_claiming_another_age_does_not_verify(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    """An insider's program prints "15" where the log says 16 (a withdrawal made to look like
    one nobody could make, or the other way round), signed with the organisation's keys."""
    request_id, _item = _mila_withdraws_at_16(service, catalog, make_youth, clock)
    if where == "pdf":
        monkeypatch.setattr(
            view, "withdrawn_age", lambda d: " Jongere toen 15 jaar.", raising=False
        )
    else:
        genuine = receipt._events

        def lying(*args: Any) -> list[dict[str, Any]]:
            out = genuine(*args)
            for entry in out:
                if entry["type"] == "withdrawal":
                    entry["age_then"] = 15
            return out

        monkeypatch.setattr(receipt, "_events", lying)
    _package, report = _export(service, request_id, tmp_path / "vals.ttbewijs", clock)
    assert not report.authentic


def test_a_pdf_row_without_the_age_does_not_verify(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Leaving the age out (the row as before) where the log has it is no way round either."""
    request_id, _item = _mila_withdraws_at_16(service, catalog, make_youth, clock)
    monkeypatch.setattr(view, "withdrawn_age", lambda d: "", raising=False)
    _package, report = _export(service, request_id, tmp_path / "zonder.ttbewijs", clock)
    assert not report.authentic
