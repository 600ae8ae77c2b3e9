"""review28: the desk channel now reads "aan de balie of telefonisch" (session 20: a "ja" by
phone was printed as a visit). The old words "aan de balie" stay readable for packages of
earlier releases (wordings.EARLIER) — but an insider with the organisation's keys who
re-renders a package of THIS release with the old words (and re-signs its receipt) claims a
visit to the desk for what was a phone call, and verify said "authentiek". The old wording is
only a wording of packages made before the change."""

from __future__ import annotations

import dataclasses
import json
import shutil
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from proof21_support import Exported, exported, rerendered, with_history

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.package_files import RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

NOW = "aan de balie of telefonisch"
OLD = "aan de balie"


@pytest.fixture
def phoned(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> Exported:
    """A 17-year-old phones the desk and says "ja"; the worker records it."""
    young = make_youth(17)
    request = service.consents.create_request(
        young.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    clock.advance(timedelta(hours=1))
    service.consents.record_decisions(
        request.id, SignerRef.youth(young.youth.id), {request.items[0].id: "yes"}, "desk"
    )
    clock.advance(timedelta(minutes=10))
    return exported(service, clock, request.id, tmp_path)


def _as_visit(case: Exported) -> tuple[Any, dict[str, bytes]]:
    view = case.view
    item = view.items[0]
    decisions = tuple(
        dataclasses.replace(d, channel=OLD) if d.channel == NOW else d for d in item.decisions
    )
    assert decisions != item.decisions
    view = dataclasses.replace(view, items=(dataclasses.replace(item, decisions=decisions),))
    view = with_history(view, lambda e: e.what.replace(NOW, OLD))
    receipt = json.loads(case.files[RECEIPT])
    text = json.dumps(receipt, ensure_ascii=False).replace(NOW, OLD)
    return view, {**case.files, RECEIPT: text.encode("utf-8")}


def test_the_genuine_phone_package_verifies(phoned: Exported) -> None:
    report = rerendered(phoned, phoned.view, "echt.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_a_package_of_this_release_reprinted_with_the_old_desk_words_is_refused(
    phoned: Exported,
) -> None:
    view, files = _as_visit(phoned)
    report = rerendered(phoned, view, "als-bezoek.tbewijs", files)
    assert report.exit_code != EXIT_AUTHENTIC, report.facts


def test_the_old_words_in_the_pdf_alone_are_refused(phoned: Exported) -> None:
    view, _ = _as_visit(phoned)
    report = rerendered(phoned, view, "pdf-als-bezoek.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("aan de balie" in p for p in report.problems), report.problems


def test_the_old_words_in_the_receipt_alone_are_refused(phoned: Exported) -> None:
    _, files = _as_visit(phoned)
    report = rerendered(phoned, phoned.view, "bon-als-bezoek.tbewijs", files)
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("receipt.json" in p and "aan de balie" in p for p in report.problems), (
        report.problems
    )


def test_a_package_of_an_earlier_release_with_the_old_words_still_verifies(
    tmp_path: Path,
) -> None:
    """bewijs_s18_klok_voor.zip was exported (session 18) before the rewording: its receipt
    and PDF say "aan de balie"."""
    saved = Path(__file__).parent / "data" / "bewijs_s18_klok_voor.zip"
    with zipfile.ZipFile(saved) as z:
        assert f'"channel_label": "{OLD}"' in z.read(RECEIPT).decode("utf-8")
    copy = tmp_path / "bewaard.tbewijs"
    shutil.copyfile(saved, copy)
    key = saved.with_name(saved.name + ".key").read_text(encoding="utf-8").strip()
    report = verify(copy, key, clock=FixedClock(datetime(2027, 1, 11, 9, tzinfo=UTC)))
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
