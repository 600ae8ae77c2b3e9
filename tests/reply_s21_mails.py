"""reply21's clients: whole messages as more mail programs Dutch parents use write them, down
to charset and transfer encoding, with our real request quoted (or not) the way each one does:

- Yahoo Mail: the plain part holds the request unquoted under "Op woensdag 2 december 2026
  10:12:33 CET schreef …", the HTML part a yahoo_quoted div;
- Proton Mail: "Verzonden met Proton Mail beveiligde e-mail." and "------- Original Message
  -------" over a ">"-quote;
- Outlook for Android in English: a signature with "+31 (0)6 1234 5678" and a house number,
  "Get Outlook for Android", the "From:/Sent:/To:/Subject:" block and the request unquoted;
- an HTML-only webmail in windows-1252 quoted-printable that lays the answer and the quote out
  in tables;
- Gmail with a contact block under the answer: "groep 8, klas 3B", a phone number with spaced
  dashes, a house number and postcode, our reference code quoted back;
- Gmail quoting an OLDER request for the same youth (other code, other items) under the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from mail_corpus import SAM
from reply_s10_envelopes import SUBJECT, _alternative, _html_lines, _part, _quote
from reply_s12_envelopes import _first_request
from reply_s13_mails import _bytes, _encoded_subject, _headers
from reply_table import CODE, ORG

PARENT = "Kübra Yılmaz"
_OLD_CODE = "TS-9QW2-KLMN-4"


def _yahoo(answer: str, lang: str) -> str:
    attr = (
        f"Op woensdag 2 december 2026 10:12:33 CET schreef Testschool <{ORG}>:"
        if lang == "nl"
        else f"On Wednesday, December 2, 2026, 10:12:33 AM GMT+1, Testschool <{ORG}> wrote:"
    )
    plain = f"{answer}\n\n\n    {attr}  \n\n{_first_request(lang)}\n"
    html = (
        '<html><head></head><body><div class="ydp3f1c yahoo-style-wrap" style="font-family:'
        f'Helvetica Neue;font-size:16px;"><div dir="ltr">{_html_lines(answer)}</div></div>'
        '<div id="yahoo_quoted_1234" class="yahoo_quoted"><div style="font-family:Helvetica;'
        f'font-size:13px;color:#26282a;"><div>{escape(attr)}</div><div><br></div><div><br>'
        f"</div><div><div>{_html_lines(_first_request(lang))}</div></div></div></div></body></html>"
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8"), _part("text/html", html, "UTF-8"), "----=_Part_1_"
    )


def _proton(answer: str, lang: str) -> str:
    sent = (
        "Verzonden met Proton Mail beveiligde e-mail."
        if lang == "nl"
        else "Sent with Proton Mail secure email."
    )
    head = (
        f"Op woensdag 2 december 2026 om 10:12, Testschool <{ORG}> schreef:"
        if lang == "nl"
        else f"On Wednesday, December 2nd, 2026 at 10:12, Testschool <{ORG}> wrote:"
    )
    plain = (
        f"{answer}\n\n{sent}\n\n------- Original Message -------\n{head}\n\n"
        f"{_quote(_first_request(lang))}\n"
    )
    return _part("text/plain", plain, "utf-8", "b64")


def _outlook_android_en(answer: str, lang: str) -> str:
    sig = f"Kind regards,\n{PARENT}\nDorpsstraat 3, 1234 AB Ons Dorp\n+31 (0)6 1234 5678"
    block = (
        f"From: Testschool <{ORG}>\nSent: Wednesday, December 2, 2026 10:12:13 AM\n"
        f"To: {PARENT} <{SAM}>\nSubject: {SUBJECT[lang]}"
    )
    plain = (
        f"{answer}\n\n{sig}\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n"
        f"________________________________\n{block}\n\n{_first_request(lang)}\n"
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div dir="auto">{_html_lines(answer)}</div><div dir="auto"><br></div>'
        f'<div dir="auto">{_html_lines(sig)}</div><div dir="auto"><br></div>'
        '<div id="ms-outlook-mobile-signature" dir="auto">Get <a href="https://aka.ms/AAb9ysg">'
        'Outlook for Android</a></div><hr style="display:inline-block;width:98%">'
        f'<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Testschool &lt;{ORG}&gt;<br><b>Sent:'
        "</b> Wednesday, December 2, 2026 10:12:13 AM<br><b>To:</b> "
        f"{escape(PARENT)} &lt;{SAM}&gt;<br><b>Subject:</b> {escape(SUBJECT[lang])}</div>"
        f"<div>{_html_lines(_first_request(lang))}</div></body></html>"
    )
    return _alternative(
        _part("text/plain", plain, "utf-8"), _part("text/html", html, "utf-8"), "_000_DB9P_"
    )


def _html_tables(answer: str, lang: str) -> str:
    """A web mailer that writes HTML only, in tables, windows-1252 quoted-printable."""
    rows = "".join(
        f"<tr><td style='font-family:Arial'>{escape(x) if x.strip() else '&nbsp;'}</td></tr>"
        for x in answer.split("\n")
    )
    said = "schreef" if lang == "nl" else "wrote"
    html = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
        f"</head><body><table width='100%' cellpadding='0' cellspacing='0'>{rows}</table><br>"
        "<table width='100%' cellpadding='0' cellspacing='0'><tr><td><hr>"
        f"<b>Testschool &lt;{ORG}&gt; {said} op 02-12-2026 10:12:</b><br>"
        f"<blockquote style='border-left:2px solid #1010ff;padding-left:5px;margin-left:5px'>"
        f"{_html_lines(_first_request(lang))}</blockquote></td></tr></table></body></html>"
    )
    try:
        answer.encode("windows-1252")
        charset = "windows-1252"
    except UnicodeEncodeError:
        charset = "utf-8"
    return _part("text/html", html, charset)


_GMAIL_ATTR = f"Op wo 2 dec. 2026 om 10:12 schreef Testschool <{ORG}>:"


def _gmail_contact_block(answer: str, lang: str) -> str:
    own = (
        f"{answer}\n\nMet vriendelijke groet,\n{PARENT}\nMoeder van Sam (groep 8, klas 3B)\n"
        f"Tel: 06 - 123 456 78 | Dorpsstraat 3, 1234 AB Ons Dorp\nKenmerk: {CODE}"
    )
    plain = f"{own}\n\n{_GMAIL_ATTR}\n\n{_quote(_first_request(lang))}\n"
    html = (
        f'<div dir="ltr">{_html_lines(own)}</div><br><div class="gmail_quote"><div dir="ltr" '
        f'class="gmail_attr">{escape(_GMAIL_ATTR)}<br></div><blockquote class="gmail_quote" '
        f'style="margin:0px 0px 0px 0.8ex">{_html_lines(_first_request(lang))}</blockquote></div>'
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8"), _part("text/html", html, "UTF-8"), "0000000000c1"
    )


def _older_request(lang: str) -> str:
    if lang == "nl":
        return (
            "Beste ouder,\n\nWij vragen toestemming om gegevens van Sam te delen. Antwoord per "
            "onderdeel met ja of nee, bijvoorbeeld: 1 ja, 2 nee.\n\nOnderdeel 1: Aanmelden "
            "bij de huisarts\nOnderdeel 2: Doorgeven aan de sportclub\nOnderdeel 3: Foto's op "
            f"de website\nOnderdeel 4: Schoolreis\n\nCode {_OLD_CODE}\n\nTestschool"
        )
    return (
        "Dear parent,\n\nWe ask for consent to share Sam's information. Answer per part with "
        "yes or no, for example: 1 yes, 2 no.\n\nPart 1: Registering with the GP\nPart 2: "
        "Passing on to the sports club\nPart 3: Photos on the website\nPart 4: School trip\n\n"
        f"Code {_OLD_CODE}\n\nTestschool"
    )


def _gmail_older(answer: str, lang: str) -> str:
    attr = f"Op di 3 nov. 2026 om 09:30 schreef Testschool <{ORG}>:"
    plain = f"{answer}\n\n{attr}\n\n{_quote(_older_request(lang))}\n"
    return _part("text/plain", plain, "UTF-8")


ENVELOPES: dict[str, Callable[[str, str], str]] = {
    "yahoo": _yahoo,
    "proton": _proton,
    "outlook-android-en-signature": _outlook_android_en,
    "html-only-tables-1252": _html_tables,
    "gmail-contact-block": _gmail_contact_block,
    "gmail-older-request": _gmail_older,
}


def message(envelope: str, answer: str, lang: str = "nl", sender: str = SAM) -> bytes:
    subject = _encoded_subject("Re: " + SUBJECT[lang])
    sender_name = _encoded_subject(PARENT)
    return _bytes(
        _headers(f"{sender_name} <{sender}>", subject) + ENVELOPES[envelope](answer, lang)
    )


__all__ = ["ENVELOPES", "message"]
