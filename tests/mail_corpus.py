"""The reply corpus in tests/data/mail/: messages shaped the way real mail clients write them.

Run `python tests/mail_corpus.py` to rewrite the files; test_mail_replies checks that the files
on disk are exactly what this script makes, so the corpus stays reproducible and reviewable.
Every message is written out by hand (headers, boundaries, transfer encodings), because the
point is to look like Gmail, Outlook, Apple Mail and phones, not like Python's email package.
"""

from __future__ import annotations

import base64
import quopri
import sys
from pathlib import Path

from toestemming.refcode import new_reference_code

DIR = Path(__file__).resolve().parent / "data" / "mail"


def _code(seed: int) -> str:
    return new_reference_code(lambda n: bytes((seed + i * 37) % 256 for i in range(n)))


CODE_MAIN = _code(11)  # Sam's request: 1 werk/UWV, 2 stage/werkgever
CODE_SPECIAL = _code(23)  # Sam's request with health data in item 2
CODE_NOOR = _code(47)  # Noor's request
CODE_UNKNOWN = _code(59)  # a valid code that is in no vault

SAM = "sam.devries@example.org"
NOOR = "noor.bakker@example.org"
STRANGER = "onbekend@example.net"
ORG = "toestemming@testschool.example"
SENT_ID = "<toestemming.1.test@testschool.example>"  # the Message-ID our request had

DATE = "Tue, 24 Nov 2026 09:12:40 +0100"
SUBJECT = f"Vraag om toestemming – Testschool – code {CODE_MAIN}"

# What our request looked like, as clients quote it (contains the example "1 ja, 2 nee").
ORIGINAL = f"""Beste Sam de Vries,

We vragen of we gegevens over jou mogen delen met andere organisaties.

Referentiecode: {CODE_MAIN}

Onderdeel 1: Begeleiding naar werk
Welke gegevens: Contactgegevens.
Aan wie: UWV – Werkbedrijf (arbeid).

Onderdeel 2: Stage regelen
Welke gegevens: Stagegegevens.
Aan wie: Bakkerij De Korenschoof (werkgever).

Hoe geef je antwoord?
Beantwoord deze e-mail en schrijf per onderdeel ja of nee, bijvoorbeeld: 1 ja, 2 nee."""


