"""A worker's row edited by hand (session 20, attack round 6).

The activity log and every proof name the worker who recorded a decision from the `workers`
table. Nothing compared that table with the log (worker.added commits to the name, salted;
worker.removed): with the passphrase and sqlcipher3 an insider renamed "Anna" to a colleague,
and from then on the log, the inzage and every new proof said the colleague recorded Anna's
decisions — `check` said "in orde". A removed worker switched back on by hand went unseen too.

Now `check` names the worker by number (never the name)."""

from __future__ import annotations

from replay_support import replay_after_edit

from toestemming.service import Service

OTHER = "Bert Collega"


def test_a_worker_renamed_by_hand_is_named(service: Service) -> None:
    me = service.worker_id
    lines = replay_after_edit(service, [("UPDATE workers SET name = ? WHERE id = ?", (OTHER, me))])
    assert any(f"medewerker nr. {me}:" in line and "workers.name" in line for line in lines), lines
    assert not any(OTHER in line or "Tester" in line for line in lines), lines


def test_a_removed_worker_switched_back_on_by_hand_is_named(service: Service) -> None:
    bert = service.add_worker(OTHER, "een lange wachtzin voor bert 2026")
    service.remove_worker(bert.id)
    assert service.replay().ok, service.replay().lines()
    lines = replay_after_edit(service, [("UPDATE workers SET active = 1 WHERE id = ?", (bert.id,))])
    assert any(
        f"medewerker nr. {bert.id}:" in line and "workers.active" in line for line in lines
    ), lines
