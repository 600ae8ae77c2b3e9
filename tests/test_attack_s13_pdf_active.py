"""A PDF that acts when opened, hidden from the scan that should refuse it (session 13).

pdfscan skipped "stream data" from any `stream` keyword to the next `endstream`. A `%stream`
comment or a `(stream` string just before the catalog's /OpenAction hid it: the scan found
nothing active, every PDF reader ran the action. And an object the cross-reference table
places inside a real stream's data (the catalog itself, with its /OpenAction) is invisible to
any byte scan that skips stream data. A package signed with any key — a forger's own, then
`verify` says "intact, ondertekenaar niet bevestigd" and the officer opens bewijs.pdf to look —
reaches this check. Now the bytes are read left to right as a PDF lexer reads them (comments
and strings are no keywords), and the objects reachable from the trailer are walked as pyHanko
reads them (pdfactive.py)."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from test_attack_s8_packages import Insider, insider, refused, signed  # noqa: F401

from formulieren.proof_pdf import render_proof
from toestemming.proof import pdfactive, pdfscan
from toestemming.proof.package import PDF
from toestemming.proof.pdfsign import sign_pdf

WORDS = "nooit bevat"
SCRIPT = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"


def _pdf(
    objects: dict[int, bytes], between: bytes = b"", hidden: dict[int, int] | None = None
) -> bytes:
    """A one-page PDF with a correct cross-reference table; `between` goes after the objects."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = dict(hidden or {})
    for n, body in objects.items():
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    out += between
    xref = len(out)
    size = max(offsets) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += b"%010d 00000 n \n" % offsets[n]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


PAGES = {
    2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
}


def behind_a_fake_stream(trigger: bytes) -> bytes:
    catalog = b"<< /Type /Catalog /Pages 2 0 R " + trigger + b" /OpenAction 4 0 R >>"
    return _pdf({1: catalog, **PAGES, 4: SCRIPT}, between=b"%endstream\n")


def inside_a_real_stream() -> bytes:
    """The catalog and the script lie in stream 5's data; the xref points into it."""
    catalog = b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>\nendobj\n"
    data = catalog + b"4 0 obj\n" + SCRIPT + b"\nendobj\n"
    head = b"<< /Length %d >>\nstream\n" % len(data)
    # Object 5 follows the header and the two page objects, as _pdf writes them.
    before = b"%PDF-1.7\n" + b"".join(
        b"%d 0 obj\n" % n + o + b"\nendobj\n" for n, o in PAGES.items()
    )
    at = len(before) + len(b"5 0 obj\n") + len(head)
    stream = head + data + b"\nendstream"
    return _pdf({**PAGES, 5: stream}, hidden={1: at, 4: at + len(catalog)})


CASES = {
    "a comment": behind_a_fake_stream(b"\n%stream\n"),
    "a string": behind_a_fake_stream(b"/X (stream\n)"),
    "inside a stream": inside_a_real_stream(),
}


@pytest.mark.parametrize("what", list(CASES))
def test_an_open_action_hidden_from_the_scan_is_refused(what: str) -> None:
    pdf = CASES[what]
    # What every reader makes of it: a readable one-page PDF that runs a script on opening.
    assert len(pdfium.PdfDocument(pdf)) == 1
    root = PdfFileReader(io.BytesIO(pdf), strict=False).root
    assert root["/OpenAction"]["/S"] == "/JavaScript"
    said = pdfscan.check(pdf, PDF)
    assert said is not None and WORDS in said, (what, said)


def test_a_signed_proof_pdf_with_an_action_behind_a_stream_comment(insider: Insider) -> None:  # noqa: F811
    """End to end: page 2 of a real proof PDF gets page actions (/AA) behind a `%stream`
    comment, same length, so the file stays as reportlab laid it out; signed with the
    organisation's certificate (pyHanko rewrites only page 1, where the signature field is, and
    the catalog: there the old scan did see it). The old scan passed this file."""
    plain = render_proof(insider.view)
    original = b"/Rotate 0 /Trans <<\n\n>> \n  "
    instead = b"%stream\n/AA 3 0 R /Rotate 0"
    assert len(instead) == len(original) and plain.count(original) >= 2
    first, rest = plain.split(original, 1)
    edited = first + original + rest.replace(original, instead, 1)
    at = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    pdf = sign_pdf(edited, insider.key_pem, insider.cert_pem, at, "Bewijs")
    files = {**insider.later, PDF: pdf}
    refused(insider, signed(files, insider.signing_key), "pdf-verborgen.tbewijs", WORDS)


def test_genuine_proof_pdfs_still_pass(insider: Insider) -> None:  # noqa: F811
    assert pdfscan.check(insider.later[PDF], PDF) is None
    assert pdfscan.check(insider.first[PDF], PDF) is None


def test_a_pdf_of_millions_of_tiny_strings_is_refused_before_the_lexer_loops_through_them() -> None:
    """8 MiB of "()" kept the lexer's loop busy for 5 s; past 100,000 tokens it stops."""
    said = pdfactive.problem(b"%PDF-1.7\n" + b"()" * (4 << 20), PDF)
    assert said is not None and "onwaarschijnlijk veel losse onderdelen" in said
