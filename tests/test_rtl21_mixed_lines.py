"""Right-to-left text mixed, in one line, with numbers, dates, codes, Latin names and punctuation
(review20's leftover, readback.py/rtl_lines.py): a genuine package verifies, and an insider who
re-renders and re-signs bewijs.pdf with two runs of such a line swapped — which the old
comparison, the multiset of runs, accepted — is refused.

The texts are what a worker types into the product's Arabic layer (a purpose revised in "ar")
or into a name field: a day and month, a code with groups, an amount with a comma, a Latin
family name with a hyphen, brackets, the Arabic comma and semicolon; Hebrew alike."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from proof19_support import decided, exported_named, rerender
from test_proof19_arabic_proof import _arabic_text, _signer

from formulieren.proof_pdf import ProofView
from toestemming.clock import FixedClock
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

# A title and purpose in the Arabic layer: a date (1 September), a code, a percentage, a
# Latin organisation, brackets and Arabic punctuation in one line each.
TITLE = "الإرشاد 2: عمل لدى UWV حتى 01-09-2027"
WHY = "الرمز TS-AB12-CD34-E (رقم 7)؛ نسبة 3,5% فقط، مع Jan de Vries."
# A name ending in Latin letters is drawn with its role's brackets turned ("(Haddad (ouder"):
# a false alarm before and after this change (left for the writer), so Arabic comes last.
PARENT = "ليلى Haddad-Yılmaz حداد"

# Names and a recipient in other fields (youth, recipient, purpose), Hebrew and Arabic.
MIXED = {
    "arabisch_datum_code": "موعد 2: حتى 01-09-2027، الرمز TS-AB12-CD34-E (UWV)؛ 3,5% فقط!",
    "arabisch_latijnse_naam": "ليلى van der Berg-Haddad، 12 سنة",
    "hebreeuws": "דוד כהן, 23-11-2027 (מס' 7) – א/ב Cohen",
    "nederlands_met_arabisch": "Zodat ليلى حداد op 1-2-2027 (om 09:30) start.",
}


def _in_arabic(service: Service, catalog: SimpleNamespace, clock: FixedClock) -> int:
    service.catalog.revise_purpose(catalog.werk.id, TITLE, WHY, "ar")
    return decided(service, catalog, clock, PARENT, "desk", language="ar")


def test_a_genuine_arabic_request_with_mixed_lines_verifies(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request = _in_arabic(service, catalog, clock)
    path = service.forms.proof.export_request(request, tmp_path / "echt.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


@pytest.mark.parametrize("kind", sorted(MIXED))
def test_genuine_mixed_names_recipient_and_purpose_verify(
    kind: str,
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    tmp_path: Path,
) -> None:
    # A title that turns the whole heading line right to left ("Onderdeel 1: …" read last)
    # is not found by verify, before and after this change: this one's title is Dutch.
    title = "Begeleiding" if kind == "hebreeuws" else None
    path = exported_named(MIXED[kind], service, catalog, make_youth, tmp_path, title)
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def _swap(text: str, a: str, b: str) -> str:
    assert text.count(a) == 1 and text.count(b) == 1, (a, b)
    return text.replace(a, "\0").replace(b, a).replace("\0", b)


SWAPS: dict[str, Callable[[ProofView], ProofView]] = {
    # valid until 9 January instead of 1 September: day and month swapped in the title line
    "dag_en_maand": lambda v: _arabic_text(v, lambda t: t.replace("01-09-2027", "09-01-2027")),
    # the code's two middle groups swapped inside the purpose line
    "codegroepen": lambda v: _arabic_text(v, lambda t: _swap(t, "AB12", "CD34")),
    # "3,5%" read as "5,3%"
    "percentage": lambda v: _arabic_text(v, lambda t: t.replace("3,5%", "5,3%")),
    # the Latin family name's parts swapped around the hyphen
    "familienaam": lambda v: _signer(v, "ليلى Yılmaz-Haddad حداد"),
}


@pytest.mark.parametrize("swap", sorted(SWAPS))
def test_two_runs_of_a_mixed_line_swapped_are_refused(
    swap: str, service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    view, verdict = rerender(service, clock, _in_arabic(service, catalog, clock), tmp_path)
    assert verdict(view, "echt-opnieuw") == EXIT_AUTHENTIC
    forged = SWAPS[swap](view)
    assert forged != view
    assert verdict(forged, swap) == EXIT_NOT_INTACT


def test_a_hebrew_youth_name_turned_around_is_refused(
    service: Service,
    catalog: SimpleNamespace,
    clock: FixedClock,
    make_youth: Callable[..., Any],
    tmp_path: Path,
) -> None:
    """The youth "דוד כהן" printed as "כהן דוד": given and family name swapped on the first
    page ("Jongere …"), the same letters and runs."""
    youth = make_youth(17, given_name="דוד", family_name="כהן").youth
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    ).id
    view, verdict = rerender(service, clock, request, tmp_path)
    assert verdict(view, "echt-opnieuw") == EXIT_AUTHENTIC
    assert view.youth_name == "דוד כהן"
    forged = dataclasses.replace(view, youth_name="כהן דוד")
    assert verdict(forged, "jongere-omgedraaid") == EXIT_NOT_INTACT
