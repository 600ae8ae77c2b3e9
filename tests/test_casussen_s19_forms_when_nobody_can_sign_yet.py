"""Printed while nobody on record may decide: the signature line is not the youth's.

DOMAIN.md rule 3: under 16 the parents with gezag or the voogd decide; 18+ under curatele the
curator. Seed 002 (2.3.2): the transitieformulier is signed on paper. A vso pupil of 15 whose
gezag is not registered yet (the parents' divorce papers are still at the court), and a young
man of 19 under curatele whose curator is not on record yet: the worker prints the form to
have it signed at the next meeting.

Before (session 18): the form said "Wie tekent: de ouders met gezag of de voogd beslissen" —
above a single signature line "Rol: jongere". The pupil signed there, and the signed paper read
as consent. Likewise "de curator beslist" above a line for "jongere". Now the line names who
will sign (ouder met gezag of voogd / curator) and the form says why nobody can sign yet. The
paper consent form of a request whose parent lost gezag since (nobody on record decides now)
is not printed at all, as the tablet does not open: it had no signature line left.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_checks import flat

from toestemming.errors import RuleViolation
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.forms_data import TransitionFormData


def _signature_part(text: str) -> str:
    return text[text.index("Wie tekent") :]


def test_the_transitieformulier_of_a_15_year_old_without_gezag_on_record_has_a_parents_line(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    pupil = make_youth(15, given_name="Mila").youth
    text = _signature_part(
        flat(service.forms.render_transition_form(pupil.id, TransitionFormData()))
    )
    assert "Rol jongere Datum" not in text, text  # no line that reads as her consent
    assert "Rol ouder met gezag of voogd" in text
    assert "geen ouder met gezag of voogd vastgelegd" in text


def test_the_transitieformulier_under_curatele_without_a_curator_has_the_curators_line(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    young_man = make_youth(19, given_name="Bram", protection="curatele").youth
    text = _signature_part(
        flat(service.forms.render_transition_form(young_man.id, TransitionFormData()))
    )
    assert "Rol jongere Datum" not in text, text
    assert "Rol curator" in text
    assert "geen curator vastgelegd" in text


def test_the_paper_form_of_a_request_whose_parent_lost_gezag_is_not_printed(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    case = make_youth(14, parents=1)
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    assert "Handtekening" in flat(service.forms.render_paper_consent(request.id))
    service.people.end_representative(case.parents[0].id)  # the court gave gezag to another
    with pytest.raises(RuleViolation) as refused:
        service.forms.render_paper_consent(request.id)
    assert "Leg eerst vast wie het gezag heeft" in str(refused.value)


def test_a_15_year_olds_transitieformulier_has_her_line_beside_her_parents(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """DOMAIN rule 3: under 16 the young person is still informed and asked for their view;
    seed 002 (2.3.2): the form goes with the young person's signature. The paper consent had
    a line for that; the transitieformulier of a pupil of 15 had only her parents' lines."""
    c = catalog
    mila = make_youth(15, parents=2, given_name="Mila").youth
    request = service.consents.create_request(
        mila.id, [ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,))]
    )
    text = _signature_part(
        flat(
            service.forms.render_transition_form(mila.id, TransitionFormData(request_id=request.id))
        )
    )
    assert text.count("Rol ouder") == 2
    assert "Mila" in text and "Rol jongere (geïnformeerd, mening gevraagd)" in text
    # From 16 she signs as the one who decides; no second line of hers.
    sem = make_youth(17, given_name="Sem").youth
    own = _signature_part(flat(service.forms.render_transition_form(sem.id, TransitionFormData())))
    assert "Rol jongere Datum" in own and "mening gevraagd" not in own
