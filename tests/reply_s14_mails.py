"""Round 8 of issue 19: whole messages as the clients Dutch parents use really send them.

Each envelope is what one client writes around the answer, down to charset and transfer
encoding, with our real request (compose.py's text, "bijvoorbeeld: 1 ja, 2 nee … ja voor
alles" in it) quoted the way that client quotes:

- classic Outlook: multipart/alternative, windows-1252 quoted-printable, Word's HTML
  (MsoNormal, <o:p>), a signature with ë, the "Van:/Verzonden:/Aan:/Onderwerp:" block and the
  request unquoted under it; the same with winmail.dat (TNEF) beside the text parts;
- new Outlook / Outlook on the web and Outlook for iOS: a "____" rule, the block, divRplyFwdMsg;
- Gmail web ("Op wo 2 dec. 2026 om 10:12 schreef … <\\n…>:" broken by Gmail's wrapping),
  the Gmail app (base64 parts), and a bottom-post under the whole quote;
- Apple Mail on an iPhone (quoted-printable, "Verstuurd vanaf mijn iPhone", "het volgende
  geschreven:"), also S/MIME signed (multipart/signed);
- Samsung Email ("-------- Oorspronkelijk bericht --------", base64);
- Thunderbird format=flowed in iso-8859-1 with the answer under the quote, long own lines
  soft-broken;
- web mailers: Roundcube-style base64 in iso-8859-1, an HTML-only KPN-style mail in
  iso-8859-1 quoted-printable;
- Apple Mail's HTML only, typed "1. ja" lines made an <ol> (the numbers are the list's);
- a signature with a phone number and a postcode ("06-12345678", "1234 AB") under the answer.

`SUBJECT_ONLY`: the answer typed only in the Subject ("Re: … — JA") above an empty body.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from html import escape

from mail_corpus import SAM
from reply_s10_envelopes import SUBJECT, _alternative, _b64, _html_lines, _part, _quote
from reply_s12_envelopes import _first_request
from reply_s13_mails import _bytes, _encoded_subject, _headers, samsung_plain
from reply_table import ORG

PARENT = "Joëlle de Vries"


def original(lang: str) -> str:
    return _first_request(lang)


def _charset(text: str, legacy: str) -> str:
    """The legacy charset a client writes when the text fits it, else UTF-8 (an emoji)."""
    try:
        text.encode(legacy)
    except UnicodeEncodeError:
        return "utf-8"
    return legacy


def _block(lang: str) -> list[tuple[str, str]]:
    nl = lang == "nl"
    return [
        ("Van" if nl else "From", f"Testschool <{ORG}>"),
        (
            "Verzonden" if nl else "Sent",
            "woensdag 2 december 2026 10:12" if nl else "Wednesday, December 2, 2026 10:12 AM",
        ),
        ("Aan" if nl else "To", f"{PARENT} <{SAM}>"),
        ("Onderwerp" if nl else "Subject", SUBJECT[lang]),
    ]


def _signature(lang: str) -> str:
    greet = "Met vriendelijke groet," if lang == "nl" else "Kind regards,"
    return f"{greet}\n\n{PARENT}\nBrink 12, 1234 AB Ons Dorp\n06-12345678"


# -- Outlook -----------------------------------------------------------------------------------
def _mso(text: str) -> str:
    return "\n".join(
        f"<p class=MsoNormal>{escape(x) if x.strip() else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>"
        for x in text.split("\n")
    )


def _outlook_parts(answer: str, lang: str) -> str:
    own = f"{answer}\n\n{_signature(lang)}"
    block = "\n".join(f"{k}: {v}" for k, v in _block(lang))
    plain = f"{own}\n\n{block}\n\n{original(lang)}\n"
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator '
        'content="Microsoft Word 15"><style><!--p.MsoNormal{margin:0cm;font-size:11.0pt}--></style>'
        "</head><body lang=NL><div class=WordSection1>"
        + _mso(own)
        + "<p class=MsoNormal><o:p>&nbsp;</o:p></p><div style='border:none;border-top:solid "
        "#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
        + "<br>".join(f"<b>{k}:</b> {escape(v)}" for k, v in _block(lang))
        + "<o:p></o:p></p></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        + _mso(original(lang))
        + "</div></body></html>"
    )
    cs = _charset(own, "windows-1252")
    return _alternative(
        _part("text/plain", plain, cs), _part("text/html", html, cs), "_000_VI1PR09MB_"
    )


def outlook_desktop(answer: str, lang: str) -> str:
    return _outlook_parts(answer, lang)


def outlook_tnef(answer: str, lang: str) -> str:
    """Classic Outlook with 'Rich Text' on: the text parts and winmail.dat beside them."""
    tnef = (
        'Content-Type: application/ms-tnef; name="winmail.dat"\nContent-Transfer-Encoding: '
        'base64\nContent-Disposition: attachment; filename="winmail.dat"\n\n'
        + _b64(b"\x78\x9f\x3e\x22\x01\x00\x01\x06\x90\x08\x00" + b"ja voor alles" + b"\x00" * 30)
        + "\n"
    )
    return (
        'Content-Type: multipart/mixed; boundary="_004_VI1PR_"\n\n--_004_VI1PR_\n'
        f"{_outlook_parts(answer, lang)}\n--_004_VI1PR_\n{tnef}--_004_VI1PR_--\n"
    )


def _new_outlook(get: str) -> Callable[[str, str], str]:
    def build(answer: str, lang: str) -> str:
        block = "\n".join(f"{k}: {v}" for k, v in _block(lang))
        tail = f"\n\n{get}<https://aka.ms/o0ukef>" if get else ""
        plain = f"{answer}{tail}\n________________________________\n{block}\n\n{original(lang)}\n"
        html = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos;">'
            + "".join(f"<div>{escape(x) if x else '<br>'}</div>" for x in answer.split("\n"))
            + "</div>"
            + (
                f'<div id="ms-outlook-mobile-signature"><div>{escape(get)}</div></div>'
                if get
                else ""
            )
            + '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri"><b>'
            + "<br><b>".join(f"{k}:</b> {escape(v)}" for k, v in _block(lang))
            + f"</font><div>&nbsp;</div></div><div>{_html_lines(original(lang))}</div></body></html>"
        )
        return _alternative(
            _part("text/plain", plain, "utf-8"), _part("text/html", html, "utf-8"), "_000_AS8P_"
        )

    return build


# -- Gmail -----------------------------------------------------------------------------------
_GMAIL_ATTR = f"Op wo 2 dec. 2026 om 10:12 schreef Testschool <\n{ORG}>:"


def gmail_web(answer: str, lang: str) -> str:
    own = f"{answer}\n\nGroet,\nJoëlle\n\n-- \n{PARENT}\n06-12345678"
    plain = f"{own}\n\n{_GMAIL_ATTR}\n\n{_quote(original(lang))}\n"
    html = (
        f'<div dir="ltr">{_html_lines(own)}</div><br><div class="gmail_quote gmail_quote_'
        f'container"><div dir="ltr" class="gmail_attr">{escape(_GMAIL_ATTR.replace(chr(10), ""))}'
        '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:'
        f'1px solid rgb(204,204,204);padding-left:1ex">{_html_lines(original(lang))}</blockquote></div>'
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8"), _part("text/html", html, "UTF-8"), "00000000000014b2"
    )


def gmail_app(answer: str, lang: str) -> str:
    attr = f"Op wo 2 dec. 2026 10:12 schreef Testschool <{ORG}>:"
    plain = f"{answer}\n\n{attr}\n\n{_quote(original(lang))}\n"
    html = (
        f'<div dir="auto">{_html_lines(answer)}</div><br><div class="gmail_quote"><div '
        f'dir="ltr" class="gmail_attr">{escape(attr)}<br></div><blockquote class="gmail_quote" '
        f'style="margin:0 0 0 .8ex">{_html_lines(original(lang))}</blockquote></div>'
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8", "b64"),
        _part("text/html", html, "UTF-8", "b64"),
        "000000000000c0d3",
    )


def gmail_bottom(answer: str, lang: str) -> str:
    """Gmail's plain text, the answer typed under the whole quote."""
    plain = f"{_GMAIL_ATTR}\n\n{_quote(original(lang))}\n\n{answer}\n\nJoëlle\n"
    return _part("text/plain", plain, "UTF-8")


