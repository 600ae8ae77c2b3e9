"""A "no" cannot be talked around (issue 15). Tried as a worker in a hurry and as someone who
wants the data out anyway: after a refusal, a withdrawal or the parents' conflict, sharing
with that recipient for that purpose needs a named ground (legal obligation, vital interest,
court order), a written reason and a second confirmation, and is marked as an override in
the log, the inzage and the proof; legitimate interest is never open to a public body (by its
legal role, not its kind); the youth (parents under 16) is informed or a reason recorded.
Every refusal changes nothing."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_checks import flat

from toestemming.errors import RuleViolation, ToestemmingError, ValidationError
from toestemming.model import Informed, LawfulBasis, LegalRole, OverrideGround, SignerRef
from toestemming.proof.package import RECEIPT
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification

STEPS = (
    "Er is een wettelijke plicht om dit te melden.",
    "Past bij het doel waarvoor de gegevens er zijn.",
    "Alleen wat strikt nodig is voor de melding.",
    "Minder delen kan niet: de wet vraagt precies dit.",
)
REASON = "De rechtbank heeft de school bevolen het dossier te leveren (zaak 123)."


def _tables(service: Service) -> tuple[int, ...]:
    db = service.vault.db
    return tuple(
        int(db.scalar(f"SELECT count(*) FROM {t}"))
        for t in ("events", "disclosures", "disclosure_overrides")
    )


@pytest.fixture
def refused(service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]):
    """A 17-year-old said no to the gemeente for 'werk'; yes to UWV."""
    c = catalog
    youth = make_youth(17).youth
    req = service.consents.create_request(
        youth.id,
        [
            ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,)),
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
        ],
    )
    no, yes = (i.id for i in req.items)
    service.consents.record_decisions(
        req.id, SignerRef.youth(youth.id), {no: "no", yes: "yes"}, "desk"
    )
    return SimpleNamespace(youth=youth, c=c, request=req)


def _weigh(service: Service, r: SimpleNamespace, basis: str, informed: bool = True) -> int:
    return service.sharing.record_assessment(
        r.youth.id, r.c.gemeente.id, r.c.werk.id, basis, *STEPS, informed
    ).id


def _share(service: Service, r: SimpleNamespace, assessment: int | None, **j: Any):
    justification = Justification(**j) if j else None
    return service.sharing.record_disclosure(
        r.youth.id,
        r.c.gemeente.id,
        r.c.werk.id,
        [r.c.contact.id],
        assessment_id=assessment,
        justification=justification,
    )


@pytest.mark.parametrize("basis", ["legitimate_interest", "public_task", "contract", "consent"])
def test_after_a_no_other_bases_are_refused_at_the_weighing(
    service: Service, refused: SimpleNamespace, basis: str
) -> None:
    before = _tables(service)
    with pytest.raises((RuleViolation, ValidationError)) as exc:
        _weigh(service, refused, basis)
    assert "Traceback" not in exc.value.message
    assert _tables(service) == before


@pytest.mark.parametrize(
    "justification, expected",
    [
        (None, "eerder 'nee'"),
        ({"informed": "youth"}, "Noem de grondslag"),
        ({"informed": "youth", "ground": "legal_obligation"}, "Schrijf op waarom"),
        (
            {"informed": "youth", "ground": "legal_obligation", "reason": "moet"},
            "Schrijf op waarom",
        ),
        (
            {"informed": "youth", "ground": "legal_obligation", "reason": REASON},
            "tweede keer",
        ),
        (
            {"informed": "youth", "ground": "vital_interest", "reason": REASON, "confirmed": True},
            "hetzelfde",
        ),
        (
            {"informed": "parents", "ground": "court_order", "reason": REASON, "confirmed": True},
            "jongere zelf",
        ),
        (
            {
                "informed": "not_informed",
                "ground": "court_order",
                "reason": REASON,
                "confirmed": True,
            },
            "niet geïnformeerd",
        ),
        (
            {"informed": "youth", "ground": "omdat het moet", "reason": REASON, "confirmed": True},
            "Noem de grondslag",
        ),
    ],
)
def test_each_shortcut_around_the_no_is_refused_and_changes_nothing(
    service: Service, refused: SimpleNamespace, justification: Any, expected: str
) -> None:
    assessment = _weigh(service, refused, "legal_obligation")
    before = _tables(service)
    with pytest.raises(ToestemmingError) as exc:
        _share(service, refused, assessment, **(justification or {}))
    assert expected in exc.value.message, exc.value.message
    assert _tables(service) == before


def test_a_weighing_from_before_the_no_cannot_carry_a_disclosure_after_it(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    youth = make_youth(17).youth
    old = service.sharing.record_assessment(
        youth.id, c.werkgever.id, c.stage.id, "legitimate_interest", *STEPS, True
    )
    req = service.consents.create_request(
        youth.id, [ItemSpec(c.stage.id, c.werkgever.id, (c.stagegegevens.id,))]
    )
    me = SignerRef.youth(youth.id)
    service.consents.record_decisions(req.id, me, {req.items[0].id: "yes"}, "desk")
    service.withdrawals.withdraw([req.items[0].id], me, "desk")
    before = _tables(service)
    with pytest.raises(RuleViolation) as exc:
        service.sharing.record_disclosure(
            youth.id, c.werkgever.id, c.stage.id, [c.stagegegevens.id], assessment_id=old.id
        )
    assert "eerder 'nee'" in exc.value.message
    assert _tables(service) == before


def test_override_on_a_named_ground_is_recorded_and_marked_everywhere(
    service: Service, refused: SimpleNamespace, tmp_path: Path
) -> None:
    options = service.sharing.options(refused.youth.id, refused.c.gemeente.id, refused.c.werk.id)
    assert options.after_no and "geweigerd" in options.no_reason.lower()
    assert options.bases == (LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.VITAL_INTEREST)
    assert set(options.grounds) == set(OverrideGround) and options.inform == Informed.YOUTH
    assessment = _weigh(service, refused, "legal_obligation")
    disclosure = _share(
        service,
        refused,
        assessment,
        informed="youth",
        ground="court_order",
        reason=REASON,
        confirmed=True,
    )
    assert disclosure.override and disclosure.basis == LawfulBasis.LEGAL_OBLIGATION
    # the log
    rows = service.vault.db.query("SELECT kind, body FROM events ORDER BY seq DESC LIMIT 2")
    justified, recorded = (json.loads(r[1])["data"] for r in rows)
    assert rows[0][0] == "disclosure.justified" and rows[1][0] == "disclosure.recorded"
    assert recorded["override"] is True and justified["ground"] == "court_order"
    assert REASON not in rows[0][1].decode()  # the reason only as a salted commitment
    assert service.verify_audit(deep=True).ok and service.replay().ok
    # the inzage
    inzage = flat(service.forms.render_inzage(refused.youth.id))
    assert "ONDANKS EEN NEE" in inzage and "rechterlijke uitspraak" in inzage
    # the proof: PDF and receipt
    path = service.forms.proof.export_request(refused.request.id, tmp_path)
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
        receipt = json.loads(z.read(RECEIPT))
        pdf = z.read("bewijs.pdf")
    (other,) = receipt["disclosures_on_other_basis"]
    assert other["override"]["override"] is True and other["override"]["ground"] == "court_order"
    assert "ONDANKS EEN NEE" in flat(pdf)


def test_legitimate_interest_is_never_open_to_a_public_body_by_its_legal_role(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    youth = make_youth(17).youth
    # Shown as "onderwijs", but a public school acting on its legal task.
    school = service.catalog.add_recipient(
        "Openbare school De Linde", "onderwijs", legal_role="public_task"
    )
    uwv = c.uwv  # shown as "arbeid": the standard catalog marks UWV public
    uwv = service.catalog.set_recipient_legal_role(uwv.id, "public_task")
    for recipient in (school, uwv, c.gemeente, c.rbl):
        assert recipient.legal_role == LegalRole.PUBLIC_TASK or recipient.kind.value in (
            "gemeente",
            "leerplicht_rmc",
        )
        options = service.sharing.options(youth.id, recipient.id, c.werk.id)
        assert LawfulBasis.LEGITIMATE_INTEREST not in options.bases
        with pytest.raises(RuleViolation) as exc:
            service.sharing.record_assessment(
                youth.id, recipient.id, c.werk.id, "legitimate_interest", *STEPS, True
            )
        assert "overheidsorgaan" in exc.value.message
    # A private employer may rely on it (no "no" given).
    ok = service.sharing.record_assessment(
        youth.id, c.werkgever.id, c.stage.id, "legitimate_interest", *STEPS, True
    )
    assert ok.basis == LawfulBasis.LEGITIMATE_INTEREST


def test_informing_is_required_unless_a_reason_is_recorded(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    child = make_youth(14, parents=1).youth
    a = service.sharing.record_assessment(
        child.id, c.rbl.id, c.leerplicht.id, "legal_obligation", *STEPS, False
    )
    args = (child.id, c.rbl.id, c.leerplicht.id, [c.school.id])
    before = _tables(service)
    with pytest.raises(RuleViolation) as exc:
        service.sharing.record_disclosure(*args, assessment_id=a.id)
    assert "Informeer" in exc.value.message
    with pytest.raises(RuleViolation):  # under 16: the parents, not the child alone
        service.sharing.record_disclosure(
            *args, assessment_id=a.id, justification=Justification("youth")
        )
    with pytest.raises(ValidationError):  # not informed needs a reason
        service.sharing.record_disclosure(
            *args, assessment_id=a.id, justification=Justification("not_informed")
        )
    assert _tables(service) == before
    done = service.sharing.record_disclosure(
        *args,
        assessment_id=a.id,
        justification=Justification(
            "not_informed", "Melding aan Veilig Thuis; informeren brengt het kind in gevaar."
        ),
    )
    assert not done.override
    j = service.sharing.justification(done.id)
    assert j is not None and j["informed"] == "not_informed" and j["not_informed_reason"]
    parents = service.sharing.record_disclosure(
        *args, assessment_id=a.id, justification=Justification("parents")
    )
    assert service.sharing.justification(parents.id)["informed"] == "parents"  # type: ignore[index]
