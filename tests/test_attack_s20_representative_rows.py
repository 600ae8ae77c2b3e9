"""A representative's row edited by hand (session 20, attack round 6).

The replay compared a representative's youth, role, gezag and end with the log, but not the
name, e-mail and phone (committed, salted, in representative.added / .updated, never compared)
nor the moment they were registered. With the passphrase and sqlcipher3 an insider could:

- rename the parent who said "ja": the desk, every proof and the inzage then name another
  person as the one who consented, while `check` said "in orde";
- register the father a month earlier: gezag_history counts a representative from
  `created_at`, so an answer he gives "dated" in that month counted as a decider's, on a day
  the desk did not know him.

Now both are named by `check` with the representative's and youth's numbers, never the name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import PASSPHRASE
from replay_support import replay_after_edit

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock, to_iso
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

NAMES = ("Ouder Pieternel", "Vervalste Naam", "Noor")


def _family(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> tuple[int, int, int]:
    case = make_youth(13, parents=0, given_name=NAMES[2])
    mother = service.people.add_representative(case.youth.id, NAMES[0], "parent", True)
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    clock.advance(timedelta(minutes=5))
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    service.people.update_representative(
        mother.id, name=NAMES[0], email="pieternel@voorbeeld.example"
    )
    clock.advance(timedelta(hours=1))
    assert service.replay().ok
    return case.youth.id, mother.id, item


def test_the_parent_who_said_yes_renamed_by_hand_is_named_by_check(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    youth, mother, _item = _family(service, catalog, make_youth, clock)
    lines = replay_after_edit(
        service, [("UPDATE representatives SET name = ? WHERE id = ?", (NAMES[1], mother))]
    )
    assert any(
        f"vertegenwoordiger nr. {mother} van jongere nr. {youth}" in line
        and "naam en contactgegevens" in line
        for line in lines
    ), lines
    # The same from `toestemming check` at another desk: exit 1, no name anywhere.
    path = service.vault.path
    service.close()
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert cli_main(["check", "--vault", str(path)]) == 1
    out = capsys.readouterr()
    text = out.out + out.err
    assert f"vertegenwoordiger nr. {mother}" in text, text
    assert not any(name in text for name in NAMES), text


def test_an_e_mail_address_swapped_by_hand_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Where the next "ja" would come from (and a notification goes to)."""
    _youth, mother, _item = _family(service, catalog, make_youth, clock)
    lines = replay_after_edit(
        service,
        [
            (
                "UPDATE representatives SET email = ? WHERE id = ?",
                ("insider@voorbeeld.example", mother),
            )
        ],
    )
    assert any(f"vertegenwoordiger nr. {mother} " in line for line in lines), lines
    assert not any("voorbeeld.example" in line for line in lines), lines


def test_a_father_registered_earlier_by_hand_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    youth, _mother, _item = _family(service, catalog, make_youth, clock)
    father = service.people.add_representative(youth, "Vader", "parent", True)
    earlier = to_iso(clock.now() - timedelta(days=30))
    lines = replay_after_edit(
        service,
        [("UPDATE representatives SET created_at = ? WHERE id = ?", (earlier, father.id))],
    )
    assert any(
        f"vertegenwoordiger nr. {father.id} van jongere nr. {youth}" in line
        and "moment van aanmaken" in line
        for line in lines
    ), lines


def test_a_corrected_name_and_an_erased_youths_parents_raise_no_alarm(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    youth, mother, item = _family(service, catalog, make_youth, clock)
    service.people.update_representative(mother, name="Pieternel de Vries", phone="0612345678")
    assert service.replay().ok, service.replay().lines()
    service.withdrawals.withdraw([item], SignerRef.representative(mother), "desk")
    service.retention.erase(youth, "request")  # the parents' names and contacts emptied
    report = service.replay()
    assert report.ok, report.lines()


def test_a_youth_registered_earlier_by_hand_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Retention counts from `youths.created_at`: moved back years, the record is "due for
    erasure" and an insider erases it as if the law asked for it."""
    youth, _mother, _item = _family(service, catalog, make_youth, clock)
    lines = replay_after_edit(
        service,
        [
            (
                "UPDATE youths SET created_at = ? WHERE id = ?",
                ("2019-01-01T00:00:00.000000Z", youth),
            )
        ],
    )
    assert any(f"jongere nr. {youth}:" in line and "youths.created_at" in line for line in lines), (
        lines
    )