# -- Apple Mail on an iPhone -------------------------------------------------------------------
def iphone(answer: str, lang: str) -> str:
    sent = "Verstuurd vanaf mijn iPhone" if lang == "nl" else "Sent from my iPhone"
    attr = f"Op 2 dec. 2026 om 10:12 heeft Testschool <{ORG}> het volgende geschreven:"
    plain = f"{answer}\n\n{sent}\n\n> {attr}\n> \n> \ufeff" + _quote(original(lang))[2:] + "\n"
    html = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{_html_lines(answer)}</div><div dir="ltr"><br>'
        f'<div dir="ltr">{sent}</div><div dir="ltr"><br><blockquote type="cite">{escape(attr)}'
        '<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
        f"{_html_lines(original(lang))}</div></blockquote></div></body></html>"
    )
    return _alternative(
        _part("text/plain", plain, "utf-8"),
        _part("text/html", html, "utf-8"),
        "Apple-Mail-8A1B2C3D-4E5F-6789-ABCD-EF0123456789",
    )


def iphone_smime(answer: str, lang: str) -> str:
    sig = base64.encodebytes(bytes(range(256)) * 2).decode("ascii")
    return (
        'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;'
        ' boundary="Apple-Mail-sig"\n\n--Apple-Mail-sig\n'
        f"{iphone(answer, lang)}\n--Apple-Mail-sig\nContent-Disposition: attachment; "
        "filename=smime.p7s\nContent-Type: application/pkcs7-signature; name=smime.p7s\n"
        f"Content-Transfer-Encoding: base64\n\n{sig}\n--Apple-Mail-sig--\n"
    )


