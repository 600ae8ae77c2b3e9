"""reply26's envelopes (round 18): modern mail as clients really send it, our request quoted
under the answer. Built as the bytes a client sends (CRLF, the transfer encodings by hand where
the client breaks lines in odd places):

- Outlook desktop in windows-1252, quoted-printable with its soft line breaks INSIDE the words
  of the answer ("ne=\\r\\n e"), the HTML part with <o:p>, mso styles and "Van:/Verzonden:";
- format=flowed; delsp=yes in iso-8859-15, quoted-printable: the answer's words broken across
  lines by the client (the space before the break is not the text's, RFC 3676 delsp);
- Apple Mail (iOS), HTML only, blockquote type=cite and "Verstuurd vanaf mijn iPhone";
- a multipart/alternative whose text part is ONLY the quote (the client regenerated it from the
  request) while the HTML part the parent typed in holds the answer;
- Gmail's "gmail_quote" div around an Outlook original with its mso markup, base64;
- windows-1252 sent as 8bit (raw bytes, "–" and "…" in 1252), Outlook mobile's footer.

`reaction(emoji)` builds an RFC 9078 reaction (Content-Disposition: reaction) to the request.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from html import escape

from reply_s10_envelopes import ORIG, SUBJECT, _alternative, _html_lines, _part, _quote
from reply_s13_mails import _encoded_subject, _headers
from reply_table import ORG

PARENT = "Marja de Vries"
SENDER = "marja.devries@example.org"
_ATTR_NL = f"Op do 3 dec 2026 om 10:12 schreef Testschool <{ORG}>:"


def _legacy(text: str, charset: str) -> str:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def _qp_in_words(text: str, charset: str, width: int = 7) -> str:
    """Quoted-printable with a soft break every `width` encoded characters — also in the
    middle of a word ("ne=\\n e" is "nee"), never inside an "=XX"."""
    lines = []
    for line in text.split("\n"):
        chunks = []
        for ch in line:
            b = ch.encode(charset)
            chunks.append(
                "".join(f"={x:02X}" for x in b)
                if (len(b) > 1 or b[0] > 126 or ch == "=" or b[0] < 32)
                else ch
            )
        if chunks and chunks[-1] in (" ", "\t"):
            chunks[-1] = f"={ord(chunks[-1]):02X}"
        out, run = [], 0
        for c in chunks:
            if run + len(c) > width:
                out.append("=\n")
                run = 0
            out.append(c)
            run += len(c)
        lines.append("".join(out))
    return "\n".join(lines)


def _qp_part(ctype: str, body: str, charset: str, params: str = "", width: int = 7) -> str:
    return (
        f'Content-Type: {ctype}; charset="{charset}"{params}\n'
        f"Content-Transfer-Encoding: quoted-printable\n\n{_qp_in_words(body, charset, width)}\n"
    )


def _outlook_block(lang: str) -> str:
    van, sent, to, subj = (
        ("Van", "Verzonden: donderdag 3 december 2026 10:12", "Aan", "Onderwerp")
        if lang == "nl"
        else ("From", "Sent: Thursday, December 3, 2026 10:12 AM", "To", "Subject")
    )
    return (
        f"{van}: Testschool <{ORG}>\n{sent}\n{to}: {PARENT} <{SENDER}>\n{subj}: {SUBJECT[lang]}\n\n"
    )


def _mso_html(answer: str, lang: str) -> str:
    paras = "".join(
        f"<p class=MsoNormal>{escape(line) if line.strip() else '&nbsp;'}<o:p></o:p></p>"
        for line in answer.split("\n")
    )
    block = escape(_outlook_block(lang)).replace("\n", "<br>\n")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
        'office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator '
        'content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Style Definitions */\n'
        'p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;'
        "mso-fareast-language:EN-US;}\nspan.E-mailStijl17 {mso-style-type:personal-reply;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n"
        '--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" />'
        '</xml><![endif]--></head><body lang=NL link="#0563C1" vlink="#954F72" '
        f'style="word-wrap:break-word"><div class=WordSection1>{paras}'
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style='border:none;border-top:solid "
        "#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b><span lang=NL "
        f"style='mso-fareast-language:NL'>{block}</span></b><o:p></o:p></p></div></div>"
        f"<p class=MsoNormal>{_html_lines(ORIG[lang])}<o:p></o:p></p></div></body></html>"
    )


# -- the envelopes: (answer, language) → message text after the common headers ---------------
def outlook_qp_in_words(answer: str, lang: str) -> str:
    charset = _legacy(answer, "windows-1252")
    plain = f"{answer}\n\nMet vriendelijke groet,\nMarja\n\n{_outlook_block(lang)}{ORIG[lang]}"
    return _alternative(
        _qp_part("text/plain", plain, charset),
        _qp_part("text/html", _mso_html(answer, lang), charset, width=40),
        "_000_DB9PR10MB5678ABCDEF_",
    )


def flowed_delsp_qp(answer: str, lang: str) -> str:
    """Each word of the answer broken after two letters: with delsp=yes the client put a space
    before each break that is not the text's ("ne \\r\\ne" is "nee")."""
    charset = _legacy(answer, "iso-8859-15")
    flowed = []
    for line in answer.split("\n"):
        # inside a word each piece is followed by " \n" (soft, the space deleted); between
        # words the text's own space stays, then " \n" as well
        out, words = [], line.split(" ")
        for wi, word in enumerate(words):
            parts = re.findall(r".{1,2}", word) or [""]
            for pi, piece in enumerate(parts):
                last_piece = pi == len(parts) - 1
                if not last_piece:
                    out.append(piece + " \n")
                elif wi < len(words) - 1:
                    out.append(piece + "  \n")  # the text's own space, then the soft one
                else:
                    out.append(piece)
        flowed.append("".join(out))
    # (the quote in the charset too: what it lacks the client writes as "?")
    request = ORIG[lang].encode(charset, errors="replace").decode(charset)
    quote = "\n".join(f"> {q}" if q else ">" for q in request.split("\n"))
    body = "\n".join(flowed) + f"\n\n{_ATTR_NL}\n\n{quote}\n"
    encoded = (
        body.encode(charset).decode("latin-1")
        if charset == "iso-8859-15"
        else body.encode("utf-8").decode("latin-1")
    )
    qp = "".join(f"={ord(c):02X}" if ord(c) > 126 or c == "=" else c for c in encoded).replace(
        " \n", "=20\n"
    )
    # "=20" before each line break keeps the flowed space through the encoding (a trailing
    # space would be stripped by mail servers); after decoding it is " \n" again
    return (
        f'Content-Type: text/plain; charset="{charset}"; format=flowed; delsp=yes\n'
        f"Content-Transfer-Encoding: quoted-printable\n\n{qp}\n"
    )


