"""The transitieformulier of a request with withdrawn parts, as its receivers read it.

Sem (17) was asked in English. He said yes to three recipients; two of them got data. Later
he withdrew two parts: one of those recipients has been told (AVG art. 19), the other not yet.
The form is Dutch (forms_views._receiver): its withdrawn parts must be in Dutch too, each on
its own line under the receivers, so the reader sees at a glance which recipient no longer
gets the form, since when, and who still has to be told."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import timedelta
from io import BytesIO
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_checks import flat, text
from pypdf import PdfReader

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.forms_data import TransitionFormData

LONG = "Stichting Regionaal Werkgeversservicepunt Midden-Utrecht en Omstreken"


@pytest.fixture
def withdrawn_form(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> bytes:
    c = catalog
    long = service.catalog.add_recipient(LONG, "arbeid", "Afdeling Jongeren en Arbeidsmarkt")
    service.catalog.revise_purpose(
        c.werk.id, "Guidance to work", "So you get help finding and keeping a job.", "en"
    )
    service.catalog.revise_purpose(
        c.leerplicht.id, "Compulsory education", "So the officer knows your school.", "en"
    )
    sem = make_youth(17, given_name="Sem").youth
    request = service.consents.create_request(
        sem.id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id, c.school.id)),
            ItemSpec(c.werk.id, long.id, (c.contact.id, c.school.id)),
            ItemSpec(c.leerplicht.id, c.rbl.id, (c.contact.id, c.school.id)),
        ],
        language="en",
    )
    uwv, far, rbl = (i.id for i in request.items)
    me = SignerRef.youth(sem.id)
    service.consents.record_decisions(request.id, me, {uwv: "yes", far: "yes", rbl: "yes"}, "desk")
    clock.advance(timedelta(days=1))
    service.sharing.record_disclosure(sem.id, c.uwv.id, c.werk.id, [c.contact.id])
    service.sharing.record_disclosure(sem.id, long.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=5))
    done = service.withdrawals.withdraw([uwv, far], me, "desk")
    told = {r.id: wid for wid, r in done.recipients_to_notify}
    assert set(told) == {c.uwv.id, long.id}
    clock.advance(timedelta(hours=3))
    service.withdrawals.mark_notified(told[c.uwv.id], c.uwv.id)
    pdf = service.forms.render_transition_form(sem.id, TransitionFormData(request_id=request.id))
    if os.environ.get("TT_FORM_OUT"):  # to look at it: pdftoppm -png
        Path(os.environ["TT_FORM_OUT"]).write_bytes(pdf)
    return pdf


def test_withdrawn_parts_are_dutch_on_the_dutch_form(withdrawn_form: bytes) -> None:
    """Before: 'Ingetrokken: UWV – Werkbedrijf, Guidance to work' on the Dutch form."""
    form = flat(withdrawn_form)
    assert "Guidance to work" not in form and "Compulsory" not in form
    assert form.count("Begeleiding naar werk") == 2  # both withdrawn parts, in Dutch


def _rows(pdf: bytes) -> list[str]:
    return [" ".join(line.split()) for line in text(pdf).splitlines() if line.strip()]


def test_each_withdrawn_part_is_listed_under_the_receivers_on_its_own_rows(
    withdrawn_form: bytes,
) -> None:
    """Before: both parts, their dates and who was told ran on in one small-print line inside
    the consent box the youth signs, the long name broken over three lines in the middle."""
    rows = _rows(withdrawn_form)
    start = rows.index("Ingetrokken: krijgen dit formulier niet meer")
    assert rows.index("4. Wie krijgen dit formulier, en waarom") < start
    assert start < rows.index("5. Toestemming")
    listed = " ".join(rows[start:])
    uwv, far = listed.index("UWV – Werkbedrijf"), listed.index(LONG[:30])
    assert uwv < far
    told, untold = listed[uwv:far], listed[far:]
    assert "Ingetrokken op 29-11-2026 11:00 door Sem de Vries (jongere)" in told
    assert "ja — op 29-11-2026 14:00 over de intrekking geïnformeerd" in told
    assert "moet nog" not in told
    assert "ja — moet nog over de intrekking worden geïnformeerd (AVG art. 19)" in untold
    # The recipient is named once per part, not again in the sentence on who was told.
    assert flat(withdrawn_form).count("UWV – Werkbedrijf") == 1
    # The consent box only points there; the youth signs for the receivers above it.
    box = " ".join(rows[rows.index("5. Toestemming") :])
    assert "2 onderdelen zijn ingetrokken (zie onder 4)." in box
    assert "UWV" not in box and "geïnformeerd" not in box


def test_a_withdrawn_part_is_not_split_over_two_pages(withdrawn_form: bytes) -> None:
    """Before: the long-named part's recipient at the foot of page 1, its date and 'moet nog
    worden geïnformeerd' on page 2."""
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(withdrawn_form)).pages]
    (page,) = [p for p in pages if LONG[:30] in p]
    assert "moet nog over de intrekking worden geïnformeerd" in page
    (page,) = [p for p in pages if "UWV – Werkbedrijf" in p]
    assert "over de intrekking geïnformeerd" in page


def test_the_withdrawn_recipient_is_no_receiver(withdrawn_form: bytes) -> None:
    rows = _rows(withdrawn_form)
    receivers = " ".join(
        rows[
            rows.index("4. Wie krijgen dit formulier, en waarom") : rows.index(
                "Ingetrokken: krijgen dit formulier niet meer"
            )
        ]
    )
    assert "RBL Utrecht – Leerplicht" in receivers
    assert "UWV" not in receivers and "Werkgeversservicepunt" not in receivers
