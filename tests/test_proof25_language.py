"""A parent who reads English signed the English text on the tablet (the language layer): the
genuine package verifies, and an insider who changes which language the proof says was shown —
in bewijs.pdf ("Taal van de tekst", the decision's "Getoonde tekst") or in receipt.json (the
notice's or the decision's language) — and re-signs is refused: the text a signer saw is part
of what they agreed to."""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from proof21_support import Exported, exported, rerendered
from test_attack_s8_packages import signed, write

from toestemming.clock import FixedClock
from toestemming.devtools import demo_evidence
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.package_files import RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


@pytest.fixture
def english(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> Exported:
    c = service.catalog
    c.revise_purpose(catalog.werk.id, "Guidance to work", "So you get help finding work.", "en")
    young = make_youth(14, parents=1)
    request = service.consents.create_request(
        young.youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))],
        language="en",
    )
    clock.advance(timedelta(hours=1))
    session = service.signing.session(request.id)
    service.signing.sign_decisions(
        request.id,
        SignerRef.representative(young.parents[0].id),
        "en",
        {i.item_id: "yes" for i in session.items},
        (),
        {i.item_id: i.texts["en"][1] for i in session.items},
        demo_evidence.signature(random.Random(5)),
        clock.now() - timedelta(minutes=2),
    )
    clock.advance(timedelta(minutes=10))
    return exported(service, clock, request.id, tmp_path)


def _resigned(case: Exported, files: dict[str, bytes], name: str) -> int:
    key, _ = case.service.forms.proof._keys()
    path = write(case.folder, signed(files, key), name)
    return verify(path, case.public_key, clock=case.clock).exit_code


def test_the_genuine_english_package_verifies(english: Exported) -> None:
    assert english.view.language == "Engels", english.view.language
    report = rerendered(english, english.view, "echt-opnieuw.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_the_language_of_the_text_relabelled_in_the_pdf_is_refused(english: Exported) -> None:
    view = dataclasses.replace(english.view, language="Nederlands")
    report = rerendered(english, view, "taal-nl.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts


def test_the_decisions_language_relabelled_in_the_pdf_is_refused(english: Exported) -> None:
    item = english.view.items[0]
    (decision,) = item.decisions
    forged = dataclasses.replace(decision, text_language="Nederlands")
    view = dataclasses.replace(
        english.view, items=(dataclasses.replace(item, decisions=(forged,)),)
    )
    report = rerendered(english, view, "besluit-nl.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts


@pytest.mark.parametrize("where", ["request", "notice", "notices", "decision"])
def test_the_language_relabelled_in_the_receipt_is_refused(english: Exported, where: str) -> None:
    receipt = json.loads(english.files[RECEIPT])
    consent = receipt["consents"][0]
    if where == "request":
        receipt["language"] = "nl"
    elif where == "notice":
        consent["notice"]["language"] = "nl"
    elif where == "notices":
        consent["notices"][0]["language"] = "nl"
    else:
        (decision,) = [e for e in consent["events"] if e["type"] == "decision"]
        decision["language"] = "nl"
    files = {**english.files, RECEIPT: json.dumps(receipt, ensure_ascii=False).encode()}
    assert _resigned(english, files, f"receipt-{where}.tbewijs") != EXIT_AUTHENTIC


ARABIC_TITLE = "الإرشاد إلى العمل"
ARABIC_WHY = "حتى يتمكن المكتب من مساعدتك في العثور على عمل جديد."
ARABIC_PARENT = "ليلى حداد"


@pytest.fixture
def arabic(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> Exported:
    """A mother who reads Arabic reads the Arabic text on the tablet of a Dutch request and
    signs by typing her name in Arabic script."""
    from toestemming.usecases.signature import Signature

    service.catalog.revise_purpose(catalog.werk.id, ARABIC_TITLE, ARABIC_WHY, "ar")
    young = make_youth(13)
    mother = service.people.add_representative(
        young.youth.id, ARABIC_PARENT, RepresentativeRole.PARENT, True
    )
    request = service.consents.create_request(
        young.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    clock.advance(timedelta(hours=1))
    session = service.signing.session(request.id)
    png = demo_evidence.signature(random.Random(5)).png
    service.signing.sign_decisions(
        request.id,
        SignerRef.representative(mother.id),
        "ar",
        {i.item_id: "yes" for i in session.items},
        (),
        {i.item_id: i.texts["ar"][1] for i in session.items},
        Signature((), 0, 0, png, "typed", ARABIC_PARENT),
        clock.now() - timedelta(minutes=2),
    )
    clock.advance(timedelta(minutes=10))
    return exported(service, clock, request.id, tmp_path)


def test_the_genuine_arabic_typed_package_verifies(arabic: Exported) -> None:
    (decision,) = arabic.view.items[0].decisions
    assert decision.typed_name == ARABIC_PARENT and decision.signature_png is None
    report = rerendered(arabic, arabic.view, "echt-opnieuw.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


@pytest.mark.parametrize("said", ["", "Engels", "Nederlands"])
def test_the_arabic_decision_relabelled_in_the_pdf_is_refused(arabic: Exported, said: str) -> None:
    item = arabic.view.items[0]
    (decision,) = item.decisions
    assert decision.text_language  # the PDF says she read another language than the request's
    forged = dataclasses.replace(decision, text_language=said)
    view = dataclasses.replace(arabic.view, items=(dataclasses.replace(item, decisions=(forged,)),))
    report = rerendered(arabic, view, f"besluit-{said or 'zonder'}.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
