"""Replies as real mail clients send them, as raw RFC 5322 bytes through the whole reader
(parse_reply, then the answers) and through the import of a real vault: Outlook desktop with
and without the "Oorspronkelijk bericht" line, Outlook web's appendonsend block, Gmail with a
wrapped "schreef" line, Apple Mail, Samsung, Yahoo, HTML-only with &nbsp;, quoted-printable
with a soft break inside "niet", base64, windows-1252, format=flowed (also delsp=yes), and
out-of-office replies, which never answer anything.
"""

from __future__ import annotations

import base64
import quopri
from collections.abc import Iterator
from email.utils import format_datetime

import pytest
from mail_corpus import CODE_MAIN, SAM
from mail_support import RemoteVault, build_remote_vault
from reply_table import ITEMS, ORG, _quote, request_paragraphs
from test_mail_replies import READ_AT

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply
from toestemming.capture.reply_flowed import unflow
from toestemming.model import Answer

ORIG = "\n\n".join(request_paragraphs(2)).replace("TS-1CR5-AYMZ-7", CODE_MAIN)
ORIG_EN = "\n\n".join(request_paragraphs(2, english=True)).replace("TS-1CR5-AYMZ-7", CODE_MAIN)
DATE = "Tue, 24 Nov 2026 09:12:40 +0100"


def _head(extra: str = "", subject: str = f"Re: Vraag om toestemming code {CODE_MAIN}") -> str:
    return (
        f"From: Sam <{SAM}>\nTo: Testschool <{ORG}>\nSubject: {subject}\nDate: {DATE}\n"
        f"Message-ID: <s9-{abs(hash(extra + subject)) % 10**9}@example.org>\n{extra}"
        "MIME-Version: 1.0\n"
    )


def _qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def _b64(data: bytes) -> str:
    raw = base64.b64encode(data).decode("ascii")
    return "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))


def plain(body: str, charset: str = "UTF-8", cte: str = "qp", params: str = "") -> str:
    encoded = {"qp": _qp(body, charset), "b64": _b64(body.encode(charset)), "8bit": body}[cte]
    name = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}[cte]
    return (
        _head() + f'Content-Type: text/plain; charset="{charset}"{params}\n'
        f"Content-Transfer-Encoding: {name}\n\n{encoded}\n"
    )


def html(markup: str) -> str:
    return (
        _head() + 'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: base64'
        f"\n\n{_b64(markup.encode('utf-8'))}\n"
    )


def _bytes(text: str, charset: str = "utf-8") -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)


_OUTLOOK_BLOCK = (
    f"Van: Testschool <{ORG}>\nVerzonden: dinsdag 3 december 2026 10:12\n"
    f"Aan: Sam de Vries <{SAM}>\nOnderwerp: Vraag om toestemming – code {CODE_MAIN}\n\n"
)
_ORIG_HTML = ORIG.replace("\n", "<br>")

