"""People edits at two desks of one team (turns22): the checks were made before the write turn.

- Two desks each add a parent with gezag to Sara's brother (both had one): he had three
  parents with gezag, and who must decide was judged on three.
- A desk corrects a youth's phone number while another erases her record: the name, birth
  date and contact details were written back into the erased record.
Now each check is made in the write turn; the second desk hears why, nothing is written."""

from __future__ import annotations

import pytest
from review21_support import Desks, before_the_turn, desks_fixture  # noqa: F401

from toestemming.errors import ValidationError


def test_a_third_parent_with_gezag_added_at_two_desks_at_once_is_refused(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _clock, _ids = desks
    tim = a.people.add_youth(given_name="Tim", family_name="Jansen", birth_date="2013-05-01")
    a.people.add_representative(tim.id, "Els Jansen", "parent", True)
    before_the_turn(
        a,
        lambda: b.people.add_representative(tim.id, "Karim Jansen", "parent", True),
        monkeypatch,
    )
    with pytest.raises(ValidationError) as said:
        a.people.add_representative(tim.id, "Joost de Boer", "parent", True)
    assert said.value.field == "has_gezag"
    with_gezag = [r for r in a.people.representatives(tim.id) if r.has_gezag]
    assert len(with_gezag) == 2


def test_a_youth_erased_at_the_other_desk_meanwhile_is_not_written_back(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _clock, _ids = desks
    lisa = a.people.add_youth(given_name="Lisa", family_name="Smit", birth_date="2009-03-03")
    before_the_turn(a, lambda: b.retention.erase(lisa.id, "request"), monkeypatch)
    with pytest.raises(ValidationError):
        a.people.update_youth(lisa.id, phone="0612345678")
    row = a.vault.db.query_one("SELECT given_name, phone FROM youths WHERE id = ?", (lisa.id,))
    assert row is not None and "Lisa" not in str(row[0]) and "0612345678" not in str(row[1])
