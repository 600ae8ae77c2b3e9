"""Every write use case that takes an id from its caller, handed one that is not a whole
positive number — as a script, a hypothesis storm or a desk bug hands it (True, 1.0, "1",
-1, 2**63, NaN, None, a SignerRef whose id is True or whose kind is a plain string).

SQLite finds row 1 for True, 1.0 and "1"; before review29 many use cases then wrote the value
into the log as given ("youth": true, "recipient": 1.0, "signer": ["youth", true]), and
`check` said the vault and its log disagreed, or an event "could not be read". Session 21
fixed two instances (act_on_item, record_assessment); this is the audit of the class over
every `ctx.event(` a caller's value reaches. Each call must end in a Dutch message
(ToestemmingError) with nothing written, and the vault must still check clean.

One vault for the module (built once); every case is refused, so the state stays the base
state in which the same call with the right id would be written (test_the_right_ids_write
proves that for the cases where it is cheap to show).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, birth_date_for_age

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.model import RepresentativeRole, SignerKind, SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec

START = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
STEPS = ("Wettelijke taak.", "Past bij het doel.", "Alleen wat nodig is.", "Niet anders.")


@dataclass
class Base:
    service: Service
    youth: SignerRef  # the 17-year-old, who decides herself (id 1)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Base]:
    """Youth 1 (17, decides): item 1 (request 1, "werk") given and open, item 2 (request 1,
    "leerplicht") still asked (request 1 is out: it can be mailed); item 4 (request 3,
    "stage") shared with recipient 1 and then withdrawn (withdrawal 1: recipient 1 still to be
    told); no consent given for "leerplicht" (purpose 3: an objection can be recorded).
    Youth 2 (14) with parent 1 and request 2 (item 3). Evidence 1. Every wrong id that SQLite
    reads as 1 therefore lands on a row the call would write on. Worker 2 (Bert) beside Anna."""
    clock = FixedClock(START)
    path: Path = tmp_path_factory.mktemp("r29") / "ids.tvault"
    svc, _ = Service.create(path, "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams())
    c = svc.catalog
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf", email="werk@uwv.example")
    werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
    stage = c.add_purpose("stage", "Stage regelen", "Zodat je stagebedrijf weet wat nodig is.")
    plicht = c.add_purpose("leerplicht", "Leerplicht", "Zodat de leerplicht weet waar je zit.")
    contact = c.add_category("contact", "Contactgegevens", "Naam, adres, e-mail.", "dat", False)
    today = clock.today()
    y1 = svc.people.add_youth(
        given_name="Sara",
        family_name="Jansen",
        birth_date=birth_date_for_age(today, 17).isoformat(),
        email="sara@example.org",
    )
    y2 = svc.people.add_youth(
        given_name="Tim", family_name="Bakker", birth_date=birth_date_for_age(today, 14).isoformat()
    )
    svc.people.add_representative(y2.id, "Ouder Bakker", RepresentativeRole.PARENT, True)
    you = SignerRef.youth(y1.id)
    r1 = svc.consents.create_request(
        y1.id,
        [ItemSpec(werk.id, uwv.id, (contact.id,)), ItemSpec(plicht.id, uwv.id, (contact.id,))],
    )
    svc.consents.create_request(y2.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
    r3 = svc.consents.create_request(y1.id, [ItemSpec(stage.id, uwv.id, (contact.id,))])
    for r in (r1, r3):
        svc.consents.record_decisions(r.id, you, {r.items[0].id: "yes"}, "desk")
    clock.advance(timedelta(minutes=1))
    svc.sharing.record_disclosure(y1.id, uwv.id, stage.id, [contact.id])
    svc.withdrawals.withdraw([r3.items[0].id], you, "desk")
    svc.evidence.add("message", "application/json", b"{}")
    assert svc.add_worker("Bert", "another horse battery staple").id == 2
    svc.remote.set_settings(replace(svc.remote.settings(), reply_address="balie@school.example"))
    db = svc.vault.db  # a reply waiting in the inbox (mail row 1), as the mail check leaves it
    with db.transaction():
        db.execute(
            "INSERT INTO mail_inbox(folder, uidvalidity, uid, fetched_at, sha256, raw) "
            "VALUES ('INBOX', 1, 1, '2026-11-23T10:02:00.000000Z', ?, ?)",
            (hashlib.sha256(b"Ja").hexdigest(), b"Subject: Re\r\n\r\nJa"),
        )
    clock.advance(timedelta(minutes=1))
    assert (y1.id, y2.id, r1.items[0].id, r3.items[0].id) == (1, 2, 1, 4)
    try:
        yield Base(svc, you)
    finally:
        svc.close()


# What the hurried script hands instead of the id 1 (or 4, the open item).
WRONG: tuple[Any, ...] = (True, 1.0, "1", -1, 2**63, math.nan, None)


def _signer(kind: Any, ident: Any) -> SignerRef:
    return SignerRef(kind, ident)


# name -> the call with `b` in the place of an id. With b == the right id each would write.
# (Calls that change item 1 or parent 1 when they wrongly succeed come last: before the fix
# they would otherwise have hidden the cases after them.)
CALLS: dict[str, Callable[[Service, SignerRef, Any], object]] = {
    "catalog.revise_purpose": lambda s, y, b: s.catalog.revise_purpose(
        b, "Begeleiding naar werk", "Zodat je hulp krijgt bij werk en stage."
    ),
    "catalog.set_recipient_active": lambda s, y, b: s.catalog.set_recipient_active(b, False),
    "catalog.set_recipient_description": lambda s, y, b: s.catalog.set_recipient_description(
        b, "en", "The employment agency."
    ),
    "catalog.set_recipient_legal_role": lambda s, y, b: s.catalog.set_recipient_legal_role(
        b, "processor"
    ),
    "sharing.record_disclosure youth": lambda s, y, b: s.sharing.record_disclosure(b, 1, 1, [1]),
    "sharing.record_disclosure recipient": lambda s, y, b: s.sharing.record_disclosure(
        1, b, 1, [1]
    ),
    "sharing.record_disclosure purpose": lambda s, y, b: s.sharing.record_disclosure(1, 1, b, [1]),
    "sharing.record_disclosure category": lambda s, y, b: s.sharing.record_disclosure(1, 1, 1, [b]),
    "sharing.record_disclosure assessment": lambda s, y, b: s.sharing.record_disclosure(
        1, 1, 1, [1], assessment_id=b if b is not None else math.inf
    ),
    "sharing.record_assessment recipient": lambda s, y, b: s.sharing.record_assessment(
        1, b, 1, "public_task", *STEPS, True
    ),
    "consents.record_decisions signer id": lambda s, y, b: s.consents.record_decisions(
        2, _signer(SignerKind.REPRESENTATIVE, b), {3: "yes"}, "desk"
    ),
    "withdrawals.withdraw signer id": lambda s, y, b: s.withdrawals.withdraw(
        [1], _signer(SignerKind.YOUTH, b), "desk"
    ),
    "objections.record youth": lambda s, y, b: s.objections.record(
        b, 1, 3, SignerRef.youth(1), "desk"
    ),
    "objections.record recipient": lambda s, y, b: s.objections.record(1, b, 3, y, "desk"),
    "objections.record purpose": lambda s, y, b: s.objections.record(1, 1, b, y, "desk"),
    "objections.record signer id": lambda s, y, b: s.objections.record(
        1, 1, 3, _signer(SignerKind.YOUTH, b), "desk"
    ),
    "forms.record_printed": lambda s, y, b: s.forms.record_printed("inzage", b, b"%PDF-1.4\n"),
    "evidence.link evidence": lambda s, y, b: s.evidence.link(b, 1, "reply"),
    "evidence.link request": lambda s, y, b: s.evidence.link(1, b, "reply"),
    "evidence.link parent": lambda s, y, b: s.evidence.link(
        1, 1, "reply", b if b is not None else math.inf
    ),
    "remote.mailto request": lambda s, y, b: s.remote.mailto(b, y),
    "remote.mailto signer id": lambda s, y, b: s.remote.mailto(1, _signer(SignerKind.YOUTH, b)),
    "youth_views.record item": lambda s, y, b: s.youth_views.record(2, {b: "agrees"}, "desk"),
    "withdrawals.mark_notified recipient": lambda s, y, b: s.withdrawals.mark_notified(1, b),
    "withdrawals.withdraw items": lambda s, y, b: s.withdrawals.withdraw([b], y, "desk"),
    "people.end_representative": lambda s, y, b: s.people.end_representative(b),
    "people.set_gezag": lambda s, y, b: s.people.set_gezag(b, False),
    "people.update_representative": lambda s, y, b: s.people.update_representative(
        b, name="Ouder Bakker-de Wit"
    ),
    "mail_inbox.set_aside": lambda s, y, b: s.mail_inbox.set_aside(b),
    "consents.act_on_item": lambda s, y, b: s.consents.act_on_item(b, "revoke", "Dubbel."),
}


def _events(svc: Service) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM events"))


@pytest.mark.parametrize("wrong", WRONG, ids=repr)
@pytest.mark.parametrize("name", list(CALLS))
def test_an_id_that_is_not_a_whole_positive_number_is_refused(
    base: Base, name: str, wrong: Any
) -> None:
    svc = base.service
    before = _events(svc)
    with pytest.raises(ToestemmingError) as refused:
        CALLS[name](svc, base.youth, wrong)
    assert str(refused.value)  # a sentence for the worker, not a Python type name
    assert _events(svc) == before, "nothing may be written"


@pytest.mark.parametrize(
    "signer",
    [
        SignerRef("nobody", 1),  # type: ignore[arg-type]
        ("youth", 1),
        None,
    ],
    ids=repr,
)
@pytest.mark.parametrize(
    "call",
    [
        lambda s, who: s.withdrawals.withdraw([1], who, "desk"),
        lambda s, who: s.objections.record(1, 1, 3, who, "desk"),
        lambda s, who: s.remote.mailto(1, who),
        lambda s, who: s.consents.record_decisions(2, who, {3: "yes"}, "desk"),
    ],
    ids=["withdraw", "objection", "mailto", "decisions"],
)
def test_a_signer_that_is_not_a_known_kind_and_id_is_refused(
    base: Base, call: Callable[[Service, Any], object], signer: Any
) -> None:
    svc = base.service
    before = _events(svc)
    with pytest.raises(ToestemmingError):
        call(svc, signer)
    assert _events(svc) == before


def test_a_youth_view_given_as_a_list_is_a_dutch_message(base: Base) -> None:
    before = _events(base.service)
    with pytest.raises(ToestemmingError):
        base.service.youth_views.record(2, [(2, "agrees")], "desk")  # type: ignore[arg-type]
    assert _events(base.service) == before


def test_the_right_ids_write_and_the_vault_still_checks_clean(base: Base) -> None:
    """(Runs after the refusals above, in this module's one vault.) The same calls with the
    right ids do write — the refusals above were for the id — and a SignerRef whose kind is
    the plain string "youth" (a script's) is recorded as the youth, not a traceback."""
    svc, before = base.service, _events(base.service)
    objection = svc.objections.record(1, 1, 3, SignerRef("youth", 1), "desk")  # type: ignore[arg-type]
    assert objection.signer == SignerRef.youth(1)
    svc.withdrawals.mark_notified(1, 1)
    svc.forms.record_printed("inzage", 1, b"%PDF-1.4\n")
    svc.people.update_representative(1, name="Ouder Bakker-de Wit")
    svc.remote.mailto(1, base.youth)
    svc.sharing.record_disclosure(1, 1, 1, [1])
    svc.consents.record_decisions(2, SignerRef.representative(1), {3: "yes"}, "desk")
    svc.withdrawals.withdraw([1], base.youth, "desk")
    svc.mail_inbox.set_aside(1)
    assert _events(svc) >= before + 9  # (one or more each)
    assert svc.integrity_problems() == []


@pytest.mark.parametrize("wrong", [2.0, "2", 2**63, math.nan], ids=repr)
def test_removing_a_worker_by_an_id_that_is_not_a_whole_number_is_refused(
    base: Base, wrong: Any
) -> None:
    """Worker 2.0 found colleague 2 (w.id == 2.0) and was logged "worker": 2.0."""
    svc = base.service
    before = _events(svc)
    with pytest.raises(ToestemmingError):
        svc.remove_worker(wrong)
    assert _events(svc) == before
    assert [w.id for w in svc.workers() if w.active] == [1, 2]
