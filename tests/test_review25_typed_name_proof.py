"""ui23's typed-name signature, end to end through the proof (review of session 19).

Sanne (17) cannot hold a pen: on the tablet she types her name and ticks that it counts as
her signature. The vault records it as what it is (method "typed-name", no strokes). The
proof an officer reads must say so too — its evidence list (PDF and receipt.json) called the
typed name's picture "handtekening" and its record "handtekening-lijnen": lines with timing and
pressure that were never drawn."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from test_signing_core import png_bytes

from toestemming.model import Answer, SignerRef
from toestemming.proof.binding import pdf_text
from toestemming.proof.signing_method import ROLE_TYPED_RECORD
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.signature import Signature


def _signed_by_typed_name(service: Service, catalog: SimpleNamespace, make_youth: Any) -> int:
    c = catalog
    sanne = make_youth(17, given_name="Sanne", family_name="Ødegaard").youth
    request = service.consents.create_request(
        sanne.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    session = service.signing.session(request.id)
    shown = {i.item_id: i.texts["nl"][1] for i in session.items}
    answers = {i: Answer.YES for i in shown}
    typed = Signature((), 0, 0, png_bytes(), "typed", typed_name="Sanne Ødegaard")
    service.signing.sign_decisions(
        request.id, SignerRef.youth(sanne.id), "nl", answers, (), shown, typed, service.clock.now()
    )
    return int(request.id)


def test_the_proof_of_a_typed_name_says_no_lines_were_drawn(
    service: Service, catalog: SimpleNamespace, make_youth: Any, tmp_path: Path
) -> None:
    request = _signed_by_typed_name(service, catalog, make_youth)
    path = service.forms.proof.export_request(request, tmp_path / "bewijs.tbewijs")
    assert verify(path, trust=service.forms.proof.own_trust()).exit_code == EXIT_AUTHENTIC
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        receipt = json.loads(z.read("receipt.json"))
        pdf = z.read(next(n for n in names if n.endswith(".pdf")))
    roles = [e["role"] for c in receipt["consents"] for e in c["evidence"]]
    assert "handtekening-lijnen" not in roles, roles
    assert ROLE_TYPED_RECORD in roles, roles  # (proof25's names for them)
    text = pdf_text(pdf) or ""
    listed = " ".join(text[text.index("Bewijsstukken in dit pakket") :].split())
    assert "handtekening-lijnen" not in listed and "getypte naam (afbeelding" in listed


def test_a_withdrawal_by_typed_name_is_listed_as_typed_too(
    service: Service, catalog: SimpleNamespace, make_youth: Any, tmp_path: Path
) -> None:
    request = _signed_by_typed_name(service, catalog, make_youth)
    (item,) = service.consents.request(request).items
    sanne = SignerRef.youth(service.consents.request(request).youth_id)
    typed = Signature((), 0, 0, png_bytes(), "typed", typed_name="sanne ødegaard")
    service.signing.sign_withdrawal([item.id], sanne, "nl", typed, service.clock.now())
    path = service.forms.proof.export_request(request, tmp_path / "bewijs.tbewijs")
    assert verify(path, trust=service.forms.proof.own_trust()).exit_code == EXIT_AUTHENTIC
    with zipfile.ZipFile(path) as z:
        receipt = json.loads(z.read("receipt.json"))
    roles = [e["role"] for c in receipt["consents"] for e in c["evidence"]]
    assert "handtekening" not in roles and "handtekening-lijnen" not in roles, roles


def test_the_inzage_calls_a_typed_name_what_it_is(
    service: Service, catalog: SimpleNamespace, make_youth: Any
) -> None:
    """Sanne's inzage (AVG art. 15) listed her typed name as "handtekening": she never signed."""
    request = _signed_by_typed_name(service, catalog, make_youth)
    youth = service.consents.request(request).youth_id
    text = pdf_text(service.forms.render_inzage(youth)) or ""
    listed = text[text.rindex("Wat Wanneer") :]
    assert "getypte naam" in listed, listed
    assert "handtekening\n" not in listed.replace(" ", "\n")
