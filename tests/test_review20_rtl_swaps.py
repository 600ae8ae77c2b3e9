"""review20: the right-to-left leniency of proof/readback.py (an Arabic value is compared as
the multiset of its runs, in any order) lets an insider who re-renders and re-signs bewijs.pdf
swap two runs of an Arabic item text or name — across its lines too — and `verify` still says
authentic. Each swap below changes what a reader of the PDF takes from it. Fixed by rtl21:
each line is compared in the order pdfium reads it back (readback.py, rtl_lines.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from proof19_support import rerender
from test_proof19_arabic_proof import _arabic_text, _decided_in_arabic, _signer

from formulieren.proof_pdf import ProofView
from toestemming.clock import FixedClock
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT
from toestemming.service import Service


def _swap(text: str, a: str, b: str) -> str:
    assert text.count(a) == 1 and text.count(b) == 1, (a, b)
    return text.replace(a, "\0").replace(b, a).replace("\0", b)


def _code_swapped(text: str) -> str:
    """The withdrawal code's two middle groups swapped ("TS-AAA1-BBB2-Z" → "TS-BBB2-AAA1-Z"):
    a parent who withdraws by mail quotes a code that is no request's."""
    start = text.index("TS-")
    code = text[start : start + 14]
    head, first, second, tail = code.split("-")
    return text.replace(code, "-".join((head, second, first, tail)))


SWAPS: dict[str, Callable[[ProofView], ProofView]] = {
    # "إلى متى: حتى 23-11-2027" (until 23-11-2027) becomes "until 1-11-2027", the part
    # number "الجزء 1" becomes "الجزء 23": the runs moved between two lines of the text
    "datum_andere_dag": lambda v: _arabic_text(
        v,
        lambda t: (
            t.replace("الجزء 1:", "الجزء \0:").replace("حتى 23-", "حتى 1-").replace("\0", "23")
        ),
    ),
    "intrekcode_anders": lambda v: _arabic_text(v, _code_swapped),
    # the parent's given and family name swapped: "ليلى حداد" → "حداد ليلى"
    "naam_omgedraaid": lambda v: _signer(v, "حداد ليلى"),
}


@pytest.mark.parametrize("swap", sorted(SWAPS))
def test_two_runs_of_an_arabic_line_swapped_are_refused(
    swap: str, service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    request = _decided_in_arabic(service, catalog, clock, "desk")
    view, verdict = rerender(service, clock, request, tmp_path)
    assert verdict(view, "echt-opnieuw") == EXIT_AUTHENTIC
    forged = SWAPS[swap](view)
    assert forged != view
    assert verdict(forged, swap) == EXIT_NOT_INTACT
