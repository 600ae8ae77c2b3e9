"""Replies as real mail clients build them (session 41's outside corpus): raw RFC 5322 bytes
with each client's MIME tree, charsets, transfer encodings, quote markup and reply header,
around OUR real request (compose_request's plain and HTML parts, which list the items with
their titles and say "ja" / "nee" in their instructions).

`CLIENTS[name](answer)` gives the whole message for the lines the parent typed (`answer`,
one string, "\\n" between lines), put where that client puts them (on top). Each builder
writes the plain part the client writes beside its HTML, or none where the client sends
HTML only. Nothing here is made by Python's email package: boundaries, headers and encodings
are written out as the clients write them.
"""

from __future__ import annotations

import base64
import html as htmllib
import quopri
from collections.abc import Callable
from datetime import UTC, date, datetime
from types import SimpleNamespace

from reply_table import _ITEM_TEXT_NL, CODE, ITEMS, ORG

from toestemming.capture.compose import Addressee, Sender, compose_request

PARENT = "marja.devries@example.org"
SUBJECT = f"Vraag om toestemming – Testschool – code {CODE}"


def _request() -> tuple[str, str]:
    items = tuple(
        SimpleNamespace(
            position=i.position,
            has_special_categories=False,
            text=_ITEM_TEXT_NL.format(
                n=i.position, title=i.title, recipient=i.recipient, code=CODE
            ),
        )
        for i in ITEMS
    )
    request = SimpleNamespace(
        language="nl", reference_code=CODE, items=items, valid_until=date(2026, 12, 21)
    )
    mail = compose_request(
        request,  # type: ignore[arg-type]
        Addressee("Marja de Vries", PARENT, False, "Sam", "ouder met gezag"),
        Sender("Testschool", "Jan Jansen", ORG),
        datetime(2026, 12, 7, 10, 12, tzinfo=UTC),
    )
    return mail.plain, mail.html


REQUEST_PLAIN, REQUEST_HTML = _request()
# What a client keeps of our HTML when it quotes it: the body's inside.
REQUEST_BODY = REQUEST_HTML.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]


# -- encodings ------------------------------------------------------------------------------
def qp(text: str, charset: str = "utf-8") -> str:
    """Quoted-printable as clients write it: CRLF lines, soft breaks at 76 (inside words)."""
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset, errors="replace")
    return quopri.encodestring(data).decode("ascii").replace("\r\n", "\n")


def b64(data: bytes) -> str:
    raw = base64.b64encode(data).decode("ascii")
    return "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))


def part(
    ctype: str,
    body: str,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    extra: str = "",
    params: str = "",
) -> str:
    if cte == "quoted-printable":
        encoded = qp(body, charset)
    elif cte == "base64":
        encoded = b64(body.encode(charset, errors="replace"))
    else:
        encoded = body
    chs = f'; charset="{charset}"' if ctype.startswith("text/") else ""
    return (
        f"Content-Type: {ctype}{chs}{params}\nContent-Transfer-Encoding: {cte}\n{extra}\n{encoded}"
    )


def binary(
    ctype: str, data: bytes, name: str, disposition: str = "attachment", extra: str = ""
) -> str:
    return (
        f'Content-Type: {ctype}; name="{name}"\nContent-Disposition: {disposition}; '
        f'filename="{name}"\nContent-Transfer-Encoding: base64\n{extra}\n{b64(data)}'
    )


def multipart(subtype: str, parts: list[str], boundary: str, params: str = "") -> str:
    inner = "".join(f"--{boundary}\n{p}\n" for p in parts)
    return (
        f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
        f"{inner}--{boundary}--\n"
    )


def message(
    body: str,
    extra: str = "",
    subject: str = f"Re: {SUBJECT}",
    sender: str = f"Marja de Vries <{PARENT}>",
) -> bytes:
    subj = "=?UTF-8?Q?" + qp(subject).replace("\n", "").replace("=\n", "").replace(" ", "_") + "?="
    head = (
        f"From: {sender}\nTo: Testschool <{ORG}>\nSubject: {subj}\n"
        "Date: Mon, 7 Dec 2026 11:40:02 +0100\nMessage-ID: <reply.s41@example.org>\n"
        "In-Reply-To: <toestemming.1.test@testschool.example>\n"
        f"References: <toestemming.1.test@testschool.example>\nMIME-Version: 1.0\n{extra}"
    )
    return (head + body).replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def quoted(text: str, prefix: str = "> ") -> str:
    return "\n".join(prefix + line if line else prefix.rstrip() for line in text.split("\n"))


