"""A parent reads the consent in Arabic and decides at the desk: the exported proof is genuine
and `verify` must say so (it called it forged: "de getoonde tekst … wijkt af", exit 1, since
the writer deletes the vowel marks and pdfium reads right-to-left lines in its own order). And
an insider who re-renders the PDF with the Arabic text, title or name changed is still caught:
the comparison reads the PDF as the writer drew it (proof/readback.py), it does not skip it."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace
from typing import Any

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

TITLE = "الإرشاد إلى العمل"
# With vowel marks (tanwin) as a translator types them; the PDF draws them without.
WHY = "حتى يتمكن المكتب من مساعدتك في العثور على عملٍ جديدٍ."
PARENT = "ليلى حداد"


def _decided_in_arabic(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, channel: str
) -> int:
    service.catalog.revise_purpose(catalog.werk.id, TITLE, WHY, "ar")
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 14).isoformat(),
        given_name="Yara",
        family_name="Haddad",
    )
    parent = service.people.add_representative(youth.id, PARENT, RepresentativeRole.PARENT, True)
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    service.consents.record_decisions(
        request.id, SignerRef.representative(parent.id), {item: "yes"}, channel, language="ar"
    )
    return request.id


@pytest.mark.parametrize("channel", ["desk", "tablet"])
def test_a_consent_read_and_given_in_arabic_verifies(
    channel: str, service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request = _decided_in_arabic(service, catalog, clock, channel)
    path = service.forms.proof.export_request(request, tmp_path / "echt.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def _arabic_text(view: ProofView, edit: Any) -> ProofView:
    item = view.items[0]
    others = tuple(dataclasses.replace(t, text=edit(t.text)) for t in item.other_texts)
    assert others != item.other_texts, "the item prints the Arabic text the parent read"
    return dataclasses.replace(view, items=(dataclasses.replace(item, other_texts=others),))


def _signer(view: ProofView, name: str) -> ProofView:
    item = view.items[0]
    decisions = tuple(dataclasses.replace(d, signer=name) for d in item.decisions)
    return dataclasses.replace(view, items=(dataclasses.replace(item, decisions=decisions),))


FORGERIES = {
    # "You can say no" without its "no"; "until 23-11-2027" one year longer; a word of the
    # purpose replaced; the Arabic name of another parent.
    "zonder_nee": lambda v: _arabic_text(v, lambda t: t.replace("أن تقول لا.", "أن تقول نعم.")),
    "ander_jaar": lambda v: _arabic_text(v, lambda t: t.replace("2027", "2028")),
    "ander_doel": lambda v: _arabic_text(v, lambda t: t.replace("المكتب", "المدرسة")),
    "andere_ouder": lambda v: _signer(v, "سلمى حداد"),
}


def test_the_genuine_rendering_verifies_and_each_arabic_change_is_refused(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request = _decided_in_arabic(service, catalog, clock, "desk")
    proof = service.forms.proof
    genuine = proof.export_request(request, tmp_path / "echt.tbewijs")
    export_seq = int(service.vault.db.scalar("SELECT max(seq) FROM events"))
    view = dataclasses.replace(proof.view(request), export_seq=export_seq)
    signing_key, public_key = proof._keys()
    key_pem, cert_pem = proof.certificate.key_and_certificate()
    files = read(genuine)

    def verdict(forged: ProofView, name: str) -> int:
        pdf = sign_pdf(render_proof(forged), key_pem, cert_pem, clock.now(), "Bewijs")
        path = write(tmp_path, signed({**files, PDF: pdf}, signing_key), f"{name}.tbewijs")
        return verify(path, public_key, clock=clock).exit_code

    # The insider's own re-rendering of the genuine view verifies: what follows is the change.
    assert verdict(view, "echt-opnieuw") == EXIT_AUTHENTIC
    for name, forge in FORGERIES.items():
        assert verdict(forge(view), name) == EXIT_NOT_INTACT, name
