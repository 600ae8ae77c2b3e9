"""The worklist says when who decides has changed since a request was asked (cases26).

DOMAIN.md rule 3: from 16 the young person decides alone; under 16 the parents with gezag or
the voogd. A request asked of the parents at 15 that waits past her 16th birthday, or asked of
parents who then lose gezag to a voogd, shows on the "Vandaag" panel only as "wacht op
antwoord, 40 dagen oud": the worker keeps chasing the parents, whose answer no longer counts.
A consent the parents gave and whose sharing already went out, now that a voogd decides, was
on no list at all. Now "Wie beslist is veranderd" lists each such open item by reference code
and says whom to ask, in Dutch, without a name; the clock is the injected one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

from toestemming.clock import FixedClock
from toestemming.model import ParentPolicy, RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def birth_date_turning_16_in(today: date, days: int) -> date:
    """15 today, 16 in `days` days (own copy: `conftest` names tests/ui's under xdist)."""
    sixteenth = today + timedelta(days=days)
    return sixteenth.replace(year=sixteenth.year - 16)


def _ask(service: Service, c: SimpleNamespace, youth_id: int) -> Any:
    return service.consents.create_request(
        youth_id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.stage.id, c.werkgever.id, (c.stagegegevens.id,)),
        ],
    )


def _lines(service: Service) -> list[tuple[str, int | None, str]]:
    return [(w.reference_code, w.item_id, w.detail) for w in service.worklists.decider_changed()]


def test_asked_of_the_parents_at_15_and_still_open_on_her_16th_birthday(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Noor turns 16 in ten days; her parents were asked and one said yes to the UWV only.
    Nothing changes before the birthday; on it both open items are listed: ask Noor."""
    c = catalog
    noor = make_youth(
        15,
        parents=2,
        birth_date=birth_date_turning_16_in(clock.today(), 10),
        given_name="Noor",
        family_name="Jansen",
    )
    request = _ask(service, c, noor.youth.id)
    uwv, bakkerij = (i.id for i in request.items)
    service.consents.record_decisions(
        request.id, SignerRef.representative(noor.parents[0].id), {uwv: "yes"}, "desk"
    )
    clock.advance(timedelta(days=9))
    assert _lines(service) == []
    clock.advance(timedelta(days=1))
    lines = _lines(service)
    assert [(code, item) for code, item, _ in lines] == [
        (request.reference_code, uwv),
        (request.reference_code, bakkerij),
    ]
    for _code, _item, detail in lines:
        assert "gevraagd aan de ouders; nu 16: vraag de jongere zelf" in detail
        assert "Noor" not in detail and "Jansen" not in detail and "Ouder" not in detail
    # She answers herself: nothing left on the list.
    service.consents.record_decisions(
        request.id, SignerRef.youth(noor.youth.id), {uwv: "yes", bakkerij: "no"}, "desk"
    )
    assert _lines(service) == []


def test_a_voogd_comes_after_the_parents_yes_was_used_and_for_an_open_request(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Sem (13): the parents said yes to the UWV (data went out), the bakkerij's part is still
    open. A GI becomes voogd: both are listed — the used yes included, which was on no list."""
    c = catalog
    sem = make_youth(13, parents=2, given_name="Sem")
    request = _ask(service, c, sem.youth.id)
    uwv, bakkerij = (i.id for i in request.items)
    for parent in sem.parents:
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {uwv: "yes"}, "desk"
        )
    clock.advance(timedelta(hours=1))
    service.sharing.record_disclosure(sem.youth.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert _lines(service) == []
    clock.advance(timedelta(days=20))
    for parent in sem.parents:
        service.people.end_representative(parent.id)
    service.people.add_representative(
        sem.youth.id, "Jeugdbescherming Regio", RepresentativeRole.GUARDIAN, True
    )
    clock.advance(timedelta(days=1))
    lines = _lines(service)
    assert [item for _, item, _ in lines] == [uwv, bakkerij]
    for code, _item, detail in lines:
        assert code == request.reference_code
        assert "het gezag is veranderd: vraag wie het nu heeft" in detail
        assert "Jeugdbescherming" not in detail
    # Not on the 16-list: nothing there was given by the parents and still given.
    assert service.worklists.needs_reconfirmation() == []
    # A request asked of the voogd is not listed.
    later = _ask(service, c, sem.youth.id)
    assert later.reference_code not in {code for code, _, _ in _lines(service)}


def test_a_second_parent_gets_gezag_under_all_must_consent(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Asked of the one parent with gezag; the father gets gezag too (both must consent, the
    default): the open request now needs him as well — listed; in English at the desk too."""
    c = catalog
    assert service.policy().parent_policy == ParentPolicy.ALL_WITH_GEZAG
    case = make_youth(12, parents=1)
    request = _ask(service, c, case.youth.id)
    clock.advance(timedelta(days=2))
    service.people.add_representative(case.youth.id, "Vader", RepresentativeRole.PARENT, True)
    work = service.worklists.decider_changed()
    assert len(work) == 2 and all(w.reference_code == request.reference_code for w in work)
    assert work[0].why.text_in("en").startswith("item 1: asked of whoever held parental")


def test_the_vandaag_panel_shows_it_and_enter_opens_the_decision(
    qtbot: Any,
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Any,
) -> None:
    from ui.today_panel import RECONFIRM, TodayPanel

    noor = make_youth(
        15, parents=1, birth_date=birth_date_turning_16_in(clock.today(), 3), given_name="Noor"
    )
    request = _ask(service, catalog, noor.youth.id)
    clock.advance(timedelta(days=3))
    panel = TodayPanel(service)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.refresh()
    assert panel.counts["Wie beslist is veranderd"] == 2
    heads = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    (head,) = [h for h in heads if h.text(0).startswith("Wie beslist is veranderd")]
    line = head.child(0)
    assert line.text(panel.NAME).startswith("Noor")
    assert line.text(panel.DETAIL).startswith("onderdeel 1: gevraagd aan de ouders; nu 16")
    assert line.text(panel.CODE) == request.reference_code
    panel.grab().save(str(tmp_path / "vandaag.png"))
    with qtbot.waitSignal(panel.item_activated) as seen:
        panel.tree.itemActivated.emit(line, 0)
    assert seen.args == [RECONFIRM, noor.youth.id, request.items[0].id, request.id]
    panel.close()
