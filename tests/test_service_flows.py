"""The desk flows end to end, through the real Service on a real SQLCipher vault."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import (
    ItemStatus,
    LawfulBasis,
    ParentPolicy,
    Policy,
    SignerRef,
)
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

YouthCase = Any  # conftest.YouthCase: .youth and .parents (the parents with gezag)
MakeYouth = Callable[..., YouthCase]
CountRows = Callable[[str], int]


def parent(case: YouthCase, index: int) -> SignerRef:
    return SignerRef.representative(case.parents[index].id)


def you(case: YouthCase) -> SignerRef:
    return SignerRef.youth(case.youth.id)


def audit_ok(service: Service) -> bool:
    report = service.verify_audit(deep=True)
    return report.ok and report.events > 0


def test_fifteen_year_old_both_parents_consent(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth
) -> None:
    case = make_youth(15, parents=2)
    need = service.consents.who_must_decide(case.youth.id)
    assert need.signers == (parent(case, 0), parent(case, 1))
    req = service.consents.create_request(
        case.youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id, catalog.school.id))],
        valid_until="01-11-2027",
    )
    assert req.reference_code.startswith("TS-")
    assert req.valid_until == date(2027, 11, 1)
    item = req.items[0]
    assert "UWV" in item.text and "intrekken" in item.text
    assert service.consents.item_status(item.id).status == ItemStatus.REQUESTED
    cats = [catalog.contact.id, catalog.school.id]
    assert not service.sharing.may_share(
        case.youth.id, catalog.uwv.id, catalog.werk.id, cats
    ).allowed

    service.consents.record_decisions(req.id, parent(case, 0), {item.id: "yes"}, "desk")
    assert service.consents.item_status(item.id).status == ItemStatus.REQUESTED
    assert not service.sharing.may_share(
        case.youth.id, catalog.uwv.id, catalog.werk.id, cats
    ).allowed

    service.consents.record_decisions(req.id, parent(case, 1), {item.id: "yes"}, "tablet")
    assert service.consents.item_status(item.id).status == ItemStatus.GIVEN
    answer = service.sharing.may_share(case.youth.id, catalog.uwv.id, catalog.werk.id, cats)
    assert answer.allowed
    assert answer.item_id == item.id
    assert answer.reference_code == req.reference_code
    # a category outside the item is not covered, and named in Dutch
    wider = service.sharing.may_share(
        case.youth.id, catalog.uwv.id, catalog.werk.id, [*cats, catalog.gezondheid.id]
    )
    assert not wider.allowed
    assert "Gezondheid" in wider.reason
    # another recipient or purpose is not covered
    assert not service.sharing.may_share(
        case.youth.id, catalog.gemeente.id, catalog.werk.id, cats
    ).allowed
    assert not service.sharing.may_share(
        case.youth.id, catalog.uwv.id, catalog.stage.id, cats
    ).allowed
    assert audit_ok(service)


def test_one_parent_suffices_under_policy_one(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth
) -> None:
    service.set_policy(Policy(parent_policy=ParentPolicy.ONE_WITH_GEZAG))
    case = make_youth(14, parents=2)
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.stage.id, catalog.werkgever.id, (catalog.contact.id,))]
    )
    item = req.items[0]
    assert req.valid_until == service.clock.today() + timedelta(days=365)
    service.consents.record_decisions(req.id, parent(case, 1), {item.id: "yes"}, "email")
    assert service.consents.item_status(item.id).status == ItemStatus.GIVEN
    assert service.sharing.may_share(
        case.youth.id, catalog.werkgever.id, catalog.stage.id, [catalog.contact.id]
    ).allowed
    assert audit_ok(service)


def test_parents_disagree_is_conflicting(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth
) -> None:
    case = make_youth(15, parents=2)
    req = service.consents.create_request(
        case.youth.id,
        [
            ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,)),
            ItemSpec(catalog.werk.id, catalog.gemeente.id, (catalog.contact.id,)),
        ],
    )
    uwv_item, gem_item = (i.id for i in req.items)
    service.consents.record_decisions(
        req.id, parent(case, 0), {uwv_item: "yes", gem_item: "yes"}, "desk"
    )
    service.consents.record_decisions(
        req.id, parent(case, 1), {uwv_item: "no", gem_item: "yes"}, "desk"
    )
    st = service.consents.item_status(uwv_item)
    assert st.status == ItemStatus.CONFLICTING
    assert "niet eens" in st.reason
    assert service.consents.item_status(gem_item).status == ItemStatus.GIVEN
    answer = service.sharing.may_share(
        case.youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
    )
    assert not answer.allowed
    assert req.reference_code in answer.reason
    assert service.sharing.may_share(
        case.youth.id, catalog.gemeente.id, catalog.werk.id, [catalog.contact.id]
    ).allowed
    views = {v.item_id: v.status.status for v in service.consents.items_for_youth(case.youth.id)}
    assert views == {uwv_item: ItemStatus.CONFLICTING, gem_item: ItemStatus.GIVEN}
    assert audit_ok(service)


def test_seventeen_year_old_only_the_youth_signs(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth, count_rows: CountRows
) -> None:
    case = make_youth(17, parents=2)
    assert service.consents.who_must_decide(case.youth.id).signers == (you(case),)
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = req.items[0].id
    decisions, events = count_rows("decisions"), count_rows("events")
    with pytest.raises(RuleViolation) as exc:
        service.consents.record_decisions(req.id, parent(case, 0), {item: "yes"}, "desk")
    assert "beslist" in exc.value.message
    assert (count_rows("decisions"), count_rows("events")) == (decisions, events)

    service.consents.record_decisions(req.id, you(case), {item: "yes"}, "tablet")
    assert count_rows("decisions") == decisions + 1
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    assert audit_ok(service)


def test_special_category_needs_a_separate_tick(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth, count_rows: CountRows
) -> None:
    case = make_youth(16)
    req = service.consents.create_request(
        case.youth.id,
        [
            ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id, catalog.gezondheid.id)),
            ItemSpec(catalog.werk.id, catalog.gemeente.id, (catalog.contact.id,)),
        ],
    )
    special, plain = req.items
    assert special.has_special_categories and not plain.has_special_categories
    before = count_rows("decisions"), count_rows("events")
    with pytest.raises(RuleViolation) as exc:
        service.consents.record_decisions(
            req.id, you(case), {plain.id: "yes", special.id: "yes"}, "tablet"
        )
    assert "gevoelige gegevens" in exc.value.message
    assert (count_rows("decisions"), count_rows("events")) == before
    assert service.consents.item_status(plain.id).status == ItemStatus.REQUESTED

    # a "no" needs no tick
    service.consents.record_decisions(req.id, you(case), {special.id: "no"}, "tablet")
    assert service.consents.item_status(special.id).status == ItemStatus.REFUSED
    # a later yes with the tick wins
    service.consents.record_decisions(
        req.id, you(case), {plain.id: "yes", special.id: "yes"}, "tablet", special_ack=[special.id]
    )
    assert service.consents.item_status(special.id).status == ItemStatus.GIVEN
    assert service.consents.item_status(plain.id).status == ItemStatus.GIVEN
    acks = service.vault.db.query(
        "SELECT item_id, special_ack FROM decisions WHERE answer = 'yes' ORDER BY item_id"
    )
    assert sorted((int(a), int(b)) for a, b in acks) == sorted([(special.id, 1), (plain.id, 0)])
    assert service.sharing.may_share(
        case.youth.id, catalog.uwv.id, catalog.werk.id, [catalog.gezondheid.id]
    ).allowed
    assert audit_ok(service)


def test_withdrawal_keeps_earlier_disclosures_and_lists_recipients_to_notify(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: MakeYouth,
    clock: FixedClock,
    count_rows: CountRows,
) -> None:
    case = make_youth(17)
    req = service.consents.create_request(
        case.youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id, catalog.school.id))],
    )
    item = req.items[0].id
    service.consents.record_decisions(req.id, you(case), {item: "yes"}, "desk")
    clock.advance(timedelta(days=2))
    shared_at = clock.now()
    disclosure = service.sharing.record_disclosure(
        case.youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id], note="Cv gemaild."
    )
    assert disclosure.basis == LawfulBasis.CONSENT
    assert disclosure.item_id == item
    assert service.worklists.withdrawals_to_notify() == []

    clock.advance(timedelta(days=5))
    result = service.withdrawals.withdraw([item], you(case), "email")
    withdrawal_id = result.withdrawals[0].id
    assert [(w, r.id) for w, r in result.recipients_to_notify] == [(withdrawal_id, catalog.uwv.id)]
    st = service.consents.item_status(item)
    assert st.status == ItemStatus.WITHDRAWN
    assert st.since == clock.now()

    # no new sharing after the withdrawal ...
    assert not service.sharing.may_share(
        case.youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
    ).allowed
    events = count_rows("events")
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            case.youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
        )
    assert count_rows("events") == events
    # ... but what was shared before keeps its basis
    (kept,) = service.sharing.disclosures(case.youth.id)
    assert (kept.id, kept.basis, kept.item_id) == (disclosure.id, LawfulBasis.CONSENT, item)
    assert kept.disclosed_at == shared_at
    assert service.sharing.may_share(
        case.youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id], at=shared_at
    ).allowed
    # an answer on a withdrawn item is refused
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(req.id, you(case), {item: "yes"}, "desk")
    # withdrawing twice is refused
    with pytest.raises(RuleViolation):
        service.withdrawals.withdraw([item], you(case), "desk")

    todo = service.worklists.withdrawals_to_notify()
    assert [(w.item_id, w.reference_code) for w in todo] == [(item, req.reference_code)]
    # The worklist line in the desk's languages, with a real singular.
    assert todo[0].detail == "onderdeel 1 ingetrokken; 1 ontvanger nog informeren"
    assert todo[0].why.text_in("en") == "item 1 withdrawn; 1 recipient still to inform"
    assert [r.id for r in service.withdrawals.recipients_to_notify(withdrawal_id)] == [
        catalog.uwv.id
    ]
    service.withdrawals.mark_notified(withdrawal_id, catalog.uwv.id)
    assert service.worklists.withdrawals_to_notify() == []
    assert service.withdrawals.recipients_to_notify(withdrawal_id) == []
    assert count_rows("withdrawal_notifications") == 1
    kinds = [e["kind"] for e in service.consents.item_history(item)]
    assert kinds == [
        "request.created",
        "decisions.recorded",
        "disclosure.recorded",
        "withdrawal.recorded",
        "withdrawal.recipient_notified",
    ]
    assert audit_ok(service)


def test_parents_withdraw_for_a_fifteen_year_old(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth
) -> None:
    case = make_youth(15, parents=2)
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = req.items[0].id
    for i in (0, 1):
        service.consents.record_decisions(req.id, parent(case, i), {item: "yes"}, "desk")
    with pytest.raises(RuleViolation):
        service.withdrawals.withdraw([item], you(case), "desk")  # under 16: not the youth
    result = service.withdrawals.withdraw([item], parent(case, 1), "app")
    assert result.recipients_to_notify == ()
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    assert audit_ok(service)


def test_disclosure_needs_a_basis(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth, count_rows: CountRows
) -> None:
    case = make_youth(17)
    y, rbl, purpose = case.youth.id, catalog.rbl.id, catalog.leerplicht.id
    before = count_rows("events"), count_rows("disclosures")
    with pytest.raises(RuleViolation) as exc:
        service.sharing.record_disclosure(y, rbl, purpose, [catalog.school.id])
    assert "grondslag" in exc.value.message
    assert (count_rows("events"), count_rows("disclosures")) == before

    assessment = service.sharing.record_assessment(
        y,
        rbl,
        purpose,
        LawfulBasis.PUBLIC_TASK,
        basis_motivation="De leerplichtwet verplicht ons verzuim te melden.",
        purpose_compatibility="Verzuim melden hoort bij waarom we schoolgegevens hebben.",
        proportionality="Alleen school en opleiding, geen ondersteuningsbehoefte.",
        subsidiarity="Eerst met de jongere besproken; minder delen kan niet.",
        youth_informed=True,
    )
    assert assessment.basis == LawfulBasis.PUBLIC_TASK
    disclosure = service.sharing.record_disclosure(
        y, rbl, purpose, [catalog.school.id], assessment_id=assessment.id
    )
    assert disclosure.basis == LawfulBasis.PUBLIC_TASK
    assert disclosure.item_id is None
    assert disclosure.assessment_id == assessment.id
    assert disclosure.category_ids == (catalog.school.id,)
    assert count_rows("disclosures") == before[1] + 1

    # the weighing covers only its own youth, recipient and purpose
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            y, catalog.uwv.id, purpose, [catalog.school.id], assessment_id=assessment.id
        )
    assert audit_ok(service)


def test_gemeente_cannot_use_legitimate_interest(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth, count_rows: CountRows
) -> None:
    case = make_youth(17)
    events = count_rows("events")
    with pytest.raises(RuleViolation) as exc:
        service.sharing.record_assessment(
            case.youth.id,
            catalog.gemeente.id,
            catalog.werk.id,
            LawfulBasis.LEGITIMATE_INTEREST,
            "Wij hebben er belang bij om dit te delen.",
            "Past bij de begeleiding naar werk.",
            "Alleen contactgegevens worden gedeeld.",
            "Minder delen is niet mogelijk gebleken.",
            youth_informed=True,
        )
    assert "gerechtvaardigd belang" in exc.value.message
    assert count_rows("events") == events
    assert count_rows("assessments") == 0
    assert audit_ok(service)


def test_leerplicht_cannot_use_legitimate_interest(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth
) -> None:
    case = make_youth(17)
    with pytest.raises(RuleViolation):
        service.sharing.record_assessment(
            case.youth.id,
            catalog.rbl.id,
            catalog.leerplicht.id,
            LawfulBasis.LEGITIMATE_INTEREST,
            "Wij hebben er belang bij om dit te delen.",
            "Past bij het toezicht op de leerplicht.",
            "Alleen schoolgegevens worden gedeeld.",
            "Minder delen is niet mogelijk gebleken.",
            youth_informed=True,
        )


def test_purpose_revision_keeps_the_text_that_was_shown(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth
) -> None:
    case = make_youth(17)
    spec = [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    old = service.consents.create_request(case.youth.id, spec)
    old_item = old.items[0]
    revised = service.catalog.revise_purpose(
        catalog.werk.id, "Begeleiding naar werk", "Zodat het UWV samen met jou werk zoekt."
    )
    assert revised.version == 2
    assert revised.version_id != catalog.werk.version_id
    assert service.catalog.purpose(catalog.werk.id).version == 2
    assert [p.version for p in service.catalog.purpose_versions(catalog.werk.id)] == [1, 2]

    reloaded = service.consents.request(old.id)
    item = reloaded.items[0]
    assert item.text == old_item.text
    assert item.text_sha256 == old_item.text_sha256
    assert reloaded.text_sha256 == old.text_sha256
    assert item.purpose.version == 1
    assert "samen met jou" not in item.text

    new = service.consents.create_request(case.youth.id, spec)
    assert new.items[0].purpose.version == 2
    assert "samen met jou" in new.items[0].text
    assert new.items[0].text_sha256 != old_item.text_sha256

    # a decision records the hash of the text that item showed
    service.consents.record_decisions(old.id, you(case), {old_item.id: "yes"}, "desk")
    stored = service.vault.db.scalar(
        "SELECT text_sha256 FROM decisions WHERE item_id = ?", (old_item.id,)
    )
    assert stored == old_item.text_sha256
    assert audit_ok(service)


def test_pending_requests_worklist(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth, clock: FixedClock
) -> None:
    case = make_youth(17)
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    clock.advance(timedelta(days=3))
    pending = service.worklists.pending_requests()
    assert [(w.request_id, w.youth_id, w.days) for w in pending] == [(req.id, case.youth.id, 3)]
    assert pending[0].detail == "wacht op antwoord, 3 dagen oud"
    assert pending[0].why.text_in("en") == "waiting for an answer, 3 days old"
    service.consents.record_decisions(req.id, you(case), {req.items[0].id: "no"}, "email")
    assert service.worklists.pending_requests() == []
    assert audit_ok(service)


def test_expiring_within_thirty_days(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth, clock: FixedClock
) -> None:
    case = make_youth(17)
    until = clock.today() + timedelta(days=60)
    req = service.consents.create_request(
        case.youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))],
        valid_until=until,
    )
    item = req.items[0].id
    service.consents.record_decisions(req.id, you(case), {item: "yes"}, "desk")
    assert service.worklists.expiring_within(30) == []

    clock.advance(timedelta(days=31))
    soon = service.worklists.expiring_within(30)
    assert [(w.item_id, w.days) for w in soon] == [(item, 29)]
    assert soon[0].detail == f"onderdeel 1 verloopt op {until:%d-%m-%Y}"
    assert soon[0].why.text_in("en") == f"item 1 expires on {until:%d-%m-%Y}"

    clock.advance(timedelta(days=29))  # the last valid day
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    assert [w.days for w in service.worklists.expiring_within(30)] == [0]

    clock.advance(timedelta(days=1))
    assert service.worklists.expiring_within(30) == []
    assert service.consents.item_status(item).status == ItemStatus.EXPIRED
    assert not service.sharing.may_share(
        case.youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
    ).allowed
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(req.id, you(case), {item: "yes"}, "desk")
    assert audit_ok(service)


def test_turning_sixteen_needs_reconfirmation(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: MakeYouth,
    clock: FixedClock,
    count_rows: CountRows,
) -> None:
    sixteenth = clock.today() + timedelta(days=10)
    case = make_youth(15, parents=2, birth_date=sixteenth.replace(year=sixteenth.year - 16))
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = req.items[0].id
    for i in (0, 1):
        service.consents.record_decisions(req.id, parent(case, i), {item: "yes"}, "desk")
    assert service.worklists.needs_reconfirmation() == []

    clock.advance(timedelta(days=9))  # the day before the 16th birthday
    assert service.worklists.needs_reconfirmation() == []
    assert service.consents.item_status(item).needs_reconfirmation is False

    clock.advance(timedelta(days=1))  # the 16th birthday
    assert service.consents.who_must_decide(case.youth.id).signers == (you(case),)
    todo = service.worklists.needs_reconfirmation()
    assert [(w.youth_id, w.item_id) for w in todo] == [(case.youth.id, item)]
    # The reason is the status's own, in the reader's language (no Dutch in the English desk).
    assert todo[0].detail.startswith("onderdeel 1: ")
    english = todo[0].why.text_in("en")
    assert english.startswith("item 1: ") and "onderdeel" not in english
    assert english[len("item 1: ") :] == service.consents.item_status(item).reason_in("en")
    st = service.consents.item_status(item)
    assert (st.status, st.needs_reconfirmation) == (ItemStatus.GIVEN, True)
    answer = service.sharing.may_share(
        case.youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
    )
    assert answer.allowed
    assert answer.warnings and "herbevestigen" in answer.warnings[0]

    # parents no longer decide
    decisions = count_rows("decisions")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(req.id, parent(case, 0), {item: "yes"}, "desk")
    assert count_rows("decisions") == decisions

    service.consents.record_decisions(req.id, you(case), {item: "yes"}, "tablet")
    st = service.consents.item_status(item)
    assert (st.status, st.needs_reconfirmation) == (ItemStatus.GIVEN, False)
    assert service.worklists.needs_reconfirmation() == []
    assert (
        service.sharing.may_share(
            case.youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
        ).warnings
        == ()
    )
    assert audit_ok(service)


def test_youth_refuses_at_sixteen_after_parental_yes(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth, clock: FixedClock
) -> None:
    sixteenth = clock.today() + timedelta(days=1)
    case = make_youth(15, parents=1, birth_date=sixteenth.replace(year=sixteenth.year - 16))
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.stage.id, catalog.werkgever.id, (catalog.contact.id,))]
    )
    item = req.items[0].id
    service.consents.record_decisions(req.id, parent(case, 0), {item: "yes"}, "desk")
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    clock.advance(timedelta(days=1))
    # Her no ends what her parent gave: a withdrawal (take_back.py), not a first refusal.
    service.consents.record_decisions(req.id, you(case), {item: "no"}, "desk")
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    assert service.worklists.needs_reconfirmation() == []
    assert audit_ok(service)


def test_organisation_revokes_an_item(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth
) -> None:
    case = make_youth(17)
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = req.items[0].id
    service.consents.record_decisions(req.id, you(case), {item: "yes"}, "desk")
    service.consents.act_on_item(item, "revoke", "Traject bij het UWV is beëindigd.")
    assert service.consents.item_status(item).status == ItemStatus.REVOKED
    with pytest.raises(RuleViolation):
        service.consents.act_on_item(item, "invalidate", "Per ongeluk aangemaakt.")
    assert audit_ok(service)


def test_everything_survives_reopening(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: MakeYouth,
    vault_path: Path,
    clock: FixedClock,
    passphrase: str,
) -> None:
    case = make_youth(17)
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    service.consents.record_decisions(req.id, you(case), {req.items[0].id: "yes"}, "desk")
    service.close()
    reopened = Service.open(vault_path, passphrase, clock=clock)
    try:
        assert reopened.consents.item_status(req.items[0].id).status == ItemStatus.GIVEN
        assert reopened.consents.request(req.id).text_sha256 == req.text_sha256
        assert audit_ok(reopened)
    finally:
        reopened.close()


# --- regressions: bugs found while writing these tests (fixed in 4fbb174) -------------------


def test_another_youth_cannot_withdraw(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth, count_rows: CountRows
) -> None:
    owner, stranger = make_youth(17), make_youth(17)
    req = service.consents.create_request(
        owner.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = req.items[0].id
    service.consents.record_decisions(req.id, you(owner), {item: "yes"}, "desk")
    before = count_rows("withdrawals"), count_rows("events")
    with pytest.raises(RuleViolation):
        service.withdrawals.withdraw([item], you(stranger), "desk")
    assert (count_rows("withdrawals"), count_rows("events")) == before
    assert service.consents.item_status(item).status == ItemStatus.GIVEN


def test_uncovered_categories_are_named_when_a_wider_item_was_refused(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth
) -> None:
    case = make_youth(17)
    narrow = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    service.consents.record_decisions(narrow.id, you(case), {narrow.items[0].id: "yes"}, "desk")
    wide = service.consents.create_request(
        case.youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id, catalog.school.id))],
    )
    service.consents.record_decisions(wide.id, you(case), {wide.items[0].id: "no"}, "desk")
    answer = service.sharing.may_share(
        case.youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id, catalog.school.id]
    )
    assert not answer.allowed
    assert "Schoolgegevens" in answer.reason


def test_recipient_served_before_a_late_recorded_withdrawal_is_listed(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth, clock: FixedClock
) -> None:
    case = make_youth(17)
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = req.items[0].id
    service.consents.record_decisions(req.id, you(case), {item: "yes"}, "desk")
    clock.advance(timedelta(days=1))
    mail_sent = clock.now()  # the youth e-mails a withdrawal
    clock.advance(timedelta(days=1))  # the worker shares, not having read the mail yet
    service.sharing.record_disclosure(
        case.youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
    )
    clock.advance(timedelta(days=1))  # the mail is imported with its own date
    result = service.withdrawals.withdraw([item], you(case), "email", withdrawn_at=mail_sent)
    assert [r.id for _, r in result.recipients_to_notify] == [catalog.uwv.id]
    assert len(service.worklists.withdrawals_to_notify()) == 1


def test_curatele_reconfirmation_appears_on_the_worklist(
    service: Service, catalog: SimpleNamespace, make_youth: MakeYouth, clock: FixedClock
) -> None:
    eighteenth = clock.today() + timedelta(days=5)
    case = make_youth(17, birth_date=eighteenth.replace(year=eighteenth.year - 18))
    req = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = req.items[0].id
    service.consents.record_decisions(req.id, you(case), {item: "yes"}, "desk")
    clock.advance(timedelta(days=10))
    service.people.update_youth(case.youth.id, protection="curatele")
    service.people.add_representative(case.youth.id, "Curator Cees", "curator", False)
    st = service.consents.item_status(item)
    assert (st.status, st.needs_reconfirmation) == (ItemStatus.GIVEN, True)
    assert [w.item_id for w in service.worklists.needs_reconfirmation()] == [item]
