"""Vandaag judges the open requests once per refresh (fixtoday; review33 finding 3).

TodayPanel.refresh runs on the GUI thread after every commit. cases26's "Wie beslist is
veranderd" ran the same status scan of every valid open item as "Wacht op antwoord" did, so
each "ja" at the desk judged every open item twice: at 4,000 youths the window froze ~3.4 s
instead of ~1.6 s. Both lists now come from one scan (Worklists.open_requests). The scans are
counted where the core reads them (repo.item_histories), not timed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.store import repo
from toestemming.usecases.consent import ItemSpec


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """The status scans the core runs, by their filter (the `where` of item_histories)."""
    seen: Counter[str] = Counter()
    real = repo.item_histories

    def counted(db: Any, where: str, params: Any, **kw: Any) -> list[repo.ItemHistory]:
        seen[where] += 1
        return real(db, where, params, **kw)

    monkeypatch.setattr(repo, "item_histories", counted)
    yield seen


def _ask(service: Service, c: SimpleNamespace, youth_id: int) -> Any:
    return service.consents.create_request(
        youth_id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.stage.id, c.werkgever.id, (c.stagegegevens.id,)),
        ],
    )


def _desk(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> SimpleNamespace:
    """Sem (13): asked of his parents, one part yes (used), then a voogd — both parts listed
    under "Wie beslist is veranderd". Lotte (17): asked herself, waits. Daan (10): answered."""
    sem = make_youth(13, parents=2, given_name="Sem")
    sem_request = _ask(service, c, sem.youth.id)
    uwv, bakkerij = (i.id for i in sem_request.items)
    for parent in sem.parents:
        service.consents.record_decisions(
            sem_request.id, SignerRef.representative(parent.id), {uwv: "yes"}, "desk"
        )
    lotte = make_youth(17, given_name="Lotte")
    lotte_request = _ask(service, c, lotte.youth.id)
    daan = make_youth(10, parents=1, given_name="Daan")
    daan_request = _ask(service, c, daan.youth.id)
    service.consents.record_decisions(
        daan_request.id,
        SignerRef.representative(daan.parents[0].id),
        {i.id: "yes" for i in daan_request.items},
        "desk",
    )
    clock.advance(timedelta(hours=1))
    service.sharing.record_disclosure(sem.youth.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=20))
    for parent in sem.parents:
        service.people.end_representative(parent.id)
    voogd = service.people.add_representative(
        sem.youth.id, "Jeugdbescherming Regio", RepresentativeRole.GUARDIAN, True
    )
    clock.advance(timedelta(days=1))
    return SimpleNamespace(
        sem=sem,
        sem_request=sem_request,
        bakkerij=bakkerij,
        uwv=uwv,
        voogd=voogd,
        lotte_request=lotte_request,
    )


def test_one_scan_gives_both_lists_as_each_gives_it_alone(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    scans: Counter[str],
) -> None:
    desk = _desk(service, catalog, make_youth, clock)
    pending, changed = service.worklists.pending_requests(), service.worklists.decider_changed()
    assert {w.request_id for w in pending} == {desk.sem_request.id, desk.lotte_request.id}
    assert [w.item_id for w in changed] == [desk.uwv, desk.bakkerij]
    scans.clear()
    both = service.worklists.open_requests()
    assert sum(scans.values()) == 1, scans
    assert both.pending == pending
    assert both.decider_changed == changed


def test_a_vandaag_refresh_after_a_yes_judges_the_open_items_once(
    qtbot: Any,
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    scans: Counter[str],
) -> None:
    """Each refresh (as after a commit) runs no status scan twice; the next refresh scans
    again, so the voogd's "ja" leaves both lists at once — the one scan is not kept stale."""
    from ui.today_panel import TodayPanel

    desk = _desk(service, catalog, make_youth, clock)
    panel = TodayPanel(service)
    qtbot.addWidget(panel)
    try:
        scans.clear()
        panel.refresh()
        assert scans and max(scans.values()) == 1, scans
        assert panel.counts["Wie beslist is veranderd"] == 2
        assert panel.counts["Wacht op antwoord"] == 2
        service.consents.record_decisions(
            desk.sem_request.id,
            SignerRef.representative(desk.voogd.id),
            {desk.uwv: "yes", desk.bakkerij: "yes"},
            "desk",
        )
        scans.clear()
        panel.refresh()
        assert scans and max(scans.values()) == 1, scans
        assert panel.counts["Wie beslist is veranderd"] == 0
        assert panel.counts["Wacht op antwoord"] == 1
    finally:
        panel.close()


def test_who_decided_when_asked_is_looked_up_once_per_request(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The gezag at the moment of asking is read from the log (a search per moment): the
    items of one request share that moment, so it is read once per open request — still
    listed item by item. Lotte's request is open but she decides herself then and now."""
    from toestemming.usecases import worklists

    desk = _desk(service, catalog, make_youth, clock)
    looked_up: Counter[int] = Counter()
    real = worklists.representatives_at

    def counted(db: Any, youth_id: int, moment: Any) -> Any:
        looked_up[youth_id] += 1
        return real(db, youth_id, moment)

    monkeypatch.setattr(worklists, "representatives_at", counted)
    changed = service.worklists.open_requests().decider_changed
    assert [(w.request_id, w.item_id) for w in changed] == [
        (desk.sem_request.id, desk.uwv),
        (desk.sem_request.id, desk.bakkerij),
    ]
    assert max(looked_up.values()) == 1, looked_up
    assert looked_up[desk.sem.youth.id] == 1
