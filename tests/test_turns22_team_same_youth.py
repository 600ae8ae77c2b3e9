"""The same youth added at two desks of one team at once (turns22).

*Jongere toevoegen* asked "staat deze jongere er al?" (duplicates.find) when the worker pressed
Toevoegen, and the import asked it per row — both before the write turn. On a team server a
colleague who added the same youth in between (no Leerlingnummer: only a numbered record is
unique in the database) was not seen, and the youth was there twice: two records, consents
split over them, a merge needed later.

Now the add asks again in its write turn: the worker is told the youth was just added, nothing
is written; the import skips the row."""

from __future__ import annotations

from typing import Any

import pytest
from review21_support import Desks, before_the_turn, desks_fixture  # noqa: F401

from toestemming.errors import ValidationError

NOOR = {"given_name": "Noor", "family_name": "de Vries", "birth_date": "2010-04-12"}


def _noors(svc: Any) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM youths WHERE given_name = 'Noor'"))


def test_the_same_youth_added_at_the_other_desk_meanwhile_is_not_added_twice(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _clock, _ids = desks
    shown = a.duplicates.find(**NOOR)  # the dialog's check: nobody yet
    assert shown == []
    before_the_turn(a, lambda: b.people.add_youth(**NOOR), monkeypatch)
    with pytest.raises(ValidationError) as got:
        a.people.add_youth(seen=[m.youth.id for m in shown], **NOOR)
    assert got.value.field == "already_there"
    assert "intussen al toegevoegd" in str(got.value.message)
    assert _noors(a) == 1
    # The worker who saw that record and chose "Toch toevoegen" still can (twins, a mix-up).
    there = a.duplicates.find(**NOOR)
    a.people.add_youth(seen=[m.youth.id for m in there], **NOOR)
    assert _noors(a) == 2


def test_an_import_row_added_at_the_other_desk_meanwhile_is_skipped(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _clock, _ids = desks
    data = b"Roepnaam;Achternaam;Geboortedatum\nNoor;de Vries;12-04-2010\n"
    preview = a.youth_import.preview(data)
    assert len(preview.importable) == 1
    before_the_turn(a, lambda: b.people.add_youth(**NOOR), monkeypatch)
    result = a.youth_import.import_youths(preview.importable)
    assert (result.added, result.skipped_existing) == (0, 1)
    assert _noors(a) == 1
