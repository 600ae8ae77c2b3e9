"""Consent events the program never writes, appended with the program's own log (session 19,
attack round 10, atk24).

The insider with the passphrase appends an event through the log (chain, Merkle tree and
checkpoints stay valid) and edits the table by hand to match it. The replay read several
fields of the consent events loosely: `"youth_informed": "False"` is a non-empty text, so it
read as yes; `"dat_only": "true"` read as no; `"youth": "7"` read as youth 7; and a sharing
could cite the weighing of ANOTHER youth, as long as row and event said the same. Now such an
event is unreadable (or disagrees) and `check` names it by its number — never by a name."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from replay_support import replay_after_edit

from toestemming.clock import to_iso
from toestemming.service import Service

STEPS = (
    "Leerplichtwet: de school meldt ongeoorloofd verzuim via DUO.",
    "Verzuim tegengaan en zien wat erachter zit.",
    "Alleen dat zij verzuimt en sinds wanneer, geen andere gesprekken.",
    "Eerst met de student gesproken; de afspraken hielpen niet.",
)


def _weighing(service: Service, catalog: SimpleNamespace, youth_id: int) -> Any:
    c = catalog
    return service.sharing.record_assessment(
        youth_id, c.rbl.id, c.leerplicht.id, "legal_obligation", *STEPS, True
    )


def _named(lines: list[str], seq: int) -> bool:
    return any(f"gebeurtenis {seq}" in line or f"nr. {seq}" in line for line in lines)


def _append_assessment(
    service: Service, catalog: SimpleNamespace, youth_id: int, **fields: Any
) -> tuple[int, int, str]:
    """A second weighing: its event appended with `fields` changed, its row inserted by hand
    with the values the insider wants. Returns (seq, assessment id, moment)."""
    c = catalog
    ctx = service._ctx
    aid = int(ctx.db.scalar("SELECT max(id) FROM assessments")) + 1
    data: dict[str, Any] = {
        "assessment": aid,
        "youth": youth_id,
        "recipient": c.rbl.id,
        "purpose": c.leerplicht.id,
        "basis": "legal_obligation",
        "youth_informed": True,
        "dat_only": False,
    } | fields
    texts = dict(
        zip(
            ("basis_motivation", "purpose_compatibility", "proportionality", "subsidiarity"),
            STEPS,
            strict=True,
        )
    )
    with ctx.db.transaction():
        seq = ctx.event("assessment.recorded", data, personal=texts)
    at = ctx.db.scalar("SELECT at FROM events WHERE seq = ?", (seq,))
    return seq, aid, str(at)


def _insert_assessment(aid: int, youth_id: int, catalog: SimpleNamespace, at: str, **cols: int):
    c = catalog
    values = {"youth_informed": 1, "dat_only": 0} | cols
    return (
        "INSERT INTO assessments(id, youth_id, recipient_id, purpose_id, basis, basis_motivation, "
        "purpose_compatibility, proportionality, subsidiarity, youth_informed, created_at, "
        "worker_id, dat_only) VALUES (?,?,?,?,?,?,?,?,?,?,?,"
        "(SELECT worker_id FROM assessments LIMIT 1),?)",
        (
            aid,
            youth_id,
            c.rbl.id,
            c.leerplicht.id,
            "legal_obligation",
            *STEPS,
            values["youth_informed"],
            at,
            values["dat_only"],
        ),
    )


@pytest.mark.parametrize(
    ("fields", "cols"),
    [
        ({"youth_informed": "False"}, {"youth_informed": 1}),  # a text that reads as yes
        ({"youth_informed": 0}, {"youth_informed": 0}),  # a number where yes/no belongs
        ({"dat_only": "true"}, {"dat_only": 0}),  # "only DAT" in text: read as no limit
        ({"dat_only": 1}, {"dat_only": 0}),
        ({"youth": "{youth}"}, {}),  # the youth's number as text
        ({"recipient": [1]}, {}),  # a list where a number belongs
    ],
)
def test_a_weighing_with_a_field_of_the_wrong_type_is_named(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    fields: dict[str, Any],
    cols: dict[str, int],
) -> None:
    youth = make_youth(17, parents=1).youth
    _weighing(service, catalog, youth.id)
    fields = {k: (str(youth.id) if v == "{youth}" else v) for k, v in fields.items()}
    seq, aid, at = _append_assessment(service, catalog, youth.id, **fields)
    lines = replay_after_edit(service, [_insert_assessment(aid, youth.id, catalog, at, **cols)])
    assert _named(lines, seq), lines
    assert not any(youth.given_name in line or youth.family_name in line for line in lines)


def test_a_sharing_on_the_weighing_of_another_youth_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Youth B's data shared on the weighing made for youth A: row and event agree with each
    other, but a weighing is for one youth (record_disclosure refuses another's)."""
    a = make_youth(17, parents=1).youth
    b = make_youth(16, parents=1).youth
    weighing = _weighing(service, catalog, a.id)
    c = catalog
    ctx = service._ctx
    did = int(ctx.db.scalar("SELECT coalesce(max(id), 0) FROM disclosures")) + 1
    with ctx.db.transaction():
        seq = ctx.event(
            "disclosure.recorded",
            {
                "disclosure": did,
                "youth": b.id,
                "recipient": c.rbl.id,
                "purpose": c.leerplicht.id,
                "categories": [c.school.id],
                "basis": "legal_obligation",
                "item": None,
                "assessment": weighing.id,
                "at": "2026-01-01T10:00:00+00:00",
                "recorded_at": "2026-01-01T10:00:00+00:00",
            },
        )
    lines = replay_after_edit(
        service,
        [
            (
                "INSERT INTO disclosures(id, youth_id, recipient_id, purpose_id, disclosed_at, "
                "recorded_at, basis, item_id, assessment_id, note, worker_id) VALUES "
                "(?,?,?,?,?,?,?,?,?,'',(SELECT worker_id FROM assessments LIMIT 1))",
                (
                    did,
                    b.id,
                    c.rbl.id,
                    c.leerplicht.id,
                    "2026-01-01T10:00:00+00:00",
                    "2026-01-01T10:00:00+00:00",
                    "legal_obligation",
                    None,
                    weighing.id,
                ),
            ),
            (
                "INSERT INTO disclosure_categories(disclosure_id, category_id) VALUES (?, ?)",
                (did, c.school.id),
            ),
        ],
    )
    assert _named(lines, seq), lines
    assert any(f"jongere nr. {a.id}" in line for line in lines), lines
    for y in (a, b):
        assert not any(y.given_name in line or y.family_name in line for line in lines), lines


