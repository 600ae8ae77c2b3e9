"""A signed proof PDF whose text says what the log says, while its page shows the opposite
(session 15).

`verify` reads the PDF's text (pdfium) and holds it against the audited events: item 3's
"Antwoord nee" must be there. An insider with the organisation's keys renders the genuine PDF,
then hides the word "nee" — in white, in invisible render mode 3, at no opacity, under a white
box, or a point high — draws "ja" in its place with a few lines (no text: the text layer still
says "nee"), signs the PDF and the manifest. Every hash and signature holds, the text check
passes, and the officer reading the page sees "Antwoord ja" on a refused item. Each forgery
must be refused: exit 1, a Dutch sentence, no traceback."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as raw  # type: ignore[import-untyped]
import pytest
from test_attack_s8_packages import Insider, insider, refused, signed, write  # noqa: F401
from test_proof_authentic import certificate_like

from formulieren.proof_pdf import render_proof
from toestemming.proof import verify
from toestemming.proof.package import PDF
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.proof.verify_drawn import hidden_text


def _whiten(obj: Any, page: Any) -> None:
    raw.FPDFPageObj_SetFillColor(obj, 255, 255, 255, 255)


def _invisible(obj: Any, page: Any) -> None:
    raw.FPDFTextObj_SetTextRenderMode(obj, raw.FPDF_TEXTRENDERMODE_INVISIBLE)


def _transparent(obj: Any, page: Any) -> None:
    raw.FPDFPageObj_SetFillColor(obj, 28, 28, 28, 0)


def _covered(obj: Any, page: Any) -> None:
    left, bottom, right, top = _bounds(obj)
    box = raw.FPDFPageObj_CreateNewRect(left - 1, bottom - 2, right - left + 2, top - bottom + 4)
    raw.FPDFPageObj_SetFillColor(box, 255, 255, 255, 255)
    raw.FPDFPath_SetDrawMode(box, raw.FPDF_FILLMODE_ALTERNATE, False)
    raw.FPDFPage_InsertObject(page.raw, box)  # last: drawn over the text


def _tiny(obj: Any, page: Any) -> None:
    left, bottom, _, _ = _bounds(obj)
    # Shrunk to a tenth where it stands: still in the text, a speck on the page.
    raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, -left, -bottom)
    raw.FPDFPageObj_Transform(obj, 0.1, 0, 0, 0.1, left, bottom)


HIDE: dict[str, Callable[[Any, Any], None]] = {
    "wit": _whiten,
    "onzichtbaar": _invisible,
    "doorzichtig": _transparent,
    "afgedekt": _covered,
    "piepklein": _tiny,
}


def _bounds(obj: Any) -> tuple[float, float, float, float]:
    values = [ctypes.c_float() for _ in range(4)]
    raw.FPDFPageObj_GetBounds(obj, *values)
    left, bottom, right, top = (v.value for v in values)
    return left, bottom, right, top


def _text_of(obj: Any, textpage: Any) -> str:
    size = raw.FPDFTextObj_GetText(obj, textpage.raw, None, 0)
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFTextObj_GetText(
        obj, textpage.raw, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size
    )
    return buffer.raw[: size - 2].decode("utf-16-le")


def _draw_ja(page: Any, left: float, bottom: float) -> None:
    """ "ja" in strokes where "nee" stood: a path, so the PDF's text does not change."""
    path = raw.FPDFPageObj_CreateNewPath(left + 2, bottom + 5)
    for x, y, move in (
        (2, 6.5, True),
        (2, 7.2, False),  # the dot of the j
        (2, 5, True),
        (2, -1, False),
        (0, -2, False),  # the j
        (8, 4, True),
        (6, 5, False),
        (4.5, 3.5, False),
        (4.5, 1, False),
        (6, 0, False),
        (8, 1, False),
        (8, 5, True),
        (8, 0, False),  # the a
    ):
        if move:
            raw.FPDFPath_MoveTo(path, left + x, bottom + y)
        else:
            raw.FPDFPath_LineTo(path, left + x, bottom + y)
    raw.FPDFPageObj_SetStrokeColor(path, 28, 28, 28, 255)
    raw.FPDFPageObj_SetStrokeWidth(path, 0.9)
    raw.FPDFPath_SetDrawMode(path, raw.FPDF_FILLMODE_NONE, True)
    raw.FPDFPage_InsertObject(page.raw, path)


