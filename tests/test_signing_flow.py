"""The tablet's state machine (toestemming/usecases/signing_flow.py) on a real vault, without
Qt: as a hurried parent taps — skipping, going back, switching language, walking away — and
as someone trying to sign for another."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from test_signing_core import en_catalog, three_items, wave

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ToestemmingError
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.signature import Signature
from toestemming.usecases.signing_flow import (
    CHOOSE,
    IDLE_SECONDS,
    SPECIAL_NEEDED,
    WITHDRAW_CHOOSE,
    Flow,
    Page,
    SigningFlow,
)

__all__ = ["en_catalog"]


Start = Callable[..., tuple[Any, list[int], SigningFlow]]


@pytest.fixture
def start(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> Start:
    """start(age, parents, cat): a youth, a request of three items (test_signing_core), and
    the tablet's flow for it: (case, item ids, flow)."""

    def begin(
        age: int = 17, parents: int = 0, cat: SimpleNamespace | None = None
    ) -> tuple[Any, list[int], SigningFlow]:
        case = make_youth(age, parents)
        request_id, *items = three_items(service, case.youth.id, cat or catalog)
        return case, items, SigningFlow(service.signing, request_id, clock)

    return begin


def _answer_all(flow: SigningFlow, value: str = "yes") -> None:
    for _ in flow.items:
        flow.answer(value)
        if flow.item.special:
            flow.set_ack(True)
        flow.next_item()


def test_a_whole_signing_from_who_to_thanks_saves_what_was_shown(
    clock: FixedClock, count_rows: Callable[[str], int], start: Start
) -> None:
    _, items, flow = start(13, 2)
    assert flow.page == Page.WHO
    assert len(flow.people) == 2 and flow.waiting == flow.people  # the two parents
    parent = next(p for p in flow.people if p.role != "youth")
    flow.choose_signer(parent)
    assert (flow.page, flow.index, flow.started_at) == (Page.ITEM, 0, clock.now())

    flow.next_item()  # nothing chosen: stays, says why
    assert (flow.page, flow.index, flow.item_problem()) == (Page.ITEM, 0, CHOOSE)
    _answer_all(flow, "yes")
    assert flow.page == Page.SUMMARY
    assert flow.to_signature() and flow.page == Page.SIGN
    assert flow.confirm(wave()) == ""
    assert (flow.page, flow.flow) == (Page.THANKS, Flow.DECISIONS_DONE)
    assert flow.last_session_id is not None
    assert count_rows("decisions") == len(items)  # one per item, in one transaction
    # The thanks page names who is next: the other parent, never the one who just signed.
    (other,) = flow.next_signers
    assert other.signer != parent.signer and other in flow.people

    flow.restart()  # the next person: the one who signed is marked, the others wait
    assert flow.page == Page.WHO and flow.answers == {} and flow.signer is None
    assert parent.signer not in {p.signer for p in flow.waiting}
    assert len(flow.waiting) == 1


def test_special_data_needs_the_tick_and_a_no_does_not(start: Start) -> None:
    _, _, flow = start()
    flow.choose_signer(flow.people[0])
    flow.show_item(2)  # the item with health data
    assert flow.item.special
    flow.answer("yes")
    assert flow.item_problem() == SPECIAL_NEEDED
    flow.next_item()
    assert flow.page == Page.ITEM and flow.index == 2
    flow.set_ack(True)
    assert flow.item_problem() == ""
    flow.set_ack(False)
    flow.answer("no")
    assert flow.item_problem() == ""  # refusing needs no tick
    with pytest.raises(ValueError):
        flow.answer("misschien")


def test_no_signature_before_every_text_was_seen_in_the_recorded_language(
    en_catalog: SimpleNamespace, start: Start
) -> None:
    _, _, flow = start(cat=en_catalog)
    assert set(flow.session.languages) >= {"nl", "en"}
    flow.choose_signer(flow.people[0])
    _answer_all(flow)
    assert flow.set_language("en")
    assert not flow.set_language("xx") and flow.language == "en"
    # Answered in Dutch, then switched on the summary: each text must be seen in English.
    assert not flow.to_signature()
    assert (flow.page, flow.index) == (Page.ITEM, 0)
    flow.next_item()  # item 2, now seen in English
    assert not flow.to_signature() and flow.index == 2
    flow.next_item()  # item 3: then the summary
    assert flow.page == Page.SUMMARY
    assert flow.to_signature() and flow.language == "en"


def test_walking_away_forgets_the_answers(
    service: Service, clock: FixedClock, start: Start
) -> None:
    _, _, flow = start(13, 2)  # two parents: the start is "Wie ben jij?"
    flow.choose_signer(flow.people[0])
    _answer_all(flow)
    assert flow.to_signature()
    clock.advance(timedelta(seconds=IDLE_SECONDS))
    flow.idle()
    assert (flow.page, flow.signer, flow.answers, flow.acks, flow.seen) == (
        Page.WHO,
        None,
        {},
        set(),
        {},
    )
    assert flow.confirm(wave()) != ""  # nothing to sign any more
    assert not any(p.has_signed for p in service.signing.session(flow.request_id).signers)


