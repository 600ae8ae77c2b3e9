"""The inzage (AVG art. 15) of a young child, asked for by the parents at the desk.

Seed 001 (line 172) asks about the kinderopvang as a source of a child's data; seed 003,
reglement art. 12.3, gives the betrokkenen the right of "inzage" — for a child under 8 the
parents exercise it (they decide for the child; the product has the child sign nothing,
rules.CHILD_SIGNS_FROM). The report used to open "Hoi Noor. Je hebt het recht…" and speak
to the toddler throughout. Now it speaks to the parents; from 8 it still speaks to the child,
who is told and signs for it."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from pdf_checks import flat

from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.sharing_rules import Justification

STEPS = (
    "Wettelijke taak: overdracht voorschool naar school (OKE).",
    "Alleen om de start op school goed te laten verlopen.",
    "Alleen wat de leerkracht nodig heeft, de rest niet.",
    "Eerst met de ouders gepraat; anoniem kan niet.",
)


def test_the_parents_of_a_4_year_old_get_an_inzage_written_to_them(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Noor (4) went from the kinderopvang to school with her contact data; her mother asks
    what is kept. The PDF addresses the parents, in "u", about "uw kind", and still lists
    what was shared, the objection she made and their rights."""
    c = catalog
    case = make_youth(4, parents=2, given_name="Noor")
    noor, mother = case.youth, case.parents[0]
    args = (noor.id, c.gemeente.id, c.werk.id)
    weighing = service.sharing.record_assessment(*args, "public_task", *STEPS, True)
    service.sharing.record_disclosure(
        *args, [c.contact.id], assessment_id=weighing.id, justification=Justification("parents")
    )
    service.objections.record(*args, SignerRef.representative(mother.id), "desk")
    text = flat(service.forms.render_inzage(noor.id))
    assert "Hoi" not in text and "Je hebt het recht" not in text
    assert "Beste ouder(s) of vertegenwoordiger(s) van Noor" in text
    assert "wat we over uw kind hebben vastgelegd" in text
    assert "Uw rechten" in text and "U mag elke toestemming intrekken" in text
    assert "Uw bezwaren" in text and "Gemeente Utrecht" in text
    assert "jouw" not in text.lower()  # nothing is said to the child


def test_an_8_year_old_is_still_spoken_to(service: Service, make_youth: Callable[..., Any]) -> None:
    """From 8 the child is informed and signs for it: the report stays the child's own."""
    child = make_youth(8, parents=1, given_name="Ilias").youth
    text = flat(service.forms.render_inzage(child.id))
    assert "Hoi Ilias" in text and "Jouw rechten" in text
    assert "Beste ouder" not in text