def esc(text: str) -> str:
    return htmllib.escape(text, quote=False)


def lines_as(answer: str, open_tag: str, close_tag: str, empty: str = "<br>") -> str:
    return "\n".join(
        f"{open_tag}{esc(line) if line.strip() else empty}{close_tag}"
        for line in answer.split("\n")
    )


# -- the clients ----------------------------------------------------------------------------
_GMAIL_WHEN = "Op ma 7 dec 2026 om 11:12 schreef Testschool"


def gmail(answer: str) -> bytes:
    plain = f"{answer}\n\n{_GMAIL_WHEN} <\n{ORG}>:\n\n{quoted(REQUEST_PLAIN.rstrip())}\n"
    markup = (
        f'<div dir="ltr">{lines_as(answer, "<div>", "</div>")}</div><br><div class="gmail_quote '
        f'gmail_quote_container"><div dir="ltr" class="gmail_attr">{_GMAIL_WHEN} &lt;<a href='
        f'"mailto:{ORG}">{ORG}</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px'
        ' 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{REQUEST_BODY}</blockquote></div>\n"
    )
    return message(
        multipart(
            "alternative",
            [part("text/plain", plain), part("text/html", markup)],
            "000000000000a1b2c3d4e5f60708",
        )
    )


def _word_html(answer_html: str, block: str, original: str) -> str:
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
        'office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv='
        '"Content-Type" content="text/html; charset=utf-8"><style><!--\n/* Style Definitions */\n'
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t"
        'font-family:"Calibri",sans-serif;}\n--></style></head><body lang="NL" link="#0563C1" '
        f'vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">{answer_html}'
        f"{block}{original}</div></body></html>\n"
    )


_OUTLOOK_PLAIN_BLOCK = (
    f"Van: Testschool <{ORG}>\nVerzonden: maandag 7 december 2026 11:12\n"
    f"Aan: Marja de Vries <{PARENT}>\nOnderwerp: {SUBJECT}\n"
)
_OUTLOOK_HTML_BLOCK = (
    '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
    f'<p class="MsoNormal"><b>Van:</b> Testschool &lt;{ORG}&gt; <br><b>Verzonden:</b> maandag '
    f"7 december 2026 11:12<br><b>Aan:</b> Marja de Vries &lt;{PARENT}&gt;<br><b>Onderwerp:"
    f"</b> {esc(SUBJECT)}<o:p></o:p></p></div></div>"
    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
)


def _outlook_original() -> str:
    """Our request as Outlook desktop keeps it: every paragraph an MsoNormal paragraph."""
    out = []
    for para in REQUEST_PLAIN.rstrip().split("\n\n"):
        out.append(
            '<p class="MsoNormal">'
            + "<br>\n".join(esc(x) for x in para.split("\n"))
            + "<o:p></o:p></p>"
        )
    return "\n".join(out)


def outlook_desktop(answer: str, charset: str = "windows-1252") -> bytes:
    """Outlook 2016–365 for Windows: plain and Word HTML in multipart/alternative, inside
    multipart/related with the signature's logo; the original unquoted under the block."""
    plain = f"{answer}\n\n{_OUTLOOK_PLAIN_BLOCK}\n{REQUEST_PLAIN.rstrip()}\n"
    answer_html = lines_as(answer, '<p class="MsoNormal">', "<o:p></o:p></p>", "<o:p>&nbsp;</o:p>")
    logo = '<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01DB4A.1"></p>'
    markup = _word_html(answer_html + logo, _OUTLOOK_HTML_BLOCK, _outlook_original())
    alternative = multipart(
        "alternative",
        [part("text/plain", plain, charset), part("text/html", markup, charset)],
        "_000_AM0PR01MB1234_",
    )
    logo_part = binary(
        "image/png",
        b"\x89PNG\r\n\x1a\n" + bytes(64),
        "image001.png",
        "inline",
        "Content-ID: <image001.png@01DB4A.1>\n",
    )
    return message(
        multipart(
            "related",
            [alternative, logo_part],
            "_004_AM0PR01MB1234_",
            '; type="multipart/alternative"',
        ),
        "Thread-Topic: Vraag om toestemming\nContent-Language: nl-NL\n",
        subject=f"RE: {SUBJECT}",
    )


