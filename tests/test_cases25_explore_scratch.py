from __future__ import annotations
from datetime import timedelta, datetime, UTC
from types import SimpleNamespace
import pytest
from conftest import birth_date_turning_16_in, row_count
from pdf_checks import flat
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import ItemStatus, SignerRef
from toestemming.usecases.consent import ItemSpec


def _ask(service, c, yid, **kw):
    r = service.consents.create_request(yid, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))], **kw)
    return r.id, r.items[0].id


def test_parent_answers_after_16(service, catalog, make_youth, clock):
    c = catalog
    born = birth_date_turning_16_in(clock.now().date(), 3)
    case = make_youth(15, parents=1, birth_date=born)
    y, mother = case.youth, case.parents[0]
    rid, item = _ask(service, c, y.id)
    clock.advance(timedelta(days=5))
    try:
        service.consents.record_decisions(
            rid, SignerRef.representative(mother.id), {item: "yes"}, "email"
        )
        print("PARENT AFTER 16 ACCEPTED", service.consents.item_status(item))
    except (RuleViolation, ValidationError) as e:
        print("refused", e.message_id, e)
    # parent's answer dated before the birthday but recorded after
    try:
        service.consents.record_decisions(
            rid,
            SignerRef.representative(mother.id),
            {item: "yes"},
            "email",
            decided_at=clock.now() - timedelta(days=4),
        )
        print("PARENT DATED BEFORE 16 ACCEPTED", service.consents.item_status(item))
    except (RuleViolation, ValidationError) as e:
        print("refused2", e.message_id, e)
    print(service.sharing.may_share(y.id, c.uwv.id, c.werk.id, [c.contact.id]))
    print(service.consents.who_must_decide(y.id))


def test_youth_answers_day_before_16(service, catalog, make_youth, clock):
    c = catalog
    born = birth_date_turning_16_in(clock.now().date(), 1)
    case = make_youth(15, parents=1, birth_date=born)
    y, mother = case.youth, case.parents[0]
    rid, item = _ask(service, c, y.id)
    try:
        service.consents.record_decisions(rid, SignerRef.youth(y.id), {item: "yes"}, "desk")
        print("YOUTH AT 15y364 ACCEPTED", service.consents.item_status(item))
    except (RuleViolation, ValidationError) as e:
        print("refused", e.message_id)
    clock.advance(timedelta(days=1))
    try:
        service.consents.record_decisions(
            rid,
            SignerRef.youth(y.id),
            {item: "yes"},
            "email",
            decided_at=clock.now() - timedelta(days=1),
        )
        print("YOUTH DATED 15y364 ACCEPTED", service.consents.item_status(item))
    except (RuleViolation, ValidationError) as e:
        print("refused2", e.message_id)
    service.consents.record_decisions(rid, SignerRef.youth(y.id), {item: "yes"}, "desk")
    print(service.consents.item_status(item))


def test_disclosure_dates(service, catalog, make_youth, clock):
    c = catalog
    y = make_youth(17).youth
    clock.advance(timedelta(days=1))
    rid, item = _ask(service, c, y.id, valid_until=(clock.today() + timedelta(days=30)).isoformat())
    t_req = clock.now()
    clock.advance(timedelta(days=2))
    service.consents.record_decisions(rid, SignerRef.youth(y.id), {item: "yes"}, "desk")
    t_yes = clock.now()
    clock.advance(timedelta(days=1))
    for label, at in [
        ("before request", t_req - timedelta(hours=1)),
        ("between req and yes", t_yes - timedelta(days=1)),
        ("after yes", t_yes + timedelta(hours=1)),
    ]:
        try:
            d = service.sharing.record_disclosure(
                y.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=at
            )
            print(label, "ACCEPTED", d.basis, d.item_id)
        except (RuleViolation, ValidationError) as e:
            print(label, "refused", e.message_id)
    clock.advance(timedelta(days=40))
    for label, at in [
        ("after end", clock.now()),
        ("during validity recorded late", t_yes + timedelta(days=10)),
        (
            "end day+1",
            datetime.combine(t_yes.date() + timedelta(days=32), datetime.min.time(), UTC),
        ),
    ]:
        try:
            d = service.sharing.record_disclosure(
                y.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=at
            )
            print(label, "ACCEPTED", d.basis, d.item_id)
        except (RuleViolation, ValidationError) as e:
            print(label, "refused", e.message_id)
    print(service.consents.item_status(item))