def _quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def _crlf(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def _qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def _b64(data: bytes) -> str:
    raw = base64.b64encode(data).decode("ascii")
    return "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))


def _headers(
    sender: str = SAM,
    subject: str = "Re: " + SUBJECT,
    date: str = DATE,
    msgid: str = "<CAF=reply1@mail.gmail.com>",
    extra: str = "",
) -> str:
    # Non-ASCII subjects travel as RFC 2047 encoded words, as every client sends them.
    enc = (
        "=?UTF-8?Q?" + _qp(subject).replace("=\n", "").replace(" ", "_").replace("?", "=3F") + "?="
    )
    return (
        f"Return-Path: <{sender}>\n"
        f"From: Sam <{sender}>\n"
        f"To: Testschool <{ORG}>\n"
        f"Subject: {enc}\n"
        f"Date: {date}\n"
        f"Message-ID: {msgid}\n"
        f"In-Reply-To: {SENT_ID}\n"
        f"References: {SENT_ID}\n"
        f"{extra}"
        "MIME-Version: 1.0\n"
    )


def gmail_quoted() -> bytes:
    """Gmail: multipart/alternative, own answer on top, original quoted with '>' below."""
    plain = (
        f"Hoi,\n\n1 nee, 2 ja\n\nGroetjes Sam\n\nOp ma 23 nov 2026 om 11:00 schreef Testschool <\n"
        f"{ORG}>:\n\n{_quote(ORIGINAL)}\n"
    )
    html = (
        '<div dir="ltr">Hoi,<div><br></div><div>1 nee, 2 ja</div><div><br></div><div>Groetjes '
        'Sam</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Op ma 23 '
        f"nov 2026 om 11:00 schreef Testschool &lt;{ORG}&gt;:<br></div><blockquote "
        'class="gmail_quote">' + ORIGINAL.replace("\n", "<br>\n") + "</blockquote></div>\n"
    )
    return _crlf(
        _headers() + 'Content-Type: multipart/alternative; boundary="000000000000a1b2c3"\n\n'
        "--000000000000a1b2c3\n"
        'Content-Type: text/plain; charset="UTF-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{_qp(plain)}\n"
        "--000000000000a1b2c3\n"
        'Content-Type: text/html; charset="UTF-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{_qp(html)}\n"
        "--000000000000a1b2c3--\n"
    )


def outlook_html_only() -> bytes:
    """Outlook: HTML only, base64, the original below a divRplyFwdMsg block, code only there
    and in the subject."""
    html = (
        "<html><head><style>p{margin:0}</style></head><body>"
        '<div style="font-family:Calibri">Akkoord!</div>'
        '<div style="font-family:Calibri">Met vriendelijke groet, Sam</div>'
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">'
        f"<b>Van:</b> Testschool &lt;{ORG}&gt;<br><b>Verzonden:</b> maandag 23 november 2026 "
        f"11:00<br><b>Aan:</b> Sam<br><b>Onderwerp:</b> {SUBJECT}</div><div>"
        + ORIGINAL.replace("\n", "<br>")
        + "</div></body></html>"
    )
    return _crlf(
        _headers(subject="RE: " + SUBJECT, msgid="<AM0PR01MB1234@outlook.example>")
        + 'Content-Type: text/html; charset="utf-8"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{_b64(html.encode('utf-8'))}\n"
    )


def base64_emoji() -> bytes:
    """A phone app: text/plain in base64, UTF-8 with emoji, answers with typos."""
    text = f"Hoi! Code {CODE_MAIN}\n\nOnderdeel 1: jaa 👍\nOnderdeel 2: nee\n\nVerstuurd vanaf mijn iPhone\n"
    return _crlf(
        _headers(subject="Antwoord", msgid="<7F3A-phone@icloud.example>")
        + 'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{_b64(text.encode('utf-8'))}\n"
    )


def inline_quoted_printable() -> bytes:
    """Thunderbird, quoted-printable, answers typed between the quoted items."""
    quoted = _quote(ORIGINAL).split("\n")
    lines: list[str] = []
    for line in quoted:
        lines.append(line)
        if line.startswith("> Aan wie: UWV"):
            lines += ["", "ja", ""]
        if line.startswith("> Aan wie: Bakkerij"):
            lines += ["", "ja, graag", ""]
    text = "Hallo,\n\nMijn antwoorden staan hieronder.\n\n" + "\n".join(lines) + "\n\n-- \nSam\n"
    return _crlf(
        _headers(msgid="<4e1f-tb@example.org>", extra="User-Agent: Mozilla Thunderbird\n")
        + "Content-Type: text/plain; charset=UTF-8; format=flowed\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{_qp(text)}\n"
    )


def windows_1252() -> bytes:
    """An old Outlook labelling Windows-1252 text as iso-8859-1 (curly quotes, en dash)."""
    text = (
        f"Beste mevrouw,\n\n\u201cJa voor alles\u201d \u2013 dat is goed. Groeten, Zo\u00eb\n\n"
        f"-----Oorspronkelijk bericht-----\nVan: Testschool\nOnderwerp: {SUBJECT}\n\n{ORIGINAL}\n"
    )
    body = _qp(text, "cp1252")
    return _crlf(
        _headers(msgid="<000001d9@PC-THUIS>") + 'Content-Type: text/plain; charset="iso-8859-1"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{body}\n"
    )


def forwarded_inline() -> bytes:
    """The youth forwards our request to the organisation with the answer on top; the code is
    only in the forwarded part; no In-Reply-To."""
    text = (
        f"1 ja 2 ja\n\n---------- Forwarded message ---------\nVan: Testschool <{ORG}>\n"
        f"Date: ma 23 nov 2026 om 11:00\nSubject: {SUBJECT}\nTo: <{SAM}>\n\n{ORIGINAL}\n"
    )
    head = _headers(subject="Fwd: toestemming", msgid="<fwd1@mail.gmail.com>")
    head = head.replace(f"In-Reply-To: {SENT_ID}\n", "").replace(f"References: {SENT_ID}\n", "")
    return _crlf(
        head + 'Content-Type: text/plain; charset="UTF-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{_qp(text)}\n"
    )


def forwarded_as_attachment() -> bytes:
    """Forward as attachment (message/rfc822): the code only in the attached message."""
    inner = (
        f"From: Testschool <{ORG}>\nTo: <{SAM}>\nSubject: {SUBJECT.replace('–', '-')}\n"
        f"Date: Mon, 23 Nov 2026 11:00:00 +0100\nMessage-ID: {SENT_ID}\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
        f"{_qp(ORIGINAL)}\n"
    )
    head = _headers(subject="FW: mail van school", msgid="<fwd2@outlook.example>")
    head = head.replace(f"In-Reply-To: {SENT_ID}\n", "").replace(f"References: {SENT_ID}\n", "")
    return _crlf(
        head + 'Content-Type: multipart/mixed; boundary="----=_Part_77_fwd"\n\n'
        "------=_Part_77_fwd\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        "ja voor alles\n\n"
        "------=_Part_77_fwd\n"
        'Content-Type: message/rfc822; name="toestemming.eml"\n'
        'Content-Disposition: attachment; filename="toestemming.eml"\n\n'
        f"{inner}\n"
        "------=_Part_77_fwd--\n"
    )


def with_attachments() -> bytes:
    """Answer plus a PDF and a photo attached (a signed scan, a selfie: both kept)."""
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")
    return _crlf(
        _headers(msgid="<att1@mail.gmail.com>")
        + 'Content-Type: multipart/mixed; boundary="mix-b"\n\n'
        "--mix-b\n"
        'Content-Type: multipart/alternative; boundary="alt-b"\n\n'
        "--alt-b\n"
        'Content-Type: text/plain; charset="UTF-8"\n\n'
        "1 ja, 2 nee. Zie ook de scan.\n\n"
        "--alt-b\n"
        'Content-Type: text/html; charset="UTF-8"\n\n'
        "<div>1 ja, 2 nee. Zie ook de scan.</div>\n\n"
        "--alt-b--\n\n"
        "--mix-b\n"
        'Content-Type: application/pdf; name="scan.pdf"\n'
        'Content-Disposition: attachment; filename="scan.pdf"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{_b64(pdf)}\n"
        "--mix-b\n"
        'Content-Type: image/png; name="foto.png"\n'
        'Content-Disposition: attachment; filename="foto.png"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{_b64(png)}\n"
        "--mix-b--\n"
    )


def apple_withdrawal() -> bytes:
    """Apple Mail, Dutch: withdrawal of everything, quoted with the Dutch header line."""
    text = (
        "Ik wil mijn toestemming intrekken.\n\nSam\n\n"
        f"Op 23 nov. 2026 om 11:00 heeft Testschool <{ORG}> het volgende geschreven:\n\n"
        f"{_quote(ORIGINAL)}\n"
    )
    return _crlf(
        _headers(msgid="<A1B2C3D4@icloud.example>") + "Content-Type: text/plain;\n\tcharset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{_qp(text)}\n"
    )


def special_ack() -> bytes:
    subject = f"Re: Vraag om toestemming – Testschool – code {CODE_SPECIAL}"
    return _crlf(
        _headers(subject=subject, msgid="<sp1@mail.gmail.com>")
        + 'Content-Type: text/plain; charset="UTF-8"\n\n'
        "1 ja\n2 ja, ook de gevoelige gegevens\n"
    )


def special_without_ack() -> bytes:
    subject = f"Re: Vraag om toestemming – Testschool – code {CODE_SPECIAL}"
    return _crlf(
        _headers(subject=subject, msgid="<sp2@mail.gmail.com>")
        + 'Content-Type: text/plain; charset="UTF-8"\n\nja voor alles\n'
    )


def _simple(body: str, **headers: str) -> bytes:
    return _crlf(_headers(**headers) + 'Content-Type: text/plain; charset="UTF-8"\n\n' + body)


# name → (bytes, expected): expected is {position: "yes"/"no"}, "withdraw", or a problem word.
def build_corpus() -> dict[str, bytes]:
    return {
        "gmail_quoted.eml": gmail_quoted(),
        "outlook_html_only.eml": outlook_html_only(),
        "phone_base64_emoji.eml": base64_emoji(),
        "thunderbird_inline_qp.eml": inline_quoted_printable(),
        "outlook_windows1252.eml": windows_1252(),
        "forwarded_inline.eml": forwarded_inline(),
        "forwarded_as_attachment.eml": forwarded_as_attachment(),
        "with_attachments.eml": with_attachments(),
        "apple_withdrawal.eml": apple_withdrawal(),
        "special_ack.eml": special_ack(),
        "bad_special_without_ack.eml": special_without_ack(),
        "bad_unknown_sender.eml": _simple("1 ja, 2 ja\n", sender=STRANGER, msgid="<b1@x>"),
        "bad_unknown_code.eml": _simple(
            f"Code {CODE_UNKNOWN}: ja voor alles\n", subject="Antwoord", msgid="<b2@x>"
        ).replace(f"In-Reply-To: {SENT_ID}\r\n".encode(), b""),
        "bad_other_youth.eml": _simple("1 ja, 2 ja\n", sender=NOOR, msgid="<b3@x>"),
        "bad_ambiguous.eml": _simple("1: ja / nee\n2: ja / nee\n", msgid="<b4@x>"),
        "bad_missing_answer.eml": _simple("1 ja\n", msgid="<b5@x>"),
        "bad_older_than_request.eml": _simple(
            "1 ja, 2 ja\n", date="Fri, 20 Nov 2026 08:00:00 +0100", msgid="<b6@x>"
        ),
        "bad_no_code.eml": _simple("ja voor alles\n", subject="Hoi", msgid="<b7@x>")
        .replace(f"In-Reply-To: {SENT_ID}\r\n".encode(), b"")
        .replace(f"References: {SENT_ID}\r\n".encode(), b""),
        "bad_two_codes.eml": _simple(
            f"{CODE_MAIN} ja voor alles en ook {CODE_SPECIAL}\n", subject="Hoi", msgid="<b8@x>"
        ),
    }


def main() -> int:
    DIR.mkdir(parents=True, exist_ok=True)
    for name, data in build_corpus().items():
        (DIR / name).write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