def _owa_block(lang: str = "nl") -> str:
    labels = (
        ("Van", "Verzonden", "Aan", "Onderwerp")
        if lang == "nl"
        else ("From", "Sent", "To", "Subject")
    )
    return (
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"'
        f' color="#000000"><b>{labels[0]}:</b> Testschool &lt;{ORG}&gt;<br><b>{labels[1]}:</b> '
        f"maandag 7 december 2026 11:12<br><b>{labels[2]}:</b> Marja de Vries &lt;{PARENT}&gt;"
        f"<br><b>{labels[3]}:</b> {esc(SUBJECT)}</font><div>&nbsp;</div></div>"
    )


def owa(answer: str) -> bytes:
    """Outlook on the web / new Outlook: divRplyFwdMsg after an <hr>, the original in a div."""
    plain = (
        f"{answer}\n\n________________________________\n{_OUTLOOK_PLAIN_BLOCK}\n"
        f"{REQUEST_PLAIN.rstrip()}\n"
    )
    answer_html = lines_as(
        answer,
        '<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt; '
        'color: rgb(0, 0, 0);">',
        "</div>",
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style '
        'type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
        f'<body dir="ltr">{answer_html}{_owa_block()}<div>{REQUEST_BODY}</div></body></html>\n'
    )
    return message(
        multipart(
            "alternative",
            [part("text/plain", plain), part("text/html", markup)],
            "_000_DB9PR02MB7777_",
        ),
        "Thread-Topic: Vraag om toestemming\n",
        subject=f"RE: {SUBJECT}",
    )


def outlook_mobile(answer: str) -> bytes:
    """Outlook for iOS / Android: its signature div, then the OWA block."""
    plain = (
        f"{answer}\n\nOutlook voor iOS downloaden<https://aka.ms/o0ukef>\n"
        f"________________________________\n{_OUTLOOK_PLAIN_BLOCK}\n{REQUEST_PLAIN.rstrip()}\n"
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div dir="ltr">' + lines_as(answer, '<div dir="ltr">', "</div>") + "</div><div "
        'id="ms-outlook-mobile-signature"><div dir="ltr"><br></div><div dir="ltr">Outlook voor '
        'iOS downloaden</div></div><div id="ms-outlook-mobile-body-separator-line" dir="ltr">'
        f"</div>{_owa_block()}<div>{REQUEST_BODY}</div></body></html>\n"
    )
    return message(
        multipart(
            "alternative",
            [part("text/plain", plain, cte="base64"), part("text/html", markup, cte="base64")],
            "_000_VI1PR0_mobile_",
        ),
        subject=f"Re: {SUBJECT}",
    )


_APPLE_WHEN = f"Op 7 dec 2026 om 11:12 heeft Testschool <{ORG}> het volgende geschreven:"


def apple_iphone(answer: str) -> bytes:
    """iPhone Mail: the "Op … heeft … het volgende geschreven:" line inside the first
    blockquote type=cite, "Verstuurd vanaf mijn iPhone", a BOM at the start of the quote."""
    plain = (
        f"{answer}\n\nVerstuurd vanaf mijn iPhone\n\n> {_APPLE_WHEN}\n>\n"
        f"{quoted(chr(0xFEFF) + REQUEST_PLAIN.rstrip())}\n"
    )
    body = "<br>".join(esc(x) for x in answer.split("\n"))
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto">{body}<br id="lineBreakAtBeginningOfSignature"><div dir="ltr">Verstuurd'
        ' vanaf mijn iPhone</div><div dir="ltr"><br><blockquote type="cite">'
        f'{esc(_APPLE_WHEN)}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
        f"\ufeff{REQUEST_BODY}</div></blockquote></body></html>\n"
    )
    return message(
        multipart(
            "alternative",
            [part("text/plain", plain), part("text/html", markup)],
            "Apple-Mail-8A1C2D3E-4F5A-6B7C-8D9E-0F1A2B3C4D5E",
        ),
        "X-Mailer: iPhone Mail (22B91)\n",
    )


def apple_mac(answer: str) -> bytes:
    """Apple Mail on a Mac: format=flowed plain part, blockquote type=cite, Dutch header."""
    plain = f"{answer}\n\n> {_APPLE_WHEN}\n>\n{quoted(REQUEST_PLAIN.rstrip())}\n"
    body = "".join(f"<div>{esc(x) or '<br>'}</div>" for x in answer.split("\n"))
    markup = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html;'
        ' charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space;'
        f' line-break: after-white-space;">{body}<div><br><blockquote type="cite"><div>'
        f'{esc(_APPLE_WHEN)}</div><br class="Apple-interchange-newline"><div>{REQUEST_BODY}'
        "</div></blockquote></div><br></body></html>\n"
    )
    return message(
        multipart(
            "alternative",
            [
                part("text/plain", plain, params="; format=flowed; delsp=yes"),
                part("text/html", markup),
            ],
            "Apple-Mail=_0B1C2D3E-4F5A-6B7C-8D9E-0F1A2B3C4D5E",
        ),
        "X-Mailer: Apple Mail (2.3826.200.121)\n",
    )


