"""Review of session 19: the lead's merge fix c662dfe judges "shared after the withdrawal?" in
proofs on the rules' moments (a sharing recorded while the clock ran ahead counts no later than
the correction after it) — in the export and in `verify` alike. But a package is printed by the
release that made it, and the release of session 18 printed the note on the dates as recorded.

tests/data/bewijs_s18_klok_voor.zip is such a package, exported by that release (commit
eb5bf7e; tests/data/make_clock_ahead_package.py): Sem's data shared on Tuesday at a laptop
saying Thursday, the clock put right, his withdrawal on Wednesday — its Verstrekkingen row says
"GEDEELD NA DE INTREKKING", as that release judged. The privacy officer who kept it verifies it
with today's program. Before: "de verstrekkingen in het document wijkt af" — a genuine proof
called not intact. Now a package is held to the rule of the release that wrote it: one whose
logged export names its workers (worker_names.EXPORT_FIELD, the same release as c662dfe) is
judged on the rules' moments, an older one on the dates as recorded — still exactly that note,
neither dropped nor added (the log decides which)."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pypdf import PdfReader
from test_attack_s23_sharing_clock_ahead import AFTER, _pdf_text, _put_right, _sem, _share

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.package import PDF
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

DATA = Path(__file__).parent / "data"
PACKAGE = DATA / "bewijs_s18_klok_voor.zip"
READ_ON = FixedClock(datetime(2027, 1, 11, 9, tzinfo=UTC))


def _key() -> str:
    return (DATA / (PACKAGE.name + ".key")).read_text(encoding="utf-8").strip()


def test_a_genuine_package_of_the_previous_release_with_a_sharing_recorded_ahead(
    tmp_path: Path,
) -> None:
    with zipfile.ZipFile(PACKAGE) as z:
        pdf = z.read(PDF)
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "GEDEELD NA DE INTREKKING" in text  # as that release printed it
    copy = tmp_path / "bewaard.tbewijs"
    shutil.copyfile(PACKAGE, copy)
    report = verify(copy, _key(), clock=READ_ON)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def _shared_ahead_then_withdrawn(
    service: Service, clock: FixedClock, item: int, me: SignerRef, share: Callable[[], object]
) -> None:
    """atk23's story: shared on Tuesday at a laptop saying Thursday, the clock put right an
    hour later, the withdrawal on Wednesday."""
    tuesday = clock.now() + timedelta(days=1)
    clock.set(tuesday + timedelta(days=2))
    share()
    _put_right(service, clock, tuesday + timedelta(hours=1))
    clock.set(tuesday + timedelta(days=1))
    service.withdrawals.withdraw([item], me, "desk")


def _authentic_without_note(service: Service, clock: FixedClock, path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        text = _pdf_text(z.read(PDF))
    assert "INTREKKING" not in text and AFTER not in text
    _, public_key = service.forms.proof._keys()
    report = verify(path, public_key, clock=clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_a_youth_package_of_this_release_is_still_judged_on_the_rules_moments(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """The same story exported today as the youth's package (export_youth), exported twice
    (the second export's package logs the first export too): no note, and authentic."""
    youth, item, sem = _sem(service, catalog, make_youth)
    _shared_ahead_then_withdrawn(service, clock, item, sem, lambda: _share(service, catalog, youth))
    for n in (1, 2):
        (folder := tmp_path / str(n)).mkdir()
        (path,) = service.forms.proof.export_youth(youth, folder).paths
        _authentic_without_note(service, clock, path)


def test_a_right_to_left_table_is_judged_the_same_way(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """The recipient's name in Arabic letters (the table is read as drawn: _table_drawn):
    the sharing recorded ahead before Wednesday's withdrawal carries no note, and verifies."""
    c = catalog
    arabic = service.catalog.add_recipient("مدرسة النور", "werkgever", "", convenant=True)
    sem = make_youth(17, given_name="Sem").youth
    request = service.consents.create_request(
        sem.id, [ItemSpec(c.werk.id, arabic.id, (c.contact.id,))]
    )
    item = request.items[0].id
    me = SignerRef.youth(sem.id)
    service.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
    _shared_ahead_then_withdrawn(
        service,
        clock,
        item,
        me,
        lambda: service.sharing.record_disclosure(sem.id, arabic.id, c.werk.id, [c.contact.id]),
    )
    path = service.forms.proof.export_request(request.id, tmp_path / "rtl.tbewijs")
    _authentic_without_note(service, clock, path)
