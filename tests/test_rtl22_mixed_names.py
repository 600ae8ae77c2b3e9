"""rtl22: genuine packages with a mixed-script or bracketed name, or an Arabic purpose title,
verify — and an insider who re-renders bewijs.pdf with that name or title turned around is
still refused.

review21 found that `verify` called such genuine packages forged (its tests now pass). The fix
reads a decision's "Wie" and its history row line for line as the writer draws the whole row
("<naam> (<rol>)", "<naam> (<rol>), 14 jaar zei ja — aan de balie."), and puts back in front
a label, row number or item heading that pdfium reads last. Here the insider re-renders the
genuine view (which must verify: the forgery is the only change) and then changes only the
order of the name's parts — given and family name swapped, the nickname moved — in the
decisions table, in the history, or the words of the purpose's title; each must be refused."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from proof19_support import decided, rerender

from formulieren.proof_pdf import ProofView
from toestemming.clock import FixedClock
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

LONG = "عبد الرحمن بن محمد بن عبد الله بن إبراهيم آل عبد العزيز الحسيني القرشي"

# genuine name → the same parts in another order (another person, as a reader sees it)
TURNED = {
    "bijnaam_omgedraaid": ("ليلى (لولو) حداد", "حداد (لولو) ليلى"),
    "bijnaam_verplaatst": ("ليلى (لولو) حداد", "ليلى حداد (لولو)"),
    "latijnse_voornaam": ("Layla حداد", "حداد Layla"),
    "latijnse_achternaam": ("ليلى Haddad", "Haddad ليلى"),
    "lange_naam": (LONG, LONG.replace("الحسيني القرشي", "القرشي الحسيني")),
}


def _changed(
    view: ProofView, decision: Callable[[Any], Any], event: Callable[[Any], Any]
) -> ProofView:
    """The view with each decision and history row of its item changed as given."""
    item = view.items[0]
    changed = dataclasses.replace(
        item,
        decisions=tuple(decision(d) for d in item.decisions),
        history=tuple(event(e) for e in item.history),
    )
    assert changed != item
    return dataclasses.replace(view, items=(changed,))


def _same(x: Any) -> Any:
    return x


def _in_decisions(view: ProofView, genuine: str, forged: str) -> ProofView:
    rename = dataclasses.replace
    return _changed(view, lambda d: rename(d, signer=d.signer.replace(genuine, forged)), _same)


def _in_history(view: ProofView, genuine: str, forged: str) -> ProofView:
    return _changed(
        view, _same, lambda e: dataclasses.replace(e, what=e.what.replace(genuine, forged))
    )


def _older(view: ProofView, genuine: str, forged: str) -> ProofView:
    """The decider made a year older in the history row ("15 jaar" — another rule applies)."""
    older = ", 14 jaar zei", ", 15 jaar zei"
    return _changed(view, _same, lambda e: dataclasses.replace(e, what=e.what.replace(*older)))


def _guardian(view: ProofView, genuine: str, forged: str) -> ProofView:
    """The decision said to be taken by a voogd instead of the parent."""
    return _changed(view, lambda d: dataclasses.replace(d, role="voogd"), _same)


WHERE: dict[str, Callable[[ProofView, str, str], ProofView]] = {
    "besluiten": _in_decisions,
    "geschiedenis": _in_history,
    "leeftijd": _older,
    "voogd": _guardian,
}


@pytest.mark.parametrize("kind", sorted(TURNED))
def test_a_mixed_name_verifies_and_turned_around_is_refused(
    kind: str, service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    genuine, forged = TURNED[kind]
    request = decided(service, catalog, clock, genuine, "desk")
    view, verdict = rerender(service, clock, request, tmp_path)
    assert verdict(view, "echt-opnieuw") == EXIT_AUTHENTIC
    for where, forge in WHERE.items():
        assert verdict(forge(view, genuine, forged), where) == EXIT_NOT_INTACT, where


@pytest.mark.parametrize("kind", sorted(TURNED))
def test_a_withdrawal_by_a_mixed_name_verifies_and_turned_around_is_refused(
    kind: str, service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    """The withdrawal row names her too ("Ingetrokken door <naam> (ouder) — …")."""
    genuine, forged = TURNED[kind]
    request = decided(service, catalog, clock, genuine, "desk", withdraw=True)
    view, verdict = rerender(service, clock, request, tmp_path)
    assert verdict(view, "echt-opnieuw") == EXIT_AUTHENTIC
    withdrawn = view.items[0].history[-1].what
    assert withdrawn.startswith("Ingetrokken door ") and genuine in withdrawn
    assert verdict(_in_history(view, genuine, forged), "geschiedenis") == EXIT_NOT_INTACT


TITLE = "الإرشاد إلى العمل"


def _title(view: ProofView, change: Callable[[str], str]) -> ProofView:
    item = view.items[0]
    changed = dataclasses.replace(item, purpose=change(item.purpose))
    assert changed != item
    return dataclasses.replace(view, items=(changed,))


TITLE_FORGERIES: dict[str, Callable[[str], str]] = {
    "woorden_omgedraaid": lambda p: p.replace(TITLE, "العمل إلى الإرشاد"),
    "ander_woord": lambda p: p.replace("العمل", "المدرسة"),
    "andere_versie": lambda p: p.replace("(versie 1)", "(versie 2)"),
}


def test_an_arabic_purpose_title_verifies_and_changed_is_refused(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    purpose = service.catalog.add_purpose("begeleiding", TITLE, "Uitleg.")
    youth = make_youth(19, given_name="Sam", family_name="Jansen").youth
    request = service.consents.create_request(
        youth.id, [ItemSpec(purpose.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    view, verdict = rerender(service, clock, request.id, tmp_path)
    assert verdict(view, "echt-opnieuw") == EXIT_AUTHENTIC
    for name, change in TITLE_FORGERIES.items():
        assert verdict(_title(view, change), name) == EXIT_NOT_INTACT, name


@pytest.mark.parametrize(
    "title",
    ["הדרכה לעבודה", "Begeleiding الإرشاد إلى العمل", "الإرشاد إلى العمل في المدينة الكبيرة " * 3],
    ids=["hebreeuws", "gemengd", "lang"],
)
def test_other_right_to_left_purpose_titles_verify(
    title: str,
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    tmp_path: Path,
) -> None:
    """The same class: a Hebrew title, one after a Dutch word, one that wraps."""
    purpose = service.catalog.add_purpose("begeleiding", title.strip(), "Uitleg.")
    youth = make_youth(19, given_name="Sam", family_name="Jansen").youth
    request = service.consents.create_request(
        youth.id, [ItemSpec(purpose.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    path = service.forms.proof.export_request(request.id, tmp_path / "echt.tbewijs")
    assert verify(path, trust=service.forms.proof.own_trust()).problems == []
