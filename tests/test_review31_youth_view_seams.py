"""Session 22's seams around the young person's view (review31): review29 (judged under the rule
of the day heard), atk27 (check names a view out of rule) and proof27 (printed in bewijs.pdf,
held by verify) each passed their own tests. Here a genuine view recorded under the new rules
must print, verify and replay clean together: a request exported twice, a view recorded before
the school switched co-decision for 12–15-year-olds on, a youth who turned 16 after her talk.
And a view atk27's check names (one the program never records) goes out in no proof."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import birth_date_for_age
from test_attack_s8_packages import read
from test_proof27_youth_view import _lotte

from toestemming.clock import FixedClock, to_iso
from toestemming.errors import IntegrityFailure, user_text
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.binding import pdf_text
from toestemming.proof.package import PDF
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

SAID = "de jongere wil het niet."


def _heard_request(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, age: int = 14
) -> int:
    """Lotte's request (proof27): she said she does not want UWV to know, her mother said ja."""
    return _lotte(service, catalog, clock, True, age)


def _export_and_verify(service: Service, clock: FixedClock, request_id: int, path: Path) -> str:
    proof = service.forms.proof
    out = proof.export_request(request_id, path)
    _, public_key = proof._keys()
    report = verify(out, public_key, clock=clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    return " ".join(pdf_text(read(out)[PDF]).split())


def _check_clean(service: Service) -> None:
    assert service.integrity_problems() == []


def test_a_request_with_a_view_exported_twice_verifies_both_times(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request_id = _heard_request(service, catalog, clock)
    first = _export_and_verify(service, clock, request_id, tmp_path / "eerste.tbewijs")
    clock.advance(timedelta(days=3))
    second = _export_and_verify(service, clock, request_id, tmp_path / "tweede.tbewijs")
    assert SAID in first and SAID in second
    _check_clean(service)


def test_a_view_heard_before_co_decision_was_switched_on_prints_verifies_and_replays(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request_id = _heard_request(service, catalog, clock, age=13)
    clock.advance(timedelta(days=1))
    service.set_policy(replace(service.policy(), co_decision_12_15=True))
    clock.advance(timedelta(hours=1))
    text = _export_and_verify(service, clock, request_id, tmp_path / "na.tbewijs")
    assert SAID in text
    _check_clean(service)


def test_a_view_heard_at_15_exported_after_she_turned_16(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request_id = _heard_request(service, catalog, clock, age=15)
    clock.advance(timedelta(days=370))
    text = _export_and_verify(service, clock, request_id, tmp_path / "later.tbewijs")
    assert SAID in text
    _check_clean(service)


def test_no_proof_prints_a_view_forged_for_a_17_year_old_who_decides_herself(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    """atk27: check names a view the program never records (at 17 she decides herself) and the
    inzage leaves it out. proof27 printed every view logged on the request, and the export's
    own replay did not ask atk27's rule: the insider's "vindt het goed" went out in bewijs.pdf
    beside her own "nee", and verify called it authentic. The export is refused now."""
    sanne = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 17).isoformat(),
        given_name="Sanne",
        family_name="Bakker",
    )
    request = service.consents.create_request(
        sanne.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    service.consents.record_decisions(request.id, SignerRef.youth(sanne.id), {item: "no"}, "desk")
    clock.advance(timedelta(minutes=5))
    with service.vault.db.transaction():  # the insider's way: the program's own log function
        service.context.event(
            "youth.view_heard",
            {
                "youth": sanne.id,
                "request": request.id,
                "items": [{"item": item, "view": "agrees"}],
                "channel": "desk",
                "heard_at": to_iso(clock.now()),
            },
        )
    clock.advance(timedelta(hours=1))
    assert service.integrity_problems(), "check names the forged view"
    with pytest.raises(IntegrityFailure) as refused:
        service.forms.proof.export_request(request.id, tmp_path / "sanne.tbewijs")
    assert refused.value.message_id == "error-replay-export-refused"
    assert "Traceback" not in user_text(refused.value)
    assert not list(tmp_path.glob("sanne*"))


def test_a_proof_under_co_decision_does_not_say_a_view_is_missing(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    """The school lets 12–15-year-olds co-decide: Mila (13) decides with her mother, so the desk
    refuses to write down a mere view of hers (review29). proof27 still printed "Er is geen
    mening van de jongere vastgelegd." under her mother's "ja" while Mila had not answered yet —
    as if the desk had failed to hear her, where she is one of the deciders."""
    service.set_policy(replace(service.policy(), co_decision_12_15=True))
    clock.advance(timedelta(hours=1))
    mila = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 13).isoformat(),
        given_name="Mila",
        family_name="Jansen",
    )
    mother = service.people.add_representative(
        mila.id, "Eva Jansen", RepresentativeRole.PARENT, True
    )
    request = service.consents.create_request(
        mila.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    assert service.youth_views.why_not_heard(request.id) is not None  # she decides
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(hours=1))
    text = _export_and_verify(service, clock, request.id, tmp_path / "mila.tbewijs")
    assert "Er is geen mening van de jongere vastgelegd." not in text