def apple_html_only(answer: str, lang: str) -> str:
    sent = "Verstuurd vanaf mijn iPhone" if lang == "nl" else "Sent from my iPhone"
    attribution = (
        f"Op 3 dec 2026 om 10:12 heeft Testschool &lt;{ORG}&gt; het volgende geschreven:"
        if lang == "nl"
        else f"On 3 Dec 2026, at 10:12, Testschool &lt;{ORG}&gt; wrote:"
    )
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{_html_lines(answer)}</div><div dir="ltr"><br '
        f'id="lineBreakAtBeginningOfSignature"><div dir="ltr">{sent}</div><div dir="ltr"><br>'
        f'<blockquote type="cite">{attribution}<br><br></blockquote></div><blockquote '
        f'type="cite"><div dir="ltr">{_html_lines(ORIG[lang])}</div></blockquote></div>'
        "</body></html>"
    )
    return _qp_part("text/html", html, "utf-8", width=72)


def html_answer_plain_quote(answer: str, lang: str) -> str:
    """The text part holds only the quoted request (a client that regenerated it from the
    message replied to); the HTML part, the one the parent typed in, holds the answer."""
    plain = f"{_ATTR_NL}\n\n{_quote(ORIG[lang])}\n"
    html = (
        f'<div dir="ltr">{_html_lines(answer)}</div><br><div class="gmail_quote">'
        f'<div dir="ltr" class="gmail_attr">{escape(_ATTR_NL)}<br></div><blockquote '
        f'class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:'
        f'1ex">{_html_lines(ORIG[lang])}</blockquote></div>'
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8"), _part("text/html", html, "UTF-8"), "00000000a26b"
    )


