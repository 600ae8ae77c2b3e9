"""What a signer takes home is in the language they signed in: the receipt of their answers and
the confirmation of a withdrawal, both read back from the real PDF (pypdf). Dutch signings keep
Dutch documents."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader
from test_signing_core import wave

from toestemming.clock import FixedClock
from toestemming.model import Answer, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def signed(
    service: Service, catalog: SimpleNamespace, make_youth: Any, clock: FixedClock
) -> SimpleNamespace:
    """A 15-year-old's parent signs two items; the catalog speaks English too."""
    c = service.catalog
    c.revise_purpose(catalog.werk.id, "Guidance to work", "So you get help finding work.", "en")
    c.revise_purpose(catalog.stage.id, "Arranging a placement", "So your host knows.", "en")
    c.set_category_english_name(catalog.contact.id, "Contact details")
    case = make_youth(15, parents=1)
    request = service.consents.create_request(
        case.youth.id,
        [
            ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,)),
            ItemSpec(catalog.stage.id, catalog.werkgever.id, (catalog.school.id,)),
        ],
    )
    parent = SignerRef.representative(case.parents[0].id)
    return SimpleNamespace(request=request, parent=parent, youth=case.youth)


def _sign(service: Service, signed: SimpleNamespace, language: str, clock: FixedClock) -> int:
    session = service.signing.session(signed.request.id)
    shown = {i.item_id: i.texts[language][1] for i in session.items}
    first, second = (i.item_id for i in session.items)
    result = service.signing.sign_decisions(
        signed.request.id,
        signed.parent,
        language,
        {first: Answer.YES, second: Answer.YES},
        (),
        shown,
        wave(),
        clock.now(),
    )
    return result.session_id


def test_english_signing_gets_an_english_receipt(
    service: Service, signed: SimpleNamespace, clock: FixedClock
) -> None:
    session_id = _sign(service, signed, "en", clock)
    pdf, name = service.signing_receipts.receipt_document(session_id)
    text = _text(pdf)
    assert name == "receipt.pdf"
    assert "Consent receipt" in text and "Receipt: your choices" in text
    # Purpose titles as the signer read them, the role in English, English footer.
    assert "Guidance to work" in text and "Arranging a placement" in text
    assert "(parent)" in text and "Language of the text" in text and "English" in text
    assert "Made on" in text and "page 1 of 1" in text
    assert "Begeleiding naar werk" not in text and "ouder" not in text
    record = service.signing_receipts.record(session_id)
    assert record.role_label == "parent"


def test_dutch_signing_keeps_a_dutch_receipt(
    service: Service, signed: SimpleNamespace, clock: FixedClock
) -> None:
    pdf, name = service.signing_receipts.receipt_document(_sign(service, signed, "nl", clock))
    text = _text(pdf)
    assert name == "ontvangstbewijs.pdf"
    assert "Ontvangstbewijs: uw keuzes" in text and "Begeleiding naar werk" in text
    assert "(ouder)" in text and "Gemaakt op" in text and "pagina 1 van 1" in text
    assert "Receipt" not in text


def test_withdrawal_signed_in_english_is_confirmed_in_english(
    service: Service, signed: SimpleNamespace, clock: FixedClock
) -> None:
    _sign(service, signed, "nl", clock)
    first = signed.request.items[0].id
    withdrawn = service.signing.sign_withdrawal([first], signed.parent, "en", wave(), clock.now())
    pdf, name = service.signing_receipts.receipt_document(withdrawn.session_id)
    text = _text(pdf)
    assert name == "withdrawal-confirmation.pdf"
    assert "Confirmation: consent withdrawn" in text and "What was withdrawn" in text
    assert "Guidance to work" in text and "Contact details" in text
    assert "signed on a tablet" in text and "(parent)" in text and "page 1 of 1" in text
    assert "ingetrokken" not in text.lower()
    # The desk's own copy (Documenten) stays Dutch.
    ids = [w.id for w in withdrawn.result.withdrawals]
    desk = _text(service.forms.render_withdrawal_confirmation(ids))
    assert "Bevestiging: toestemming ingetrokken" in desk and "Begeleiding naar werk" in desk
