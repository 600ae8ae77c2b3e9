"""A youth hidden from the desk's search by a hand edit of her search keys (session 30, atk30).

`youths.given_key` / `family_key` / `school_key` are folded copies of the (compared) names that
only the search and the "possibly the same youth" list read (replay_columns: "finds, shows
none"). The insider with the unlocked key blanks them for a girl who objected (verzet) to
sharing with the UWV: a worker who looks her up by name finds nobody, and `check` says "in
orde". Adding her again is still stopped (`same_youth.certainly_there` folds the names
themselves), so the worker is told she is there — but only if they try to add her.

Fixed by the lead (s29): the replay folds the names again and compares the keys
(replay_people.check_search_keys, ~1.7 s per 100,000 youths in the replay's background work)."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from replay_support import replay_after_edit

from toestemming.model import SignerRef
from toestemming.service import Service


def test_a_youth_hidden_from_search_by_her_keys_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    youth = make_youth(17, given_name="Noor", family_name="Pietersen").youth
    service.objections.record(
        youth.id, catalog.uwv.id, catalog.werk.id, SignerRef.youth(youth.id), "desk"
    )
    assert [r.id for r in service.people.search("Pietersen")] == [youth.id]
    lines = replay_after_edit(
        service,
        [("UPDATE youths SET family_key = 'zzz', given_key = 'zzz' WHERE id = ?", (youth.id,))],
    )
    assert service.people.search("Pietersen") == []  # the attack worked: she is not found
    assert any(f"jongere nr. {youth.id}" in line for line in lines), lines


def test_another_youths_key_given_to_her_is_named(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """Not blanked but swapped: searching "Pietersen" finds Bakker, and Noor is under B."""
    noor = make_youth(17, given_name="Noor", family_name="Pietersen").youth
    make_youth(15, given_name="Daan", family_name="Bakker")
    lines = replay_after_edit(
        service,
        [("UPDATE youths SET family_key = 'bakker' WHERE id = ?", (noor.id,))],
    )
    assert [f"jongere nr. {noor.id}" in line for line in lines].count(True) == 1, lines


def test_a_key_written_the_way_older_versions_did_is_no_alarm(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """Until 2026-12-03 a family name was stored as typed ("Vries, de", register order) and
    keyed "vries, de", not "vries de"; vaults of that time keep both (no migration re-keyed
    them). The keys are no alarm (the name itself is compared with the log elsewhere: here it
    differs from what this test's log says, and is named for that)."""
    youth = make_youth(14, given_name="Sanne", family_name="de Vries").youth
    lines = replay_after_edit(
        service,
        [
            (
                "UPDATE youths SET family_name = 'Vries, de', family_key = 'vries, de' "
                "WHERE id = ?",
                (youth.id,),
            )
        ],
    )
    assert not any("zoeksleutels" in line for line in lines), lines