def test_withdraw_then_disclosure(service, catalog, make_youth, clock):
    c = catalog
    y = make_youth(17).youth
    rid, item = _ask(service, c, y.id)
    service.consents.record_decisions(rid, SignerRef.youth(y.id), {item: "yes"}, "desk")
    clock.advance(timedelta(days=2))
    shared_at = clock.now()
    clock.advance(timedelta(hours=3))
    service.withdrawals.withdraw([item], SignerRef.youth(y.id), "email")
    clock.advance(timedelta(hours=1))
    for label, at in [("shared before withdrawal", shared_at), ("after", clock.now())]:
        try:
            d = service.sharing.record_disclosure(
                y.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=at
            )
            print(label, "ACCEPTED", d.basis, d.item_id)
        except (RuleViolation, ValidationError) as e:
            print(label, "refused", e.message_id)
    # withdrawal dated before a recorded disclosure?
    wd = service.withdrawals
    print(service.consents.item_status(item))


def test_voogdij_between_request_and_answer(service, catalog, make_youth, clock):
    c = catalog
    case = make_youth(13, parents=2)
    y, m, f = case.youth, *case.parents
    rid, item = _ask(service, c, y.id)
    service.consents.record_decisions(rid, SignerRef.representative(m.id), {item: "yes"}, "desk")
    clock.advance(timedelta(days=3))
    # court: voogdij to an institution
    service.people.set_gezag(m.id, False)
    service.people.set_gezag(f.id, False)
    g = service.people.add_representative(y.id, "Jeugdbescherming Regio Utrecht", "guardian", True)
    print("after voogdij:", service.consents.item_status(item))
    print("who:", service.consents.who_must_decide(y.id))
    try:
        service.consents.record_decisions(
            rid, SignerRef.representative(f.id), {item: "yes"}, "email"
        )
        print("FATHER WITHOUT GEZAG ACCEPTED", service.consents.item_status(item))
    except (RuleViolation, ValidationError) as e:
        print("father refused", e.message_id)
    # father's yes dated while he had gezag
    try:
        service.consents.record_decisions(
            rid,
            SignerRef.representative(f.id),
            {item: "yes"},
            "email",
            decided_at=clock.now() - timedelta(days=2),
        )
        print("FATHER DATED EARLIER ACCEPTED", service.consents.item_status(item))
    except (RuleViolation, ValidationError) as e:
        print("father dated refused", e.message_id)
    print(service.sharing.may_share(y.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed)
    service.consents.record_decisions(rid, SignerRef.representative(g.id), {item: "yes"}, "desk")
    print("after voogd:", service.consents.item_status(item))


def test_voogdij_after_used_yes(service, catalog, make_youth, clock, tmp_path):
    c = catalog
    case = make_youth(13, parents=2)
    y, m, f = case.youth, *case.parents
    rid, item = _ask(service, c, y.id)
    for p in (m, f):
        service.consents.record_decisions(
            rid, SignerRef.representative(p.id), {item: "yes"}, "desk"
        )
    clock.advance(timedelta(days=1))
    service.sharing.record_disclosure(y.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=10))
    service.people.set_gezag(m.id, False)
    service.people.set_gezag(f.id, False)
    g = service.people.add_representative(y.id, "Jeugdbescherming Regio Utrecht", "guardian", True)
    st = service.consents.item_status(item)
    print("after voogdij:", st)
    print("may:", service.sharing.may_share(y.id, c.uwv.id, c.werk.id, [c.contact.id]))
    try:
        service.withdrawals.withdraw([item], SignerRef.representative(m.id), "email")
        print("MOTHER WITHOUT GEZAG WITHDREW")
    except (RuleViolation, ValidationError) as e:
        print("mother withdraw refused", e.message_id)
    res = service.withdrawals.withdraw([item], SignerRef.representative(g.id), "email")
    print(
        "voogd withdrew",
        res,
        service.withdrawals.recipients_to_notify(res.withdrawal_ids[0])
        if hasattr(res, "withdrawal_ids")
        else "",
    )
    text = flat(service.forms.render_inzage(y.id))
    print(text[:3000])


