"""A desk upgraded from a release before cases22 still has "Alle betrokken instanties" in its
catalog, and Daan's old request on it with his "ja".

DOMAIN rule 2 (seed 000: *which* data, *with whom*, *why*; a generic "we may share" is invalid)
and seed 004 (not "het hele dossier"). cases22 refused catch-all names where they enter the
catalog, but an entry made before that was still used: a new request on it, a reminder for the
old request, a sharing on Daan's "ja" — all accepted, and "Mag ik delen?" said yes.

Now each is refused with a message naming the entry and what to do (choose or add the
organisation itself; a purpose gets a new version with a named title), nothing is written, a
"nee" is still recorded, and the old decisions stay readable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.capture.settings import RemoteSettings
from toestemming.errors import RuleViolation, ValidationError, user_text
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases import catalog as catalog_module
from toestemming.usecases.consent import ItemSpec


@pytest.fixture
def old_release(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The catalog as it was before cases22: no name refused (an older desk's entries)."""
    monkeypatch.setattr(catalog_module, "refuse_catch_all", lambda *_a: None, raising=False)
    yield
    monkeypatch.undo()


@pytest.fixture
def old(service: Service, catalog: SimpleNamespace, old_release: None) -> SimpleNamespace:
    c = service.catalog
    entries = SimpleNamespace(
        everyone=c.add_recipient("Alle betrokken instanties", "gemeente"),
        all_data=c.add_category("alles", "Alle gegevens", "Wat we van je hebben.", "wat", False),
        general=c.add_purpose("algemeen", "Algemeen", "Zodat we je kunnen helpen."),
    )
    return entries


def _daan_said_yes_to_everyone(
    service: Service, c: SimpleNamespace, old: SimpleNamespace, make_youth: Callable[..., Any]
) -> tuple[int, int, int]:
    """Daan (17) answered an old request, made on the catch-all entry by the old release."""
    daan = make_youth(17, given_name="Daan", email="daan@example.org").youth.id
    with pytest.MonkeyPatch.context() as mp:
        from toestemming.usecases import consent as consent_module

        mp.setattr(consent_module, "refuse_catch_all_entry", lambda *_a: None, raising=False)
        mp.setattr(consent_module, "refuse_yes_to_catch_all", lambda *_a: None, raising=False)
        request = service.consents.create_request(
            daan, [ItemSpec(c.werk.id, old.everyone.id, (c.contact.id,))]
        )
        item = request.items[0].id
        service.consents.record_decisions(request.id, SignerRef.youth(daan), {item: "yes"}, "desk")
    return daan, request.id, item


def test_a_new_request_to_all_agencies_is_refused_naming_the_entry(
    service: Service, catalog: SimpleNamespace, old: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    daan = make_youth(17).youth.id
    c = catalog
    for spec, words in (
        (ItemSpec(c.werk.id, old.everyone.id, (c.contact.id,)), "Alle betrokken instanties"),
        (ItemSpec(c.werk.id, c.uwv.id, (c.contact.id, old.all_data.id)), "Alle gegevens"),
        (ItemSpec(old.general.id, c.uwv.id, (c.contact.id,)), "Algemeen"),
    ):
        events, requests = row_count(service, "events"), row_count(service, "consent_requests")
        with pytest.raises(ValidationError) as caught:
            service.consents.create_request(daan, [spec])
        said = user_text(caught.value)
        assert f"'{words}'" in said and "niet geldig" in said
        assert (row_count(service, "events"), row_count(service, "consent_requests")) == (
            events,
            requests,
        )
    # The named ones go through as before.
    made = service.consents.create_request(daan, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))])
    assert len(made.items) == 1


