"""Who withdrew, when the name is written right to left, compared in the order it was drawn
(proof21). Until now "Ingetrokken door <naam>" was held to the receipt's name as a bag of
letters: an insider re-rendering bewijs.pdf with the parent's given and family name swapped —
another person of the same family — verified. Genuine Arabic and Hebrew withdrawers, and
names with digits and brackets, still verify."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import birth_date_for_age
from test_attack_s8_packages import read, signed, write

from formulieren.proof_pdf import ProofView, render_proof
from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof import verify
from toestemming.proof.package import PDF
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

PREFIX = "Ingetrokken door "


def _renamed(view: ProofView, genuine: str, name: str) -> ProofView:
    item = view.items[0]
    history = tuple(
        dataclasses.replace(e, what=e.what.replace(genuine, name))
        if e.what.startswith(PREFIX)
        else e
        for e in item.history
    )
    return dataclasses.replace(view, items=(dataclasses.replace(item, history=history),))


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
    proof = service.forms.proof
    genuine = proof.export_request(request.id, tmp_path / "echt.tbewijs")
    signing_key, public_key = proof._keys()
    key_pem, cert_pem = proof.certificate.key_and_certificate()
    assert verify(genuine, public_key, clock=clock).exit_code == EXIT_AUTHENTIC

    files = read(genuine)
    export_seq = int(service.vault.db.scalar("SELECT max(seq) FROM events"))
    view = dataclasses.replace(proof.view(request.id), export_seq=export_seq)
    for name, authentic in ((parent, True), (forged, False)):
        pdf = sign_pdf(
            render_proof(_renamed(view, parent, name)), key_pem, cert_pem, clock.now(), "Bewijs"
        )
        path = write(tmp_path, signed({**files, PDF: pdf}, signing_key), f"{authentic}.tbewijs")
        report = verify(path, public_key, clock=clock)
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
    proof = service.forms.proof
    genuine = proof.export_request(request.id, tmp_path / "echt.tbewijs")
    signing_key, public_key = proof._keys()
    key_pem, cert_pem = proof.certificate.key_and_certificate()
    assert verify(genuine, public_key, clock=clock).exit_code == EXIT_AUTHENTIC

    files = read(genuine)
    export_seq = int(service.vault.db.scalar("SELECT max(seq) FROM events"))
    view = dataclasses.replace(proof.view(request.id), export_seq=export_seq)
    item_view = view.items[0]
    for name, authentic in (("جمعية الأمل", True), ("الأمل جمعية", False)):
        history = tuple(
            dataclasses.replace(e, what=e.what.replace("جمعية الأمل", name))
            if "op de hoogte gebracht" in e.what
            else e
            for e in item_view.history
        )
        forged = dataclasses.replace(view, items=(dataclasses.replace(item_view, history=history),))
        pdf = sign_pdf(render_proof(forged), key_pem, cert_pem, clock.now(), "Bewijs")
        path = write(tmp_path, signed({**files, PDF: pdf}, signing_key), f"{authentic}.tbewijs")
        report = verify(path, public_key, clock=clock)
        assert (report.exit_code == EXIT_AUTHENTIC) == authentic, (name, report.describe())
