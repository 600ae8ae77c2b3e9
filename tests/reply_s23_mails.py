"""reply23's envelopes (round 15): whole messages in ways earlier rounds did not write them,
with our real request quoted (or not) the way each one does:

- Apple Mail (macOS) answering with "Op … schreef …:" in quoted-printable whose soft line
  breaks ("=" at a line's end) fall inside words, the answer's own included ("j=\\na");
- Gmail with the parent's signature ("-- ", name, phone) between the answer and the quote, the
  quote collapsed in the HTML (div.gmail_quote_container);
- a reply to our reminder from Outlook for iOS: the reminder under its "Van:/Verzonden:" block
  and our first request under the reminder's own block, nothing marked with ">";
- the answer typed in a small text file attached beside a body "Zie bijlage." (not read: the
  worker opens it — see test_reply_s23_corpus);

and machine messages that must never be an answer (MACHINE): an out-of-office text without
any header that says so and with the "Re:" subject kept, a read receipt flattened to plain
text by a relay ("Uw bericht … is gelezen op …"), an Exchange bounce in Dutch ("Niet bezorgd:")
quoting our request as text, a bounce with the request attached as message/rfc822 under
"Bezorging mislukt", and a delivery receipt "Bezorgd: …".
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from mail_corpus import SAM
from reply_s10_envelopes import SUBJECT, _alternative, _html_lines, _part, _quote
from reply_s12_envelopes import _first_request, _reminder
from reply_s13_mails import _bytes, _encoded_subject, _headers
from reply_table import ORG

PARENT = "Marja de Vries"


def _soft_qp(text: str, width: int = 9) -> str:
    """Quoted-printable with a soft break every `width` characters of every line, inside
    words (legal: a line may be cut anywhere, "=" at its end)."""
    out = []
    for line in text.split("\n"):
        encoded = "".join(
            c if (33 <= ord(c) <= 126 and c != "=") or c == " " else
            "".join(f"={b:02X}" for b in c.encode("utf-8"))
            for c in line
        )  # fmt: skip
        if encoded.endswith(" "):
            encoded = encoded[:-1] + "=20"
        pieces, rest = [], encoded
        while len(rest) > width:
            cut = width
            while "=" in rest[cut - 2 : cut]:  # never split an "=XX"
                cut += 1
            pieces.append(rest[:cut] + "=")
            rest = rest[cut:]
        out.append("\n".join([*pieces, rest]))
    return "\n".join(out)


def _apple_qp(answer: str, lang: str) -> str:
    attribution = (
        f"Op 3 dec. 2026, om 10:12 schreef Testschool <{ORG}>:"
        if lang == "nl"
        else f"On 3 Dec 2026, at 10:12, Testschool <{ORG}> wrote:"
    )
    plain = f"{answer}\n\n{attribution}\n\n{_quote(_first_request(lang))}\n"
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body style="overflow-wrap: break-word;"><div>{_html_lines(answer)}</div><div><br>'
        f'<blockquote type="cite"><div>{escape(attribution)}</div><br class="Apple-interchange-'
        f'newline"><div>{_html_lines(_first_request(lang))}</div></blockquote></div></body></html>'
    )
    qp = [
        f'Content-Type: {ctype}; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable'
        f"\n\n{_soft_qp(body)}\n"
        for ctype, body in (("text/plain", plain), ("text/html", html))
    ]
    return _alternative(qp[0], qp[1], "Apple-Mail=_0B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0")


def _gmail_signature(answer: str, lang: str) -> str:
    attribution = (
        f"Op do 3 dec 2026 om 10:12 schreef Testschool <{ORG}>:"
        if lang == "nl"
        else f"On Thu, Dec 3, 2026 at 10:12 AM Testschool <{ORG}> wrote:"
    )
    sig = f"{PARENT}\n06-12345678"
    plain = f"{answer}\n\n-- \n{sig}\n\n\n{attribution}\n\n{_quote(_first_request(lang))}\n"
    html = (
        f'<div dir="ltr"><div>{_html_lines(answer)}</div><br clear="all"><div><br></div>'
        '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_'
        f'signature" data-smartmail="gmail_signature">{_html_lines(sig)}</div></div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f'{escape(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px '
        f'0px 0px 0.8ex">{_html_lines(_first_request(lang))}</blockquote></div>'
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8"), _part("text/html", html, "UTF-8"), "000000000000f0e1"
    )


def _block(lang: str, subject: str, when: str) -> str:
    if lang == "nl":
        return (
            f"Van: Testschool <{ORG}>\nVerzonden: {when}\nAan: {PARENT} <{SAM}>\n"
            f"Onderwerp: {subject}"
        )
    return f"From: Testschool <{ORG}>\nSent: {when}\nTo: {PARENT} <{SAM}>\nSubject: {subject}"


def _reminder_outlook_ios(answer: str, lang: str) -> str:
    line = "________________________________"
    first = SUBJECT[lang]
    again = ("Herinnering: " if lang == "nl" else "Reminder: ") + first
    body = (
        f"{answer}\n\nOutlook voor iOS downloaden<https://aka.ms/o0ukef>\n{line}\n"
        f"{_block(lang, again, 'maandag 7 december 2026 09:00')}\n\n{_reminder(lang)}\n\n{line}\n"
        f"{_block(lang, first, 'donderdag 3 december 2026 10:12')}\n\n{_first_request(lang)}\n"
    )
    return _part("text/plain", body, "utf-8")


ENVELOPES: dict[str, Callable[[str, str], str]] = {
    "apple-qp-soft-breaks": _apple_qp,
    "gmail-signature-collapsed": _gmail_signature,
    "reminder-outlook-ios": _reminder_outlook_ios,
}


def message(envelope: str, answer: str, lang: str = "nl", sender: str = SAM) -> bytes:
    subject = "Re: " + SUBJECT[lang]
    if envelope == "reminder-outlook-ios":
        subject = ("Re: Herinnering: " if lang == "nl" else "Re: Reminder: ") + SUBJECT[lang]
    return _bytes(
        _headers(f"{_encoded_subject(PARENT)} <{sender}>", _encoded_subject(subject))
        + ENVELOPES[envelope](answer, lang)
    )


def attached_text(answer: str, filename: str = "antwoord.txt") -> bytes:
    """ "Zie bijlage." and the answer in an attached text file."""
    body = (
        'Content-Type: multipart/mixed; boundary="mix_23"\n\n--mix_23\n'
        + _part("text/plain", f"Zie bijlage.\n\nGroet,\n{PARENT}\n", "utf-8")
        + f'\n--mix_23\nContent-Type: text/plain; charset="utf-8"; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{answer}\n--mix_23--\n"
    )
    return _bytes(_headers(f"{PARENT} <{SAM}>", _encoded_subject("Re: " + SUBJECT["nl"])) + body)


# -- machine messages -----------------------------------------------------------------------------
def _plain(body: str, subject: str, sender: str = f"{PARENT} <{SAM}>") -> bytes:
    return _bytes(_headers(sender, subject) + _part("text/plain", body))


def _ooo_plain(answer: str) -> bytes:
    body = (
        "Goedemiddag,\n\nIk ben afwezig tot en met maandag 7 december. Uw e-mail wordt niet "
        "doorgestuurd. Voor dringende zaken kunt u bellen met 030-1234567.\n\n"
        f"{answer}\n\nMet vriendelijke groet,\n{PARENT}\n"
    )
    return _plain(body, "Re: " + SUBJECT["nl"])


def _ooo_english(answer: str) -> bytes:
    body = (
        "Thank you for your email. I am out of the office until 7 December with limited "
        f"access to email.\n\n{answer}\n\nKind regards,\n{PARENT}\n"
    )
    return _plain(body, "Re: " + SUBJECT["en"])


def _receipt_flat(answer: str) -> bytes:
    body = (
        f"Uw bericht\n\n  Aan: {PARENT}\n  Onderwerp: {SUBJECT['nl']}\n  Verzonden: donderdag "
        "3 december 2026 10:12:00 (UTC+01:00)\n\nis gelezen op donderdag 3 december 2026 "
        f"19:40:55 (UTC+01:00).\n\n{answer}\n"
    )
    return _plain(body, "Re: " + SUBJECT["nl"])


def _bounce_text(answer: str) -> bytes:
    body = (
        f"Uw bericht aan {SAM} kon niet worden bezorgd.\n\nDiagnostische gegevens voor "
        f"beheerders:\n\nGenererende server: mx.example.org\n\n{answer}\n\n"
        f"Oorspronkelijke berichtkoppen:\n\n{_first_request('nl')}\n"
    )
    return _plain(body, "Niet bezorgd: " + SUBJECT["nl"], "Relay <relay@mail.example>")


def _bounce_attached(answer: str) -> bytes:
    inner = _bytes(
        _headers(f"Testschool <{ORG}>", SUBJECT["nl"]) + _part("text/plain", _first_request("nl"))
    ).decode("utf-8")
    body = (
        'Content-Type: multipart/mixed; boundary="bnc_23"\n\n--bnc_23\n'
        + _part("text/plain", f"Het bericht kon niet worden afgeleverd.\n\n{answer}\n")
        + f"\n--bnc_23\nContent-Type: message/rfc822\n\n{inner}\n--bnc_23--\n"
    )
    return _bytes(
        _headers("Mailserver <noreply@mail.example>", "Bezorging mislukt: " + SUBJECT["nl"]) + body
    )


def _delivered(answer: str) -> bytes:
    body = f"Uw bericht is bezorgd bij de volgende ontvangers:\n\n{PARENT}\n\n{answer}\n"
    return _bytes(
        _headers(f"{PARENT} <{SAM}>", "Bezorgd: " + SUBJECT["nl"]) + _part("text/plain", body)
    )


MACHINE: dict[str, Callable[[str], bytes]] = {
    "out-of-office-no-header": _ooo_plain,
    "out-of-office-english-no-header": _ooo_english,
    "read-receipt-flattened": _receipt_flat,
    "bounce-niet-bezorgd-text": _bounce_text,
    "bounce-request-attached": _bounce_attached,
    "delivery-receipt-bezorgd": _delivered,
}

__all__ = ["ENVELOPES", "MACHINE", "attached_text", "message"]