# name → (raw message, expected per item or "geen": nothing recordable)
CLIENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "outlook-nl-block-without-line": (
        plain(
            "1 ja, 2 nee\n\nMet vriendelijke groet,\nMarja\n06-12345678\n\n" + _OUTLOOK_BLOCK + ORIG
        ),
        ("ja", "nee"),
    ),
    "outlook-oorspronkelijk-bericht-cp1252": (
        plain(
            "\u201cAkkoord voor beide\u201d \u2013 Zo\u00eb\n\n-----Oorspronkelijk bericht-----\n"
            + _OUTLOOK_BLOCK
            + ORIG,
            charset="windows-1252",
        ),
        ("ja", "ja"),
    ),
    "outlook-en-from-sent": (
        plain(
            f"1 yes 2 no\n\nFrom: Testschool <{ORG}>\nSent: Tuesday, December 3, 2026 10:12 AM\n"
            f"To: Sam\nSubject: Request\n\n" + ORIG_EN
        ),
        ("ja", "nee"),
    ),
    "outlook-block-only-our-example": (plain("\n\n" + _OUTLOOK_BLOCK + ORIG), ("geen",)),
    "gmail-schreef-wrapped": (
        plain(
            f"1 nee\n2 ja\n\nOp di 3 dec. 2026 om 10:12 schreef Testschool\n<{ORG}>:\n\n"
            + _quote(ORIG)
        ),
        ("nee", "ja"),
    ),
    "apple-iphone": (
        plain(
            "1 ja 2 nee\n\nVerstuurd vanaf mijn iPhone\n\nOp 3 dec. 2026 om 10:12 heeft "
            f"Testschool <{ORG}> het volgende geschreven:\n\n" + _quote(ORIG)
        ),
        ("ja", "nee"),
    ),
    "samsung-origineel-bericht": (
        plain(
            "1 ja 2 nee\n\n\nVerzonden vanaf mijn Galaxy\n\n-------- Origineel bericht --------\n"
            f"Van: Testschool <{ORG}>\nDatum: 03-12-26 10:12 (GMT+01:00)\nAan: {SAM}\n"
            "Onderwerp: Vraag om toestemming\n\n" + ORIG
        ),
        ("ja", "nee"),
    ),
    "yahoo-indented-header": (
        plain(
            "1 nee 2 ja\n\n    Op dinsdag 3 december 2026 om 10:12:40 CET schreef Testschool "
            f"<{ORG}>:  \n\n" + _quote(ORIG)
        ),
        ("nee", "ja"),
    ),
    "qp-soft-break-inside-niet": (
        _head() + 'Content-Type: text/plain; charset="UTF-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\nJa voor 1, maar ni=\net voor 2.\n",
        ("ja", "nee"),
    ),
    "base64-lines": (plain("1 ja\n2 nee\n", cte="b64"), ("ja", "nee")),
    "flowed-answer-over-two-lines": (
        plain("1 ja, 2 \nnee\n", cte="8bit", params="; format=flowed"),
        ("ja", "nee"),
    ),
    "flowed-delsp-inside-niet": (
        plain("Voor 1 ja, voor 2 ni \net.\n", cte="8bit", params="; format=flowed; delsp=yes"),
        ("ja", "nee"),
    ),
    "flowed-long-sentence": (
        plain(
            "Ik geef toestemming voor onderdeel 1 maar \nniet voor onderdeel 2.\n",
            cte="8bit",
            params="; format=flowed",
        ),
        ("ja", "nee"),
    ),
    "html-only-nbsp-br": (html("<div>1&nbsp;ja<br>2&nbsp;nee</div>"), ("ja", "nee")),
    "html-niet-split-over-spans": (
        html("<div>Ja voor 1, <span>ni</span><span>et</span> voor 2</div>"),
        ("ja", "nee"),
    ),
    "outlook-web-appendonsend": (
        html(
            '<html><body><div>1 nee, 2 ja</div><div id="appendonsend"></div>'
            f'<div id="divRplyFwdMsg"><b>Van:</b> Testschool &lt;{ORG}&gt;<br>'
            f"<b>Verzonden:</b> dinsdag</div><div>{_ORIG_HTML}</div></body></html>"
        ),
        ("nee", "ja"),
    ),
    "gmail-html-only-quote": (
        html(
            '<div dir="ltr">1 ja 2 nee</div><br><div class="gmail_quote"><div class="gmail_attr">'
            f"Op di 3 dec. 2026 om 10:12 schreef Testschool &lt;{ORG}&gt;:<br></div>"
            f'<blockquote class="gmail_quote">{_ORIG_HTML}</blockquote></div>'
        ),
        ("ja", "nee"),
    ),
    "outlook-word-html-source-line-break": (
        html("<p class=MsoNormal>Ja voor 1, maar niet\r\nvoor 2<o:p></o:p></p>"),
        ("ja", "nee"),
    ),
    "outlook-word-html-with-border-block": (
        html(
            "<div class=WordSection1><p class=MsoNormal>1 ja<o:p></o:p></p><p class=MsoNormal>2 "
            "nee<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><div style='border:none;"
            "border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>Van:</b> Testschool<br>"
            "<b>Verzonden:</b> dinsdag 3 december 2026 10:12<br><b>Aan:</b> Petra<br><b>Onderwerp:"
            f"</b> Vraag<o:p></o:p></p></div><p class=MsoNormal>{_ORIG_HTML}</p></div>"
        ),
        ("ja", "nee"),
    ),
    "gmail-html-inline-between-blockquotes": (
        html(
            '<div dir="ltr">Zie hieronder</div><div class="gmail_quote"><div class="gmail_attr">'
            f"Op di 3 dec. 2026 om 10:12 schreef Testschool &lt;{ORG}&gt;:<br></div>"
            '<blockquote class="gmail_quote">'
            + ORIG.replace("\n", "<br>\n").split("Onderdeel 2")[0]
            + '</blockquote><div>ja</div><blockquote class="gmail_quote">Onderdeel 2'
            + ORIG.replace("\n", "<br>\n").split("Onderdeel 2")[1].split("Hoe geef")[0]
            + '</blockquote><div>nee</div><blockquote class="gmail_quote">Hoe geef'
            + ORIG.replace("\n", "<br>\n").split("Hoe geef")[1]
            + "</blockquote></div>"
        ),
        ("ja", "nee"),
    ),
    "soft-hyphen-inside-niet": (plain("Ja voor 1, ni\u00adet voor 2"), ("ja", "nee")),
    "zero-width-space-inside-niet": (
        html("<div>Ja voor 1, ni\u200bet voor 2</div>"),
        ("ja", "nee"),
    ),
    "pre-keeps-its-lines": (html("<pre>1 ja\n2 nee</pre>"), ("ja", "nee")),
    "html-template-with-the-other-answer-struck": (
        html("<div>Onderdeel 1: ja / <s>nee</s></div><div>Onderdeel 2: <s>ja</s> / nee</div>"),
        ("ja", "nee"),
    ),
    "html-struck-yes-is-no-yes": (
        html('<div>1 <span style="text-decoration: line-through">ja</span></div><div>2 nee</div>'),
        ("?", "nee"),
    ),
    "html-struck-no-is-no-no": (html("<div>1 <del>nee</del></div><div>2 ja</div>"), ("?", "ja")),
    "forward-without-answer": (
        plain(
            f"Zie hieronder\n\n---------- Doorgestuurd bericht ---------\nVan: Testschool <{ORG}>"
            f"\nDate: di 3 dec 2026\nSubject: Vraag\nTo: <{SAM}>\n\n" + ORIG
        ),
        ("geen",),
    ),
}


