"""The transitieformulier at the switch from vo/pro to mbo: who signs, and what it says.

Seed 002 (2.3.2): the transitieformulier goes with the young person's signature to leerplicht
(RBL) and the gemeente when they leave school. DOMAIN.md rule 3: from 16 the young person
decides; a consent the parents gave before stays on record and waits for the young person's
re-confirmation. Daan's parents said "ja" in the third year of the pro school, when he was 15;
the form is printed at the switch to the mbo, after his 16th birthday.

Before (session 17): each receiver read "Toestemming: gegeven" and the form "Toestemming
gegeven voor 2 van 2 ontvangers." above Daan's empty signature line — a paper that reads as his
consent, while it was his parents' and he has not re-confirmed it. Now each receiver says who
gave it and that it waits for him, and the status line counts what waits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from conftest import birth_date_turning_16_in
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.forms_data import TransitionFormData


def _parents_said_yes_at_15(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> tuple[Any, Any]:
    case = make_youth(
        15, parents=1, given_name="Daan", birth_date=birth_date_turning_16_in(clock.today(), 10)
    )
    request = service.consents.create_request(
        case.youth.id,
        [
            ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,)),
            ItemSpec(c.werk.id, c.rbl.id, (c.contact.id,)),
        ],
    )
    service.consents.record_decisions(
        request.id,
        SignerRef.representative(case.parents[0].id),
        {i.id: "yes" for i in request.items},
        "desk",
    )
    return case.youth, request


def test_printed_before_the_birthday_the_parent_signs_and_it_is_given(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    daan, request = _parents_said_yes_at_15(service, catalog, make_youth, clock)
    text = flat(
        service.forms.render_transition_form(daan.id, TransitionFormData(request_id=request.id))
    )
    assert "Toestemming gegeven voor 2 van 2 ontvangers." in text
    assert "herbevestig" not in text
    assert "Rol ouder" in text


def test_printed_at_the_switch_after_16_it_waits_for_his_own_signature(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    daan, request = _parents_said_yes_at_15(service, catalog, make_youth, clock)
    clock.advance(timedelta(days=20))  # 16 since ten days; the switch to the mbo
    assert all(service.consents.item_status(i.id).needs_reconfirmation for i in request.items)
    pdf = service.forms.render_transition_form(daan.id, TransitionFormData(request_id=request.id))
    (tmp_path / "transitie.pdf").write_bytes(pdf)
    text = flat(pdf)
    assert "beslist zelf" in text and "Rol jongere" in text  # he signs, not his parents
    # Each receiver: given by the parents, waiting for him — never a bare "gegeven".
    assert text.count("Gegeven door de ouders, toen de jongere jonger was dan 16") == 2, text
    assert "Toestemming gegeven Geldig" not in text
    assert "Daarvan wachten 2 op herbevestiging door wie nu beslist" in text
    # His signature on the form, entered at the desk, is the re-confirmation.
    service.consents.record_decisions(
        request.id, SignerRef.youth(daan.id), {i.id: "yes" for i in request.items}, "paper"
    )
    after = flat(
        service.forms.render_transition_form(daan.id, TransitionFormData(request_id=request.id))
    )
    assert "herbevestig" not in after
    assert all(
        service.consents.item_status(i.id).status == ItemStatus.GIVEN
        and not service.consents.item_status(i.id).needs_reconfirmation
        for i in request.items
    )
