"""Stateful test: random sequences of answers, withdrawals, time passing and reopening the vault,
checked against a simple model of what each item's status must be.

One real vault serves the whole run (module scope); every example starts with a fresh youth."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import Answer, DataCategory, ItemStatus, Purpose, Recipient, SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec

# Reopening costs one KDF run (~0.15-0.3 s): at most once per example, and only when the drawn
# coin says so, which keeps it rare without global state (examples stay reproducible).
MAX_REOPENS_PER_EXAMPLE = 1


@dataclass
class Shared:
    service: Service
    clock: FixedClock
    path: Path
    passphrase: str
    purpose: Purpose
    category: DataCategory
    recipients: tuple[Recipient, ...]
    birth_for_age: Callable[..., date]
    examples: int = 0
    reopens: int = 0


@pytest.fixture(scope="module")
def shared(
    tmp_path_factory: pytest.TempPathFactory,
    passphrase: str,
    birth_for_age: Callable[..., date],
) -> Iterator[Shared]:
    clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    path = tmp_path_factory.mktemp("machine") / "test.tvault"
    svc, _ = Service.create(path, "Testschool", "Anna de Tester", passphrase, clock, KdfParams())
    cat = svc.catalog
    world = Shared(
        service=svc,
        clock=clock,
        path=path,
        passphrase=passphrase,
        purpose=cat.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk."),
        category=cat.add_category("contact", "Contactgegevens", "Naam en adres.", "dat", False),
        recipients=(
            cat.add_recipient("UWV", "arbeid", "Werkbedrijf"),
            cat.add_recipient("Gemeente Utrecht", "gemeente", "Werk & Inkomen"),
            cat.add_recipient("Bakkerij De Korenschoof", "werkgever"),
        ),
        birth_for_age=birth_for_age,
    )
    yield world
    try:
        assert world.service.verify_audit(deep=True).ok
    finally:
        world.service.close()


@dataclass
class ModelItem:
    item_id: int
    recipient_id: int
    valid_from: date
    valid_until: date
    answer: Answer | None = None  # the youth's latest answer (a decision row)
    withdrawn: bool = False

    def status(self, today: date) -> ItemStatus:
        if self.withdrawn:
            return ItemStatus.WITHDRAWN
        base = {
            None: ItemStatus.REQUESTED,
            Answer.YES: ItemStatus.GIVEN,
            Answer.NO: ItemStatus.REFUSED,
        }[self.answer]
        if today > self.valid_until and base in (ItemStatus.GIVEN, ItemStatus.REQUESTED):
            return ItemStatus.EXPIRED
        return base

    def may_share(self, today: date) -> bool:
        return self.status(today) == ItemStatus.GIVEN and self.valid_from <= today


class ConsentMachine(RuleBasedStateMachine):
    world: ClassVar[Shared]

    def __init__(self) -> None:
        super().__init__()
        self.items: list[ModelItem] = []
        self.youth_id = 0
        self.request_id = 0
        self.reopens = 0

    @property
    def svc(self) -> Service:
        return self.world.service

    @property
    def today(self) -> date:
        return self.world.clock.today()

    @property
    def me(self) -> SignerRef:
        return SignerRef.youth(self.youth_id)

    @initialize(
        n_items=st.integers(min_value=1, max_value=3),
        starts_in=st.integers(min_value=0, max_value=10),
        valid_days=st.integers(min_value=1, max_value=400),
    )
    def new_youth(self, n_items: int, starts_in: int, valid_days: int) -> None:
        w = self.world
        w.examples += 1
        youth = self.svc.people.add_youth(
            given_name=f"Jongere{w.examples}",
            family_name="Model",
            birth_date=w.birth_for_age(self.today, 17),
        )
        start = self.today + timedelta(days=starts_in)
        until = start + timedelta(days=valid_days)
        req = self.svc.consents.create_request(
            youth.id,
            [ItemSpec(w.purpose.id, r.id, (w.category.id,)) for r in w.recipients[:n_items]],
            valid_from=start,
            valid_until=until,
        )
        self.youth_id, self.request_id = youth.id, req.id
        self.items = [ModelItem(i.id, i.recipient.id, start, until) for i in req.items]

    def _decisions(self) -> int:
        return int(self.svc.vault.db.scalar("SELECT count(*) FROM decisions"))

    def _answer(self, index: int, answer: Answer) -> None:
        item = self.items[index % len(self.items)]
        before = self._decisions()
        # Closed, or the same person's same answer again (rules.answer_effect, session 15):
        # refused, nothing appended.
        if item.status(self.today) in (ItemStatus.WITHDRAWN, ItemStatus.EXPIRED) or (
            item.answer == answer
        ):
            with pytest.raises(RuleViolation):
                self.svc.consents.record_decisions(
                    self.request_id, self.me, {item.item_id: answer}, "tablet"
                )
            assert self._decisions() == before
            return
        self.svc.consents.record_decisions(
            self.request_id, self.me, {item.item_id: answer}, "tablet"
        )
        if item.answer == Answer.YES and answer == Answer.NO:  # "nee" after one's own "ja"
            assert self._decisions() == before
            item.withdrawn = True
            return
        assert self._decisions() == before + 1
        item.answer = answer

    @rule(index=st.integers(min_value=0, max_value=2))
    def give(self, index: int) -> None:
        self._answer(index, Answer.YES)

    @rule(index=st.integers(min_value=0, max_value=2))
    def refuse(self, index: int) -> None:
        self._answer(index, Answer.NO)

    def _withdrawable(self) -> list[ModelItem]:
        ok = (ItemStatus.GIVEN, ItemStatus.REFUSED, ItemStatus.REQUESTED)
        return [i for i in self.items if not i.withdrawn and i.status(self.today) in ok]

    @precondition(lambda self: bool(self._withdrawable()))
    @rule(data=st.data())
    def withdraw(self, data: st.DataObject) -> None:
        item = data.draw(st.sampled_from(self._withdrawable()))
        result = self.svc.withdrawals.withdraw([item.item_id], self.me, "email")
        assert [w.item_id for w in result.withdrawals] == [item.item_id]
        assert result.recipients_to_notify == ()  # nothing was disclosed
        item.withdrawn = True

    @rule(days=st.integers(min_value=1, max_value=120))
    def advance(self, days: int) -> None:
        self.world.clock.advance(timedelta(days=days))

    @precondition(lambda self: self.reopens < MAX_REOPENS_PER_EXAMPLE)
    @rule(coin=st.integers(min_value=0, max_value=2))
    def reopen(self, coin: int) -> None:
        if coin:
            return
        w = self.world
        w.service.close()
        assert not w.service.is_open
        w.service = Service.open(w.path, w.passphrase, clock=w.clock)
        self.reopens += 1
        w.reopens += 1

    @invariant()
    def statuses_match_the_model(self) -> None:
        today = self.today
        for item in self.items:
            expected = item.status(today)
            actual = self.svc.consents.item_status(item.item_id)
            assert actual.status == expected, (item, actual)
            answer = self.svc.sharing.may_share(
                self.youth_id, item.recipient_id, self.world.purpose.id, [self.world.category.id]
            )
            assert answer.allowed == item.may_share(today), (item, answer)
            if answer.allowed:
                assert answer.item_id == item.item_id
                assert answer.warnings == ()


def test_consent_state_machine(shared: Shared) -> None:
    ConsentMachine.world = shared
    run_state_machine_as_test(
        ConsentMachine,
        settings=settings(max_examples=25, stateful_step_count=15, deadline=None),
    )
    assert shared.examples >= 25
    assert shared.reopens > 0