def samsung(answer: str) -> bytes:
    plain = (
        f"{answer}\n\n\nVerzonden vanaf mijn Galaxy\n\n\n-------- Origineel bericht --------\n"
        f"Van: Testschool <{ORG}> \nDatum: 07-12-2026 11:12 (GMT+01:00) \nAan: {PARENT} \n"
        f"Onderwerp: {SUBJECT} \n\n{REQUEST_PLAIN.rstrip()}\n"
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
        '<body dir="auto">'
        + lines_as(answer, '<div dir="auto">', "</div>")
        + '<div dir="auto"><br>'
        '</div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" '
        'dir="auto">Verzonden vanaf mijn Galaxy</div></div><div dir="auto"><br></div><div '
        'align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- Origineel '
        f"bericht --------</div><div>Van: Testschool &lt;{ORG}&gt; </div><div>Datum: 07-12-2026 "
        f"11:12 (GMT+01:00) </div><div>Aan: {PARENT} </div><div>Onderwerp: {esc(SUBJECT)} </div>"
        f"<div><br></div></div>{REQUEST_BODY}</body></html>\n"
    )
    return message(
        multipart(
            "alternative",
            [part("text/plain", plain, cte="base64"), part("text/html", markup, cte="base64")],
            "--_com.samsung.android.email_1234567890",
        )
    )


_THUNDERBIRD_WHEN = "Op 07-12-2026 om 11:12 schreef Testschool:"


def thunderbird(answer: str) -> bytes:
    """Thunderbird, HTML: moz-cite-prefix div then blockquote type=cite; plain part flowed."""
    plain = f"{answer}\n\n{_THUNDERBIRD_WHEN}\n{quoted(REQUEST_PLAIN.rstrip())}\n"
    body = "<br>\n".join(esc(x) for x in answer.split("\n"))
    markup = (
        '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html;'
        ' charset=UTF-8">\n  </head>\n  <body>\n    <p>' + body + '</p>\n    <div class="moz-cite-'
        f'prefix">{_THUNDERBIRD_WHEN}<br>\n    </div>\n    <blockquote type="cite" cite="mid:toeste'
        f'mming.1.test@testschool.example">\n{REQUEST_BODY}\n    </blockquote>\n  </body>\n</html>\n'
    )
    return message(
        multipart(
            "alternative",
            [
                part("text/plain", plain, cte="8bit", params="; format=flowed"),
                part("text/html", markup, cte="8bit"),
            ],
            "------------0aB1cD2eF3gH4iJ5kL6mN7oP",
        ),
        "User-Agent: Mozilla Thunderbird\nContent-Language: nl\n",
    )


def yahoo(answer: str) -> bytes:
    when = f"Op maandag 7 december 2026 om 11:12:00 CET schreef Testschool <{ORG}>:"
    plain = f"{answer}\n\n    {when}  \n\n{REQUEST_PLAIN.rstrip()}\n"
    markup = (
        '<html><head></head><body><div class="ydp1a2b3c4dyahoo-style-wrap" style="font-family:'
        f'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">{lines_as(answer, "<div>", "</div>")}'
        '</div><div id="ydp1a2b3c4dyahoo_quoted_1234567890" class="ydp1a2b3c4dyahoo_quoted">'
        "<div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;"
        f'color:#26282a;"><div>{esc(when)}</div><div><br></div><div><br></div><div><div id='
        f'"ydp1a2b3c4dyiv9876543210">{REQUEST_BODY}</div></div></div></div></body></html>\n'
    )
    return message(
        multipart(
            "alternative",
            [part("text/plain", plain), part("text/html", markup)],
            "----=_Part_1234567_890123456.1733566802000",
        ),
        "X-Mailer: WebService/1.1.23000 YMailNorrin\n",
    )


