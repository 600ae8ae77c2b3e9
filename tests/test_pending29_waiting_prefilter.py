"""Requests in flight: the check of what still waits skips what cannot wait (pending29).

`Remote.pending()` judged every request ever handed out — each a request and its items'
statuses — at every mail check and on Vandaag: a desk of five years paid for thousands of
answered requests. It now skips (usecases/remote_pending.py) items closed or past their end
date, and keeps per open vault which requests it found not waiting until a write, a new day,
a decision dated later or a clock set back. An answered item can turn back into "gevraagd";
each way is acted here as a desk, a parent or the calendar would, between two checks, and the
request must be back in the list. Real vault, injected clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, time, timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.capture.settings import RemoteSettings
from toestemming.clock import LOCAL_TZ, FixedClock, to_iso
from toestemming.model import ItemStatus, ParentPolicy, RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.store import repo
from toestemming.usecases.consent import Consents, ItemSpec

MUM, DAD = "moeder@example.org", "vader@example.org"


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The items whose status the rules were asked for (the cost of a check)."""
    asked: list[int] = []
    real = Consents.item_status

    def counting(self: Consents, item_id: int, at: datetime | None = None) -> Any:
        asked.append(item_id)
        return real(self, item_id, at)

    monkeypatch.setattr(Consents, "item_status", counting)
    yield asked


