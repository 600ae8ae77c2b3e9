"""Who withdrew, when that person's name is written right to left. pdfium hands Arabic text
back in display order, so "Ingetrokken door <naam> (<rol>)" is compared letter by letter: the
genuine package must still verify, and a PDF re-rendered by an insider with a longer Arabic name
that merely contains the genuine one's letters (another person of the family) is refused."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from conftest import birth_date_for_age
from test_attack_s8_packages import read, signed, write

from formulieren.proof_pdf import ProofView, render_proof
from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof import verify
from toestemming.proof.package import PDF
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

PARENT = "ليلى حداد"
LONGER = "ليلى حداد بن يوسف"  # every letter of PARENT, and more
PREFIX = "Ingetrokken door "


def _renamed(view: ProofView, name: str) -> ProofView:
    item = view.items[0]
    history = tuple(
        dataclasses.replace(e, what=e.what.replace(PARENT, name))
        if e.what.startswith(PREFIX)
        else e
        for e in item.history
    )
    return dataclasses.replace(view, items=(dataclasses.replace(item, history=history),))


def test_an_arabic_name_on_a_withdrawal_verifies_and_a_longer_one_is_refused(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    born = birth_date_for_age(clock.today(), 15)
    youth = service.people.add_youth(
        birth_date=born.isoformat(), given_name="Yara", family_name="Haddad"
    )
    parent = service.people.add_representative(youth.id, PARENT, RepresentativeRole.PARENT, True)
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    signer = SignerRef.representative(parent.id)
    service.consents.record_decisions(request.id, signer, {item: "yes"}, "desk")
    clock.advance(timedelta(days=2))
    service.withdrawals.withdraw([item], signer, "email")
    clock.advance(timedelta(hours=1))
    proof = service.forms.proof
    genuine = proof.export_request(request.id, tmp_path / "echt.tbewijs")
    view = proof.view(request.id)
    signing_key, public_key = proof._keys()
    key_pem, cert_pem = proof.certificate.key_and_certificate()

    # The genuine package: the Arabic name read back in display order still agrees.
    assert verify(genuine, public_key, clock=clock).exit_code == EXIT_AUTHENTIC

    files = read(genuine)
    export_seq = int(service.vault.db.scalar("SELECT max(seq) FROM events"))
    view = dataclasses.replace(view, export_seq=export_seq)
    assert _renamed(view, LONGER) != view, "the history names the parent who withdrew"
    for name, expected in ((PARENT, EXIT_AUTHENTIC), (LONGER, EXIT_NOT_INTACT)):
        pdf = sign_pdf(render_proof(_renamed(view, name)), key_pem, cert_pem, clock.now(), "Bewijs")
        path = write(tmp_path, signed({**files, PDF: pdf}, signing_key), f"{len(name)}.tbewijs")
        report = verify(path, public_key, clock=clock)
        assert report.exit_code == expected, (name, report.describe())