def proton(answer: str) -> bytes:
    """Proton Mail (web): HTML only, protonmail_quote blockquote, its signature line."""
    when = f"Op maandag 7 december 2026 om 11:12, Testschool &lt;{ORG}&gt; schreef:"
    markup = (
        f'<div style="font-family: Arial, sans-serif; font-size: 14px;">'
        f'{lines_as(answer, "<div>", "</div>")}</div><div style="font-family: Arial, sans-serif;'
        ' font-size: 14px;"><br></div><div class="protonmail_signature_block" style="font-family:'
        ' Arial, sans-serif; font-size: 14px;"><div class="protonmail_signature_block-user '
        'protonmail_signature_block-empty"></div><div class="protonmail_signature_block-proton">'
        'Verzonden met beveiligde e-mail van <a target="_blank" href="https://proton.me/mail/home">'
        'Proton Mail</a>.</div></div><div style="font-family: Arial, sans-serif; font-size: 14px;">'
        f'<br></div><div class="protonmail_quote">\n        {when}<br><blockquote class='
        f'"protonmail_quote" type="cite">\n            {REQUEST_BODY}\n        </blockquote><br>\n'
        "    </div>\n"
    )
    return message(part("text/html", markup, cte="base64"))


def gmx(answer: str) -> bytes:
    """GMX / web.de: HTML only, the quote a <div name="quote"> with a Gesendet/Von block."""
    markup = (
        '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
        f"{lines_as(answer, '<div>', '</div>')}\n<div>&nbsp;</div>\n<div>&nbsp;\n<div>&nbsp;\n"
        '<div name="quote" style="margin:10.0px 5.0px 5.0px 10.0px; padding: 10.0px 0 10.0px '
        '10.0px; border-left:2.0px solid #C3D9E5; word-wrap: break-word;">\n<div style="margin:0 0'
        ' 10.0px 0;"><b>Gesendet:</b>&nbsp;Montag, 07. Dezember 2026 um 11:12 Uhr<br/>\n<b>Von:'
        f'</b>&nbsp;"Testschool" &lt;{ORG}&gt;<br/>\n<b>An:</b>&nbsp;{PARENT}<br/>\n<b>Betreff:'
        f'</b>&nbsp;{esc(SUBJECT)}</div>\n\n<div name="quoted-content">{REQUEST_BODY}</div>\n'
        "</div>\n</div>\n</div></div></body></html>\n"
    )
    return message(part("text/html", markup))


def roundcube(answer: str) -> bytes:
    """Roundcube (many providers' webmail): reply-intro paragraph, blockquote type=cite with
    the original as a monospace div; plain part flowed."""
    when = "Op 2026-12-07 11:12, schreef Testschool:"
    plain = f"{answer}\n\n{when}\n{quoted(REQUEST_PLAIN.rstrip())}\n"
    orig = "<br />\n".join(esc(x) for x in REQUEST_PLAIN.rstrip().split("\n"))
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
        "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
        + lines_as(answer, "<p>", "</p>", "&nbsp;")
        + f'\n<p>&nbsp;</p>\n<p id="reply-intro">{esc(when)}</p>\n<blockquote type="cite" style='
        '"padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n<!-- html ignored -->'
        '<!-- head ignored --><!-- meta ignored -->\n<div class="pre" style="margin: 0; padding: 0;'
        f' font-family: monospace">{orig}</div>\n</blockquote>\n</body></html>\n'
    )
    return message(
        multipart(
            "alternative",
            [
                part("text/plain", plain, params="; format=flowed"),
                part("text/html", markup),
            ],
            "=_8f1e2d3c4b5a69788796a5b4c3d2e1f0",
        ),
        "User-Agent: Roundcube Webmail/1.6.9\n",
    )


def open_xchange(answer: str) -> bytes:
    """Open-Xchange App Suite (Ziggo/KPN-style webmail): the "schreef" line inside the
    blockquote, default-style divs."""
    when = f"Op 07-12-2026 11:12 CET schreef Testschool &lt;{ORG}&gt;:"
    plain = (
        f"{answer}\n\n> Op 07-12-2026 11:12 CET schreef Testschool <{ORG}>:\n>\n>\n"
        f"{quoted(REQUEST_PLAIN.rstrip())}\n"
    )
    markup = (
        '<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n'
        + lines_as(answer, '  <div class="default-style">\n   ', "\n  </div>", "<br>")
        + f'\n  <blockquote type="cite">\n   <div>\n    {when}\n   </div>\n   <div>\n    &nbsp;'
        f"\n   </div>\n   <div>\n    &nbsp;\n   </div>\n   {REQUEST_BODY}\n  </blockquote>\n"
        '  <div class="default-style">\n   <br>&nbsp;\n  </div>\n </body>\n</html>\n'
    )
    return message(
        multipart(
            "alternative",
            [
                part("text/plain", plain, cte="7bit" if plain.isascii() else "8bit"),
                part("text/html", markup, cte="7bit" if markup.isascii() else "8bit"),
            ],
            "----=_Part_24680_13579.1733566802000",
        ),
        "X-Mailer: Open-Xchange Mailer v7.10.6-Rev68\n",
    )


