"""What a reader SEES of the signature picture, not only its pixel data (proof28).

proof27 held each picture's data to the package's signature evidence — the data pdfium hands
out before the image dictionary has its say. An insider with the keys left the data alone and
changed how it is shown: a /Decode array that inverts the drawing, a soft mask or a colour-key
/Mask that erases strokes, an /Indexed colour space with another palette, or the picture drawn
mirrored; re-signed, each verified authentic. Now each picture is rendered as a viewer shows it
and must equal the rendering of its evidence embedded as the writer embeds it; a drawing with
a transparent background (an uploaded PNG, whose alpha reportlab writes as a soft mask) still
verifies."""

from __future__ import annotations

import io
import random
import zlib
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_forgery_support import Insider, genuine_package, resigned, signed, unsigned
from proof21_support import exported
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from formulieren.proof_pdf import picture_alone
from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof import pictures
from toestemming.proof.package import PDF
from toestemming.proof.trust import load_trust_file
from toestemming.proof.verify import EXIT_AUTHENTIC, VerifyReport, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

SHOWN_OTHERWISE = "wordt anders getoond dan het bewijsstuk haar heeft"


@pytest.fixture(scope="module")
def insider(tmp_path_factory: pytest.TempPathFactory) -> Insider:
    return genuine_package(tmp_path_factory.mktemp("gezien"))


def _report(insider: Insider, pdf: bytes, name: str) -> VerifyReport:
    path = resigned(insider, signed(insider, pdf), name)
    return verify(path, trust=load_trust_file(Path(insider.trust)))


def _edited(pdf: bytes, edit: Any) -> bytes:
    """`pdf` (its signature taken off) with every signature picture's dictionary changed by
    `edit(writer, picture)`, in an incremental update."""
    w = IncrementalPdfFileWriter(io.BytesIO(unsigned(pdf)), strict=False)
    seen = set()
    for page in w.root["/Pages"]["/Kids"]:
        xobjects = page.get_object()["/Resources"].get("/XObject", {})
        for key in list(xobjects):
            ref = xobjects.raw_get(key)
            picture = xobjects[key]
            if picture["/Subtype"] != "/Image" or ref.idnum in seen:
                continue
            seen.add(ref.idnum)
            edit(w, picture)
            w.update_container(picture)
    assert seen
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def _decode(w: IncrementalPdfFileWriter, picture: Any) -> None:
    channels = 1 if picture["/ColorSpace"] == "/DeviceGray" else 3
    picture[generic.pdf_name("/Decode")] = generic.ArrayObject(
        [generic.NumberObject(v) for v in (1, 0) * channels]
    )


def _half_masked(w: IncrementalPdfFileWriter, picture: Any) -> None:
    width, height = int(picture["/Width"]), int(picture["/Height"])
    row = b"\x00" * (width // 2) + b"\xff" * (width - width // 2)
    mask = generic.StreamObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/XObject"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Image"),
            generic.pdf_name("/Width"): generic.NumberObject(width),
            generic.pdf_name("/Height"): generic.NumberObject(height),
            generic.pdf_name("/ColorSpace"): generic.pdf_name("/DeviceGray"),
            generic.pdf_name("/BitsPerComponent"): generic.NumberObject(8),
            generic.pdf_name("/Filter"): generic.pdf_name("/FlateDecode"),
        },
        stream_data=zlib.compress(row * height),
    )
    picture[generic.pdf_name("/SMask")] = w.add_object(mask)


def _colour_key(w: IncrementalPdfFileWriter, picture: Any) -> None:
    channels = 1 if picture["/ColorSpace"] == "/DeviceGray" else 3
    picture[generic.pdf_name("/Mask")] = generic.ArrayObject(
        [generic.NumberObject(v) for v in (0, 160) * channels]
    )


def _channels(w: IncrementalPdfFileWriter, picture: Any) -> None:
    """The colour drawing's data read through a calibrated RGB space that swaps red and blue
    (the scenario's signature is RGB: demo_evidence draws in colour)."""
    assert picture["/ColorSpace"] == "/DeviceRGB"
    swap = [0, 0, 1, 0, 1, 0, 1, 0, 0]
    picture[generic.pdf_name("/ColorSpace")] = generic.ArrayObject(
        [
            generic.pdf_name("/CalRGB"),
            generic.DictionaryObject(
                {
                    generic.pdf_name("/WhitePoint"): generic.ArrayObject(
                        [generic.FloatObject(v) for v in (0.9505, 1.0, 1.089)]
                    ),
                    generic.pdf_name("/Matrix"): generic.ArrayObject(
                        [generic.NumberObject(v) for v in swap]
                    ),
                }
            ),
        ]
    )