def _outcome(raw: bytes) -> tuple[str, ...]:
    parsed = parse_reply(raw)
    reading = read_answers(parsed.text, ITEMS[:2])
    if not reading.answers and not reading.items:
        return ("geen",)
    return tuple(
        {Answer.YES: "ja", Answer.NO: "nee"}.get(reading.answers.get(p), "?")  # type: ignore[arg-type]
        for p in (1, 2)
    )


@pytest.mark.parametrize("name", sorted(CLIENTS))
def test_client_shape_is_read_right(name: str) -> None:
    raw, want = CLIENTS[name]
    got = _outcome(_bytes(raw, "utf-8"))
    if want == ("geen",):
        assert got in (("geen",), ("?", "?")), (name, got)
    else:
        assert got == want, (name, got)


def test_flowed_keeps_quote_depth_and_hard_breaks() -> None:
    text = "1 ja, \n2 nee\n> quoted \n> on\n>> deeper\n-- \nSam"
    assert unflow(text) == "1 ja, 2 nee\n> quoted on\n> > deeper\n-- \nSam"
    assert unflow("ni \net", delsp=True) == "niet"


# -- out-of-office and other machine replies: never an answer -------------------------------
AUTO = {
    "auto-submitted": (
        "Auto-Submitted: auto-replied\n",
        "Automatisch antwoord: Vraag om toestemming",
        "Ik ben afwezig tot en met 7 december. Is het dringend? Prima, bel dan 020-1234567. "
        "Ja, ik lees mijn mail daarna.",
    ),
    "x-autoreply": ("X-Autoreply: yes\n", "Re: vraag", "Akkoord, ik ben er maandag weer."),
    "outlook-subject": (
        "",
        "Automatisch antwoord: Vraag om toestemming",
        "Ja, ik ben er weer op 7-12.",
    ),
    "out-of-office-subject": ("", "Out of Office: consent", "Yes, I am back on Monday."),
}


@pytest.mark.parametrize("name", sorted(AUTO))
def test_an_automatic_reply_is_never_an_answer(name: str) -> None:
    extra, subject, body = AUTO[name]
    raw = _bytes(
        _head(extra, subject + f" {CODE_MAIN}")
        + 'Content-Type: text/plain; charset="utf-8"\n\n'
        + body
        + "\n"
    )
    parsed = parse_reply(raw)
    assert any("automatisch bericht" in str(p) for p in parsed.problems), parsed.problems


def test_a_person_whose_subject_says_no_auto_is_read() -> None:
    raw = _bytes(
        _head("Auto-Submitted: no\n") + 'Content-Type: text/plain; charset="utf-8"\n\n1 ja 2 nee\n'
    )
    assert parse_reply(raw).problems == []


# -- through the import of a real vault -----------------------------------------------------
@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteVault]:
    mp = pytest.MonkeyPatch()
    v = build_remote_vault(tmp_path_factory.mktemp("s9") / "t.tvault", mp)
    v.clock.advance(READ_AT)
    try:
        yield v
    finally:
        v.svc.close()


def _dated(raw: str, vault: RemoteVault) -> bytes:
    return _bytes(raw.replace(DATE, format_datetime(vault.clock.now() - READ_AT / 2)))


def test_out_of_office_cannot_be_confirmed(vault: RemoteVault) -> None:
    extra, subject, body = AUTO["auto-submitted"]
    raw = (
        _head(extra, subject + f" {CODE_MAIN}")
        + 'Content-Type: text/plain; charset="utf-8"\n\n'
        + body
        + "\n"
    )
    proposal = vault.svc.remote.read_reply(_dated(raw, vault))
    assert proposal.request_id is not None
    assert not proposal.can_confirm
    assert any("automatisch bericht" in str(p) for p in proposal.problems)
    # Its "Prima" and "Ja" propose nothing, not even beside the blocking problem.
    assert proposal.items == () and not proposal.blanket and not proposal.withdrawal


@pytest.mark.parametrize("name", ["flowed-delsp-inside-niet", "outlook-web-appendonsend"])
def test_client_shape_through_the_import(vault: RemoteVault, name: str) -> None:
    raw, want = CLIENTS[name]
    proposal = vault.svc.remote.read_reply(_dated(raw, vault))
    assert proposal.can_confirm, proposal.problems
    got = tuple("ja" if i.answer == Answer.YES else "nee" for i in proposal.items)
    assert got == want