# -- Thunderbird, format=flowed, answer under the quote ------------------------------------------
def _flow(text: str, width: int = 40) -> str:
    """format=flowed: lines longer than `width` broken at a space, which stays at the end of
    the broken line (RFC 3676: a soft break)."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width and " " in line[:width]:
            cut = line.rindex(" ", 0, width) + 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(" " + x if x.startswith((" ", ">", "From ")) else x for x in out)


def thunderbird_bottom(answer: str, lang: str) -> str:
    quoted = "\n".join(
        (">" + (" " + p if p else "")) for line in original(lang).split("\n") for p in [line]
    )
    body = (
        f"Op 02-12-2026 om 10:12 schreef Testschool:\n{quoted}\n\n{_flow(answer)}\n\n-- \n"
        f"{PARENT}\n"
    )
    cs = _charset(body, "iso-8859-1")
    data = body.encode(cs)
    return (
        f'Content-Type: text/plain; charset="{cs}"; format=flowed\nContent-Transfer-Encoding: '
        f"base64\n\n{_b64(data)}\n"
    )


# -- web mailers ------------------------------------------------------------------------------
def roundcube(answer: str, lang: str) -> str:
    body = f"{answer}\n\nOp 2026-12-02 10:12, schreef Testschool:\n{_quote(original(lang))}\n"
    cs = _charset(body, "iso-8859-1")
    return (
        f'Content-Type: text/plain; charset="{cs}"; format=flowed\n'
        f"Content-Transfer-Encoding: base64\n\n{_b64(body.encode(cs))}\n"
    )


def kpn_html(answer: str, lang: str) -> str:
    """A provider's web mail sending HTML only, iso-8859-1, the original under a dashed line
    in a <blockquote> without type."""
    html = (
        "<html><body><div>"
        + "<br>".join(escape(x) for x in answer.split("\n"))
        + f"</div><div><br></div><div>Groetjes, {escape(PARENT)}</div><div><br></div>"
        "<div>----- Oorspronkelijk bericht -----</div><div>Van: Testschool &lt;"
        f"{ORG}&gt;</div><div>Aan: {SAM}</div><div>Verzonden: woensdag 2 december 2026 10:12"
        f"</div><div>Onderwerp: {escape(SUBJECT[lang])}</div><blockquote>"
        f"{_html_lines(original(lang))}</blockquote></body></html>"
    )
    return _part("text/html", html, _charset(html, "iso-8859-1"))


def _autolist(text: str) -> str:
    """Apple Mail / Gmail web turn typed "1. ja" lines into an <ol>: the numbers are then
    the list's, not text."""
    out: list[str] = []
    items: list[str] = []
    for line in [*text.split("\n"), ""]:
        m = re.match(r"^(\d)\.\s+(.*)$", line)
        if m and (items or m.group(1) == "1"):
            items.append(m.group(2))
            continue
        if items:
            out.append("<ol>" + "".join(f"<li>{escape(x)}</li>" for x in items) + "</ol>")
            items = []
        out.append(f"<div>{escape(line) if line else '<br>'}</div>")
    return "".join(out[:-1])