@pytest.fixture
def ask(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> Callable[..., SimpleNamespace]:
    """ask(age, father_gezag=…, birth_date=…): a youth with a mother (gezag) and a father,
    a request handed out to the mother by QR code."""
    service.remote.set_settings(RemoteSettings(reply_address="balie@school.example"))
    c = catalog

    def make(age: int = 13, *, father_gezag: bool = True, **youth: Any) -> SimpleNamespace:
        case = make_youth(age, **youth)
        add = service.people.add_representative
        mother = add(case.youth.id, "Moeder", RepresentativeRole.PARENT, True, email=MUM)
        father = add(case.youth.id, "Vader", RepresentativeRole.PARENT, father_gezag, email=DAD)
        request = service.consents.create_request(
            case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
        )
        service.remote.record_qr_handed_out(request.id, SignerRef.representative(mother.id))
        return SimpleNamespace(
            youth=case.youth,
            mother=SignerRef.representative(mother.id),
            father=SignerRef.representative(father.id),
            father_id=father.id,
            request=request.id,
            item=request.items[0].id,
        )

    return make


def answer(service: Service, case: SimpleNamespace, who: SignerRef, value: str, **kw: Any) -> None:
    service.consents.record_decisions(case.request, who, {case.item: value}, "email", **kw)


def waiting(service: Service) -> list[int]:
    return [p.request_id for p in service.remote.pending()]


def status(service: Service, case: SimpleNamespace) -> ItemStatus:
    return service.consents.item_status(case.item).status


# -- each way an answered item turns back into "gevraagd", between two checks --------------------


def test_the_father_gets_gezag_after_the_mothers_yes(service: Service, ask: Any) -> None:
    """A court gives the father gezag: the mother's yes is no longer enough (cases28)."""
    case = ask(father_gezag=False)
    answer(service, case, case.mother, "yes")
    assert waiting(service) == [] and status(service, case) == ItemStatus.GIVEN
    service.people.set_gezag(case.father_id, True)
    assert waiting(service) == [case.request]


def test_a_voogd_is_appointed_after_the_parents_yes(service: Service, ask: Any) -> None:
    case = ask()
    answer(service, case, case.mother, "yes")
    answer(service, case, case.father, "yes")
    assert waiting(service) == []
    for rep in (case.mother, case.father):
        service.people.end_representative(rep.id)
    service.people.add_representative(case.youth.id, "Voogd", RepresentativeRole.GUARDIAN, True)
    assert waiting(service) == [case.request]


def test_the_policy_asks_both_parents_after_one_said_yes(service: Service, ask: Any) -> None:
    service.set_policy(replace(service.policy(), parent_policy=ParentPolicy.ONE_WITH_GEZAG))
    case = ask()
    answer(service, case, case.mother, "yes")
    assert waiting(service) == []
    service.set_policy(replace(service.policy(), parent_policy=ParentPolicy.ALL_WITH_GEZAG))
    assert waiting(service) == [case.request]


def test_the_mother_takes_back_her_no_before_the_father_answered(
    service: Service, ask: Any
) -> None:
    """Her "nee" closed it for now; her "ja" again reopens it for the father."""
    case = ask()
    answer(service, case, case.mother, "yes")
    answer(service, case, case.mother, "no")
    assert waiting(service) == [] and status(service, case) == ItemStatus.REFUSED
    answer(service, case, case.mother, "yes")
    assert waiting(service) == [case.request]


@pytest.mark.parametrize(
    "clock", [datetime.combine(datetime(2026, 3, 9), time(22, 30), LOCAL_TZ)], indirect=True
)
def test_the_youth_turns_12_overnight_under_the_co_decision_policy(
    service: Service, ask: Any, clock: FixedClock
) -> None:
    """No write at all: at midnight she decides along with her parents (cases28 "co")."""
    service.set_policy(replace(service.policy(), co_decision_12_15=True))
    birthday = clock.today() + timedelta(days=1)
    case = ask(11, birth_date=birthday.replace(year=birthday.year - 12))
    answer(service, case, case.mother, "yes")
    answer(service, case, case.father, "yes")
    assert waiting(service) == []
    clock.advance(timedelta(hours=2))  # 00:30 on her birthday
    assert waiting(service) == [case.request]


def test_a_yes_dated_minutes_ahead_counts_from_its_moment(
    service: Service, ask: Any, clock: FixedClock
) -> None:
    """A decision may be dated up to five minutes after it is written (clock skew): checked
    before that moment it is not there yet; after it, with no write between, it is."""
    case = ask()
    answer(service, case, case.mother, "yes")
    answer(service, case, case.mother, "no")
    answer(service, case, case.mother, "yes", decided_at=clock.now() + timedelta(minutes=4))
    assert waiting(service) == []  # still her "nee" now
    clock.advance(timedelta(minutes=5))
    assert waiting(service) == [case.request]


def test_a_yes_dated_ahead_after_the_check_counts_from_its_moment(
    service: Service, ask: Any, clock: FixedClock
) -> None:
    """The same, written after a check that kept its verdicts (carried over the answer)."""
    other = ask()
    answer(service, other, other.mother, "yes")
    answer(service, other, other.father, "yes")
    case = ask()
    answer(service, case, case.mother, "yes")
    answer(service, case, case.mother, "no")
    assert waiting(service) == []
    answer(service, case, case.mother, "yes", decided_at=clock.now() + timedelta(minutes=4))
    assert waiting(service) == []
    clock.advance(timedelta(minutes=5))
    assert waiting(service) == [case.request]


def test_a_clock_set_back_sees_the_request_before_its_answer(
    service: Service, ask: Any, clock: FixedClock
) -> None:
    """Read with a clock put back (a reading, no write): what was true later is not yet."""
    case = ask()
    answer(service, case, case.mother, "yes")
    before = clock.now()
    clock.advance(timedelta(minutes=10))
    answer(service, case, case.mother, "no")
    assert waiting(service) == []
    clock.set(before + timedelta(minutes=1))
    assert waiting(service) == [case.request]


# -- the facts that skip without judging ---------------------------------------------------------


def test_a_withdrawal_dated_ahead_does_not_close_the_item_yet(
    service: Service, ask: Any, clock: FixedClock
) -> None:
    case = ask()
    answer(service, case, case.mother, "yes")
    service.withdrawals.withdraw(
        [case.item], case.mother, "email", withdrawn_at=clock.now() + timedelta(minutes=4)
    )
    assert waiting(service) == [case.request]  # waits for the father until then
    clock.advance(timedelta(minutes=5))
    assert waiting(service) == []


def test_the_last_day_of_the_request_still_waits(
    service: Service, ask: Any, clock: FixedClock
) -> None:
    case = ask()
    until = service.consents.request(case.request).valid_until
    clock.set(datetime.combine(until, time(23, 0), LOCAL_TZ))
    assert waiting(service) == [case.request]
    clock.advance(timedelta(hours=2))
    assert waiting(service) == []


# -- and the cost stays with what waits -----------------------------------------------------------


def test_a_second_check_judges_only_what_waits(
    service: Service, ask: Any, clock: FixedClock, judged: list[int]
) -> None:
    answered = []
    for _ in range(6):
        case = ask()
        answer(service, case, case.mother, "yes")
        answer(service, case, case.father, "yes")
        answered.append(case)
    closed = ask()
    service.withdrawals.withdraw([closed.item], closed.mother, "email")
    open_one = ask()
    judged.clear()
    assert waiting(service) == [open_one.request]
    assert sorted(judged) == sorted([c.item for c in answered] + [open_one.item])
    judged.clear()
    clock.advance(timedelta(minutes=3))  # the next mail check, nothing written
    assert waiting(service) == [open_one.request]
    assert judged == [open_one.item]
    clock.set(datetime.combine(clock.today() + timedelta(days=400), time(9), LOCAL_TZ))
    judged.clear()  # a year on: every request past its end date, none judged
    assert waiting(service) == [] and judged == []


def test_an_answer_rejudges_only_its_own_request(
    service: Service, ask: Any, clock: FixedClock, judged: list[int]
) -> None:
    """Recording an answer names its request (decisions.recorded): the verdicts on the other
    requests still hold; only that one is judged again — and a gezag change judges all."""
    answered = []
    for _ in range(5):
        case = ask()
        answer(service, case, case.mother, "yes")
        answer(service, case, case.father, "yes")
        answered.append(case)
    open_one = ask()
    answer(service, open_one, open_one.mother, "yes")
    assert waiting(service) == [open_one.request]
    answer(service, open_one, open_one.father, "yes")
    judged.clear()
    assert waiting(service) == []
    assert judged == [open_one.item]
    service.people.set_gezag(answered[0].father_id, False)
    judged.clear()
    assert waiting(service) == []
    assert sorted(judged) == sorted(c.item for c in [*answered, open_one])


class _Undone(Exception):
    pass


def test_a_verdict_read_in_a_transaction_that_rolled_back_is_forgotten(
    service: Service, ask: Any
) -> None:
    """A check inside a write that is then rolled back (a conflict, a failed check after
    the event) saw the mother's "nee"; it is gone, and later events took its place in the
    log: the request waits for the father, as before."""
    case = ask()
    answer(service, case, case.mother, "yes")
    assert waiting(service) == [case.request]
    db, ctx = service.vault.db, service.context
    now = to_iso(ctx.clock.now())
    with pytest.raises(_Undone), db.transaction():
        db.execute(
            "INSERT INTO decisions(item_id, signer_kind, signer_id, signer_role, answer, "
            "decided_at, recorded_at, channel, worker_id, evidence_id, special_ack, "
            "text_sha256, language) SELECT item_id, signer_kind, signer_id, signer_role, "
            "'no', ?, ?, channel, worker_id, evidence_id, special_ack, text_sha256, language "
            "FROM decisions WHERE item_id = ?",
            (now, now, case.item),
        )
        repo.refresh_item_state(db, "i.id = ?", (case.item,))
        ctx.event("decisions.recorded", {"request": case.request, "decided_at": now})
        assert waiting(service) == []
        raise _Undone
    for n in range(2):  # (events that change no status, after the one rolled back)
        service.people.add_youth(
            given_name=f"Later{n}", family_name="Kind", birth_date="01-01-2012"
        )
    assert waiting(service) == [case.request]
