"""The session-31 probe on the screen this process has (not collected by itself:
test_ui31_probe.py runs it in a child process, as test_ui_probe_s9.py runs probe_screen_s9).

Every window the session-9 probe opens is checked again with probe_31.probe31 as well."""

from __future__ import annotations

import os
from collections.abc import Callable

import probe_screen_s9
import pytest
from consent_fixtures import desk
from crowded_s31 import crowded
from probe_31 import probe31
from probe_screen_s9 import Findings, language, test_every_window_fits_this_screen
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from ui_vault import Seeded

from toestemming.service import Service
from ui.signing import SigningMode
from ui.signing.style import MAX_STEP

__all__ = ["desk", "language", "test_every_window_fits_this_screen"]


class Findings31(Findings):
    def _check_one(self, what: str, top: QWidget, room: QSize, shot: bool) -> None:
        super()._check_one(what, top, room, shot)
        more = probe31(top)
        self.problems[what] += more
        if self.shots and more:
            safe = "".join(c if c.isalnum() else "_" for c in what)
            top.grab().save(f"{self.shots}/{self.tag}_{safe}.png")


probe_screen_s9.Findings = Findings31  # type: ignore[misc]


# PROBE_STATE=crowded: the youth every dialog opens for is crowded_s31.crowded's (long names,
# long organisation names, an item in every status the desk reaches by hand); signing mode is
# walked with its largest text (A+ as far as it goes).
if os.environ.get("PROBE_STATE") == "crowded":

    @pytest.fixture
    def seeded(service: Service, seeded: Seeded) -> Seeded:  # type: ignore[no-redef]
        return crowded(service, seeded)

    def _largest(mode: SigningMode) -> list[tuple[str, Callable[[], object]]]:
        steps = _steps(mode)
        first = steps[0][1]

        def largest() -> None:
            first()
            for _ in range(MAX_STEP - mode.step):
                mode.set_text_step(mode.step + 1)  # A+ as a reader taps it

        return [(steps[0][0], largest), *steps[1:]]

    _steps = probe_screen_s9.signing_steps
    probe_screen_s9.signing_steps = _largest
