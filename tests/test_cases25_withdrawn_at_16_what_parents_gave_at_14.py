"""Mila (16) withdraws what her parents gave for her at 14 — recorded, shown, printed, proven.

DOMAIN.md rule 3: consents the parents gave stay on record when the young person turns 16, but
she now holds the rights and may withdraw. Rule 4: withdrawal as easy as giving; sharing done
before stays lawful; recipients that already received data must be told (AVG art. 19). Seed
003 (privacyreglement): from 16 the betrokkene exercises the rights herself. cases24 acted out
the inzage; this round follows the same withdrawal into the privacy officer's proof package.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pdf_checks import flat
from test_attack_s8_packages import read

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.proof.package import RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_her_withdrawal_at_16_beside_her_parents_yes_at_14_in_every_record(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    c = catalog
    case = make_youth(14, parents=2, given_name="Mila")
    mila, mother, father = case.youth, *case.parents
    request = service.consents.create_request(
        mila.id,
        [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))],
        valid_until=clock.today() + timedelta(days=3 * 365),
    )
    item = request.items[0].id
    for parent in (mother, father):
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {item: "yes"}, "desk"
        )
    service.sharing.record_disclosure(mila.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=2 * 365 + 10))  # Mila is 16 now
    assert service.consents.item_status(item).needs_reconfirmation

    # Recorded: one action by Mila; the UWV, which received her data, is to be told.
    result = service.withdrawals.withdraw([item], SignerRef.youth(mila.id), "email")
    (withdrawal,) = result.withdrawals
    assert [r.id for _, r in result.recipients_to_notify] == [c.uwv.id]
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    assert not service.sharing.may_share(mila.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    # The sharing done at 14 on her parents' yes stays, on the basis it had.
    (shared,) = service.sharing.disclosures(mila.id)
    assert shared.item_id == item and shared.basis.value == "consent"
    service.withdrawals.mark_notified(withdrawal.id, c.uwv.id)

    # Shown: the item history keeps both parents' yes and her withdrawal after them.
    kinds = [h["kind"] for h in service.consents.item_history(item)]
    assert kinds.count("decisions.recorded") == 2, kinds
    assert kinds[-2:] == ["withdrawal.recorded", "withdrawal.recipient_notified"], kinds
    # Printed: her inzage, written to her.
    inzage = flat(service.forms.render_inzage(mila.id))
    assert "Hoi Mila" in inzage and "ingetrokken door Mila" in inzage, inzage
    assert inzage.count("(ouder) zei ja") == 2, inzage
    # Printed: the confirmation she takes home names her part and the UWV to be told.
    confirmation = flat(service.forms.render_withdrawal_confirmation([withdrawal.id]))
    assert "Ingetrokken door: Mila de Vries (jongere)" in confirmation, confirmation
    assert "Begeleiding naar werk UWV – Werkbedrijf" in confirmation, confirmation
    assert "laten hun weten" in confirmation and "• UWV – Werkbedrijf" in confirmation

    # Proven: the privacy officer's package verifies and tells the same story.
    proof = service.forms.proof
    path = proof.export_request(request.id, tmp_path / "mila.tbewijs")
    report = verify(path, proof._keys()[1], clock=clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    files = read(path)
    (consent,) = json.loads(files[RECEIPT])["consents"]
    assert consent["status"] == "withdrawn" and consent["state"] == "dpv:ConsentWithdrawn"
    events = consent["events"]
    decisions = [e for e in events if e["type"] == "decision"]
    assert [(d["by"]["role"], d["age_then"], d["answer"]) for d in decisions] == [
        ("parent", 14, "yes"),
        ("parent", 14, "yes"),
    ]
    (taken_back,) = [e for e in events if e["type"] == "withdrawal"]
    assert taken_back["by"]["kind"] == "youth" and taken_back["by"]["name"] == "Mila de Vries"
    assert taken_back["channel"] == "email"
    assert events.index(taken_back) > events.index(decisions[-1])
    pdf = flat(files["bewijs.pdf"])
    assert "Ingetrokken door Mila de Vries (jongere)" in pdf, pdf
    assert "ingetrokken" in pdf.split("Stand bij export", 1)[1][:40], pdf