def _given_item(service: Service, catalog: SimpleNamespace, youth_id: int) -> Any:
    """A request for `youth_id` with one item, given by the youth herself."""
    from toestemming.model import SignerRef
    from toestemming.usecases.consent import ItemSpec

    c = catalog
    request = service.consents.create_request(
        youth_id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth_id), {request.items[0].id: "yes"}, "desk"
    )
    return request


@pytest.mark.parametrize("signer_kind", ["youth", "representative"])
def test_a_withdrawal_signed_for_another_youth_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], signer_kind: str
) -> None:
    """Youth A's consent withdrawn in the name of youth B (or B's mother): the event appended,
    the row inserted to match it. Row and event agree; the signer does not belong there."""
    a = make_youth(17, parents=1).youth
    b_case = make_youth(17, parents=1)
    b = b_case.youth
    request = _given_item(service, catalog, a.id)
    item = request.items[0].id
    signer_id = b.id if signer_kind == "youth" else b_case.parents[0].id
    ctx = service._ctx
    wid = int(ctx.db.scalar("SELECT coalesce(max(id), 0) FROM withdrawals")) + 1
    moment = "2026-01-01T10:00:00+00:00"
    with ctx.db.transaction():
        seq = ctx.event(
            "withdrawal.recorded",
            {
                "items": [item],
                "withdrawals": [wid],
                "signer": [signer_kind, signer_id],
                "channel": "email",
                "withdrawn_at": moment,
                "recorded_at": moment,
                "evidence": None,
            },
        )
    worker = ctx.db.scalar("SELECT actor FROM events WHERE seq = ?", (seq,))
    lines = replay_after_edit(
        service,
        [
            (
                "INSERT INTO withdrawals(id, item_id, signer_kind, signer_id, withdrawn_at, "
                "recorded_at, channel, worker_id, evidence_id) VALUES (?,?,?,?,?,?,?,?,NULL)",
                (wid, item, signer_kind, signer_id, moment, moment, "email", worker),
            )
        ],
    )
    assert service.consents.item_status(item).status.value == "withdrawn"  # the edit worked
    assert _named(lines, seq), lines
    assert any(f"jongere nr. {b.id}" in line and f"jongere nr. {a.id}" in line for line in lines)
    for y in (a, b):
        assert not any(y.given_name in line or y.family_name in line for line in lines), lines


