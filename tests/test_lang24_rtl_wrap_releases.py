"""A wrapped right-to-left line opened by Latin letters: drawn in its paragraph's direction since
lang24, and verify holds each package to the drawing of the release that made it.

The proof PDF draws a long Arabic name in its table cells with formulieren.text.wrap_rtl. Until
lang24 a wrapped line that began with Latin letters ("Al-Husseini van den Berg") was drawn left
to right: read right to left, the line ran backwards. Now it is drawn right to left, and the
export's logged event says so (rtl_release.EXPORT_FIELD). A genuine package of an earlier
release (no such field, the old drawing) still verifies; a package of this release whose PDF
was re-rendered with the old drawing is refused — a verifier that accepts both drawings lets a
re-signed PDF put a line's words back in the order a reader misreads."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from proof19_support import decided

from formulieren import text as writer
from toestemming.clock import FixedClock
from toestemming.proof import rtl_release
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT, verify
from toestemming.service import Service

# Long enough to wrap in the decisions table ("Wie"), its second line opened by Latin letters
# and ending in Arabic ones and the role: "el-Amrani الحسيني القرشي الهاشمي (ouder)".
PARENT = (
    "عبد الرحمن بن محمد بن عبد الله بن إبراهيم آل عبد العزيز Al-Husseini el-Amrani "
    "الحسيني القرشي الهاشمي"
)

_shape = writer.shape


def _own_direction(value: str, rtl: bool | None = None) -> str:
    """The writer before lang24: each line in its own direction, whatever its paragraph's."""
    return _shape(value)


@pytest.mark.parametrize(
    ("old_drawing", "old_release", "verdict"),
    [
        (False, False, EXIT_AUTHENTIC),  # a genuine package of this release
        (True, True, EXIT_AUTHENTIC),  # a genuine package of an earlier release
        # The insider's re-rendering: the export says "paragraph direction", the PDF is not.
        (True, False, EXIT_NOT_INTACT),
    ],
    ids=["this_release", "earlier_release", "this_release_drawn_the_old_way"],
)
def test_each_package_is_held_to_its_releases_drawing(
    service: Service,
    catalog: SimpleNamespace,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    old_drawing: bool,
    old_release: bool,
    verdict: int,
) -> None:
    request = decided(service, catalog, clock, PARENT, "desk", withdraw=True)
    with monkeypatch.context() as m:
        if old_drawing:
            m.setattr(writer, "shape", _own_direction)
        if old_release:
            m.setattr(rtl_release, "exported", lambda: {})
        path = service.forms.proof.export_request(request, tmp_path / "bewijs.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == verdict, report.problems
