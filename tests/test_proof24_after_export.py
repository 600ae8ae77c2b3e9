"""A package exported, then the world moves on (proof24): the item is withdrawn, the youth is
merged into another record, the youth is erased on request. The old package still verifies as
what it was at its moment (it is self-contained), and says so; a new export shows the change
(after an erasure: the history without the erased names).
And an insider who splices the two packages of one request from before and after the
withdrawal — the receipt of one, the PDF or the log proof of the other — and signs the manifest
anew is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from test_attack_s8_packages import read, signed, write

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.binding import pdf_text
from toestemming.proof.package import AUDIT, PDF, RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT, VerifyReport, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _state(report: VerifyReport) -> str:
    (said,) = [f for f in report.facts if f.startswith("Stand bij export")]
    return said


@pytest.fixture
def two(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> tuple[Path, Path, Any]:
    """Sem (15)'s mother says yes; package A; she withdraws by e-mail; package B."""
    case = make_youth(15, parents=1, given_name="Sem")
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    mother = SignerRef.representative(case.parents[0].id)
    service.consents.record_decisions(request.id, mother, {item: "yes"}, "desk")
    clock.advance(timedelta(hours=1))
    before = service.forms.proof.export_request(request.id, tmp_path / "voor.tbewijs")
    clock.advance(timedelta(days=3))
    service.withdrawals.withdraw([item], mother, "email")
    clock.advance(timedelta(hours=1))
    after = service.forms.proof.export_request(request.id, tmp_path / "na.tbewijs")
    return before, after, (case, request)


def test_the_old_package_still_says_given_and_the_new_one_withdrawn(
    service: Service, clock: FixedClock, two: tuple[Path, Path, Any]
) -> None:
    before, after, _ = two
    trust = service.forms.proof.own_trust()
    clock.advance(timedelta(days=30))
    old, new = verify(before, trust=trust, clock=clock), verify(after, trust=trust, clock=clock)
    assert old.exit_code == new.exit_code == EXIT_AUTHENTIC, (old.problems, new.problems)
    assert "onderdeel 1 gegeven" in _state(old) and "staat niet in dit pakket" in _state(old)
    assert "onderdeel 1 ingetrokken" in _state(new)


SPLICES: dict[str, tuple[str, ...]] = {  # the files taken from the package before the withdrawal
    "receipt of before": (RECEIPT,),
    "receipt and FHIR of before": (RECEIPT, "fhir/consent-onderdeel-1.json"),
    "PDF of before": (PDF,),
    "log proof of before": (AUDIT,),
    "PDF and log proof of before": (PDF, AUDIT),
    "receipt, FHIR and PDF of before": (RECEIPT, "fhir/consent-onderdeel-1.json", PDF),
}


@pytest.mark.parametrize("splice", sorted(SPLICES))
def test_a_splice_of_the_packages_before_and_after_the_withdrawal_is_refused(
    service: Service, two: tuple[Path, Path, Any], tmp_path: Path, splice: str
) -> None:
    before, after = read(two[0]), read(two[1])
    spliced = {**after, **{name: before[name] for name in SPLICES[splice]}}
    signing_key, _ = service.forms.proof._keys()
    path = write(tmp_path, signed(spliced, signing_key), "gelast.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_NOT_INTACT, (splice, report.facts)
    assert report.problems


def test_after_a_merge_the_old_package_verifies_and_a_new_one_names_the_kept_youth(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Daan's request was made on one of his two records; the other is merged into it (a
    merge keeps consents with the youth they were recorded for: the record with the request
    is the one kept). The old package still verifies; a new one names the kept record."""
    case = make_youth(17, given_name="Daan", family_name="Jansen")
    double = service.people.add_youth(
        birth_date=case.youth.birth_date.isoformat(),
        given_name="Daan",
        family_name="Jansen",
        external_ref="L-12",
    )
    request = service.consents.create_request(
        double.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    me = SignerRef.youth(double.id)
    service.consents.record_decisions(request.id, me, {request.items[0].id: "yes"}, "desk")
    before = service.forms.proof.export_request(request.id, tmp_path / "voor.tbewijs")
    clock.advance(timedelta(days=1))
    kept = service.duplicates.merge(case.youth.id, double.id)
    clock.advance(timedelta(hours=1))
    after = service.forms.proof.export_request(request.id, tmp_path / "na.tbewijs")
    trust = service.forms.proof.own_trust()
    old, new = verify(before, trust=trust, clock=clock), verify(after, trust=trust, clock=clock)
    assert old.exit_code == new.exit_code == EXIT_AUTHENTIC, (old.problems, new.problems)
    assert old.youth == double.id  # as it was at its moment
    assert new.youth == kept.id


def test_after_an_erasure_the_old_packages_verify_and_a_new_one_shows_the_erasure(
    service: Service, two: tuple[Path, Path, Any], clock: FixedClock, tmp_path: Path
) -> None:
    before, after, (case, request) = two
    clock.advance(timedelta(days=1))
    service.retention.erase(case.youth.id, "request")
    trust = service.forms.proof.own_trust()
    for path in (before, after):
        report = verify(path, trust=trust, clock=clock)
        assert report.exit_code == EXIT_AUTHENTIC, report.problems
    # A new export still proves the consent's history, without the erased personal data.
    path = service.forms.proof.export_request(request.id, tmp_path / "daarna.tbewijs")
    report = verify(path, trust=trust, clock=clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert "onderdeel 1 ingetrokken" in _state(report)
    text = pdf_text(read(path)[PDF]) or ""
    assert "Jongere (gewist)" in text and "Sem" not in text