@pytest.mark.parametrize(
    "edit", [_decode, _half_masked, _colour_key, _channels], ids=lambda f: f.__name__
)
def test_a_signature_shown_otherwise_than_its_evidence_is_refused(
    insider: Insider, edit: Any
) -> None:
    report = _report(insider, _edited(insider.files[PDF], edit), f"{edit.__name__}.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC
    assert any(SHOWN_OTHERWISE in p for p in report.problems), report.problems


def test_a_signature_drawn_mirrored_is_refused(insider: Insider) -> None:
    pdf = unsigned(insider.files[PDF])
    w = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    changed = 0
    for page in w.root["/Pages"]["/Kids"]:
        page = page.get_object()
        contents = page["/Contents"]
        streams = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
        data = b"\n".join(stream.get_object().data for stream in streams)
        # reportlab: "q\n170.0787 0 0 60.74241 0 0 cm\n/FormXob… Do" (the picture)
        mirrored = data.replace(
            b"q\n170.0787 0 0 60.74241 0 0 cm", b"q\n-170.0787 0 0 60.74241 170.0787 0 cm"
        )
        if mirrored != data:
            page[generic.pdf_name("/Contents")] = w.add_object(
                generic.StreamObject({}, stream_data=mirrored)
            )
            w.update_container(page)
            changed += 1
    assert changed
    out = io.BytesIO()
    w.write(out)
    report = _report(insider, out.getvalue(), "gespiegeld.tbewijs")
    assert report.exit_code != EXIT_AUTHENTIC
    assert any(SHOWN_OTHERWISE in p for p in report.problems), report.problems


def test_the_genuine_package_verifies_again_when_signed_again(insider: Insider) -> None:
    report = _report(insider, unsigned(insider.files[PDF]), "echt.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def _transparent() -> Any:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    rng = random.Random(5)
    draw.line([(rng.randrange(300), rng.randrange(100)) for _ in range(12)], (0, 0, 90, 255), 3)
    return image


def _saved(image: Any, kind: str, **options: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind, **options)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("media_type", "picture"),
    [
        ("image/png", lambda: _saved(_transparent(), "PNG")),
        ("image/jpeg", lambda: _saved(_transparent().convert("RGB"), "JPEG", quality=80)),
        ("image/jpeg", lambda: _saved(_transparent().convert("CMYK"), "JPEG", quality=80)),
    ],
    ids=["png-alpha", "jpeg", "jpeg-cmyk"],
)
def test_a_signature_scanned_at_the_desk_verifies_as_the_writer_embeds_it(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
    media_type: str,
    picture: Callable[[], bytes],
) -> None:
    """The mother signed on paper; the desk scanned her signature (a PNG with a transparent
    background — reportlab writes its alpha as a soft mask and a /Decode — or a JPEG, passed
    through as it is) and recorded her "ja" with it: the package verifies authentic."""
    young = make_youth(10, parents=1)
    request = service.consents.create_request(
        young.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    clock.advance(timedelta(minutes=5))
    evidence = service.evidence.add("signature", media_type, picture())
    service.consents.record_decisions(
        request.id,
        SignerRef.representative(young.parents[0].id),
        {request.items[0].id: "yes"},
        "desk",
        evidence_id=evidence.id,
    )
    clock.advance(timedelta(hours=1))
    case = exported(service, clock, request.id, tmp_path)  # asserts authentic
    assert len(pictures._read(case.files[PDF])[0]) == 1  # type: ignore[index]


def test_a_drawing_with_a_transparent_background_is_shown_as_the_writer_embeds_it() -> None:
    """A PNG with alpha (a signature uploaded at the desk): reportlab writes a soft mask; the
    rendering of its own embedding is the evidence's."""
    image = _transparent()
    png = _saved(image, "PNG")
    ((shown,), _) = pictures._read(picture_alone(png)) or ((), ())
    assert shown.upright and shown.seen is not None
    flat = _saved(image.convert("RGB"), "PNG")
    ((without_alpha,), _) = pictures._read(picture_alone(flat)) or ((), ())
    assert without_alpha.form == shown.form  # same data: only the mask tells them apart
    assert without_alpha.seen != shown.seen
