"""The tablet's flow (usecases/signing_flow.py, without Qt) never records a text as shown in a
language it was not shown in: a mother who read every part in Dutch and taps "English" on the
signature pad is shown the English texts first; a confirm in a language the texts were not
shown in saves nothing and says why in the signer's language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from test_signing_core import en_catalog, three_items, wave

from toestemming.clock import FixedClock
from toestemming.language import text
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.signing_flow import Flow, Page, SigningFlow

__all__ = ["en_catalog"]


@pytest.fixture
def at_the_pad(
    service: Service,
    en_catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> SigningFlow:
    """Sanne (17) has answered every part in Dutch and stands at the signature pad."""
    case = make_youth(17)
    request_id, *_ = three_items(service, case.youth.id, en_catalog)
    flow = SigningFlow(service.signing, request_id, clock)
    for _ in flow.items:
        flow.answer("yes")
        if flow.item.special:
            flow.set_ack(True)
        flow.next_item()
    assert flow.page == Page.SUMMARY and flow.to_signature() and flow.page == Page.SIGN
    return flow


def test_a_switch_on_the_pad_shows_the_texts_in_that_language_first(
    service: Service, at_the_pad: SigningFlow, count_rows: Callable[[str], int]
) -> None:
    flow = at_the_pad
    assert flow.set_language("en")
    assert (flow.page, flow.index, flow.language) == (Page.ITEM, 0, "en")
    # Switched back before reading anything: every text was shown in Dutch, the pad again.
    assert flow.set_language("nl")
    assert flow.page == Page.ITEM  # on an item page a switch stays there
    flow.show_summary()
    assert flow.to_signature() and flow.page == Page.SIGN
    assert flow.confirm(wave()) == ""
    rows = service.vault.db.query("SELECT DISTINCT language FROM decisions")
    assert [r[0] for r in rows] == ["nl"]
    assert count_rows("decisions") == 3


def test_a_confirm_in_a_language_not_shown_saves_nothing(
    at_the_pad: SigningFlow, count_rows: Callable[[str], int]
) -> None:
    flow = at_the_pad
    flow.language = "en"  # changed behind the flow's back (no set_language)
    assert flow.confirm(wave()) == text("en", "error-texts-not-shown")
    assert flow.page == Page.SIGN and flow.flow == Flow.DECISIONS
    assert count_rows("decisions") == 0 and count_rows("signing_sessions") == 0


def test_nothing_to_sign_is_said_in_the_signers_language(
    service: Service,
    en_catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    case = make_youth(17)
    request_id, *_ = three_items(service, case.youth.id, en_catalog)
    flow = SigningFlow(service.signing, request_id, clock)
    flow.set_language("en")
    assert flow.confirm(wave()) == "There is nothing to sign yet."


def test_a_refusal_of_the_rules_reaches_an_arabic_signer_in_arabic(
    service: Service,
    en_catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    count_rows: Callable[[str], int],
) -> None:
    """Sanne answers on the tablet in Arabic; meanwhile the worker records her same answers
    at the desk (she phoned). Her confirm is refused by the rules (answered already): she
    is told so in Arabic — hand the tablet over — and the worker reads the reason."""
    for purpose in (en_catalog.werk, en_catalog.stage, en_catalog.leerplicht):
        service.catalog.revise_purpose(purpose.id, "الإرشاد", "لكي تحصل على مساعدة.", "ar")
    case = make_youth(17)
    request_id, *items = three_items(service, case.youth.id, en_catalog)
    flow = SigningFlow(service.signing, request_id, clock)
    assert flow.set_language("ar")
    for _ in flow.items:
        flow.answer("yes")
        if flow.item.special:
            flow.set_ack(True)
        flow.next_item()
    assert flow.to_signature()
    clock.advance(timedelta(minutes=5))
    service.consents.record_decisions(
        request_id, SignerRef.youth(case.youth.id), dict.fromkeys(items, "yes"), "desk",
        special_ack=items,
    )  # fmt: skip
    before = count_rows("decisions")
    said = flow.confirm(wave())
    worker = text("nl", "error-consent-answer-already-given", positions="1, 2, 3")
    assert said == text("ar", "error-for-the-worker", reason=worker)
    assert said.startswith("لم يتم الحفظ")  # her own language first
    assert count_rows("decisions") == before and count_rows("signing_sessions") == 0
