"""The signature picture on the proof is the one the package proves (proof27).

A 17-year-old draws her signature on the tablet; the picture is evidence whose SHA-256 the log
holds, and bewijs.pdf shows it under "Handtekening". verify counted the pictures (one per drawn
signature, signing_method.py) but never looked at them: an insider with the keys re-rendered
the PDF with another drawing — a neater signature, or one of someone else — re-signed it, and
verify said the package was authentic. Now each picture must be, pixel for pixel, one of the
package's signature pictures."""

from __future__ import annotations

import random

from proof21_support import Exported, rerendered
from test_proof25_typed_name import _with, drawn_case  # noqa: F401

from toestemming.devtools import demo_evidence
from toestemming.proof.verify import EXIT_AUTHENTIC


def test_another_drawing_under_her_decision_is_refused_and_her_own_verifies(
    drawn_case: Exported,  # noqa: F811
) -> None:
    own = rerendered(drawn_case, drawn_case.view, "eigen.tbewijs")
    assert own.exit_code == EXIT_AUTHENTIC, own.problems
    other = demo_evidence.signature(random.Random(99)).png
    report = rerendered(drawn_case, _with(drawn_case.view, signature_png=other), "ander.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC
    assert any("geen van de handtekeningen in de bewijsstukken" in p for p in report.problems), (
        report.problems
    )
