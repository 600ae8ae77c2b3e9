"""A parent's "ja" by phone is recorded at the desk (the desk offers "aan de balie of
telefonisch" as one channel), but the proof, the inzage and the receipts printed "aan de balie":
a privacy officer read a visit that never happened (cases22). The record says what the worker
chose; packages of earlier releases, which printed "aan de balie", still verify."""

from __future__ import annotations

import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from toestemming.model import CHANNEL_LABELS, Channel, SignerRef
from toestemming.proof.binding import pdf_text
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.proof.wordings import CHANNEL, wordings
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_a_yes_by_phone_is_not_printed_as_a_visit(
    service: Service, catalog: SimpleNamespace, make_youth: Any, tmp_path: Path
) -> None:
    c = catalog
    case = make_youth(13, parents=1)
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    mother = SignerRef.representative(case.parents[0].id)
    service.consents.record_decisions(
        request.id, mother, {request.items[0].id: "yes"}, "desk"
    )  # she phoned in
    path = service.forms.proof.export_request(request.id, tmp_path / "bewijs.tbewijs")
    assert verify(path, trust=service.forms.proof.own_trust()).exit_code == EXIT_AUTHENTIC
    with zipfile.ZipFile(path) as z:
        pdf = z.read(next(n for n in z.namelist() if n.endswith(".pdf")))
    text = " ".join((pdf_text(pdf) or "").split())
    assert "aan de balie of telefonisch" in text
    assert "aan de balie." not in text and "aan de balie," not in text


def test_the_old_wording_is_still_read_back() -> None:
    assert CHANNEL_LABELS[Channel.DESK] == "aan de balie of telefonisch"
    assert wordings(CHANNEL, "desk") == ("aan de balie of telefonisch", "aan de balie")
