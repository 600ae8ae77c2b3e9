"""`toestemming bench`: rendering — the proof PDF and transitieformulier against a bare
reportlab page, and the desk app's start against a bare Qt window (in a child process)."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..model import SignerRef
from ..service import Service
from ..usecases.consent import ItemSpec


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


# -- forms (issue "Forms and proof") ----------------------------------------------------------
FORM_RUNS = 15
AFTER_SAVE_RUNS = 5


def bench_forms(
    svc: Service,
    results: dict[str, Any],
    verdicts: list[tuple[str, bool]],
    say: Callable[[str], None],
) -> None:
    """Proof PDF ≤ 150 ms and transitieformulier ≤ 100 ms, next to a floor measured in the same
    run: one bare reportlab page (base-14 font, one line). Rendering only for the proof (its
    data is gathered once); the transitieformulier includes reading its data from the vault."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from formulieren.proof_pdf import render_proof

    from ..usecases.forms_data import Internship, Perspective, TransitionFormData

    def bare_page() -> None:
        c = Canvas(io.BytesIO())
        c.setFont("Helvetica", 11)
        c.drawString(72, 720, "Toestemming")
        c.showPage()
        c.save()

    youth = svc.people.add_youth(
        given_name="Şeyma", family_name="Wiśniewski", birth_date="01-01-2007", school="ROC"
    )
    cats = tuple(c.id for c in svc.catalog.categories() if not c.special)
    recipients = [r.id for r in svc.catalog.recipients()[:3]]
    purpose = svc.catalog.purposes()[0].id
    req = svc.consents.create_request(youth.id, [ItemSpec(purpose, r, cats) for r in recipients])
    svc.consents.record_decisions(
        req.id, SignerRef.youth(youth.id), {i.id: "yes" for i in req.items}, "desk"
    )
    internship = Internship("Bakkerij De Korenschoof", "Brood bakken", None, None, 16, "Goed.")
    svc.forms.save_transition_form(
        youth.id, TransitionFormData(req.id, (internship,) * 2, Perspective.WORK)
    )
    view = svc.forms.proof.view(req.id)

    def timed(fn: Callable[[], object]) -> list[float]:
        fn()  # warm: fonts parsed, modules imported
        out = []
        for _ in range(FORM_RUNS):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
        return out

    floor = timed(bare_page)
    proof = timed(lambda: render_proof(view))
    form = timed(lambda: svc.forms.render_transition_form(youth.id))
    # The first render after a save: what was kept from the log (the young person's views,
    # youth_views) is read again after any commit — the figure a worker sees once per save.
    after_save = []
    for _ in range(AFTER_SAVE_RUNS):
        svc.forms.save_transition_form(
            youth.id, TransitionFormData(req.id, (internship,) * 2, Perspective.WORK)
        )
        start = time.perf_counter()
        svc.forms.render_transition_form(youth.id)
        after_save.append(time.perf_counter() - start)
    results["forms"] = {
        "floor_bare_page_ms": median_ms(floor),
        "proof_render_ms": median_ms(proof),
        "transition_form_ms": median_ms(form),
        "transition_form_after_save_ms": median_ms(after_save),
        "proof_pages_items": len(view.items),
    }
    f = results["forms"]
    say(
        f"Formulieren:      bewijs-PDF {f['proof_render_ms']:.1f} ms, transitieformulier "
        f"{f['transition_form_ms']:.1f} ms (eerste na opslaan "
        f"{f['transition_form_after_save_ms']:.1f} ms; "
        f"kale reportlab-pagina {f['floor_bare_page_ms']:.2f} ms)"
    )
    verdicts.append(("bewijs-PDF renderen ≤ 150 ms", median_ms(proof) <= 150))
    verdicts.append(("transitieformulier renderen ≤ 100 ms", median_ms(form) <= 100))


# -- GUI start (desk app issue) -----------------------------------------------------------------
# The core never imports Qt, so the GUI is measured in subprocesses by ui/benchstart.py: time
# from spawning a process until the unlock dialog is shown, against a process that shows a bare
# QApplication + QWidget. Both include interpreter start-up; medians over interleaved runs.

GUI_START_RUNS = 7


def bench_gui_start(
    vault: Path, say: Callable[[str], None], runs: int = GUI_START_RUNS
) -> dict[str, Any] | None:
    """Run `python -m ui.benchstart`; None (with a message) when the GUI is not available."""
    import os
    import subprocess
    import sys

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        out = subprocess.run(
            [sys.executable, "-m", "ui.benchstart", "--runs", str(runs), "--vault", str(vault)],
            capture_output=True,
            text=True,
            timeout=600,
            env=env,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        say("GUI-start:        niet gemeten (de app kon niet worden gestart)")
        return None
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines:
        say("GUI-start:        niet gemeten (de app kon niet worden gestart)")
        return None
    result: dict[str, Any] = json.loads(lines[-1])
    say(
        f"GUI-start:        {result['unlock_dialog_ms']:.0f} ms tot ontgrendelvenster "
        f"(kaal Qt-venster {result['bare_window_ms']:.0f} ms, ×{result['ratio']:.2f})"
    )
    return result
