"""The proof's times in the hour that occurs twice, and its channel words held exactly (proof26).

At the end of summer time (last Sunday of October) 02:00–03:00 happens twice. A mother says
"ja" at the desk at 02:30 (UTC+2) and withdraws by e-mail at 02:30 (UTC+1), an hour later:
bewijs.pdf printed both as "02:30", so a privacy officer could not tell their order, and an
insider could shift a moment by that hour unseen. Now the proof marks them as the desk does
(clock.local_moment_text) and verify refuses a mark that contradicts the logged moment;
packages of earlier releases (unmarked) still verify.

And a history row naming its channel with words added ("aan de balie of telefonisch, met
getuige") verified, because verify only asked whether the channel's words appeared in it."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import birth_date_for_age
from proof21_support import Exported, exported, rerendered, with_history
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
)
from test_attack_s8_packages import signed, write

from formulieren import layout, proof_pdf
from formulieren.proof_pdf import ProofEvent, ProofView
from toestemming.clock import FixedClock, local_moment_text
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof import moments_marked
from toestemming.proof.binding import pdf_text
from toestemming.proof.package import PDF
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC, VerifyReport, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

BEFORE = datetime(2026, 10, 20, 10, 0, tzinfo=UTC)
FIRST = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 summer time (UTC+2)
SECOND = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 again, winter time (UTC+1)


def _story(service: Service, catalog: SimpleNamespace, clock: FixedClock) -> int:
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 14).isoformat(),
        given_name="Noor",
        family_name="Bakker",
    )
    mother = service.people.add_representative(
        youth.id, "Sanne Bakker", RepresentativeRole.PARENT, True
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    clock.set(FIRST)
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(minutes=10))
    service.sharing.record_disclosure(
        youth.id, catalog.uwv.id, catalog.werk.id, [catalog.contact.id]
    )
    clock.set(SECOND)
    result = service.withdrawals.withdraw([item], SignerRef.representative(mother.id), "email")
    clock.advance(timedelta(minutes=5))
    for wid, recipient in result.recipients_to_notify:
        service.withdrawals.mark_notified(wid, recipient.id, clock.now())
    clock.advance(timedelta(hours=2))
    return request.id


@pytest.fixture
def night(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> Exported:
    return exported(service, clock, _story(service, catalog, clock), tmp_path)


@pytest.fixture
def case(service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path) -> Exported:
    """The same story on an ordinary day (START): the channel rows."""
    clock.advance(timedelta(days=1))
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 14).isoformat(),
        given_name="Noor",
        family_name="Bakker",
    )
    mother = service.people.add_representative(
        youth.id, "Sanne Bakker", RepresentativeRole.PARENT, True
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(days=3))
    service.withdrawals.withdraw([item], SignerRef.representative(mother.id), "email")
    clock.advance(timedelta(hours=1))
    return exported(service, clock, request.id, tmp_path)


def _refused(report: VerifyReport, part: str) -> None:
    assert report.exit_code != EXIT_AUTHENTIC
    assert any(part in p for p in report.problems), report.problems


def _history_at(view: ProofView, shift: Callable[[ProofEvent], datetime]) -> ProofView:
    item = view.items[0]
    history = tuple(dataclasses.replace(e, at=shift(e)) for e in item.history)
    return dataclasses.replace(view, items=(dataclasses.replace(item, history=history),))


# -- the doubled hour ------------------------------------------------------------------------


@pytest.mark.parametrize("clock", [BEFORE], indirect=True)
def test_the_proof_marks_both_0230s_with_their_offset(night: Exported) -> None:
    text = " ".join(pdf_text(night.files[PDF]).split())
    assert "25-10-2026 02:30 (UTC+2)" in text  # the "ja"
    assert "25-10-2026 02:30 (UTC+1)" in text  # the withdrawal, an hour later
    assert "25-10-2026 02:40 (UTC+2)" in text  # the sharing between them


@pytest.mark.parametrize("clock", [BEFORE], indirect=True)
def test_a_history_moment_moved_by_the_doubled_hour_is_refused(night: Exported) -> None:
    """The insider moves the "ja" an hour later: its local time stays 02:30, its mark now
    says winter time — after the withdrawal."""
    view = _history_at(night.view, lambda e: e.at + timedelta(hours=1) if e.at == FIRST else e.at)
    _refused(rerendered(night, view, "verschoven.tbewijs"), "de geschiedenis")


@pytest.mark.parametrize("clock", [BEFORE], indirect=True)
def test_the_decision_rows_moved_by_the_doubled_hour_are_refused(night: Exported) -> None:
    item = night.view.items[0]
    decision = dataclasses.replace(item.decisions[0], decided_at=FIRST + timedelta(hours=1))
    view = dataclasses.replace(
        night.view, items=(dataclasses.replace(item, decisions=(decision,)),)
    )
    _refused(rerendered(night, view, "besloten.tbewijs"), "de besluiten")


@pytest.mark.parametrize("clock", [BEFORE], indirect=True)
def test_a_disclosure_moved_into_the_other_0240_is_refused(night: Exported) -> None:
    item = night.view.items[0]
    moved = tuple(dataclasses.replace(d, at=d.at + timedelta(hours=1)) for d in item.disclosures)
    view = dataclasses.replace(night.view, items=(dataclasses.replace(item, disclosures=moved),))
    _refused(rerendered(night, view, "gedeeld.tbewijs"), "de verstrekkingen")


def _unmarked(value: datetime) -> str:
    return value.astimezone(layout.LOCAL_TZ).strftime("%d-%m-%Y %H:%M")


@pytest.mark.parametrize("clock", [BEFORE], indirect=True)
def test_a_package_printed_as_earlier_releases_did_still_verifies(
    service: Service,
    catalog: SimpleNamespace,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Until proof26 the proof printed the doubled hour unmarked: such a genuine package is
    not called forged. (Its export did not say its PDF marks them, proof28: one of this
    release that does is refused unmarked, test_proof28_doubled_hour.)"""
    monkeypatch.setattr(moments_marked, "exported", lambda: {})
    night = exported(service, clock, _story(service, catalog, clock), tmp_path)
    monkeypatch.setattr(proof_pdf, "moment", _unmarked)
    monkeypatch.setattr(layout, "moment", _unmarked)
    report = rerendered(night, night.view, "vroeger.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


@pytest.mark.parametrize("clock", [BEFORE], indirect=True)
def test_a_mark_on_an_hour_that_is_not_doubled_is_refused(
    night: Exported, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(proof_pdf, "moment", lambda v: _unmarked(v) + " (UTC+1)")
    report = rerendered(night, night.view, "overal.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC


@pytest.mark.parametrize("clock", [BEFORE], indirect=True)
def test_the_genuine_night_view_re_rendered_verifies(night: Exported) -> None:
    report = rerendered(night, night.view, "opnieuw.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


# -- the channel, exactly --------------------------------------------------------------------


@pytest.mark.parametrize(
    "old, new",
    [
        ("aan de balie of telefonisch.", "aan de balie of telefonisch, met getuige."),
        ("— per e-mail.", "— per e-mail, met getuige."),
        ("— per e-mail.", "— per e-mail en op papier."),
        ("aan de balie of telefonisch.", "aan de balie of telefonisch. Met bewijsstuk."),
    ],
)
def test_a_history_row_with_words_added_to_its_channel_is_refused(
    case: Exported, old: str, new: str
) -> None:
    assert any(old in e.what for e in case.view.items[0].history)
    view = with_history(case.view, lambda e: e.what.replace(old, new))
    _refused(rerendered(case, view, "kanaal.tbewijs"), "de geschiedenis")


def test_the_earlier_wording_of_the_desk_in_a_package_of_this_release_is_refused(
    case: Exported,
) -> None:
    """Until session 20 a call at the desk was printed "aan de balie" (wordings.EARLIER):
    packages of those releases keep verifying (the saved session-18 package,
    test_attack_s14_old_wordings), but a package of THIS release re-rendered with the retired
    words would tell a reader the parent came to the desk (review28's retired_wordings)."""
    view = with_history(
        case.view, lambda e: e.what.replace("aan de balie of telefonisch.", "aan de balie.")
    )
    report = rerendered(case, view, "balie.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC
    assert any("aan de balie" in p and "deze versie" in p for p in report.problems)


def test_the_decision_table_s_channel_with_a_line_added_is_refused(case: Exported) -> None:
    """The channel row with words added, wrapped over more lines (the first line alone was
    read: a second line was never compared)."""
    item = case.view.items[0]
    added = "metgetuige" * 9
    decision = dataclasses.replace(
        item.decisions[0], channel=f"aan de balie of telefonisch {added}"
    )
    view = dataclasses.replace(case.view, items=(dataclasses.replace(item, decisions=(decision,)),))
    text = pdf_text(proof_pdf.render_proof(view))
    assert "\nKanaal aan de balie of telefonisch metgetuige" in text
    _refused(rerendered(case, view, "tabel.tbewijs"), "de besluiten")


# -- a signature drawn in lines ---------------------------------------------------------------


def _drawn_over(case: Exported, ops: bytes, name: str) -> VerifyReport:
    """bewijs.pdf as the program renders it, with the PDF path operators `ops` (no picture,
    no font) added to its first page's content, signed and packaged by the insider."""
    writer = PdfWriter(clone_from=io.BytesIO(proof_pdf.render_proof(case.view)))
    page = writer.pages[0]
    # A form XObject drawing one straight line, turned a quarter of the way by its own matrix:
    # "/Turned Do" puts it on the page.
    form = DecodedStreamObject()
    form.set_data(b"1 w 0 0 m 60 0 l S 0 0 m 0 40 l S")
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(v) for v in (-100, -100, 100, 100)]),
            NameObject("/Matrix"): ArrayObject(
                [FloatObject(v) for v in (0.7, 0.7, -0.7, 0.7, 0, 0)]
            ),
        }
    )
    resources = page[NameObject("/Resources")]
    xobjects = resources.get("/XObject", DictionaryObject())
    xobjects[NameObject("/Turned")] = writer._add_object(form)
    resources[NameObject("/XObject")] = xobjects
    stream = DecodedStreamObject()
    stream.set_data(b"q " + ops + b" Q")
    contents = page.raw_get("/Contents")
    parts = list(contents) if isinstance(contents, ArrayObject) else [contents]
    page[NameObject("/Contents")] = ArrayObject([*parts, writer._add_object(stream)])
    out = io.BytesIO()
    writer.write(out)
    proof = case.service.forms.proof
    signing_key, _ = proof._keys()
    key_pem, cert_pem = proof.certificate.key_and_certificate()
    pdf = sign_pdf(out.getvalue(), key_pem, cert_pem, case.clock.now(), "Bewijs")
    path = write(case.folder, signed({**case.files, PDF: pdf}, signing_key), name)
    return verify(path, case.public_key, clock=case.clock)


# A hand's signature in Bézier curves; the same in slanted strokes; a "ja" in short strokes
# along the axes; one in a turned coordinate system (each axis-aligned line slanted on the
# page); a many-piece path of axis-aligned steps.
CURVES = b"1.2 w 300 400 m 320 440 340 360 360 410 c 380 450 400 370 430 405 c S"
STROKES = b"1 w 300 400 m 312 425 l 325 395 l 338 428 l 352 398 l 370 420 l 395 402 l S"
SPECKS = b" ".join(b"%d 400 m %d 403 l S" % (x, x) for x in range(300, 340, 4))
TURNED = b"0.7 0.7 -0.7 0.7 300 400 cm 1 w 0 0 m 40 0 l S 0 0 m 0 30 l S"
IN_A_FORM = b"1 0 0 1 300 400 cm /Turned Do"
STEPS = b"1 w 300 400 m 320 400 l 320 420 l 340 420 l 340 400 l 360 400 l 360 430 l S"


@pytest.mark.parametrize(
    "ops",
    [CURVES, STROKES, SPECKS, TURNED, STEPS, IN_A_FORM],
    ids=["curves", "strokes", "specks", "turned", "steps", "in-a-form"],
)
def test_a_signature_drawn_in_lines_onto_the_proof_is_refused(case: Exported, ops: bytes) -> None:
    _refused(_drawn_over(case, ops, "getekend.tbewijs"), "tekening in lijnen")


def test_the_genuine_pdf_put_through_the_same_hands_verifies(case: Exported) -> None:
    """The same re-packaging with a rule like the program's own: only a drawing is refused."""
    # (proof27: a rule across the text column, as the writer draws its table rows — a shorter
    # loose rule is no longer the program's own, pdfpaths.laid_out.)
    report = _drawn_over(case, b"0.25 w 62.7 100 m 532.6 100 l S", "regel.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_the_proof_prints_a_moment_as_the_desk_shows_it() -> None:
    """formulieren (a leaf) keeps its own copy of the mark: it must say what the desk's
    clock.local_moment_text says, inside the doubled hour and around it, both years."""
    for start in (
        datetime(2026, 10, 24, 23, 0, tzinfo=UTC),
        datetime(2027, 3, 28, 0, 0, tzinfo=UTC),
    ):
        for minutes in range(0, 240, 7):
            moment = start + timedelta(minutes=minutes)
            assert layout.moment(moment) == local_moment_text(moment)
