"""The tablet's flow (usecases/signing_flow.py, without Qt) never records a text as shown in a
language it was not shown in: a mother who read every part in Dutch and taps "English" on the
signature pad is shown the English texts first; a confirm in a language the texts were not
shown in saves nothing and says why in the signer's language."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from test_signing_core import en_catalog, three_items, wave

from toestemming.clock import FixedClock
from toestemming.language import text
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