def test_the_worker_names_the_purpose_with_a_new_version_and_can_ask_again(
    service: Service, catalog: SimpleNamespace, old: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    daan = make_youth(17).youth.id
    with pytest.raises(ValidationError) as caught:
        service.consents.create_request(
            daan, [ItemSpec(old.general.id, catalog.uwv.id, (catalog.contact.id,))]
        )
    assert "nieuwe versie" in user_text(caught.value)
    service.catalog.revise_purpose(
        old.general.id, "Begeleiding bij school en stage", "Zodat we je helpen een stage te vinden."
    )
    made = service.consents.create_request(
        daan, [ItemSpec(old.general.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    assert made.items[0].purpose.title == "Begeleiding bij school en stage"


def test_no_sharing_on_daans_old_yes_to_all_agencies_and_mag_ik_delen_says_no(
    service: Service, catalog: SimpleNamespace, old: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    daan, _request, item = _daan_said_yes_to_everyone(service, c, old, make_youth)
    answer = service.sharing.may_share(daan, old.everyone.id, c.werk.id, [c.contact.id])
    assert not answer.allowed
    assert "Alle betrokken instanties" in answer.reason and "Geen geldige" in answer.reason
    assert "Alle betrokken instanties" in answer.reason_in("en")
    events, shared = row_count(service, "events"), row_count(service, "disclosures")
    with pytest.raises(ValidationError) as caught:
        service.sharing.record_disclosure(daan, old.everyone.id, c.werk.id, [c.contact.id])
    assert "Alle betrokken instanties" in user_text(caught.value)
    assert (row_count(service, "events"), row_count(service, "disclosures")) == (events, shared)
    # His decision stays readable as it was given.
    (view,) = [v for v in service.consents.items_for_youth(daan) if v.item_id == item]
    assert view.status.status == ItemStatus.GIVEN


def test_no_sharing_of_all_data_under_a_legal_duty_either(
    service: Service, catalog: SimpleNamespace, old: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """A sharing record says who received what: 'Alle gegevens' names nothing."""
    c = catalog
    daan = make_youth(17).youth.id
    events = row_count(service, "events")
    with pytest.raises(ValidationError) as caught:
        service.sharing.record_disclosure(daan, c.rbl.id, c.leerplicht.id, [old.all_data.id])
    assert "'Alle gegevens'" in user_text(caught.value)
    assert row_count(service, "events") == events


def test_no_reminder_no_mail_no_qr_no_paper_no_tablet_for_the_old_request(
    service: Service, catalog: SimpleNamespace, old: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    service.remote.set_settings(RemoteSettings(reply_address="balie@school.example"))
    daan = make_youth(17, given_name="Daan", email="daan@example.org").youth.id
    with pytest.MonkeyPatch.context() as mp:
        from toestemming.usecases import consent as consent_module

        mp.setattr(consent_module, "refuse_catch_all_entry", lambda *_a: None, raising=False)
        request = service.consents.create_request(
            daan, [ItemSpec(c.werk.id, old.everyone.id, (c.contact.id,))]
        )
    events = row_count(service, "events")
    me = SignerRef.youth(daan)
    for act in (
        lambda: service.remote.mailto(request.id, me, reminder=True),
        lambda: service.remote.mailto(request.id, me),
        lambda: service.remote.export_eml(request.id, me, reminder=True),
        lambda: service.remote.app_links(request.id),
        lambda: service.remote.record_qr_handed_out(request.id, me),
        lambda: service.forms.render_paper_consent(request.id),
        lambda: service.signing.session(request.id),
    ):
        with pytest.raises(ValidationError) as caught:
            act()
        said = user_text(caught.value)
        assert "niet meer gevraagd" in said and "Alle betrokken instanties" in said
    assert row_count(service, "events") == events
    assert row_count(service, "remote_messages") == 0


def test_a_yes_to_the_old_item_is_refused_a_no_is_recorded(
    service: Service, catalog: SimpleNamespace, old: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    c = catalog
    daan = make_youth(17).youth.id
    with pytest.MonkeyPatch.context() as mp:
        from toestemming.usecases import consent as consent_module

        mp.setattr(consent_module, "refuse_catch_all_entry", lambda *_a: None, raising=False)
        request = service.consents.create_request(
            daan,
            [
                ItemSpec(c.werk.id, old.everyone.id, (c.contact.id,)),
                ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ],
        )
    everyone, uwv = (i.id for i in request.items)
    events = row_count(service, "events")
    with pytest.raises(RuleViolation) as caught:
        service.consents.record_decisions(
            request.id, SignerRef.youth(daan), {everyone: "yes", uwv: "yes"}, "desk"
        )
    assert "Onderdeel 1" in user_text(caught.value)
    assert row_count(service, "events") == events
    service.consents.record_decisions(
        request.id, SignerRef.youth(daan), {everyone: "no", uwv: "yes"}, "desk"
    )
    assert service.sharing.may_share(daan, c.uwv.id, c.werk.id, [c.contact.id]).allowed


def test_an_old_entry_added_after_the_first_question_is_still_seen(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], old_release: None
) -> None:
    """Sharing judges the catalog's entries once and again when the catalog grows (session 22:
    judging each item's names per question doubled "Mag ik delen?"). An entry an older desk adds
    after this desk's first question (a team server, a second window) must not be missed."""
    c = catalog
    mila = make_youth(17).youth.id
    request = service.consents.create_request(
        mila, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(mila), {request.items[0].id: "yes"}, "desk"
    )
    assert service.sharing.may_share(mila, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    everyone = service.catalog.add_recipient("Alle betrokken instanties", "gemeente")
    daan, _request, _item = _daan_said_yes_to_everyone(
        service, c, SimpleNamespace(everyone=everyone), make_youth
    )
    answer = service.sharing.may_share(daan, everyone.id, c.werk.id, [c.contact.id])
    assert not answer.allowed and "Alle betrokken instanties" in answer.reason
    assert service.sharing.may_share(mila, c.uwv.id, c.werk.id, [c.contact.id]).allowed
