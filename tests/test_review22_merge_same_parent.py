"""review22: a merge recognises the same parent the way adding a parent does.

Adding a parent refuses a name already listed for the youth with case folded the Unicode way
(people.add_representative: "AYŞE ÖZTÜRK" is "Ayşe Öztürk"). Merging two records of one youth
(duplicates.py) looked for the kept record's doubles with SQLite's lower(), which folds ASCII
letters only: the mother typed in capitals on the double was not seen as the same person. So
the merge either listed her twice, both with gezag (her "ja" counted as two parents'), or,
beside the father, counted three holders of gezag and refused the merge with a message about
a third holder that does not exist (cases19's limit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toestemming.service import Service


def _double(make_youth: Callable[..., Any], service: Service, *parents: str) -> tuple[int, int]:
    first = make_youth(14, given_name="Noor", family_name="Öztürk")
    twin = make_youth(
        14, given_name="Noor", family_name="Öztürk", birth_date=first.youth.birth_date
    )
    service.people.add_representative(first.youth.id, "Ayşe Öztürk", "parent", True)
    for name in parents:
        service.people.add_representative(first.youth.id, name, "parent", True)
    service.people.add_representative(twin.youth.id, "AYŞE ÖZTÜRK", "parent", True)
    return first.youth.id, twin.youth.id


def test_the_mother_in_capitals_on_the_double_is_listed_once(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    noor, twin = _double(make_youth, service)
    kept = service.duplicates.merge(noor, twin)
    reps = service.people.representatives(kept.id)
    assert [r.name for r in reps] == ["Ayşe Öztürk"]


def test_beside_the_father_the_merge_is_not_refused_for_a_third_holder(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    noor, twin = _double(make_youth, service, "Mehmet Öztürk")
    kept = service.duplicates.merge(noor, twin)
    reps = service.people.representatives(kept.id)
    assert sorted(r.name for r in reps) == ["Ayşe Öztürk", "Mehmet Öztürk"]
    assert service.replay(texts=True).ok
