"""A student number moved to another youth by hand (session 22, attack round 8).

`youths.external_ref` is the school's Leerlingnummer: a CSV export of the school's LAS is
matched on it first (usecases/youth_import.py, duplicates.find: "certainly the same"). No
event carried it (replay_columns.py listed it as not compared), so an insider with the
passphrase and sqlcipher3 moved Zoë's number onto Daan's record, the log left alone, and
`check` said "in orde": the next import took Zoë's row for Daan's record ("staat er al in"),
and she was never registered — nor was the move seen.

Now youth.added / .updated / .merged commit to the number too (salted, with the other
personal values; the event says so with `"ref": true`), and `check` names both youths by
number, never the number itself. Events from before carry no number: not compared, as the
replay does for every fact an older event did not log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import PASSPHRASE
from replay_support import replay_after_edit

from toestemming.service import Service

ZOE, DAAN = "LLN-1001", "LLN-1002"
MAGISTER = (
    "Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;School\n"
    "LLN-1001;Zoë;Çelik;12-03-2011;Pro Utrecht\n"
)


def _refs_gone(lines: list[str]) -> bool:
    return not any(ZOE in line or DAAN in line for line in lines)


def test_a_student_number_moved_to_another_youth_is_named(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    zoe = make_youth(15, given_name="Zoë", family_name="Çelik", external_ref=ZOE).youth
    daan = make_youth(17, given_name="Daan", external_ref=DAAN).youth
    assert service.replay().ok, service.replay().lines()
    lines = replay_after_edit(
        service,
        [
            ("UPDATE youths SET external_ref = NULL WHERE id = ?", (zoe.id,)),
            ("UPDATE youths SET external_ref = ? WHERE id = ?", (ZOE, daan.id)),
        ],
    )
    assert any(f"jongere nr. {zoe.id}:" in line for line in lines), lines
    assert any(f"jongere nr. {daan.id}:" in line for line in lines), lines
    assert _refs_gone(lines) and not any("Zoë" in line for line in lines), lines


def test_a_student_number_given_to_a_youth_without_one_is_named(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """The import then takes the school's row for this record: named before that happens."""
    daan = make_youth(17, given_name="Daan").youth
    lines = replay_after_edit(
        service, [("UPDATE youths SET external_ref = ? WHERE id = ?", (ZOE, daan.id))]
    )
    assert any(f"jongere nr. {daan.id}:" in line for line in lines), lines
    preview = service.youth_import.preview(MAGISTER.encode())
    assert preview.rows[0].existing  # what the move does: Zoë's row is "already there"
    assert _refs_gone(lines)


def test_an_edit_after_an_update_is_named(service: Service, make_youth: Callable[..., Any]) -> None:
    daan = make_youth(17, given_name="Daan", external_ref=DAAN).youth
    service.people.update_youth(daan.id, school="ROC Midden")
    assert service.replay().ok, service.replay().lines()
    lines = replay_after_edit(
        service, [("UPDATE youths SET external_ref = ? WHERE id = ?", (ZOE, daan.id))]
    )
    assert any(f"jongere nr. {daan.id}:" in line for line in lines), lines


def test_the_number_a_merge_moved_is_held_to_the_log(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    """A merge moves the number of the removed record onto the kept one (youth.merged)."""
    kept = make_youth(17, given_name="Daan", email="").youth
    removed = make_youth(17, given_name="Daan", external_ref=DAAN).youth
    service.duplicates.merge(kept.id, removed.id)
    assert service.people.youth(kept.id).external_ref == DAAN
    assert service.replay().ok, service.replay().lines()
    lines = replay_after_edit(
        service, [("UPDATE youths SET external_ref = ? WHERE id = ?", (ZOE, kept.id))]
    )
    assert any(f"jongere nr. {kept.id}:" in line for line in lines), lines
    assert _refs_gone(lines)


def test_the_desk_opens_read_only_after_the_move_so_no_import_runs_on_it(
    service: Service, make_youth: Callable[..., Any], clock: Any
) -> None:
    """At unlock the replay runs (inline for a small vault): the moved number makes the
    vault read-only with the reason, before an import could take Zoë's row for Daan."""
    zoe = make_youth(15, given_name="Zoë", family_name="Çelik", external_ref=ZOE).youth
    daan = make_youth(17, given_name="Daan").youth
    replay_after_edit(
        service,
        [
            ("UPDATE youths SET external_ref = NULL WHERE id = ?", (zoe.id,)),
            ("UPDATE youths SET external_ref = ? WHERE id = ?", (ZOE, daan.id)),
        ],
    )
    path = service.vault.path
    service.close()
    again = Service.open(path, PASSPHRASE, clock=clock, check=True)  # as the desk opens
    try:
        assert again.read_only
    finally:
        again.close()
