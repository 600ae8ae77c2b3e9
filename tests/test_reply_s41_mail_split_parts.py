"""A body in pieces: Apple Mail (Mac, iPhone, iPad) sends text typed around a picture or a PDF
placed in the middle as text, attachment, text — multipart/mixed with two inline text/plain
parts, or, for HTML, two text/html fragments in a multipart/mixed inside the alternative.

The reader read the first piece only. "Ja voor alles", the scan of the form, "Maar 2 nee."
gave item 2 a yes nobody gave; "1 ja", the PDF, "2 nee / 3 ja" left 2 and 3 unread; and
with the HTML in fragments the text part (whole) and the HTML part (its first fragment)
seemed to answer differently, a blocking 'reply-parts-differ' on an ordinary reply. The
pieces of one body are read as one text; a version of it (multipart/alternative) is not a
piece, and a text part with a file name after the body is an attachment.
"""

from __future__ import annotations

from reply_harness import outcome
from reply_s41_clients import (
    _APPLE_WHEN,
    REQUEST_BODY,
    REQUEST_PLAIN,
    binary,
    message,
    multipart,
    part,
    quoted,
)
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import ParsedReply, parse_reply

QUOTE = f"\n\n> {_APPLE_WHEN}\n>\n" + quoted(REQUEST_PLAIN.rstrip()) + "\n"
PHOTO = binary("image/jpeg", b"\xff\xd8\xff\xe0" + bytes(96), "IMG_1234.jpeg", "inline")
FLOWED = "; format=flowed"


def _read(raw: bytes) -> tuple[ParsedReply, tuple[str, ...]]:
    parsed = parse_reply(raw)
    return parsed, outcome(read_answers(parsed.text, ITEMS[:3]))


def _apple_plain(first: str, attachment: str, second: str) -> bytes:
    pieces = [
        part("text/plain", first, cte="7bit" if first.isascii() else "8bit", params=FLOWED),
        attachment,
        part("text/plain", second + QUOTE, params=FLOWED),
    ]
    return message(
        multipart("mixed", pieces, "Apple-Mail=_5E6F7A8B-9C0D-1E2F-3A4B-5C6D7E8F9A0B"),
        "X-Mailer: iPhone Mail (22B91)\n",
    )


def test_the_words_after_a_picture_in_the_middle_are_read() -> None:
    parsed, got = _read(_apple_plain("Ja voor alles", PHOTO, "\nMaar 2 nee."))
    assert not parsed.problems
    assert got == ("ja", "nee", "ja")  # was ja ja ja: a yes for 2 nobody gave
    assert "Maar 2 nee." in parsed.own_text


def test_the_answers_after_a_pdf_in_the_middle_are_read() -> None:
    pdf = binary("application/pdf", b"%PDF-1.7\n" + bytes(64), "formulier.pdf", "inline")
    parsed, got = _read(_apple_plain("1 ja", pdf, "\n2 nee\n3 ja"))
    assert got == ("ja", "nee", "ja")
    assert [a.filename for a in parsed.attachments] == ["formulier.pdf"]


def test_html_in_fragments_beside_the_whole_text_is_no_difference_between_the_parts() -> None:
    plain = "1 ja\n\n<IMG_1234.jpeg>\n\n2 nee\n3 ja" + QUOTE
    fragments = multipart(
        "mixed",
        [
            part("text/html", '<html><body dir="auto">1 ja<br><br></body></html>'),
            PHOTO,
            part(
                "text/html",
                '<html><body dir="auto"><br>2 nee<br>3 ja<br><br><blockquote type="cite">'
                f'{_APPLE_WHEN}<br><br></blockquote><blockquote type="cite">{REQUEST_BODY}'
                "</blockquote></body></html>",
            ),
        ],
        "Apple-Mail=_inner",
    )
    raw = message(multipart("alternative", [part("text/plain", plain), fragments], "Apple-Mail=_a"))
    parsed, got = _read(raw)
    assert [str(p) for p in parsed.problems] == []  # was 'reply-parts-differ'
    assert got == ("ja", "nee", "ja")


def test_html_only_in_fragments_is_read_whole() -> None:
    fragments = multipart(
        "mixed",
        [
            part("text/html", '<html><body dir="auto">Ja voor alles<br></body></html>'),
            PHOTO,
            part(
                "text/html",
                '<html><body dir="auto">Maar 2 nee.<br><blockquote type="cite">'
                f"{REQUEST_BODY}</blockquote></body></html>",
            ),
        ],
        "Apple-Mail=_html",
    )
    assert _read(message(fragments))[1] == ("ja", "nee", "ja")


def test_two_versions_of_one_text_are_not_two_pieces() -> None:
    """multipart/alternative with a text part and an HTML part: the HTML is no second piece
    of the text (its words are not read twice), also where the alternative is nested."""
    inner = multipart(
        "alternative",
        [
            part("text/plain", "1 ja 2 nee 3 ja" + QUOTE),
            part("text/html", "<div>1 ja 2 nee 3 ja</div>"),
        ],
        "alt-inner",
    )
    parsed, got = _read(message(multipart("mixed", [inner, PHOTO], "mixed-outer")))
    assert got == ("ja", "nee", "ja")
    assert not parsed.problems
    assert parsed.own_text == "1 ja 2 nee 3 ja"


def test_a_text_file_shown_inline_after_the_body_is_an_attachment_not_the_body() -> None:
    """Apple Mail sends an attached .txt inline, with its name. A saved copy of our request
    attached that way ("1 ja, 2 nee" as our example in it) is never the parent's words; an
    answer file the body points to is read as the attached answer, and both are listed."""
    copy = part(
        "text/plain",
        REQUEST_PLAIN,
        extra='Content-Disposition: inline; filename="verzoek.txt"\n',
    )
    parsed, got = _read(_apple_plain("Hierbij het verzoek terug.", copy, ""))
    assert got == ("geen",)
    assert "verzoek.txt" in [a.filename for a in parsed.attachments]
    answer = part(
        "text/plain", "1 ja\n2 nee\n3 ja", extra='Content-Disposition: inline; filename="a.txt"\n'
    )
    raw = message(multipart("mixed", [part("text/plain", "Zie bijlage"), answer], "m-a"))
    parsed, got = _read(raw)
    assert got == ("ja", "nee", "ja")
    assert parsed.answer_in_attachment
    assert [a.filename for a in parsed.attachments] == ["a.txt"]


def test_a_footer_a_mail_server_put_under_the_whole_alternative_changes_nothing() -> None:
    """A scanner's line in its own inline part under multipart/alternative: shown under both
    versions, so the text part and the HTML part still say the same (no 'parts differ'), and
    its "niet" answers nothing."""
    for typed, want in (("1 ja 2 nee 3 ja", ("ja", "nee", "ja")), ("Ja voor alles", ("ja",) * 3)):
        versions = multipart(
            "alternative",
            [
                part("text/plain", typed + QUOTE),
                part("text/html", f"<div>{typed}</div><blockquote>{REQUEST_BODY}</blockquote>"),
            ],
            "alt-footer",
        )
        footer = part("text/plain", "Dit bericht is gescand op virussen en niet besmet bevonden.")
        parsed, got = _read(message(multipart("mixed", [versions, footer], "mixed-footer")))
        assert not parsed.problems, [str(p) for p in parsed.problems]
        assert got == want