def apple_html_autolist(answer: str, lang: str) -> str:
    """Apple Mail on a Mac, HTML only, the answer's "1. …" lines made a numbered list."""
    attr = f"Op 2 dec. 2026, om 10:12, heeft Testschool <{ORG}> het volgende geschreven:"
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
        f'</head><body style="overflow-wrap: break-word;">{_autolist(answer)}<div><br>'
        f'<blockquote type="cite"><div>{escape(attr)}</div><br class="Apple-interchange-newline">'
        f"<div>{_html_lines(original(lang))}</div></blockquote></div><br></body></html>"
    )
    return _part("text/html", html, "utf-8")


ENVELOPES: dict[str, Callable[[str, str], str]] = {
    "outlook-desktop-1252": outlook_desktop,
    "outlook-tnef-beside-text": outlook_tnef,
    "new-outlook": _new_outlook(""),
    "outlook-ios": _new_outlook("Outlook voor iOS downloaden"),
    "gmail-web-nl": gmail_web,
    "gmail-app-b64": gmail_app,
    "gmail-bottom-post": gmail_bottom,
    "iphone-qp": iphone,
    "iphone-smime": iphone_smime,
    "samsung-b64": samsung_plain,  # as round 7 built it
    "thunderbird-flowed-bottom": thunderbird_bottom,
    "roundcube-b64-latin1": roundcube,
    "kpn-html-latin1": kpn_html,
    "apple-html-autolist": apple_html_autolist,
}


def message(envelope: str, answer: str, lang: str = "nl", subject: str = "") -> bytes:
    subject = subject or ("RE: " if envelope.startswith("outlook") else "Re: ") + SUBJECT[lang]
    return _bytes(
        _headers(f"=?utf-8?q?Jo=C3=ABlle_de_Vries?= <{SAM}>", _encoded_subject(subject))
        + ENVELOPES[envelope](answer, lang)
    )


# -- the answer only in the subject ------------------------------------------------------------
# The body holds only the client's signature line and the quote: the reader reads the body,
# never the subject (a subject is also what a "Re:" chain or a forward keeps of older mail).
SUBJECT_ONLY: dict[str, str] = {
    "dash-ja": f"Re: {SUBJECT['nl']} — JA",
    "ja-voor-alles": f"Re: {SUBJECT['nl']} - ja voor alles",
    "nee": f"RE: {SUBJECT['nl']} NEE",
    "akkoord-first": f"Akkoord! Re: {SUBJECT['nl']}",
    "1ja-2nee": f"Re: {SUBJECT['nl']} 1 ja 2 nee 3 ja",
}


def subject_only(name: str, envelope: str = "iphone-qp") -> bytes:
    return message(envelope, "", "nl", SUBJECT_ONLY[name])


__all__ = ["ENVELOPES", "SUBJECT_ONLY", "message", "subject_only"]