def test_an_objection_by_the_parent_of_another_youth_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Verzet for youth A "by" the mother of youth B: it closes A's sharing with the RBL, in
    the name of someone who has nothing to say about A."""
    a = make_youth(15, parents=1).youth
    b_case = make_youth(15, parents=1)
    mother = b_case.parents[0]
    c = catalog
    ctx = service._ctx
    oid = int(ctx.db.scalar("SELECT coalesce(max(id), 0) FROM objections")) + 1
    moment = "2026-01-01T10:00:00+00:00"
    data = {
        "objection": oid,
        "youth": a.id,
        "recipient": c.rbl.id,
        "purpose": c.leerplicht.id,
        "signer_kind": "representative",
        "signer_id": mother.id,
        "channel": "letter",
        "at": moment,
        "recorded_at": moment,
    }
    with ctx.db.transaction():
        seq = ctx.event("objection.recorded", data)
    worker = ctx.db.scalar("SELECT actor FROM events WHERE seq = ?", (seq,))
    row = (oid, a.id, c.rbl.id, c.leerplicht.id, "representative", mother.id, "letter")
    row = (*row, moment, moment, worker)
    lines = replay_after_edit(
        service,
        [
            (
                "INSERT INTO objections(id, youth_id, recipient_id, purpose_id, signer_kind, "
                "signer_id, channel, objected_at, recorded_at, worker_id) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                row,
            )
        ],
    )
    assert _named(lines, seq), lines
    assert not any(mother.name in line for line in lines), lines


def test_an_expiry_of_another_requests_item_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Youth A's request "expires", and the item that expires is youth B's (open, just asked):
    the event appended with B's item under A's request, the rows to match."""
    from toestemming.usecases.consent import ItemSpec

    a = make_youth(17).youth
    b = make_youth(17).youth
    c = catalog
    spec = [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    mine = service.consents.create_request(a.id, spec)
    theirs = service.consents.create_request(b.id, spec)
    item = theirs.items[0].id
    ctx = service._ctx
    aid = int(ctx.db.scalar("SELECT coalesce(max(id), 0) FROM item_actions")) + 1
    moment = "2026-01-01T10:00:00+00:00"
    with ctx.db.transaction():
        seq = ctx.event(
            "remote.expired",
            {
                "request": mine.id,
                "after_days": 14,
                "items": [item],
                "from": "requested",
                "to": "expired",
                "actions": [aid],
                "at": moment,
            },
        )
    worker = ctx.db.scalar("SELECT actor FROM events WHERE seq = ?", (seq,))
    lines = replay_after_edit(
        service,
        [
            (
                "INSERT INTO remote_expiries(request_id, expired_at, after_days, worker_id) "
                "VALUES (?,?,?,?)",
                (mine.id, moment, 14, worker),
            ),
            (
                "INSERT INTO item_actions(id, item_id, kind, at, worker_id, reason) "
                "VALUES (?, ?, 'expire', ?, ?, 'geen antwoord na 14 dagen')",
                (aid, item, moment, worker),
            ),
        ],
    )
    assert service.consents.item_status(item).status.value == "expired"  # the edit worked
    assert _named(lines, seq), lines
    assert any(theirs.reference_code in line and mine.reference_code in line for line in lines)


@pytest.mark.parametrize("signer_kind", ["youth", "representative"])
def test_a_yes_signed_by_another_youth_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], signer_kind: str
) -> None:
    """A "ja" on youth A's request, signed by youth B (or B's mother): the decisions event
    appended, its row inserted to match. The item's answer is derived from the deciders only
    (it stays "gevraagd" here), but the record — history, inzage, proof — now holds a "ja" on
    A's request in B's name, and `check` said "in orde"."""
    from toestemming.usecases.consent import ItemSpec

    a = make_youth(17).youth
    b_case = make_youth(17, parents=1)
    b = b_case.youth
    c = catalog
    request = service.consents.create_request(
        a.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    signer_id = b.id if signer_kind == "youth" else b_case.parents[0].id
    role = "youth" if signer_kind == "youth" else "parent"
    ctx = service._ctx
    did = int(ctx.db.scalar("SELECT coalesce(max(id), 0) FROM decisions")) + 1
    moment = to_iso(ctx.clock.now())
    with ctx.db.transaction():
        seq = ctx.event(
            "decisions.recorded",
            {
                "request": request.id,
                "signer": [signer_kind, signer_id],
                "role": role,
                "age": 17,
                "regime": "youth_16_plus",
                "channel": "desk",
                "decided_at": moment,
                "recorded_at": moment,
                "evidence": None,
                "answers": {str(item): "yes"},
                "decisions": [did],
                "special_ack": [],
            },
        )
    worker = ctx.db.scalar("SELECT actor FROM events WHERE seq = ?", (seq,))
    lines = replay_after_edit(
        service,
        [
            (
                "INSERT INTO decisions(id, item_id, signer_kind, signer_id, signer_role, answer, "
                "decided_at, recorded_at, channel, worker_id, evidence_id, special_ack, "
                "text_sha256, language) SELECT ?,?,?,?,?,'yes',?,?,'desk',?,NULL,0,"
                "text_sha256, NULL FROM consent_items WHERE id = ?",
                (did, item, signer_kind, signer_id, role, moment, moment, worker, item),
            )
        ],
    )
    assert _named(lines, seq), lines
    assert any(f"jongere nr. {b.id}" in line and f"jongere nr. {a.id}" in line for line in lines)


def test_a_sharing_on_the_consent_of_another_youth_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Youth B's contact details sent to the UWV "on consent" — the consent being youth A's."""
    a = make_youth(17).youth
    b = make_youth(17).youth
    request = _given_item(service, catalog, a.id)
    item = request.items[0].id
    c = catalog
    ctx = service._ctx
    did = int(ctx.db.scalar("SELECT coalesce(max(id), 0) FROM disclosures")) + 1
    moment = to_iso(ctx.clock.now())
    with ctx.db.transaction():
        seq = ctx.event(
            "disclosure.recorded",
            {
                "disclosure": did,
                "youth": b.id,
                "recipient": c.uwv.id,
                "purpose": c.werk.id,
                "categories": [c.contact.id],
                "basis": "consent",
                "item": item,
                "assessment": None,
                "at": moment,
                "recorded_at": moment,
            },
        )
    worker = ctx.db.scalar("SELECT actor FROM events WHERE seq = ?", (seq,))
    row = (did, b.id, c.uwv.id, c.werk.id, moment, moment, "consent", item, worker)
    lines = replay_after_edit(
        service,
        [
            (
                "INSERT INTO disclosures(id, youth_id, recipient_id, purpose_id, disclosed_at, "
                "recorded_at, basis, item_id, assessment_id, note, worker_id) VALUES "
                "(?,?,?,?,?,?,?,?,NULL,'',?)",
                row,
            ),
            (
                "INSERT INTO disclosure_categories(disclosure_id, category_id) VALUES (?, ?)",
                (did, c.contact.id),
            ),
        ],
    )
    assert _named(lines, seq), lines
    assert any(f"jongere nr. {a.id}" in line for line in lines), lines