def forged_pdf(unsigned: bytes, how: str) -> bytes:
    """The PDF with item 3's answer "nee" hidden and "ja" drawn over its place."""
    doc = pdfium.PdfDocument(unsigned)
    _hide_and_draw(doc, how)
    out = _saved(doc)
    doc.close()
    return out


def _hide_and_draw(doc: Any, how: str) -> None:
    found = 0
    for index in range(len(doc)):
        page = doc[index]
        textpage = page.get_textpage()
        for obj in list(page.get_objects()):
            if obj.type == raw.FPDF_PAGEOBJ_TEXT and _text_of(obj.raw, textpage).strip() == "nee":
                left, bottom, _, _ = _bounds(obj.raw)
                HIDE[how](obj.raw, page)
                _draw_ja(page, left, bottom)
                found += 1
        textpage.close()
        raw.FPDFPage_GenerateContent(page.raw)
        page.close()
    assert found == 1, found  # item 3's one refusal, nothing else


def _saved(doc: Any) -> bytes:
    import io

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _signed_pdf(insider: Insider, pdf: bytes) -> bytes:  # noqa: F811
    at = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    return sign_pdf(pdf, insider.key_pem, insider.cert_pem, at, "Bewijs")


def test_the_pdf_re_saved_by_pdfium_without_changes_still_verifies(insider: Insider) -> None:  # noqa: F811
    """The control case: pdfium's re-save of the genuine rendering is in order, so what the
    forgeries below are refused for is the hiding, not the tool."""
    doc = pdfium.PdfDocument(render_proof(insider.view))
    honest = _saved(doc)
    doc.close()
    files = {**insider.later, PDF: _signed_pdf(insider, honest)}
    path = write(insider.folder, signed(files, insider.signing_key), "opnieuw-bewaard.tbewijs")
    assert verify(path, insider.public_key).exit_code == EXIT_AUTHENTIC
    assert hidden_text(files[PDF], PDF) is None


@pytest.mark.parametrize("how", sorted(HIDE))
def test_a_no_hidden_under_a_drawn_yes_is_refused(insider: Insider, how: str) -> None:  # noqa: F811
    pdf = _signed_pdf(insider, forged_pdf(render_proof(insider.view), how))
    files = {**insider.later, PDF: pdf}
    err = refused(insider, signed(files, insider.signing_key), f"verborgen-{how}.tbewijs")
    assert "is niet wat het laat zien" in err, err


# -- after the signature ------------------------------------------------------------------


def test_the_yes_drawn_in_an_update_after_the_signature_is_refused(insider: Insider) -> None:  # noqa: F811
    """The genuine signed PDF, then an incremental update that covers "nee" and draws "ja":
    every signed byte is still there, so the signature itself is intact."""
    genuine = insider.later[PDF]
    doc = pdfium.PdfDocument(genuine)
    _hide_and_draw(doc, "afgedekt")
    import io

    buffer = io.BytesIO()
    doc.save(buffer, flags=raw.FPDF_INCREMENTAL)
    doc.close()
    changed = buffer.getvalue()
    assert changed.startswith(genuine) and len(changed) > len(genuine)
    files = {**insider.later, PDF: changed}
    err = refused(insider, signed(files, insider.signing_key), "na-ondertekening.tbewijs")
    assert "na de handtekening" in err or "na ondertekening" in err, err


def test_a_second_signature_by_another_key_is_refused(insider: Insider) -> None:  # noqa: F811
    import io

    from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    # A forger's own certificate with the organisation's name in it.
    key_pem, cert_pem = certificate_like(insider.cert_pem)
    cert = next(iter(load_certs_from_pemder_data(cert_pem)))
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=load_private_key_from_pemder_data(key_pem, passphrase=None),
        cert_registry=SimpleCertificateStore.from_certs([cert]),  # type: ignore[no-untyped-call]
    )
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(insider.later[PDF])),
        signers.PdfSignatureMetadata(field_name="Vervalser"),
        signer=signer,
        output=io.BytesIO(),
    )
    files = {**insider.later, PDF: bytes(out.getvalue())}
    refused(
        insider,
        signed(files, insider.signing_key),
        "tweede-sleutel.tbewijs",
        "precies één digitale handtekening",
    )
