"""Table tests of the pure consent rules (toestemming.rules): no database, no clock."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import pytest

from toestemming.model import (
    AdultProtection,
    Answer,
    Channel,
    Decision,
    ItemAction,
    ItemActionKind,
    ItemStatus,
    ParentPolicy,
    Policy,
    Representative,
    RepresentativeRole,
    SignerRef,
    StatusInfo,
    Withdrawal,
    Youth,
)
from toestemming.rules import (
    ItemFacts,
    Regime,
    age_on,
    birthday_in_year,
    item_status,
    may_sign,
    may_withdraw,
    sixteenth_birthday,
    who_must_decide,
)
from toestemming.share_rule import Candidate, may_share

DAY = date(2026, 11, 23)
AT = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
YOUTH_ID = 1
ITEM_ID = 7

ALL = Policy()
ONE = Policy(parent_policy=ParentPolicy.ONE_WITH_GEZAG)
CO = Policy(co_decision_12_15=True)

_ids = itertools.count(1)


def born_aged(age: int, day: date = DAY) -> date:
    """Exactly `age` on `day`, 40 days after the last birthday."""
    last = day - timedelta(days=40)
    return last.replace(year=last.year - age)


def youth(born: date, protection: AdultProtection = AdultProtection.NONE) -> Youth:
    return Youth(YOUTH_ID, "Fleur", "de Vries", born, protection=protection)


def rep(
    rep_id: int, role: RepresentativeRole = RepresentativeRole.PARENT, gezag: bool = True
) -> Representative:
    return Representative(rep_id, YOUTH_ID, f"Vertegenwoordiger {rep_id}", role, gezag)


P1 = rep(11)
P2 = rep(12)
P_NO_GEZAG = rep(13, gezag=False)
VOOGD = rep(14, RepresentativeRole.GUARDIAN, gezag=False)  # a voogd always holds gezag
CURATOR = rep(15, RepresentativeRole.CURATOR, gezag=False)
MENTOR = rep(16, RepresentativeRole.MENTOR, gezag=False)
YOU = SignerRef.youth(YOUTH_ID)


def ref(r: Representative) -> SignerRef:
    return SignerRef.representative(r.id)


def decision(signer: SignerRef, answer: Answer, at: datetime) -> Decision:
    role = "youth" if signer == YOU else "parent"
    return Decision(
        next(_ids), ITEM_ID, signer, role, answer, at, at, Channel.DESK, 1, None, False, "0" * 64
    )


def yes(signer: SignerRef, at: datetime = AT) -> Decision:
    return decision(signer, Answer.YES, at)


def no(signer: SignerRef, at: datetime = AT) -> Decision:
    return decision(signer, Answer.NO, at)


def withdrawal(signer: SignerRef, at: datetime) -> Withdrawal:
    return Withdrawal(next(_ids), ITEM_ID, signer, at, at, Channel.EMAIL, 1, None)


def action(kind: ItemActionKind, at: datetime) -> ItemAction:
    return ItemAction(next(_ids), ITEM_ID, kind, at, 1, "reden")


def facts(valid_until: date = date(2027, 11, 22), valid_from: date = DAY) -> ItemFacts:
    return ItemFacts(ITEM_ID, valid_from, valid_until, AT - timedelta(hours=1))


def status(
    who: Youth,
    reps: Sequence[Representative],
    decisions: Sequence[Decision] = (),
    *,
    withdrawals: Sequence[Withdrawal] = (),
    actions: Sequence[ItemAction] = (),
    at: datetime = AT,
    policy: Policy = ALL,
    item: ItemFacts | None = None,
) -> StatusInfo:
    return item_status(item or facts(), who, reps, policy, decisions, withdrawals, actions, at)


# --- age ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (date(2010, 11, 23), date(2026, 11, 22), 15),  # the day before the 16th birthday
        (date(2010, 11, 23), date(2026, 11, 23), 16),  # the 16th birthday
        (date(2010, 11, 23), date(2026, 11, 24), 16),
        (date(2010, 11, 23), date(2027, 11, 22), 16),
        (date(2010, 11, 23), date(2027, 11, 23), 17),
        (date(2010, 1, 1), date(2026, 12, 31), 16),
        (date(2010, 12, 31), date(2026, 1, 1), 15),
        # Born 29 February: in common years the birthday is 1 March.
        (date(2008, 2, 29), date(2026, 2, 28), 17),
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2012, 2, 29), date(2027, 2, 28), 14),
        (date(2012, 2, 29), date(2027, 3, 1), 15),
        # ... and in leap years on 29 February itself.
        (date(2008, 2, 29), date(2024, 2, 28), 15),
        (date(2008, 2, 29), date(2024, 2, 29), 16),
        (date(2008, 2, 29), date(2024, 3, 1), 16),
        (date(2012, 2, 29), date(2028, 2, 28), 15),
        (date(2012, 2, 29), date(2028, 2, 29), 16),
        # Born on 1 March: unaffected by leap years.
        (date(2008, 3, 1), date(2026, 2, 28), 17),
        (date(2008, 3, 1), date(2024, 2, 29), 15),
        (date(2008, 3, 1), date(2024, 3, 1), 16),
    ],
)
def test_age_on(birth: date, day: date, age: int) -> None:
    assert age_on(birth, day) == age


@pytest.mark.parametrize(
    ("birth", "year", "birthday"),
    [
        (date(2008, 2, 29), 2026, date(2026, 3, 1)),
        (date(2008, 2, 29), 2028, date(2028, 2, 29)),
        (date(2008, 2, 29), 2100, date(2100, 3, 1)),  # 2100 is not a leap year
        (date(2010, 11, 23), 2026, date(2026, 11, 23)),
    ],
)
def test_birthday_in_year(birth: date, year: int, birthday: date) -> None:
    assert birthday_in_year(birth, year) == birthday


def test_sixteenth_birthday() -> None:
    assert sixteenth_birthday(date(2010, 11, 23)) == date(2026, 11, 23)
    assert sixteenth_birthday(date(2008, 2, 29)) == date(2024, 2, 29)


def test_regime_changes_on_the_sixteenth_birthday_of_a_leap_day_child() -> None:
    y = youth(date(2012, 2, 29))
    assert who_must_decide(y, [P1], ALL, date(2028, 2, 28)).regime == Regime.PARENTS
    assert who_must_decide(y, [P1], ALL, date(2028, 2, 29)).regime == Regime.YOUTH


def test_curatele_starts_counting_on_1_march_for_a_leap_day_adult() -> None:
    y = youth(date(2008, 2, 29), AdultProtection.CURATELE)
    assert who_must_decide(y, [CURATOR], ALL, date(2026, 2, 28)).regime == Regime.YOUTH
    req = who_must_decide(y, [CURATOR], ALL, date(2026, 3, 1))
    assert req.regime == Regime.ADULT_REPRESENTATIVE
    assert req.signers == (ref(CURATOR),)


# --- who must decide ------------------------------------------------------------------------


def test_two_parents_with_gezag_policy_all_needs_two_slots() -> None:
    req = who_must_decide(youth(born_aged(14)), [P1, P2], ALL, DAY)
    assert req.regime == Regime.PARENTS
    assert req.age == 14
    assert [slot.signers for slot in req.slots] == [(ref(P1),), (ref(P2),)]
    assert req.signers == (ref(P1), ref(P2))
    assert req.blocked_reason is None
    assert req.inform_youth is True
    assert "beide ouders" in req.explanation


def test_two_parents_with_gezag_policy_one_needs_one_slot_with_both() -> None:
    req = who_must_decide(youth(born_aged(14)), [P1, P2], ONE, DAY)
    assert req.regime == Regime.PARENTS
    assert [slot.signers for slot in req.slots] == [(ref(P1), ref(P2))]
    assert req.blocked_reason is None
    assert "één" in req.explanation


@pytest.mark.parametrize("policy", [ALL, ONE])
def test_only_the_parent_with_gezag_decides(policy: Policy) -> None:
    req = who_must_decide(youth(born_aged(13)), [P1, P_NO_GEZAG], policy, DAY)
    assert [slot.signers for slot in req.slots] == [(ref(P1),)]
    assert not may_sign(req, ref(P_NO_GEZAG))
    assert may_sign(req, ref(P1))


def test_a_voogd_decides() -> None:
    req = who_must_decide(youth(born_aged(15)), [P_NO_GEZAG, VOOGD], ALL, DAY)
    assert req.regime == Regime.PARENTS
    assert [slot.signers for slot in req.slots] == [(ref(VOOGD),)]
    assert req.blocked_reason is None


@pytest.mark.parametrize("reps", [[], [P_NO_GEZAG], [CURATOR]])
def test_no_gezag_holder_blocks(reps: list[Representative]) -> None:
    req = who_must_decide(youth(born_aged(15)), reps, ALL, DAY)
    assert req.slots == ()
    assert req.signers == ()
    assert req.blocked_reason is not None
    assert "gezag" in req.blocked_reason


@pytest.mark.parametrize("age", [16, 17])
@pytest.mark.parametrize("policy", [ALL, ONE, CO])
def test_sixteen_and_seventeen_decide_alone(age: int, policy: Policy) -> None:
    req = who_must_decide(youth(born_aged(age)), [P1, P2], policy, DAY)
    assert req.regime == Regime.YOUTH
    assert req.age == age
    assert [slot.signers for slot in req.slots] == [(YOU,)]
    assert not may_sign(req, ref(P1))
    assert req.blocked_reason is None
    assert req.inform_youth is False


def test_on_the_sixteenth_birthday_the_youth_decides() -> None:
    y = youth(date(2010, 11, 23))
    assert who_must_decide(y, [P1, P2], ALL, date(2026, 11, 22)).regime == Regime.PARENTS
    assert who_must_decide(y, [P1, P2], ALL, date(2026, 11, 23)).regime == Regime.YOUTH


def test_seventeen_under_curatele_still_decides_alone() -> None:
    req = who_must_decide(youth(born_aged(17), AdultProtection.CURATELE), [CURATOR], ALL, DAY)
    assert req.regime == Regime.YOUTH


def test_adult_without_protection_decides_alone() -> None:
    req = who_must_decide(youth(born_aged(19)), [P1, CURATOR], ALL, DAY)
    assert req.regime == Regime.YOUTH
    assert req.signers == (YOU,)


@pytest.mark.parametrize(
    ("protection", "person", "noun"),
    [
        (AdultProtection.CURATELE, CURATOR, "curator"),
        (AdultProtection.MENTORSCHAP, MENTOR, "mentor"),
    ],
)
def test_adult_under_protection_representative_decides(
    protection: AdultProtection, person: Representative, noun: str
) -> None:
    req = who_must_decide(youth(born_aged(19), protection), [P1, CURATOR, MENTOR], ALL, DAY)
    assert req.regime == Regime.ADULT_REPRESENTATIVE
    assert req.signers == (ref(person),)
    assert req.blocked_reason is None
    assert noun in req.explanation
    assert not may_sign(req, YOU)


@pytest.mark.parametrize(
    ("protection", "reps", "noun"),
    [
        (AdultProtection.CURATELE, [], "curator"),
        (AdultProtection.CURATELE, [MENTOR, P1], "curator"),
        (AdultProtection.MENTORSCHAP, [CURATOR], "mentor"),
    ],
)
def test_adult_under_protection_without_representative_is_blocked(
    protection: AdultProtection, reps: list[Representative], noun: str
) -> None:
    req = who_must_decide(youth(born_aged(20), protection), reps, ALL, DAY)
    assert req.regime == Regime.ADULT_REPRESENTATIVE
    assert req.slots == ()
    assert req.blocked_reason is not None
    assert noun in req.blocked_reason


@pytest.mark.parametrize("age", [12, 13, 15])
def test_co_decision_policy_on_adds_the_youth(age: int) -> None:
    req = who_must_decide(youth(born_aged(age)), [P1, P2], CO, DAY)
    assert req.regime == Regime.PARENTS_AND_YOUTH
    assert [slot.signers for slot in req.slots] == [(ref(P1),), (ref(P2),), (YOU,)]
    assert req.inform_youth is False
    assert may_sign(req, YOU)


@pytest.mark.parametrize("age", [12, 15])
def test_co_decision_policy_off_parents_only(age: int) -> None:
    req = who_must_decide(youth(born_aged(age)), [P1, P2], ALL, DAY)
    assert req.regime == Regime.PARENTS
    assert YOU not in req.signers
    assert req.inform_youth is True


def test_co_decision_policy_does_not_apply_at_eleven() -> None:
    req = who_must_decide(youth(born_aged(11)), [P1, P2], CO, DAY)
    assert req.regime == Regime.PARENTS
    assert req.signers == (ref(P1), ref(P2))
    assert YOU not in req.signers


def test_co_decision_with_one_parent_policy() -> None:
    req = who_must_decide(
        youth(born_aged(13)), [P1, P2], Policy(ParentPolicy.ONE_WITH_GEZAG, True), DAY
    )
    assert [slot.signers for slot in req.slots] == [(ref(P1), ref(P2)), (YOU,)]


def test_birth_after_the_day_is_blocked() -> None:
    req = who_must_decide(youth(DAY + timedelta(days=1)), [P1], ALL, DAY)
    assert req.blocked_reason is not None
    assert req.slots == ()


def test_may_withdraw() -> None:
    under = who_must_decide(youth(born_aged(15)), [P1, P2], ALL, DAY)
    assert may_withdraw(under, youth(born_aged(15)), ref(P1))
    assert not may_withdraw(under, youth(born_aged(15)), YOU)
    over = who_must_decide(youth(born_aged(16)), [P1, P2], ALL, DAY)
    assert may_withdraw(over, youth(born_aged(16)), YOU)
    assert not may_withdraw(over, youth(born_aged(16)), ref(P1))


# --- item status ----------------------------------------------------------------------------

Y15 = youth(born_aged(15))
Y17 = youth(born_aged(17))
LATER = AT + timedelta(hours=2)


@pytest.mark.parametrize(
    ("decisions", "policy", "expected"),
    [
        ([], ALL, ItemStatus.REQUESTED),
        ([], ONE, ItemStatus.REQUESTED),
        ([yes(ref(P1)), yes(ref(P2))], ALL, ItemStatus.GIVEN),
        ([yes(ref(P1)), yes(ref(P2))], ONE, ItemStatus.GIVEN),
        ([yes(ref(P1))], ALL, ItemStatus.REQUESTED),
        ([yes(ref(P2))], ALL, ItemStatus.REQUESTED),
        ([yes(ref(P1))], ONE, ItemStatus.GIVEN),
        ([yes(ref(P2))], ONE, ItemStatus.GIVEN),
        ([yes(ref(P1)), no(ref(P2))], ALL, ItemStatus.CONFLICTING),
        ([yes(ref(P1)), no(ref(P2))], ONE, ItemStatus.CONFLICTING),
        ([no(ref(P1)), no(ref(P2))], ALL, ItemStatus.REFUSED),
        ([no(ref(P1)), no(ref(P2))], ONE, ItemStatus.REFUSED),
        ([no(ref(P1))], ALL, ItemStatus.REFUSED),
        ([no(ref(P1))], ONE, ItemStatus.REFUSED),
        # the latest decision of a signer wins
        ([no(ref(P1)), yes(ref(P1), LATER), yes(ref(P2))], ALL, ItemStatus.GIVEN),
        ([yes(ref(P1)), yes(ref(P2)), no(ref(P2), LATER)], ALL, ItemStatus.CONFLICTING),
        # a parent without gezag and the youth under 16 do not count
        ([yes(ref(P1)), yes(ref(P_NO_GEZAG))], ALL, ItemStatus.REQUESTED),
        ([yes(YOU)], ALL, ItemStatus.REQUESTED),
        ([yes(ref(P1)), yes(ref(P2)), no(YOU)], ALL, ItemStatus.GIVEN),
    ],
)
def test_status_of_a_fifteen_year_old(
    decisions: list[Decision], policy: Policy, expected: ItemStatus
) -> None:
    at = LATER + timedelta(minutes=1)
    st = status(Y15, [P1, P2, P_NO_GEZAG], decisions, policy=policy, at=at)
    assert st.status == expected
    assert st.needs_reconfirmation is False
    assert st.reason


def test_same_moment_later_id_wins() -> None:
    first, second = no(YOU), yes(YOU)
    assert first.id < second.id and first.decided_at == second.decided_at
    assert status(Y17, [], [second, first]).status == ItemStatus.GIVEN


@pytest.mark.parametrize(
    ("decisions", "expected"),
    [
        ([yes(ref(P1)), yes(ref(P2)), yes(YOU)], ItemStatus.GIVEN),
        ([yes(ref(P1)), yes(ref(P2))], ItemStatus.REQUESTED),
        ([yes(YOU)], ItemStatus.REQUESTED),
        ([yes(ref(P1)), yes(ref(P2)), no(YOU)], ItemStatus.CONFLICTING),
        ([no(YOU)], ItemStatus.REFUSED),
    ],
)
def test_status_under_co_decision(decisions: list[Decision], expected: ItemStatus) -> None:
    assert status(youth(born_aged(13)), [P1, P2], decisions, policy=CO).status == expected


def test_seventeen_year_old_decides_alone() -> None:
    assert status(Y17, [P1, P2], [yes(YOU)]).status == ItemStatus.GIVEN
    assert status(Y17, [P1, P2], [no(YOU)]).status == ItemStatus.REFUSED
    # parents' answers recorded at 17 do not count
    assert status(Y17, [P1, P2], [yes(ref(P1)), yes(ref(P2))]).status == ItemStatus.REQUESTED


def test_blocked_requirement_is_the_reason() -> None:
    st = status(Y15, [P_NO_GEZAG])
    assert st.status == ItemStatus.REQUESTED
    assert "gezag" in st.reason


def test_withdrawal() -> None:
    given = [yes(ref(P1)), yes(ref(P2))]
    w_at = AT + timedelta(days=3)
    w = withdrawal(ref(P1), w_at)
    before = status(Y15, [P1, P2], given, withdrawals=[w], at=w_at - timedelta(seconds=1))
    assert before.status == ItemStatus.GIVEN
    after = status(Y15, [P1, P2], given, withdrawals=[w], at=w_at)
    assert after.status == ItemStatus.WITHDRAWN
    assert after.since == w_at
    # withdrawal beats a later yes
    again = [*given, yes(ref(P1), w_at + timedelta(days=1))]
    st = status(Y15, [P1, P2], again, withdrawals=[w], at=w_at + timedelta(days=2))
    assert st.status == ItemStatus.WITHDRAWN


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (ItemActionKind.REVOKE, ItemStatus.REVOKED),
        (ItemActionKind.INVALIDATE, ItemStatus.INVALIDATED),
        (ItemActionKind.SUPERSEDE, ItemStatus.SUPERSEDED),
    ],
)
def test_organisation_actions(kind: ItemActionKind, expected: ItemStatus) -> None:
    when = AT + timedelta(days=1)
    a = action(kind, when)
    before = status(Y17, [], [yes(YOU)], actions=[a], at=when - timedelta(seconds=1))
    assert before.status == ItemStatus.GIVEN
    st = status(Y17, [], [yes(YOU)], actions=[a], at=when + timedelta(days=1))
    assert st.status == expected
    assert st.since == when


def test_earliest_terminal_event_wins() -> None:
    w = withdrawal(YOU, AT + timedelta(days=1))
    a = action(ItemActionKind.REVOKE, AT + timedelta(days=2))
    st = status(Y17, [], [yes(YOU)], withdrawals=[w], actions=[a], at=AT + timedelta(days=3))
    assert st.status == ItemStatus.WITHDRAWN
    a2 = action(ItemActionKind.INVALIDATE, AT + timedelta(hours=1))
    st = status(Y17, [], [yes(YOU)], withdrawals=[w], actions=[a2], at=AT + timedelta(days=3))
    assert st.status == ItemStatus.INVALIDATED


@pytest.mark.parametrize(
    ("decisions", "on_last_day", "after"),
    [
        ([yes(YOU)], ItemStatus.GIVEN, ItemStatus.EXPIRED),
        ([], ItemStatus.REQUESTED, ItemStatus.EXPIRED),
        ([no(YOU)], ItemStatus.REFUSED, ItemStatus.REFUSED),
    ],
)
def test_expiry(decisions: list[Decision], on_last_day: ItemStatus, after: ItemStatus) -> None:
    item = facts(valid_until=date(2026, 12, 31))
    last = datetime(2026, 12, 31, 22, 59, tzinfo=UTC)  # 23:59 in Amsterdam
    assert status(Y17, [], decisions, item=item, at=last).status == on_last_day
    st = status(Y17, [], decisions, item=item, at=last + timedelta(minutes=2))
    assert st.status == after
    if after == ItemStatus.EXPIRED:
        assert "31-12-2026" in st.reason


def test_withdrawn_stays_withdrawn_after_expiry() -> None:
    item = facts(valid_until=date(2026, 12, 31))
    w = withdrawal(YOU, AT + timedelta(days=1))
    st = status(Y17, [], [yes(YOU)], withdrawals=[w], item=item, at=AT + timedelta(days=90))
    assert st.status == ItemStatus.WITHDRAWN


def test_decisions_after_the_moment_are_ignored() -> None:
    decisions = [yes(YOU, AT + timedelta(days=1)), no(YOU, AT + timedelta(days=5))]
    assert status(Y17, [], decisions, at=AT).status == ItemStatus.REQUESTED
    assert status(Y17, [], decisions, at=AT + timedelta(days=1)).status == ItemStatus.GIVEN
    assert status(Y17, [], decisions, at=AT + timedelta(days=4)).status == ItemStatus.GIVEN
    assert status(Y17, [], decisions, at=AT + timedelta(days=5)).status == ItemStatus.REFUSED


# Turning 16: a youth born 2010-12-10 is 15 on DAY and 16 from 10 December 2026.
TURNS_16 = youth(date(2010, 12, 10))
BIRTHDAY = datetime(2026, 12, 10, 10, 0, tzinfo=UTC)
PARENTS_YES = [yes(ref(P1)), yes(ref(P2))]


def test_parental_consent_given_before_16() -> None:
    st = status(TURNS_16, [P1, P2], PARENTS_YES, at=BIRTHDAY - timedelta(days=1))
    assert st.status == ItemStatus.GIVEN
    assert st.needs_reconfirmation is False


def test_parental_consent_needs_reconfirmation_after_16() -> None:
    st = status(TURNS_16, [P1, P2], PARENTS_YES, at=BIRTHDAY)
    assert st.status == ItemStatus.GIVEN
    assert st.needs_reconfirmation is True
    assert "herbevestigen" in st.reason


def test_youth_reconfirms_at_16() -> None:
    decisions = [*PARENTS_YES, yes(YOU, BIRTHDAY + timedelta(days=2))]
    st = status(TURNS_16, [P1, P2], decisions, at=BIRTHDAY + timedelta(days=3))
    assert st.status == ItemStatus.GIVEN
    assert st.needs_reconfirmation is False


def test_youth_refuses_at_16() -> None:
    decisions = [*PARENTS_YES, no(YOU, BIRTHDAY + timedelta(days=2))]
    st = status(TURNS_16, [P1, P2], decisions, at=BIRTHDAY + timedelta(days=3))
    assert st.status == ItemStatus.REFUSED
    assert st.needs_reconfirmation is False


def test_parental_refusal_stays_refused_after_16_without_reconfirmation() -> None:
    st = status(TURNS_16, [P1, P2], [no(ref(P1))], at=BIRTHDAY + timedelta(days=1))
    assert st.status == ItemStatus.REFUSED
    assert st.needs_reconfirmation is False


def test_half_given_by_parents_is_still_requested_after_16() -> None:
    st = status(TURNS_16, [P1, P2], [yes(ref(P1))], at=BIRTHDAY + timedelta(days=1))
    assert st.status == ItemStatus.REQUESTED
    assert st.needs_reconfirmation is False


def test_parental_yes_after_16_does_not_count() -> None:
    late = [yes(ref(P1), BIRTHDAY), yes(ref(P2), BIRTHDAY)]
    st = status(TURNS_16, [P1, P2], late, at=BIRTHDAY + timedelta(days=1))
    assert st.status == ItemStatus.REQUESTED


def test_youth_yes_at_15_does_not_count_at_16() -> None:
    st = status(TURNS_16, [P1, P2], [yes(YOU)], at=BIRTHDAY + timedelta(days=1))
    assert st.status == ItemStatus.REQUESTED


def test_age_at_decision_uses_the_dutch_calendar_date() -> None:
    # 23:30 UTC on 9 December is 00:30 on 10 December in Amsterdam: the 16th birthday.
    moment = datetime(2026, 12, 9, 23, 30, tzinfo=UTC)
    st = status(TURNS_16, [P1, P2], [yes(YOU, moment)], at=moment)
    assert st.status == ItemStatus.GIVEN
    assert st.needs_reconfirmation is False


def test_curator_consent_after_eighteen() -> None:
    y = youth(born_aged(19), AdultProtection.CURATELE)
    assert status(y, [CURATOR], [yes(ref(CURATOR))]).status == ItemStatus.GIVEN
    assert status(y, [CURATOR], [no(ref(CURATOR))]).status == ItemStatus.REFUSED
    assert status(y, [CURATOR], []).status == ItemStatus.REQUESTED


# --- may share ------------------------------------------------------------------------------

GIVEN = StatusInfo(ItemStatus.GIVEN, "ja")
RECONFIRM = StatusInfo(ItemStatus.GIVEN, "ja, herbevestigen", needs_reconfirmation=True)
REFUSED = StatusInfo(ItemStatus.REFUSED, "Er is nee gezegd.")


def candidate(
    item_id: int,
    st: StatusInfo,
    cats: set[int],
    valid_until: date = date(2027, 6, 30),
    valid_from: date = date(2026, 1, 1),
) -> Candidate:
    return Candidate(item_id, f"TS-CODE-{item_id}", 1, st, frozenset(cats), valid_from, valid_until)


def test_may_share_needs_categories() -> None:
    answer = may_share([candidate(1, GIVEN, {1})], set(), DAY)
    assert not answer.allowed
    assert "gegevens" in answer.reason


def test_may_share_without_candidates() -> None:
    answer = may_share([], {1}, DAY)
    assert not answer.allowed
    assert "geen toestemming" in answer.reason
    assert answer.item_id is None


def test_may_share_category_missing() -> None:
    answer = may_share([candidate(1, GIVEN, {1, 2})], {1, 3}, DAY)
    assert not answer.allowed
    assert "Niet gedekt" in answer.reason
    assert "#3" in answer.reason
    assert "#1" not in answer.reason


def test_may_share_subset_is_covered() -> None:
    answer = may_share([candidate(1, GIVEN, {1, 2, 3})], {2}, DAY)
    assert answer.allowed
    assert answer.item_id == 1
    assert answer.reference_code == "TS-CODE-1"
    assert "30-06-2027" in answer.reason
    assert answer.warnings == ()


def test_may_share_not_yet_valid() -> None:
    answer = may_share([candidate(1, GIVEN, {1}, valid_from=date(2027, 1, 1))], {1}, DAY)
    assert not answer.allowed
    assert "geldig vanaf 01-01-2027" in answer.reason
    assert may_share(
        [candidate(1, GIVEN, {1}, valid_from=date(2027, 1, 1))], {1}, date(2027, 1, 1)
    ).allowed


def test_may_share_not_given() -> None:
    answer = may_share([candidate(1, REFUSED, {1})], {1}, DAY)
    assert not answer.allowed
    assert "TS-CODE-1" in answer.reason
    assert "nee gezegd" in answer.reason


def test_may_share_warns_when_reconfirmation_is_needed() -> None:
    answer = may_share([candidate(1, RECONFIRM, {1})], {1}, DAY)
    assert answer.allowed
    assert len(answer.warnings) == 1
    assert "herbevestigen" in answer.warnings[0]


def test_may_share_picks_a_covering_item_among_several() -> None:
    candidates = [
        candidate(1, GIVEN, {1}, valid_until=date(2028, 1, 1)),  # does not cover 2
        candidate(2, REFUSED, {1, 2}, valid_until=date(2028, 6, 1)),  # not given
        candidate(3, GIVEN, {1, 2, 3}, valid_until=date(2027, 3, 1)),  # covers
        candidate(4, GIVEN, {1, 2}, valid_until=date(2027, 9, 1)),  # covers, lasts longer
        candidate(5, GIVEN, {1, 2}, valid_from=date(2027, 1, 1), valid_until=date(2029, 1, 1)),
    ]
    answer = may_share(candidates, {1, 2}, DAY)
    assert answer.allowed
    assert answer.item_id == 4
    # order of the input does not matter
    assert may_share(list(reversed(candidates)), {1, 2}, DAY).item_id == 4


# --- regressions: bugs found while writing these tests (fixed in 4fbb174) -------------------


def test_another_youth_may_not_withdraw() -> None:
    y = youth(born_aged(17))
    req = who_must_decide(y, [], ALL, DAY)
    assert not may_withdraw(req, y, SignerRef.youth(YOUTH_ID + 1))


def test_reconfirmation_reason_under_curatele_names_the_right_people() -> None:
    y = youth(date(2008, 12, 1), AdultProtection.CURATELE)  # 18 on 1 December 2026
    st = status(y, [CURATOR], [yes(YOU)], at=datetime(2026, 12, 5, 10, tzinfo=UTC))
    assert (st.status, st.needs_reconfirmation) == (ItemStatus.GIVEN, True)
    assert "ouders" not in st.reason
    assert "curator" in st.reason