def test_the_only_person_who_can_sign_starts_on_the_first_item(
    clock: FixedClock, start: Start
) -> None:
    """A youth of 16+ decides alone: no "Wie ben jij?" with one name to tap; the flow opens
    on item 1 for them, and going back from item 1 still shows the start (to withdraw)."""
    case, _, flow = start(17)
    assert flow.known_signer is not None and flow.people == (flow.known_signer,)
    assert flow.known_signer.signer == SignerRef.youth(case.youth.id)
    assert (flow.page, flow.index, flow.signer) == (Page.ITEM, 0, flow.known_signer)
    assert flow.started_at == clock.now() and flow.answers == {}
    flow.answer("yes")
    flow.previous_item()  # "Vorige" on item 1: the start page, answers forgotten
    assert (flow.page, flow.signer, flow.answers) == (Page.WHO, None, {})
    flow.start_withdrawal()  # reachable from there
    assert flow.page == Page.WITHDRAW_WHO
    flow.restart()
    assert flow.page == Page.ITEM  # and straight back to item 1 for the next try

    _answer_all(flow)
    assert flow.to_signature() and flow.confirm(wave()) == ""
    flow.restart()  # signed: nobody waits, the start page shows who signed
    assert flow.known_signer is None and flow.page == Page.WHO
    assert [p.has_signed for p in flow.people] == [True]


def test_the_one_parent_with_gezag_of_a_child_is_the_known_signer(start: Start) -> None:
    case, _, flow = start(10, 1)
    assert flow.page == Page.ITEM
    assert flow.signer is not None
    assert flow.signer.signer == SignerRef.representative(case.parents[0].id)


def test_two_who_decide_are_asked_who_signs(start: Start) -> None:
    _, _, flow = start(13, 2)
    assert flow.known_signer is None
    assert (flow.page, flow.signer, flow.started_at) == (Page.WHO, None, None)


def test_walking_away_from_a_known_signer_forgets_the_answers_too(
    clock: FixedClock, start: Start
) -> None:
    _, _, flow = start(17)
    first_start = flow.started_at
    _answer_all(flow)
    assert flow.to_signature()
    clock.advance(timedelta(seconds=IDLE_SECONDS))
    flow.idle()
    assert (flow.page, flow.index, flow.answers, flow.acks) == (Page.ITEM, 0, {}, set())
    assert set(flow.seen) == {flow.items[0].item_id}  # only what is on screen now
    assert flow.started_at == clock.now() != first_start  # a new session starts now
    assert not flow.to_signature()  # nothing answered: back to item 1, nothing to sign
    assert flow.confirm(wave()) != ""


def test_back_from_the_first_item_is_the_start(start: Start) -> None:
    _, _, flow = start()
    flow.choose_signer(flow.people[0])
    flow.answer("no")
    flow.next_item()
    flow.previous_item()
    assert (flow.page, flow.index) == (Page.ITEM, 0) and flow.answers
    flow.previous_item()
    assert (flow.page, flow.answers) == (Page.WHO, {})


def test_nobody_else_can_sign_or_withdraw_through_the_flow(start: Start) -> None:
    case, _, flow = start(10, 1)  # the parent decides; the child of 10 does not
    assert [p.signer for p in flow.people] == [SignerRef.representative(case.parents[0].id)]
    child = flow.people[0].__class__(SignerRef.youth(case.youth.id), "kind", "youth", "", False)
    with pytest.raises(ToestemmingError):
        flow.choose_signer(child)
    flow.start_withdrawal()
    with pytest.raises(ToestemmingError):
        flow.choose_withdrawer(child)
    assert flow.page == Page.WITHDRAW_WHO


def test_withdrawal_path_signs_and_withdraws(service: Service, start: Start) -> None:
    case, (first, second, third), flow = start()
    flow.choose_signer(flow.people[0])
    _answer_all(flow)
    assert flow.to_signature() and flow.confirm(wave()) == ""

    flow.restart()
    flow.start_withdrawal()
    assert flow.page == Page.WITHDRAW_WHO and flow.flow == Flow.WITHDRAWAL
    flow.choose_withdrawer(flow.withdraw_people[0])
    assert {w.item_id for w in flow.withdrawable} == {first, second, third}
    assert flow.withdrawal_to_signature([]) == WITHDRAW_CHOOSE
    assert flow.withdrawal_to_signature([999_999]) == WITHDRAW_CHOOSE  # not offered
    assert flow.page == Page.WITHDRAW_PICK
    assert flow.withdrawal_to_signature([second, second]) == ""
    assert flow.page == Page.SIGN and flow.withdraw_items == [second]
    assert flow.sign_kind == "withdraw_sign"
    flow.sign_back()
    assert flow.page == Page.WITHDRAW_PICK
    assert flow.withdrawal_to_signature([second]) == ""
    tiny = Signature((), 600, 200, b"", device="tablet")
    assert flow.confirm(tiny) != "" and flow.page == Page.SIGN  # refused, nothing written
    assert flow.confirm(wave()) == ""
    assert (flow.page, flow.flow) == (Page.THANKS, Flow.WITHDRAWAL_DONE)
    status = {v.item_id: v.status.status for v in service.consents.items_for_youth(case.youth.id)}
    assert status[second] == ItemStatus.WITHDRAWN and status[first] == ItemStatus.GIVEN