def test_16_withdraws_parents_14(service, catalog, make_youth, clock, tmp_path):
    import json
    from test_attack_s8_packages import read
    from toestemming.proof.package import RECEIPT
    from toestemming.proof.verify import verify

    c = catalog
    case = make_youth(14, parents=2, given_name="Mila")
    y, m, f = case.youth, *case.parents
    rid, item = _ask(
        service, c, y.id, valid_until=(clock.today() + timedelta(days=3 * 365)).isoformat()
    )
    for p in (m, f):
        service.consents.record_decisions(
            rid, SignerRef.representative(p.id), {item: "yes"}, "desk"
        )
    service.sharing.record_disclosure(y.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=2 * 365 + 10))
    print(service.consents.item_status(item))
    res = service.withdrawals.withdraw([item], SignerRef.youth(y.id), "desk")
    print(res)
    path = service.forms.proof.export_request(rid, tmp_path / "p.tbewijs")
    rep = verify(path, service.forms.proof._keys()[1], clock=clock)
    print(rep.exit_code, rep.problems)
    files = read(path)
    print(sorted(files))
    receipt = json.loads(files[RECEIPT])
    print(json.dumps(receipt["consents"], indent=1)[:3000])
    pdfname = [n for n in files if n.endswith(".pdf")]
    import pypdf, io

    for n in pdfname:
        t = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(files[n])).pages)
        print("=====", n)
        print(t[:4000])


def test_moved_school(service, catalog, make_youth, clock):
    c = catalog
    y = make_youth(17, school="Pro College Utrecht", programme="Entree").youth
    rid, item = _ask(service, c, y.id)
    clock.advance(timedelta(days=2))
    service.people.update_youth(y.id, school="Praktijkschool Nieuwegein")
    service.consents.record_decisions(rid, SignerRef.youth(y.id), {item: "yes"}, "desk")
    print(service.consents.item_status(item))
    r = service.consents.request(rid) if hasattr(service.consents, "request") else None
    print("REQ", r)
    text = flat(service.forms.render_inzage(y.id))
    print("Pro College" in text, "Nieuwegein" in text)


def test_erased_open(service, catalog, make_youth, clock):
    c = catalog
    y = make_youth(17).youth
    rid, item = _ask(service, c, y.id, valid_until=(clock.today() + timedelta(days=10)).isoformat())
    try:
        service.retention.erase(y.id, "request")
        print("ERASED WITH OPEN")
    except (RuleViolation, ValidationError) as e:
        print("erase refused", e.message_id)
    clock.advance(timedelta(days=20))
    print(service.consents.item_status(item))
    try:
        service.retention.erase(y.id, "request")
        print("erased after expiry")
    except (RuleViolation, ValidationError) as e:
        print("erase refused2", e.message_id)
    for f in (
        lambda: service.consents.record_decisions(
            rid,
            SignerRef.youth(y.id),
            {item: "yes"},
            "email",
            decided_at=clock.now() - timedelta(days=15),
        ),
        lambda: service.withdrawals.withdraw([item], SignerRef.youth(y.id), "email"),
        lambda: service.sharing.may_share(y.id, c.uwv.id, c.werk.id, [c.contact.id]),
    ):
        try:
            print("RESULT", f())
        except (RuleViolation, ValidationError) as e:
            print("refused", e.message_id, e)


def test_merger_description(service, catalog, make_youth, clock):
    c = catalog
    y = make_youth(17).youth
    rid, item = _ask(service, c, y.id)
    service.consents.record_decisions(rid, SignerRef.youth(y.id), {item: "yes"}, "desk")
    import inspect

    print(inspect.signature(service.catalog.set_recipient_description))
    service.catalog.set_recipient_description(
        c.uwv.id, "nl", "Per 1 januari 2027 opgegaan in Werkbedrijf Midden-Nederland."
    )
    print(service.sharing.may_share(y.id, c.uwv.id, c.werk.id, [c.contact.id]))


def test_receipt_dump(service, catalog, make_youth, clock, tmp_path):
    import json
    from test_attack_s8_packages import read
    from toestemming.proof.package import RECEIPT

    c = catalog
    case = make_youth(14, parents=2, given_name="Mila")
    y, m, f = case.youth, *case.parents
    rid, item = _ask(
        service, c, y.id, valid_until=(clock.today() + timedelta(days=3 * 365)).isoformat()
    )
    for p in (m, f):
        service.consents.record_decisions(
            rid, SignerRef.representative(p.id), {item: "yes"}, "desk"
        )
    clock.advance(timedelta(days=2 * 365 + 10))
    service.withdrawals.withdraw([item], SignerRef.youth(y.id), "desk")
    path = service.forms.proof.export_request(rid, tmp_path / "p.tbewijs")
    files = read(path)
    receipt = json.loads(files[RECEIPT])
    open("/tmp/c25/receipt.json", "w").write(json.dumps(receipt, indent=1))
    print(sorted(files))
