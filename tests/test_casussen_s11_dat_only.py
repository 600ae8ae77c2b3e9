"""DAT-only weighings: "you may know *that* someone is in treatment, not *for what*".

Seed 003, casus 8 (lines 781-808): after an absence report the leerplichtambtenaar may call
the care professional the verwijsindex names, on the legal task, without consent; the
professional "mag wel zeggen of de jongere [...] in behandeling is maar niet waarvoor";
"voor het delen van meer inhoudelijke informatie [...] is wel toestemming nodig". Seed 003,
privacyreglement art. 8.6 (line 1641): a geheimhouder without another ground gives "alleen
buitenkant informatie". Seed 002, stap 3 (line 152): the same sentence.

A weighing on a legal task used to carry every non-sensitive category, WAT included (the
support need, the internship report): nothing let the worker write down "DAT only" in a way
the product keeps to. Now step 3 can say so, and a disclosure of WAT on such a weighing is
refused with the reason, nothing written; with the youth's consent the content may go."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from replay_support import attacker_connection, lifted_edit

from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import LawfulBasis, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification

STEPS = (
    "Leerplichtwet: verzuimmelding via DUO, de verwijsindex noemt de hulpverlener.",
    "Alleen om het verzuim terug te dringen.",
    "Alleen dat de jongere op vaste uren in behandeling is, niet waarvoor.",
    "Eerst aan de jongere zelf gevraagd; die wilde niets zeggen.",
)


@pytest.fixture
def in_care(service: Service) -> Any:
    return service.catalog.add_category(
        "in-behandeling", "In behandeling", "Dat je op vaste uren hulp krijgt.", "dat", False
    )


def test_casus_8_on_the_legal_task_that_she_is_in_care_not_what_for(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], in_care: Any
) -> None:
    """Seed 003 casus 8, played by the jeugdzorg worker the leerplichtambtenaar calls: the
    weighing on the legal duty says "DAT only". That she is in care on fixed hours goes;
    her support need (WAT, not a special category) is refused on that weighing with the
    reason and nothing is logged; once the 17-year-old says yes, the content may go."""
    c = catalog
    youth = make_youth(17).youth
    jeugdzorg_rbl = (youth.id, c.rbl.id, c.leerplicht.id)
    weighing = service.sharing.record_assessment(
        *jeugdzorg_rbl, "legal_obligation", *STEPS, True, dat_only=True
    )
    assert service.sharing.assessment(weighing.id).dat_only
    shared = service.sharing.record_disclosure(
        *jeugdzorg_rbl, [in_care.id], assessment_id=weighing.id
    )
    assert shared.basis == LawfulBasis.LEGAL_OBLIGATION
    before = row_count(service, "events")
    for wat in ([c.ondersteuning.id], [in_care.id, c.stagegegevens.id]):
        with pytest.raises(RuleViolation) as refused:
            service.sharing.record_disclosure(
                *jeugdzorg_rbl, wat, assessment_id=weighing.id, justification=Justification("youth")
            )
        assert "buitenkantinformatie" in refused.value.message
        assert "toestemming" in refused.value.message
    assert row_count(service, "events") == before
    assert len(service.sharing.disclosures(youth.id)) == 1

    request = service.consents.create_request(
        youth.id, [ItemSpec(c.leerplicht.id, c.rbl.id, (c.ondersteuning.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    content = service.sharing.record_disclosure(*jeugdzorg_rbl, [c.ondersteuning.id])
    assert content.basis == LawfulBasis.CONSENT
    assert service.replay().ok


def test_reglement_8_6_a_geheimhouder_without_a_ground_gives_only_the_outside(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], in_care: Any
) -> None:
    """Seed 003, privacyreglement art. 8.6: a partner with professional secrecy and no other
    ground gives only buitenkantinformatie. The school's weighing on its public task toward
    the partner, limited to DAT: contact data and "in care" go, the internship report does
    not — and a weighing without the limit (the organisation's own choice) still does."""
    c = catalog
    youth = make_youth(19).youth
    ggz = service.catalog.add_recipient("GGZ Centraal", "zorg", "Jongerenteam")
    limited = service.sharing.record_assessment(
        youth.id, ggz.id, c.werk.id, "public_task", *STEPS, True, dat_only=True
    )
    args = (youth.id, ggz.id, c.werk.id)
    service.sharing.record_disclosure(*args, [c.contact.id, in_care.id], assessment_id=limited.id)
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(*args, [c.stagegegevens.id], assessment_id=limited.id)
    broad = service.sharing.record_assessment(
        youth.id, ggz.id, c.werk.id, "public_task", *STEPS, True
    )
    assert not broad.dat_only
    service.sharing.record_disclosure(*args, [c.stagegegevens.id], assessment_id=broad.id)


def test_an_insider_who_lifts_the_dat_limit_is_refused_and_then_found(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], in_care: Any
) -> None:
    """An insider with the passphrase wants to share the content on the DAT-only weighing:
    the row refuses the change (trigger), and with the triggers dropped and put back the
    replay finds the weighing that differs from its logged event."""
    c = catalog
    youth = make_youth(17).youth
    weighing = service.sharing.record_assessment(
        youth.id, c.rbl.id, c.leerplicht.id, "legal_obligation", *STEPS, True, dat_only=True
    )
    conn = attacker_connection(service)
    try:
        with pytest.raises(Exception, match="scope of a weighing is fixed"):
            conn.execute("UPDATE assessments SET dat_only = 0 WHERE id = ?", (weighing.id,))
        lifted_edit(
            conn,
            [("UPDATE assessments SET dat_only = 0 WHERE id = ?", (weighing.id,))],
            must_hit=True,
        )
    finally:
        conn.close()
    report = service.replay()
    assert not report.ok
    lines = report.lines()
    assert any(f"afweging {weighing.id}" in line and "dat_only" in line for line in lines), lines


def test_a_limit_given_as_ja_or_1_is_refused_not_dropped(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """A hurried integration passes "ja" or 1 for the limit: refused with a Dutch message and
    nothing written, instead of a weighing quietly without its limit."""
    c = catalog
    youth = make_youth(17).youth
    before = row_count(service, "events")
    for wrong in ("ja", 1):
        with pytest.raises(ValidationError) as refused:
            service.sharing.record_assessment(
                youth.id, c.rbl.id, c.leerplicht.id, "legal_obligation", *STEPS, True,
                dat_only=wrong,  # type: ignore[arg-type]
            )  # fmt: skip
        assert "Alleen buitenkantinformatie is ongeldig" in refused.value.message
    assert row_count(service, "events") == before
