"""Genuine request packages that `verify` calls not intact (review21): false alarms.

A privacy officer who exports the proof of a parent's consent and runs `verify` must hear
"echt" when nothing was changed; a false alarm is as bad for her as a forgery accepted (she
cannot tell the two apart, and the AP or a court hears "the proof was tampered with").
Session 16's right-to-left work (rtl21, proof20) compares right-to-left lines in the order
pdfium reads them back; rtl21's tests use names chosen to pass (its own notes: "a name ending
in Latin letters is drawn with its role's brackets turned … left for the writer"; "a title
that turns the whole heading line right to left is not found by verify").

The names here are ordinary at a Dutch school desk: a mother with a nickname in brackets, a
father whose given name was transliterated and family name not, a long Arabic name that
wraps in the decisions table, a purpose whose title the worker typed in Arabic. Each is a
genuine export, untouched, verified with the organisation's own trust: every one is reported
as "de besluiten in het document wijkt af" or "niet één stand per onderdeel".

rtl22 fixed every case here (the markers are off): a "Wie" or history row is read line for
line as the writer draws the whole row, a label or row number pdfium reads last is put back in
front, and so is an item's heading read right to left (tests/test_rtl22_*.py: the forgeries of
the same names are still refused)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from proof19_support import decided

from toestemming.clock import FixedClock
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

PARENTS = {
    # a nickname in brackets (the role's brackets follow in the 'Wie' row)
    "bijnaam_tussen_haakjes": "ليلى (لولو) حداد",
    # given name transliterated, family name in Arabic script
    "latijnse_voornaam": "Layla حداد",
    # given name in Arabic, family name transliterated (rtl21 named this one)
    "latijnse_achternaam": "ليلى Haddad",
    # a long name that wraps in the decisions table
    "lange_naam": "عبد الرحمن بن محمد بن عبد الله بن إبراهيم آل عبد العزيز الحسيني القرشي",
}


@pytest.mark.parametrize("kind", sorted(PARENTS))
def test_a_parents_genuine_consent_verifies_as_authentic(
    kind: str, service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request = decided(service, catalog, clock, PARENTS[kind], "desk")
    path = service.forms.proof.export_request(request, tmp_path / "echt.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_a_purpose_titled_in_arabic_verifies_as_authentic(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], tmp_path: Path
) -> None:
    purpose = service.catalog.add_purpose("begeleiding", "الإرشاد إلى العمل", "Uitleg.")
    youth = make_youth(19, given_name="Sam", family_name="Jansen").youth
    request = service.consents.create_request(
        youth.id, [ItemSpec(purpose.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    path = service.forms.proof.export_request(request.id, tmp_path / "echt.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


@pytest.mark.parametrize(
    "name", ["ليلى حداد", "שרה לוי", "ليلى حداد 2"], ids=["arabisch", "hebreeuws", "met_cijfer"]
)
def test_plain_right_to_left_parents_verify(
    name: str, service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    """The control: the same export with a name wholly in one script verifies."""
    request = decided(service, catalog, clock, name, "desk", withdraw=True)
    path = service.forms.proof.export_request(request, tmp_path / "echt.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
