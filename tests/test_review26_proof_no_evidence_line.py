"""The proof's evidence list, when the package holds no file, no longer says the decisions
were taken at the desk (review26; the lead's channel rewording left this sentence).

Session 20 made the desk channel read "aan de balie of telefonisch": Daan's mother said "ja"
on the phone, and the proof, the inzage and the receipts had printed "aan de balie" — a
visit that never happened (cases22). One sentence kept the claim: a package without evidence
files printed "Geen (de besluiten zijn aan de balie vastgelegd)." — for that phone call, and
for a request nobody has answered yet, where no decision was recorded anywhere."""

from __future__ import annotations

import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from toestemming.model import SignerRef
from toestemming.proof.binding import pdf_text
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _evidence_section(service: Service, request: int, tmp_path: Path) -> str:
    path = service.forms.proof.export_request(request, tmp_path / f"bewijs{request}.tbewijs")
    assert verify(path, trust=service.forms.proof.own_trust()).exit_code == EXIT_AUTHENTIC
    with zipfile.ZipFile(path) as z:
        pdf = z.read(next(n for n in z.namelist() if n.endswith(".pdf")))
    text = pdf_text(pdf) or ""
    start = text.index("Bewijsstukken in dit pakket")
    return " ".join(text[start : text.index("Zo controleert u dit pakket")].split())


def test_a_yes_by_phone_and_an_unanswered_request_are_not_said_to_be_at_the_desk(
    service: Service, catalog: SimpleNamespace, make_youth: Any, tmp_path: Path
) -> None:
    c = catalog
    daan = make_youth(15, parents=1, given_name="Daan")
    spec = [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    by_phone = service.consents.create_request(daan.youth.id, spec)
    (item,) = (i.id for i in by_phone.items)
    mother = SignerRef.representative(daan.parents[0].id)
    service.consents.record_decisions(by_phone.id, mother, {item: "yes"}, "desk")
    unanswered = service.consents.create_request(daan.youth.id, spec)

    phoned = _evidence_section(service, int(by_phone.id), tmp_path)
    assert "aan de balie vastgelegd" not in phoned, phoned
    assert "aan de balie of telefonisch" in phoned
    waiting = _evidence_section(service, int(unanswered.id), tmp_path)
    assert "besluiten zijn aan de balie" not in waiting, waiting
