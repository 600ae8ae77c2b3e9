"""Attack round 12 (session 22): an insider with the passphrase forges the young person's view
(`youth.view_heard`, session 21: log-only, no table) by appending events through the program's
own log function.

The program records a view only for a youth who does not decide themself on the day they were
heard, about parts of one of THAT youth's requests, never after the record was erased, with ids
and fixed choices only (no free text: the log holds no personal values). A view outside those
bounds is a view the program never writes: `check` (replay) must name it, and the inzage and the
transitieformulier must not show it as something the young person said.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, user_text
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.forms_data import TransitionFormData


def _request(service: Service, c: SimpleNamespace, case: Any) -> Any:
    return service.consents.create_request(
        case.youth.id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id, c.ondersteuning.id)),
        ],
    )


def _forge(service: Service, youth: int, request: int, item: int, **extra: Any) -> None:
    """Append a view through the program's own log function (the insider's way)."""
    body: dict[str, Any] = {
        "youth": youth,
        "request": request,
        "items": [{"item": item, "view": "agrees"}],
        "channel": "desk",
        "heard_at": "2026-11-23T10:00:00Z",
    }
    body.update(extra)
    with service.vault.db.transaction():
        service.context.event("youth.view_heard", body)


def _shown(service: Service, youth: int, request: int) -> str:
    inzage = flat(service.forms.render_inzage(youth))
    form = flat(service.forms.render_transition_form(youth, TransitionFormData(request_id=request)))
    return inzage + "\n" + form


def test_a_view_forged_for_a_17_year_old_who_decides_herself_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """At 17 she decides herself: the program refuses a 'view' (test_cases23). A forged one
    would print 'zei zelf: vindt het goed ... geen besluit' beside HER OWN decision."""
    case = make_youth(17, parents=2, given_name="Sanne")
    request = _request(service, catalog, case)
    assert service.replay().ok
    _forge(service, case.youth.id, request.id, request.items[0].id)
    report = service.replay()
    assert not report.ok, "a view for a youth who decides herself passed check"
    assert "zei zelf" not in _shown(service, case.youth.id, request.id)


def test_a_view_naming_another_youths_request_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    lotte = make_youth(14, parents=2, given_name="Lotte")
    daan = make_youth(13, parents=2, given_name="Daan")
    _request(service, catalog, lotte)
    theirs = _request(service, catalog, daan)
    _forge(service, lotte.youth.id, theirs.id, theirs.items[0].id)
    assert not service.replay().ok, "a view of Lotte on Daan's request passed check"


def test_a_view_on_a_part_of_another_request_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Her own request, but the part belongs to another youth's request."""
    lotte = make_youth(14, parents=2, given_name="Lotte")
    daan = make_youth(13, parents=2, given_name="Daan")
    hers = _request(service, catalog, lotte)
    theirs = _request(service, catalog, daan)
    _forge(service, lotte.youth.id, hers.id, theirs.items[0].id)
    assert not service.replay().ok, "a view on another request's part passed check"


def test_a_view_on_a_request_no_event_made_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    lotte = make_youth(14, parents=2, given_name="Lotte")
    hers = _request(service, catalog, lotte)
    _forge(service, lotte.youth.id, hers.id + 1000, hers.items[0].id + 1000)
    assert not service.replay().ok


@pytest.mark.parametrize(
    "extra",
    [
        {"note": "Lotte zei: mama mag het weten"},
        {"by": "Jan Jansen"},
        {"items": [{"item": 0, "view": "agrees", "words": "Lotte Jansen"}]},
    ],
    ids=["note", "by", "item-words"],
)
def test_a_view_carrying_free_text_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], extra: Any
) -> None:
    """The program writes ids and fixed choices only; a field with a name is not its event."""
    lotte = make_youth(14, parents=2, given_name="Lotte")
    hers = _request(service, catalog, lotte)
    if "items" in extra:
        extra = {"items": [{**extra["items"][0], "item": hers.items[0].id}]}
    _forge(service, lotte.youth.id, hers.id, hers.items[0].id, **extra)
    assert not service.replay().ok, "a view with free text passed check"


@pytest.mark.parametrize(
    "moment", ["2099-01-01T10:00:00Z", "2026-11-23T10:00:00"], ids=["later", "no-zone"]
)
def test_a_view_heard_after_it_was_written_or_without_a_zone_is_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], moment: str
) -> None:
    """record() takes a moment in the past only, and writes it in UTC."""
    lotte = make_youth(14, parents=2, given_name="Lotte")
    hers = _request(service, catalog, lotte)
    _forge(service, lotte.youth.id, hers.id, hers.items[0].id, heard_at=moment)
    assert not service.replay().ok


def test_a_genuine_view_stays_genuine_after_the_organisation_lets_12_15_co_decide(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """No false alarm: the setting changed after she was heard does not make her view wrong."""
    lotte = make_youth(14, parents=2, given_name="Lotte")
    hers = _request(service, catalog, lotte)
    service.youth_views.record(hers.id, {hers.items[0].id: "objects"}, "desk")
    service.set_policy(replace(service.policy(), co_decision_12_15=True))
    assert service.replay().ok
    assert "zei zelf: wil het niet" in _shown(service, lotte.youth.id, hers.id)


@pytest.mark.parametrize(
    "extra", [{"note": "Lotte Jansen zei nee"}, {}], ids=["name", "other-youth"]
)
def test_no_proof_is_exported_with_a_forged_view_on_the_request(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    tmp_path: Path,
    extra: dict[str, Any],
) -> None:
    """The view names the request, so it would travel in the request's proof package: one
    with a name in it, or one of another youth, must not be handed out as the log."""
    lotte = make_youth(14, parents=2, given_name="Lotte")
    hers = _request(service, catalog, lotte)
    youth = lotte.youth.id
    if not extra:
        youth = make_youth(13, parents=2, given_name="Daan").youth.id
    _forge(service, youth, hers.id, hers.items[0].id, **extra)
    with pytest.raises(ToestemmingError) as caught:
        service.forms.proof.export_request(hers.id, tmp_path / "verzoek.ttbewijs")
    assert "Traceback" not in user_text(caught.value)
    assert not list(tmp_path.glob("verzoek*"))


def test_a_genuine_view_a_few_minutes_ahead_is_no_false_alarm(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The program takes a moment up to five minutes ahead (another device's clock)."""
    lotte = make_youth(14, parents=2, given_name="Lotte")
    hers = _request(service, catalog, lotte)
    ahead = clock.now() + timedelta(minutes=4)
    service.youth_views.record(hers.id, {hers.items[0].id: "agrees"}, "desk", heard_at=ahead)
    assert service.replay().ok
