"""Who withdrew, when the name is written right to left, compared in the order it was drawn
(proof21). Until now "Ingetrokken door <naam>" was held to the receipt's name as a bag of
letters: an insider re-rendering bewijs.pdf with the parent's given and family name swapped —
another person of the same family — verified. Genuine Arabic and Hebrew withdrawers, and
names with digits and brackets, still verify."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import birth_date_for_age
from proof21_support import exported, rerendered, with_history

from formulieren.proof_pdf import ProofView
from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

PREFIX = "Ingetrokken door "


def _renamed(view: ProofView, genuine: str, name: str) -> ProofView:
    return with_history(
        view, lambda e: e.what.replace(genuine, name) if e.what.startswith(PREFIX) else e.what
    )


@pytest.mark.parametrize(
    ("parent", "forged"),
    [
        pytest.param("ليلى حداد", "حداد ليلى", id="arabic-swapped"),
        pytest.param("ليلى حداد", "ليلي حداد", id="arabic-one-letter"),
        pytest.param("מרים לוי", "לוי מרים", id="hebrew-swapped"),
        pytest.param("Jan (Johannes) de Vries 2", "Jan (Johannes) de Vries 3", id="digits"),
        pytest.param("Jan (Johannes) de Vries 2", "Johannes (Jan) de Vries 2", id="brackets"),
    ],
)
def test_a_withdrawer_named_otherwise_is_refused_and_the_genuine_verifies(
    service: Service,
    catalog: SimpleNamespace,
    clock: FixedClock,
    tmp_path: Path,
    parent: str,
    forged: str,
) -> None:
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 15).isoformat(),
        given_name="Yara",
        family_name="Haddad",
    )
    rep = service.people.add_representative(youth.id, parent, RepresentativeRole.PARENT, True)
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    signer = SignerRef.representative(rep.id)
    service.consents.record_decisions(request.id, signer, {item: "yes"}, "desk")
    clock.advance(timedelta(days=2))
    service.withdrawals.withdraw([item], signer, "email")
    clock.advance(timedelta(hours=1))
    case = exported(service, clock, request.id, tmp_path)
    for name, authentic in ((parent, True), (forged, False)):
        report = rerendered(case, _renamed(case.view, parent, name), f"{authentic}.tbewijs")
        assert (report.exit_code == EXIT_AUTHENTIC) == authentic, (name, report.describe())
        if not authentic:
            assert any("de geschiedenis" in p for p in report.problems), report.problems


def test_an_arabic_recipient_told_verifies_and_another_is_refused(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    """The row "<ontvanger> is op … op de hoogte gebracht van de intrekking." with a
    right-to-left recipient: the genuine verifies, the recipient's words swapped do not."""
    recipient = service.catalog.add_recipient("جمعية الأمل", "gemeente", "")
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 17).isoformat(),
        given_name="Yara",
        family_name="Haddad",
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, recipient.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    signer = SignerRef.youth(youth.id)
    service.consents.record_decisions(request.id, signer, {item: "yes"}, "desk")
    service.sharing.record_disclosure(youth.id, recipient.id, catalog.werk.id, [catalog.contact.id])
    clock.advance(timedelta(days=2))
    result = service.withdrawals.withdraw([item], signer, "email")
    for wid, told in result.recipients_to_notify:
        service.withdrawals.mark_notified(wid, told.id)
    clock.advance(timedelta(hours=1))
    case = exported(service, clock, request.id, tmp_path)
    for name, authentic in (("جمعية الأمل", True), ("الأمل جمعية", False)):
        forged = with_history(
            case.view,
            lambda e, name=name: (
                e.what.replace("جمعية الأمل", name) if "op de hoogte gebracht" in e.what else e.what
            ),
        )
        report = rerendered(case, forged, f"{authentic}.tbewijs")
        assert (report.exit_code == EXIT_AUTHENTIC) == authentic, (name, report.describe())
