"""Verstrekkingen rows with right-to-left letters, read back as drawn (proof22; rtl22 left
them: "a row with right-to-left letters is not read", "an RTL word wider than its cell gives
a false alarm"). A genuine package whose recipient or data have Arabic names verifies; the
same row re-rendered naming other data is refused."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import birth_date_for_age
from proof21_support import Exported, exported, rerendered

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

RECIPIENTS = {
    "arabic": ("مركز الشباب", "الإرشاد المهني"),
    "mixed": ("Stichting الأمل Utrecht", ""),
    "long word": ("مؤسسةالتوجيهالمهنيوالاجتماعيللشبابفيالمدينة", ""),
}
CATEGORIES = {
    "arabic": "بيانات الاتصال",
    "mixed": "Gegevens الاتصال",
    "long word": "بياناتالاتصالوالعنوانورقمالهاتفوالبريد",
}


def _case(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, folder: Path, how: str
) -> Exported:
    name, department = RECIPIENTS[how]
    recipient = service.catalog.add_recipient(name, "gemeente", department=department)
    category = service.catalog.add_category(
        "ar-contact", CATEGORIES[how], "Om te bellen.", "dat", False
    )
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 17).isoformat(),
        given_name="Sam",
        family_name="de Vries",
    )
    kinds = (catalog.contact.id, category.id)
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, recipient.id, kinds)]
    )
    item = request.items[0].id
    service.consents.record_decisions(request.id, SignerRef.youth(youth.id), {item: "yes"}, "desk")
    clock.advance(timedelta(hours=2))
    service.sharing.record_disclosure(youth.id, recipient.id, catalog.werk.id, list(kinds))
    clock.advance(timedelta(hours=1))
    return exported(service, clock, request.id, folder)


@pytest.mark.parametrize("how", list(RECIPIENTS))
def test_a_genuine_sharing_with_right_to_left_names_verifies(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path, how: str
) -> None:
    case = _case(service, catalog, clock, tmp_path, how)
    report = rerendered(case, case.view, "opnieuw.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


@pytest.mark.parametrize("how", list(RECIPIENTS))
def test_a_right_to_left_row_naming_less_data_is_refused(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path, how: str
) -> None:
    case = _case(service, catalog, clock, tmp_path, how)
    item = case.view.items[0]
    (shared,) = item.disclosures
    fewer = dataclasses.replace(shared, categories=shared.categories.split(", ")[0])
    forged = dataclasses.replace(
        case.view, items=(dataclasses.replace(item, disclosures=(fewer,)),)
    )
    report = rerendered(case, forged, "minder.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
