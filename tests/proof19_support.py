"""A parent's decision on one item of a 14-year-old's request, and an insider who re-renders
that request's bewijs.pdf and signs it into the package with the organisation's keys (proof19's
tests of text the writer cannot print as typed)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from conftest import birth_date_for_age
from test_attack_s8_packages import read, signed, write

from formulieren.proof_pdf import ProofView, render_proof
from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.package import PDF
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.verify import verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def decided(
    service: Service,
    catalog: SimpleNamespace,
    clock: FixedClock,
    parent_name: str,
    channel: str = "desk",
    language: str | None = None,
    withdraw: bool = False,
) -> int:
    """The request's id: the parent said yes to the UWV item (and withdrew it by e-mail)."""
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 14).isoformat(),
        given_name="Yara",
        family_name="Haddad",
    )
    parent = service.people.add_representative(
        youth.id, parent_name, RepresentativeRole.PARENT, True
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    signer = SignerRef.representative(parent.id)
    service.consents.record_decisions(request.id, signer, {item: "yes"}, channel, language=language)
    if withdraw:
        service.withdrawals.withdraw([item], signer, "email")
    return request.id


def rerender(
    service: Service, clock: FixedClock, request: int, tmp: Path
) -> tuple[ProofView, Callable[[ProofView, str], int]]:
    """The exported request's view and the verdict of `verify` on the package with the PDF
    rendered from a (changed) view, signed anew by the insider."""
    proof = service.forms.proof
    files = read(proof.export_request(request, tmp / "echt.tbewijs"))
    export_seq = int(service.vault.db.scalar("SELECT max(seq) FROM events"))
    view = dataclasses.replace(proof.view(request), export_seq=export_seq)
    signing_key, public_key = proof._keys()
    key_pem, cert_pem = proof.certificate.key_and_certificate()

    def verdict(shown: ProofView, name: str) -> int:
        pdf = sign_pdf(render_proof(shown), key_pem, cert_pem, clock.now(), "Bewijs")
        path = write(tmp, signed({**files, PDF: pdf}, signing_key), f"{name}.tbewijs")
        return verify(path, public_key, clock=clock).exit_code

    return view, verdict


def exported_named(
    text: str,
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Any,
    tmp: Path,
    title: str | None = None,
) -> Path:
    """A request for a youth, recipient and purpose named in `text` (the purpose's title:
    `title` when given), exported."""
    c = service.catalog
    rec = c.add_recipient(text[:80], "gemeente", text[:40])
    pur = c.add_purpose("p-named", title or text[:120], "Uitleg: " + text)
    youth = make_youth(19, given_name=text[:40]).youth
    req = service.consents.create_request(
        youth.id, [ItemSpec(pur.id, rec.id, (catalog.contact.id,))]
    )
    return service.forms.proof.export_request(req.id, tmp / "x.tbewijs")
