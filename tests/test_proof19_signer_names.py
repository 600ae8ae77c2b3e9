"""A parent whose name the writer cannot print as typed — longer than its table cell (broken
inside the word), Hebrew, letters DejaVu lacks, emoji, Arabic with vowel marks — decides and
withdraws; the genuine proof verifies (the long name was called forged: "de besluiten, de
geschiedenis … wijken af"). A re-rendered PDF naming someone else under the same long name's
cell is still refused."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import birth_date_for_age
from test_attack_s8_packages import read, signed, write

from formulieren.proof_pdf import ProofView, render_proof
from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.package import PDF
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

LONG = "Wilhelminaschoonhovenvanderbergh" * 3  # one word, wider than the "Wie" cell
NAMES = [LONG, "שלום עולם", "東京都 日本語", "Hoi 😀 👍🏽", "مرحبًا بالعالم"]


def _decided_and_withdrawn(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, name: str
) -> int:
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 14).isoformat(),
        given_name="Yara",
        family_name="Haddad",
    )
    parent = service.people.add_representative(youth.id, name, RepresentativeRole.PARENT, True)
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    signer = SignerRef.representative(parent.id)
    service.consents.record_decisions(request.id, signer, {item: "yes"}, "desk")
    service.withdrawals.withdraw([item], signer, "email")
    return request.id


@pytest.mark.parametrize("name", NAMES)
def test_the_genuine_proof_verifies(
    name: str, service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request = _decided_and_withdrawn(service, catalog, clock, name)
    path = service.forms.proof.export_request(request, tmp_path / "echt.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def _renamed(view: ProofView, old: str, new: str) -> ProofView:
    item = view.items[0]
    decisions = tuple(dataclasses.replace(d, signer=new) for d in item.decisions)
    history = tuple(dataclasses.replace(e, what=e.what.replace(old, new)) for e in item.history)
    return dataclasses.replace(
        view, items=(dataclasses.replace(item, decisions=decisions, history=history),)
    )


@pytest.mark.parametrize("where", ["decisions", "history"])
def test_another_long_name_is_refused(
    where: str, service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request = _decided_and_withdrawn(service, catalog, clock, LONG)
    proof = service.forms.proof
    genuine = proof.export_request(request, tmp_path / "echt.tbewijs")
    export_seq = int(service.vault.db.scalar("SELECT max(seq) FROM events"))
    view = dataclasses.replace(proof.view(request), export_seq=export_seq)
    signing_key, public_key = proof._keys()
    key_pem, cert_pem = proof.certificate.key_and_certificate()
    files = read(genuine)
    other = LONG[:-1] + "s"  # the brother, one letter apart
    forged = _renamed(view, LONG, other)
    if where == "decisions":
        forged = dataclasses.replace(
            forged,
            items=(dataclasses.replace(forged.items[0], history=view.items[0].history),),
        )
    else:
        forged = dataclasses.replace(
            forged,
            items=(dataclasses.replace(forged.items[0], decisions=view.items[0].decisions),),
        )
    shown_names = [d.signer for d in forged.items[0].decisions] + [
        e.what for e in forged.items[0].history
    ]
    assert any(other in n for n in shown_names) and forged != view
    for shown, expected in ((view, EXIT_AUTHENTIC), (forged, EXIT_NOT_INTACT)):
        pdf = sign_pdf(render_proof(shown), key_pem, cert_pem, clock.now(), "Bewijs")
        path = write(tmp_path, signed({**files, PDF: pdf}, signing_key), f"{expected}.tbewijs")
        report = verify(path, public_key, clock=clock)
        assert report.exit_code == expected, report.problems
