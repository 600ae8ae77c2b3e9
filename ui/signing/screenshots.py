"""Screenshots of signing mode at 1280×800 (a tablet in landscape), for review and docs.

    python -m ui.signing.screenshots OUTDIR

A temporary vault with synthetic people only; writes signing_who.png, signing_item.png
(a special-category item, Ja chosen), signing_signature.png (a drawn signature) and
signing_thanks.png (the thank-you screen with "E-mail sturen": a mail server is set up in the
temporary vault and the youth has an address; nothing is sent)."""

from __future__ import annotations

import math
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

SIZE = (1280, 800)
NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
PASSPHRASE = "schermafdruk tablet balie zeven"


def _sample(svc: Service, email: str = "") -> int:
    c = svc.catalog
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf")
    ggd = c.add_recipient("GGD regio Utrecht", "zorg", "Jeugdgezondheidszorg")
    work = c.add_purpose(
        "werk", "Begeleiding naar werk", "Zodat het UWV je kan helpen een baan te vinden."
    )
    care = c.add_purpose(
        "zorg-stage",
        "Zorg tijdens je stage",
        "Zodat de jeugdarts weet waar je op je stage rekening mee moet houden.",
    )
    c.revise_purpose(work.id, "Guidance to work", "So the UWV can help you find a job.", "en")
    c.revise_purpose(care.id, "Care during your internship", "So the doctor can help.", "en")
    contact = c.add_category(
        "contact", "Contactgegevens", "Naam, telefoon", "dat", False, "Contact details"
    )
    health = c.add_category("gezondheid", "Gezondheid", "Medische gegevens", "wat", True, "Health")
    youth = svc.people.add_youth(
        given_name="Sem",
        family_name="Jansen",
        birth_date="14-05-2008",
        school="Entree Utrecht",
        email=email,
    )
    req = svc.consents.create_request(
        youth.id,
        [
            ItemSpec(work.id, uwv.id, (contact.id,)),
            ItemSpec(care.id, ggd.id, (contact.id, health.id)),
        ],
    )
    return req.id


def render_screenshots(out: Path, directory: Path, **create_options: Any) -> list[Path]:
    """`create_options` go to Service.create (tests pass cheap key-derivation settings; the
    default calibrates on this machine, like a real vault)."""
    from PySide6.QtWidgets import QApplication

    from .mode import SigningMode

    out.mkdir(parents=True, exist_ok=True)
    clock = FixedClock(NOW)
    svc, _ = Service.create(
        directory / "shots.tvault",
        "Praktijkschool De Brug",
        "Anna",
        PASSPHRASE,
        clock,
        **create_options,
    )
    written = [
        out / "signing_who.png",
        out / "signing_item.png",
        out / "signing_signature.png",
        out / "signing_item_en.png",
    ]
    try:
        mode = SigningMode(svc, _sample(svc), clock)
        mode.present(full_screen=False)
        mode.resize(*SIZE)
        QApplication.processEvents()
        # One signer: the mode opens on item 1; "Vorige" shows the start page.
        mode.item_page.back_button.click()
        QApplication.processEvents()
        mode.grab().save(str(written[0]))
        mode.who_page.buttons[0].click()
        mode.item_page.yes_button.click()
        mode.item_page.next_button.click()
        mode.item_page.yes_button.click()
        mode.item_page.special_box.setChecked(True)
        QApplication.processEvents()
        mode.grab().save(str(written[1]))
        mode.item_page.next_button.click()
        mode.summary_page.next_button.click()
        QApplication.processEvents()
        _draw(mode.sign_page.pad)
        QApplication.processEvents()
        mode.grab().save(str(written[2]))
        mode.sign_page.back_button.click()  # to the summary
        mode.summary_page.change.emit(1)  # the second item again, now read in English
        mode.set_language("en")
        QApplication.processEvents()
        mode.grab().save(str(written[3]))
        mode.leave()
    finally:
        svc.close()
    return written


def _draw(pad: Any) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    # A handwriting-like loop: a slanted cursive line across the pad.
    points = [
        (int(120 + 7 * i + 28 * math.cos(i / 2.2)), int(190 - 45 * math.sin(i / 2.2)))
        for i in range(90)
    ]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def render_thanks_screenshot(out: Path, directory: Path, **create_options: Any) -> Path:
    """signing_thanks.png: after signing, with the receipt offered by e-mail."""
    from PySide6.QtWidgets import QApplication

    from toestemming.capture.settings import Security, SmtpSettings

    from .mode import SigningMode

    out.mkdir(parents=True, exist_ok=True)
    clock = FixedClock(NOW)
    svc, _ = Service.create(
        directory / "thanks.tvault",
        "Praktijkschool De Brug",
        "Anna",
        PASSPHRASE,
        clock,
        **create_options,
    )
    path = out / "signing_thanks.png"
    try:
        svc.remote.set_smtp_settings(
            SmtpSettings("localhost", 25, Security.NONE, "", "", "balie@debrug.example")
        )
        mode = SigningMode(svc, _sample(svc, "sem.jansen@example.org"), clock)
        mode.present(full_screen=False)
        mode.resize(*SIZE)
        QApplication.processEvents()  # one signer: the mode opens on item 1
        mode.item_page.yes_button.click()
        mode.item_page.next_button.click()
        mode.item_page.no_button.click()
        mode.item_page.next_button.click()
        mode.summary_page.next_button.click()
        QApplication.processEvents()
        _draw(mode.sign_page.pad)
        mode.sign_page.confirm_button.click()
        QApplication.processEvents()
        mode.grab().save(str(path))
        mode.leave()
    finally:
        svc.close()
    return path


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        raise SystemExit("Gebruik: python -m ui.signing.screenshots UITVOERMAP")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        render_screenshots(Path(argv[0]), Path(tmp))
        render_thanks_screenshot(Path(argv[0]), Path(tmp))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
