"""A sharing recorded while the clock ran ahead, then a withdrawal (session 23, atk23).

Before: on Tuesday Sem (17) has said "ja"; the worker shares his data with UWV and records it
at a laptop whose clock says Thursday; the clock is put right an hour later ("de klok klopt
nu"). On Wednesday Sem withdraws. The sharing keeps its stored date, Thursday, so the inzage
Sem is given says the school shared his data with UWV "GEDEELD NA DE INTREKKING" — a breach
the school never made, printed on the report the young person takes home. (The withdrawal's
list of recipients to tell does not read dates, and names UWV, as it should.)

Now the inzage judges a sharing like a decision or a withdrawal: a row written while the clock
ran ahead counts no later than the correction that followed it (event_seek.judged_moment), so
Tuesday's sharing comes before Wednesday's withdrawal. A sharing really made after a
withdrawal recorded ahead is still named (the withdrawal counts from the correction too)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader

from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.forms_views import inzage_view

AFTER = "GEDEELD NA DE INTREKKING"


def _put_right(service: Service, clock: FixedClock, at: Any) -> None:
    clock.set(at)
    with pytest.raises(VaultError):
        service.people.add_youth(given_name="Ander", family_name="Kind", birth_date="01-01-2012")
    assert service.clock_right.confirm() is not None


def _sem(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any]
) -> tuple[int, int, SignerRef]:
    sem = make_youth(17, given_name="Sem").youth
    request = service.consents.create_request(
        sem.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    service.consents.record_decisions(request.id, SignerRef.youth(sem.id), {item: "yes"}, "desk")
    return sem.id, item, SignerRef.youth(sem.id)


def _share(service: Service, c: SimpleNamespace, youth: int) -> None:
    service.sharing.record_disclosure(youth, c.uwv.id, c.werk.id, [c.contact.id])


def _pdf_text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_a_sharing_recorded_ahead_is_not_called_after_a_later_withdrawal(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    youth, item, sem = _sem(service, catalog, make_youth)
    tuesday = clock.now() + timedelta(days=1)
    clock.set(tuesday + timedelta(days=2))  # the laptop says Thursday
    _share(service, catalog, youth)
    _put_right(service, clock, tuesday + timedelta(hours=1))
    clock.set(tuesday + timedelta(days=1))  # Wednesday
    told = service.withdrawals.withdraw([item], sem, "desk")
    assert [r.display_name for _, r in told.recipients_to_notify] == ["UWV – Werkbedrijf"]
    view = inzage_view(service.forms._ctx, youth)
    assert [AFTER in d.basis for d in view.disclosures] == [False]
    text = _pdf_text(service.forms.render_inzage(youth))
    assert "UWV" in text and "INTREKKING" not in text


def test_a_sharing_after_a_withdrawal_recorded_ahead_is_still_named(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Both written while the clock said Thursday, the sharing after the withdrawal (read
    late): the sharing still shows as made after the withdrawal."""
    youth, item, sem = _sem(service, catalog, make_youth)
    tuesday = clock.now() + timedelta(days=1)
    clock.set(tuesday + timedelta(days=2))
    _share(service, catalog, youth)
    clock.advance(timedelta(minutes=30))
    service.withdrawals.withdraw([item], sem, "desk", withdrawn_at=clock.now() - timedelta(hours=1))
    _put_right(service, clock, tuesday + timedelta(hours=1))
    view = inzage_view(service.forms._ctx, youth)
    assert [AFTER in d.basis for d in view.disclosures] == [True]


def test_the_proof_does_not_call_a_sharing_recorded_ahead_after_a_later_withdrawal(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Any,
) -> None:
    import zipfile

    youth, item, sem = _sem(service, catalog, make_youth)
    tuesday = clock.now() + timedelta(days=1)
    clock.set(tuesday + timedelta(days=2))
    _share(service, catalog, youth)
    _put_right(service, clock, tuesday + timedelta(hours=1))
    clock.set(tuesday + timedelta(days=1))
    service.withdrawals.withdraw([item], sem, "desk")
    paths = service.forms.proof.export_youth(youth, tmp_path).paths
    assert len(paths) == 1
    with zipfile.ZipFile(paths[0]) as z:
        pdf = next(z.read(n) for n in z.namelist() if n.endswith(".pdf"))
    text = _pdf_text(pdf)
    assert "UWV" in text and "INTREKKING" not in text


def test_verify_judges_the_note_as_the_export_does(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Any,
) -> None:
    """The verifier reads the same judged moments from the package's clock corrections
    (printed_history.after_withdrawal_note with clock_fixes.moment): the genuine package
    verifies as authentic, and one re-rendered with the old, wrong note is refused."""
    import dataclasses

    from proof21_support import exported, rerendered

    from toestemming.proof.verify import EXIT_AUTHENTIC

    youth, item, sem = _sem(service, catalog, make_youth)
    request_id = int(
        service.vault.db.scalar("SELECT request_id FROM consent_items WHERE id = ?", (item,))
    )
    tuesday = clock.now() + timedelta(days=1)
    clock.set(tuesday + timedelta(days=2))
    _share(service, catalog, youth)
    _put_right(service, clock, tuesday + timedelta(hours=1))
    clock.set(tuesday + timedelta(days=1))
    service.withdrawals.withdraw([item], sem, "desk")
    case = exported(service, clock, request_id, tmp_path)  # asserts: authentic
    (row,) = case.view.items[0].disclosures
    assert AFTER not in row.basis
    forged_row = dataclasses.replace(row, basis=row.basis + f" — {AFTER} van gisteren")
    view = dataclasses.replace(
        case.view,
        items=(dataclasses.replace(case.view.items[0], disclosures=(forged_row,)),),
    )
    report = rerendered(case, view, "noot-erbij.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    genuine = rerendered(case, case.view, "echt-opnieuw.tbewijs")
    assert genuine.exit_code == EXIT_AUTHENTIC, genuine.problems
