"""Random sequences of legitimate work — requests for youths of any age (parents under 16),
answers by whoever may sign, withdrawals, the organisation's own item actions, disclosures
(on consent, or after a weighing on another basis), notifications, time passing, remote
expiry and erasure — and after every step the replay agrees with the tables: the log and the
tables never drift apart through normal use, so a disagreement always means an edit from
outside."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.model import DataCategory, Purpose, Recipient, RepresentativeRole, SignerRef
from toestemming.replay import replay
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec


@dataclass
class Shared:
    service: Service
    clock: FixedClock
    purposes: tuple[Purpose, ...]
    categories: tuple[DataCategory, ...]
    recipients: tuple[Recipient, ...]
    birth_for_age: Callable[..., date]
    steps: int = 0
    written: int = 0  # steps that wrote something


@pytest.fixture(scope="module")
def shared(
    tmp_path_factory: pytest.TempPathFactory, passphrase: str, birth_for_age: Callable[..., date]
) -> Iterator[Shared]:
    clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    path: Path = tmp_path_factory.mktemp("replay") / "test.tvault"
    svc, _ = Service.create(path, "Testschool", "Anna de Tester", passphrase, clock, KdfParams())
    c = svc.catalog
    world = Shared(
        svc,
        clock,
        (
            c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk."),
            c.add_purpose("stage", "Stage regelen", "Zodat je stagebedrijf je helpt."),
        ),
        (
            c.add_category("contact", "Contactgegevens", "Naam en adres.", "dat", False),
            c.add_category("school", "Schoolgegevens", "School en klas.", "dat", False),
        ),
        (
            c.add_recipient("UWV", "arbeid", "Werkbedrijf"),
            c.add_recipient("Gemeente Utrecht", "gemeente", "Werk & Inkomen"),
            c.add_recipient("Bakkerij De Korenschoof", "werkgever"),
        ),
        birth_for_age,
    )
    yield world
    svc.close()


class LegitimateWork(RuleBasedStateMachine):
    world: ClassVar[Shared]

    def __init__(self) -> None:
        super().__init__()
        self.youth_id = 0
        self.requests: list[int] = []
        self.items: list[int] = []

    @property
    def svc(self) -> Service:
        return self.world.service

    def attempt(self, work: Callable[[], object]) -> None:
        """Normal use includes refusals (a terminal item, the wrong signer): those write
        nothing, which the invariant checks as much as the successes."""
        self.world.steps += 1
        try:
            work()
            self.world.written += 1
        except ToestemmingError:
            pass

    @initialize(age=st.integers(min_value=12, max_value=20), parents=st.integers(0, 2))
    def new_youth(self, age: int, parents: int) -> None:
        w = self.world
        youth = self.svc.people.add_youth(
            given_name="Jongere",
            family_name="Model",
            birth_date=w.birth_for_age(w.clock.today(), age),
        )
        for n in range(parents if age < 16 else parents % 2):
            self.svc.people.add_representative(
                youth.id, f"Ouder {n}", RepresentativeRole.PARENT, True
            )
        self.youth_id = youth.id

    @rule(data=st.data())
    def ask(self, data: st.DataObject) -> None:
        w = self.world
        pairs = data.draw(
            st.lists(
                st.tuples(st.sampled_from(w.purposes), st.sampled_from(w.recipients)),
                min_size=1,
                max_size=3,
                unique=True,
            )
        )
        cats = data.draw(st.lists(st.sampled_from(w.categories), min_size=1, unique=True))
        specs = [ItemSpec(p.id, r.id, tuple(c.id for c in cats)) for p, r in pairs]

        def create() -> None:
            request = self.svc.consents.create_request(self.youth_id, specs)
            self.requests.append(request.id)
            self.items += [i.id for i in request.items]

        self.attempt(create)

    def signers(self) -> list[SignerRef]:
        return list(self.svc.consents.who_must_decide(self.youth_id).signers)

    @rule(data=st.data())
    def answer(self, data: st.DataObject) -> None:
        if not self.requests or not self.signers():
            return
        rid = data.draw(st.sampled_from(self.requests))
        signer = data.draw(st.sampled_from(self.signers()))
        items = [i.id for i in self.svc.consents.request(rid).items]
        chosen = data.draw(st.lists(st.sampled_from(items), min_size=1, unique=True))
        answers = {i: data.draw(st.sampled_from(["yes", "no"])) for i in chosen}
        channel = data.draw(st.sampled_from(["desk", "paper", "email", "tablet"]))
        self.attempt(lambda: self.svc.consents.record_decisions(rid, signer, answers, channel))

    @rule(data=st.data())
    def withdraw(self, data: st.DataObject) -> None:
        if not self.items:
            return
        chosen = data.draw(st.lists(st.sampled_from(self.items), min_size=1, max_size=2))
        signer = data.draw(st.sampled_from([SignerRef.youth(self.youth_id), *self.signers()]))
        self.attempt(lambda: self.svc.withdrawals.withdraw(chosen, signer, "desk"))

    @rule(data=st.data(), days=st.integers(min_value=0, max_value=30))
    def give_then_withdraw(self, data: st.DataObject, days: int) -> None:
        """The common path: a yes, data shared on it, later withdrawn by the same person."""
        if not self.requests or not self.signers():
            return
        rid = data.draw(st.sampled_from(self.requests))
        signer = data.draw(st.sampled_from(self.signers()))
        item = self.svc.consents.request(rid).items[0]
        self.attempt(
            lambda: self.svc.consents.record_decisions(rid, signer, {item.id: "yes"}, "paper")
        )
        w = self.world
        cats = [c.id for c in item.categories]
        self.attempt(
            lambda: self.svc.sharing.record_disclosure(
                self.youth_id, item.recipient.id, item.purpose.id, cats
            )
        )
        w.clock.advance(timedelta(days=days))
        self.attempt(lambda: self.svc.withdrawals.withdraw([item.id], signer, "email"))

    @rule(data=st.data(), kind=st.sampled_from(["revoke", "invalidate", "supersede"]))
    def act(self, data: st.DataObject, kind: str) -> None:
        if self.items:
            item = data.draw(st.sampled_from(self.items))
            self.attempt(lambda: self.svc.consents.act_on_item(item, kind, "Reden van Anna."))

    @rule(data=st.data(), note=st.sampled_from(["", "Telefonisch doorgegeven."]))
    def disclose(self, data: st.DataObject, note: str) -> None:
        w = self.world
        p, r = data.draw(st.sampled_from(w.purposes)), data.draw(st.sampled_from(w.recipients))
        cats = [w.categories[0].id]
        answer = self.svc.sharing.may_share(self.youth_id, r.id, p.id, cats)

        def share() -> None:
            weighing = None
            if not answer.allowed:
                weighing = self.svc.sharing.record_assessment(
                    self.youth_id,
                    r.id,
                    p.id,
                    "legal_obligation",
                    "De wet verplicht ons dit door te geven.",
                    "Past bij het doel van de begeleiding.",
                    "Alleen de contactgegevens, niet meer.",
                    "Minder delen is hier niet mogelijk.",
                    True,
                ).id
            self.svc.sharing.record_disclosure(
                self.youth_id, r.id, p.id, cats, assessment_id=weighing, note=note
            )

        self.attempt(share)

    @rule()
    def notify(self) -> None:
        db = self.svc.vault.db
        for (wid,) in db.query(
            "SELECT w.id FROM withdrawals w JOIN consent_items i ON i.id = w.item_id "
            "WHERE i.youth_id = ?",
            (self.youth_id,),
        ):
            for recipient in self.svc.withdrawals.recipients_to_notify(int(wid)):
                self.attempt(
                    lambda w=int(wid), r=recipient.id: self.svc.withdrawals.mark_notified(w, r)
                )

    @rule(days=st.integers(min_value=1, max_value=40))
    def time_passes(self, days: int) -> None:
        self.world.clock.advance(timedelta(days=days))

    @rule()
    def remote_request_expires(self) -> None:
        """A request handed out as a QR code and left unanswered past the expiry."""
        if not self.requests:
            return
        rid = self.requests[-1]
        self.attempt(
            lambda: self.svc.remote.record_qr_handed_out(rid, SignerRef.youth(self.youth_id))
        )
        self.world.clock.advance(timedelta(days=self.svc.remote.settings().expiry_days + 1))
        self.attempt(self.svc.remote.expire_overdue)

    @rule(coin=st.integers(min_value=0, max_value=3))
    def erase(self, coin: int) -> None:
        """Rarely, and only once there is history to erase (refused while items are open)."""
        if coin == 0 and self.items:
            self.attempt(lambda: self.svc.retention.erase(self.youth_id, "request"))

    @invariant()
    def the_tables_follow_from_the_log(self) -> None:
        report = replay(self.svc.vault.db)
        assert report.ok, report.lines()


def test_replay_agrees_after_any_legitimate_work(shared: Shared) -> None:
    LegitimateWork.world = shared
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(
        LegitimateWork,
        # Derandomized: the coverage assertions below hold run after run (same sequences).
        settings=settings(max_examples=25, stateful_step_count=20, deadline=None, derandomize=True),
    )
    # The sequences did real work, not only refused steps.
    assert shared.written > 40
    db = shared.service.vault.db
    for table in ("decisions", "withdrawals", "item_actions", "disclosures", "assessments"):
        assert db.scalar(f"SELECT count(*) FROM {table}") > 0, table
    assert db.scalar("SELECT count(*) FROM erasures") > 0
    assert shared.service.integrity_problems() == []
