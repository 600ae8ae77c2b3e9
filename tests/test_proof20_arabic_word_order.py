"""An insider re-renders the PDF of a consent read in Arabic with words of the text the
parent saw in another order, and signs it into the package (proof20).

readback.py compared right-to-left text as the multiset of its runs (pdfium gives each line
back in its own bidi order), so the same words in another order verified: "أن تقول لا"
("to say no") printed as "أن لا تقول" ("not to say") kept every word. Now the order of the
Arabic words is held too, per printed line in the order written or read back reversed."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from proof19_support import rerender
from test_proof19_arabic_proof import _arabic_text, _decided_in_arabic

from toestemming.clock import FixedClock
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT
from toestemming.service import Service

SWAPS = {
    "nee_omgedraaid": ("أن تقول لا.", "أن لا تقول."),
}


def test_arabic_words_in_another_order_are_refused(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request = _decided_in_arabic(service, catalog, clock, "desk")
    view, verdict = rerender(service, clock, request, tmp_path)
    assert verdict(view, "echt-opnieuw") == EXIT_AUTHENTIC
    for name, (was, now) in SWAPS.items():
        forged = _arabic_text(view, lambda t, was=was, now=now: t.replace(was, now))
        assert verdict(forged, name) == EXIT_NOT_INTACT, name
