"""A casus's opening: a youth under 16 with two parents, one UWV item asked for long enough
to outlive a birthday, and each parent's answer (or silence) recorded at the desk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


@dataclass(frozen=True)
class ParentsAnswered:
    youth: Any
    mother: Any
    father: Any
    request_id: int
    item: int


def parents_answered(
    service: Service,
    c: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    *,
    age: int,
    name: str,
    answers: tuple[str | None, str | None] = ("yes", "yes"),
) -> ParentsAnswered:
    """`answers`: the mother's and the father's; None: that parent stays silent."""
    case = make_youth(age, parents=2, given_name=name)
    youth, mother, father = case.youth, *case.parents
    request = service.consents.create_request(
        youth.id,
        [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))],
        valid_until=clock.today() + timedelta(days=3 * 365),
    )
    item = request.items[0].id
    for parent, answer in zip((mother, father), answers, strict=True):
        if answer is None:
            continue
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {item: answer}, "desk"
        )
    return ParentsAnswered(youth, mother, father, request.id, item)
