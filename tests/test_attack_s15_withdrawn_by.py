"""Who withdrew, on bewijs.pdf. The history row "Ingetrokken door <naam> (<rol>)" was held to
the log's kind and channel only: an insider who re-renders the PDF with another person's name
on Marek's withdrawal (item 2, withdrawn by e-mail) and signs it with the organisation's keys got
"OK — bewijspakket in orde". The receipt names who withdrew (`by.name`, like a decision's "Wie");
the history row is now held to it."""

from __future__ import annotations

import dataclasses

from test_attack_s8_packages import (  # noqa: F401  (insider: the module's fixture)
    Insider,
    insider,
    refused,
    rendered,
    signed,
)
from test_attack_s10_printed_fields import WITHDRAWN, history

from formulieren.proof_pdf import ProofItem
from toestemming.proof.package import PDF

PREFIX = "Ingetrokken door "


def _someone_else_withdrew(it: ProofItem) -> tuple[object, ...]:
    out = []
    for e in it.history:
        if e.what.startswith(PREFIX):
            who, dash, rest = e.what[len(PREFIX) :].partition(" — ")
            role = who[who.rfind(" (") :]
            e = dataclasses.replace(e, what=f"{PREFIX}Zoë Ødegaard{role}{dash}{rest}")
        out.append(e)
    return tuple(out)


def test_the_pdf_cannot_name_another_person_as_the_one_who_withdrew(
    insider: Insider,  # noqa: F811
) -> None:
    before = insider.view.items[WITHDRAWN].history
    assert any(e.what.startswith(PREFIX) for e in before), "the scenario has a withdrawal"
    lie = history(WITHDRAWN, _someone_else_withdrew)(insider.view)
    assert lie != insider.view
    files = {**insider.later, PDF: rendered(insider, lie)}
    err = refused(
        insider, signed(files, insider.signing_key), "s15-ingetrokken-door.tbewijs", "onderdeel 2"
    )
    assert "Zoë" not in err and "Marek" not in err