CLIENTS: dict[str, Callable[[str], bytes]] = {
    "gmail": gmail,
    "outlook-desktop": outlook_desktop,
    "owa": owa,
    "outlook-mobile": outlook_mobile,
    "apple-iphone": apple_iphone,
    "apple-mac": apple_mac,
    "samsung": samsung,
    "thunderbird": thunderbird,
    "yahoo": yahoo,
    "proton": proton,
    "gmx": gmx,
    "roundcube": roundcube,
    "open-xchange": open_xchange,
}


# -- answers typed between our quoted items --------------------------------------------------
def request_pieces() -> tuple[str, list[str], str]:
    """Our HTML request's body as (before the item list, each item's <li>, after the list)."""
    head, _, rest = REQUEST_BODY.partition("<ol")
    ol_open, _, rest = rest.partition(">")
    items_html, _, tail = rest.partition("</ol>")
    items = ["<li" + x for x in items_html.split("<li")[1:]]
    return head + "<ol" + ol_open + ">", items, "</ol>" + tail


def inline_html(answers: list[str], quote_open: str, quote_close: str, typed: str) -> str:
    """Our request in quotes split where the parent typed under an item, as an HTML editor
    splits a blockquote: the list closed and opened again around each typed answer."""
    head, items, tail = request_pieces()
    ol_open = head[head.rindex("<ol") :]
    out = [quote_open + head]
    for k, item in enumerate(items):
        out.append(item)
        said = answers[k] if k < len(answers) else ""
        if said:
            out.append("</ol>" + quote_close + typed.format(esc(said)) + quote_open + ol_open)
    out.append(tail + quote_close)
    return "".join(out)


def inline_plain(answers: list[str]) -> str:
    paragraphs = REQUEST_PLAIN.rstrip().split("\n\n")
    out: list[str] = []
    k = 0
    for para in paragraphs:
        out.append(quoted(para))
        if para.startswith("Onderdeel "):
            said = answers[k] if k < len(answers) else ""
            k += 1
            if said:
                out.append(f"\n{said}\n")
        out.append(">")
    return "\n".join(out[:-1])


def gmail_inline(answers: list[str], top: str = "") -> bytes:
    plain = f"{top}\n\n{_GMAIL_WHEN} <\n{ORG}>:\n\n{inline_plain(answers)}\n".lstrip("\n")
    quote_open = (
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">'
    )
    markup = (
        f'<div dir="ltr">{lines_as(top, "<div>", "</div>") if top else ""}</div><br><div '
        f'class="gmail_quote"><div dir="ltr" class="gmail_attr">{_GMAIL_WHEN} &lt;<a href='
        f'"mailto:{ORG}">{ORG}</a>&gt;:<br></div>'
        + inline_html(
            answers, quote_open, "</blockquote>", "<div><br></div><div>{}</div><div><br></div>"
        )
        + "</div>\n"
    )
    return message(
        multipart(
            "alternative",
            [part("text/plain", plain), part("text/html", markup)],
            "000000000000f1e2d3c4b5a69788",
        )
    )


def thunderbird_inline(answers: list[str], html_only: bool = False) -> bytes:
    plain = f"{_THUNDERBIRD_WHEN}\n{inline_plain(answers)}\n"
    markup = (
        '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html;'
        f' charset=UTF-8">\n  </head>\n  <body>\n    <div class="moz-cite-prefix">{_THUNDERBIRD_WHEN}'
        "<br>\n    </div>\n"
        + inline_html(answers, '<blockquote type="cite">', "</blockquote>", "\n    <p>{}</p>\n")
        + "\n  </body>\n</html>\n"
    )
    if html_only:
        return message(part("text/html", markup, cte="8bit"))
    return message(
        multipart(
            "alternative",
            [
                part("text/plain", plain, cte="8bit", params="; format=flowed"),
                part("text/html", markup, cte="8bit"),
            ],
            "------------9zY8xW7vU6tS5rQ4pO3nM2lK",
        ),
        "User-Agent: Mozilla Thunderbird\n",
    )
