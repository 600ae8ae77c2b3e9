"""A parent reads the consent in Arabic and decides at the desk: the exported proof is genuine
and `verify` must say so (it called it forged: "de getoonde tekst … wijkt af", exit 1, since
the writer deletes the vowel marks and pdfium reads right-to-left lines in its own order). And
an insider who re-renders the PDF with the Arabic text, title or name changed is still caught:
the comparison reads the PDF as the writer drew it (proof/readback.py), it does not skip it."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from proof19_support import decided, rerender

from formulieren.proof_pdf import ProofView
from toestemming.clock import FixedClock
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT, verify
from toestemming.service import Service

TITLE = "الإرشاد إلى العمل"
# With vowel marks (tanwin) as a translator types them; the PDF draws them without.
WHY = "حتى يتمكن المكتب من مساعدتك في العثور على عملٍ جديدٍ."
PARENT = "ليلى حداد"


def _decided_in_arabic(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, channel: str
) -> int:
    service.catalog.revise_purpose(catalog.werk.id, TITLE, WHY, "ar")
    return decided(service, catalog, clock, PARENT, channel, language="ar")


@pytest.mark.parametrize("channel", ["desk", "tablet"])
def test_a_consent_read_and_given_in_arabic_verifies(
    channel: str, service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request = _decided_in_arabic(service, catalog, clock, channel)
    path = service.forms.proof.export_request(request, tmp_path / "echt.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def _arabic_text(view: ProofView, edit: Any) -> ProofView:
    item = view.items[0]
    others = tuple(dataclasses.replace(t, text=edit(t.text)) for t in item.other_texts)
    assert others != item.other_texts, "the item prints the Arabic text the parent read"
    return dataclasses.replace(view, items=(dataclasses.replace(item, other_texts=others),))


def _signer(view: ProofView, name: str) -> ProofView:
    item = view.items[0]
    decisions = tuple(dataclasses.replace(d, signer=name) for d in item.decisions)
    return dataclasses.replace(view, items=(dataclasses.replace(item, decisions=decisions),))


FORGERIES = {
    # "You can say no" without its "no"; "until 23-11-2027" one year longer; a word of the
    # purpose replaced; the Arabic name of another parent.
    "zonder_nee": lambda v: _arabic_text(v, lambda t: t.replace("أن تقول لا.", "أن تقول نعم.")),
    "ander_jaar": lambda v: _arabic_text(v, lambda t: t.replace("2027", "2028")),
    "ander_doel": lambda v: _arabic_text(v, lambda t: t.replace("المكتب", "المدرسة")),
    "andere_ouder": lambda v: _signer(v, "سلمى حداد"),
}


def test_the_genuine_rendering_verifies_and_each_arabic_change_is_refused(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request = _decided_in_arabic(service, catalog, clock, "desk")
    view, verdict = rerender(service, clock, request, tmp_path)

    # The insider's own re-rendering of the genuine view verifies: what follows is the change.
    assert verdict(view, "echt-opnieuw") == EXIT_AUTHENTIC
    for name, forge in FORGERIES.items():
        assert verdict(forge(view), name) == EXIT_NOT_INTACT, name