def test_a_request_nobody_may_decide_on_is_refused_before_anything_shows(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    case = make_youth(10, 1)
    request_id, *_ = three_items(service, case.youth.id, catalog)
    service.people.set_gezag(case.parents[0].id, False)  # now nobody with gezag is known
    with pytest.raises(RuleViolation):
        SigningFlow(service.signing, request_id, clock)


def test_someone_who_signed_cannot_be_chosen_again(start: Start, service: Service) -> None:
    """Two parents: the second, in a hurry, taps the first one's name (✓). The flow refuses
    it and nothing changes; the second parent's own name still works. Changing one's mind
    goes through the worker (withdrawal or a new request), not a second signature here."""
    _, items, flow = start(13, 2)
    first, second = flow.people
    flow.choose_signer(first)
    _answer_all(flow)
    assert flow.to_signature() and flow.confirm(wave()) == ""
    assert [p.signer for p in flow.next_signers] == [second.signer]
    assert not flow.all_signed
    flow.restart()
    assert flow.page == Page.WHO
    done = flow.people[0]
    assert done.signer == first.signer and done.has_signed
    with pytest.raises(ToestemmingError) as raised:
        flow.choose_signer(done)
    assert raised.value.message_id == "error-signing-already-signed"
    assert "getekend" in raised.value.text_in("nl") and "signed" in raised.value.text_in("en")
    assert (flow.page, flow.signer, flow.started_at) == (Page.WHO, None, None)
    # The stale choice from before the restart (has_signed False in it) is refused too: the
    # flow looks at who signed now, not at what the page was handed.
    with pytest.raises(ToestemmingError):
        flow.choose_signer(first)

    flow.choose_signer(flow.people[1])
    _answer_all(flow, "no")
    assert flow.to_signature() and flow.confirm(wave()) == ""
    assert flow.next_signers == () and flow.all_signed
    signers = service.vault.db.query(
        "SELECT DISTINCT signer_kind, signer_id FROM decisions WHERE item_id IN (?,?,?)", items
    )
    assert len(signers) == 2


def test_the_only_signer_who_signed_leaves_nobody_to_choose(start: Start) -> None:
    _, _, flow = start(17)
    _answer_all(flow)
    assert flow.to_signature() and flow.confirm(wave()) == ""
    assert flow.next_signers == () and flow.all_signed
    flow.restart()
    assert flow.page == Page.WHO and flow.known_signer is None
    with pytest.raises(ToestemmingError):
        flow.choose_signer(flow.people[0])
    assert flow.signer is None


def test_a_parent_who_answered_other_items_still_signs_the_one_left_for_them(
    start: Start, service: Service, clock: FixedClock
) -> None:
    """The second parent that week: both answered items 1 and 2 at the desk, the first
    parent item 3 too. Item 3 waits for the second parent, who is not 'done' (✓) for having
    answered other items of the request; the first parent, who answered everything still
    open, is. (The one-signature rule first counted any answer to the request: the second
    parent could not be chosen at all.)"""
    case, items, _ = start(13, 2)
    first, second = (
        SignerRef.representative(r.id) for r in service.people.representatives(case.youth.id)
    )
    request_id = _request_of(service, items[0])
    service.consents.record_decisions(
        request_id, first, dict.fromkeys(items, "yes"), "desk", special_ack=items
    )
    service.consents.record_decisions(request_id, second, dict.fromkeys(items[:2], "yes"), "desk")
    flow = SigningFlow(service.signing, request_id, clock)
    done = {p.signer: p.has_signed for p in flow.people}
    assert done == {first: True, second: False}
    flow.choose_signer(next(p for p in flow.people if p.signer == second))
    _answer_all(flow)
    assert flow.to_signature() and flow.confirm(wave()) == ""
    assert flow.all_signed


def _request_of(service: Service, item_id: int) -> int:
    return int(
        service.vault.db.query("SELECT request_id FROM consent_items WHERE id = ?", (item_id,))[0][
            0
        ]
    )