def gmail_quote_around_mso(answer: str, lang: str) -> str:
    attribution = _ATTR_NL if lang == "nl" else f"On Thu, Dec 3, 2026 at 10:12 AM <{ORG}> wrote:"
    plain = f"{answer}\n\n{attribution}\n\n{_quote(ORIG[lang])}\n"
    inner = _mso_html("", lang).split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]
    html = (
        f'<div dir="ltr"><div>{_html_lines(answer)}</div></div><br><div class="gmail_quote">'
        f'<div dir="ltr" class="gmail_attr">{escape(attribution)}<br></div><blockquote '
        f'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,'
        f'204,204);padding-left:1ex"><div class="msg-1234"><u></u>{inner}</div></blockquote></div>'
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8", "b64"),
        _part("text/html", html, "UTF-8", "b64"),
        "000000000000b26c",
    )


def outlook_mobile_8bit_1252(answer: str, lang: str) -> str:
    """8bit windows-1252 (the message's bytes are 1252: see message())."""
    footer = "Outlook voor Android downloaden <https://aka.ms/AAb9ysg>"
    plain = (
        f"{answer}\n\n{footer}\n________________________________\n{_outlook_block(lang)}"
        f"{ORIG[lang]}"
    )
    charset = _legacy(answer + plain, "windows-1252")
    return (
        f'Content-Type: text/plain; charset="{charset}"\nContent-Transfer-Encoding: 8bit\n\n'
        f"{plain}\n"
    )


def forwarded_own_answer(answer: str, lang: str) -> str:
    """The parent sent the answer to the mentor first, then forwarded that mail of her own
    to the school (Gmail's forward: the answer is inside the forwarded message)."""
    plain = (
        "Sorry, dit had ik per ongeluk naar de mentor gestuurd. Zie hieronder.\n\n"
        "---------- Forwarded message ---------\n"
        f"Van: {PARENT} <{SENDER}>\nDate: do 3 dec 2026 om 20:01\n"
        f"Subject: Re: {SUBJECT[lang]}\nTo: <mentor@testschool.example>\n\n"
        f"{answer}\n\n{_ATTR_NL}\n\n{_quote(ORIG[lang])}\n"
    )
    return _part("text/plain", plain, "UTF-8")


ENVELOPES: dict[str, Callable[[str, str], str]] = {
    "outlook-qp-in-words": outlook_qp_in_words,
    "flowed-delsp-qp-8859-15": flowed_delsp_qp,
    "apple-html-only": apple_html_only,
    "html-answer-plain-quote": html_answer_plain_quote,
    "gmail-quote-around-mso": gmail_quote_around_mso,
    "outlook-mobile-8bit-1252": outlook_mobile_8bit_1252,
    "forwarded-own-answer": forwarded_own_answer,
}


def message(envelope: str, answer: str, lang: str = "nl") -> bytes:
    head = _headers(
        f"{_encoded_subject(PARENT)} <{SENDER}>", _encoded_subject("Re: " + SUBJECT[lang])
    )
    text = (head + ENVELOPES[envelope](answer, lang)).replace("\r\n", "\n").replace("\n", "\r\n")
    if envelope == "outlook-mobile-8bit-1252" and 'charset="windows-1252"' in text:
        return text.encode("windows-1252")
    return text.encode("utf-8")


def reaction(emoji: str, lang: str = "nl") -> bytes:
    """An RFC 9078 reaction to our request: the emoji in a part with Content-Disposition:
    reaction, a text/html fallback beside it (as Gmail sends it)."""
    head = _headers(
        f"{_encoded_subject(PARENT)} <{SENDER}>", _encoded_subject("Re: " + SUBJECT[lang])
    )
    fallback = f"<p>{escape(PARENT)} heeft gereageerd met {escape(emoji)}</p>"
    body = (
        'Content-Type: multipart/alternative; boundary="rx9078"\n\n--rx9078\n'
        'Content-Type: text/plain; charset="utf-8"\nContent-Disposition: reaction\n'
        f"Content-Transfer-Encoding: base64\n\n{base64.b64encode(emoji.encode()).decode()}\n"
        f"--rx9078\n{_part('text/html', fallback, 'utf-8')}\n--rx9078--\n"
    )
    text = (
        head.replace(
            "MIME-Version", "References: <toestemming.1.test@testschool.example>\nMIME-Version"
        )
        + body
    )
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
