"""Round 4 of issue 19: ~50 real answer phrasings × 11 real client envelopes, as raw RFC 5322
bytes, each with our own request quoted under it the way that client quotes it (the quote
holds "schrijf per onderdeel ja of nee, bijvoorbeeld: 1 ja, 2 nee" — never the answer).

Each envelope is written the way the client writes it (checked against real messages):
Outlook desktop (multipart/alternative, windows-1252, quoted-printable, the original under a
"Van:/Verzonden:" block without ">" marks), new Outlook / Outlook web (HTML only, the original
after <div id="appendonsend">), Gmail web (text + HTML, the "schreef" line wrapped before the
address, <div class="gmail_quote">), iOS Mail (the attribution line inside the quote,
"Verstuurd vanaf mijn iPhone", HTML blockquote type=cite), Android Gmail, Samsung Email
(HTML only, "-------- Origineel bericht --------"), Thunderbird (format=flowed, the quote
wrapped with trailing spaces), Yahoo (plain part indented, no ">" marks, HTML yahoo_quoted),
Outlook plain text with the "Oorspronkelijk bericht" line, and a forward of the request with
the answer typed above it.
"""

from __future__ import annotations

import base64
import quopri
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from mail_corpus import CODE_MAIN, SAM
from reply_table import ORG, request_paragraphs

ORIG = {
    "nl": "\n\n".join(request_paragraphs(3)).replace("TS-1CR5-AYMZ-7", CODE_MAIN),
    "en": "\n\n".join(request_paragraphs(3, english=True)).replace("TS-1CR5-AYMZ-7", CODE_MAIN),
}
DATE = "Thu, 03 Dec 2026 19:41:07 +0100"
SUBJECT = {
    "nl": f"Vraag om toestemming – Testschool – code {CODE_MAIN}",
    "en": f"Request {CODE_MAIN}",
}


def _qp(text: str, charset: str) -> str:
    return quopri.encodestring(text.encode(charset, errors="replace")).decode("ascii")


def _b64(data: bytes) -> str:
    raw = base64.b64encode(data).decode("ascii")
    return "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))


def _head(lang: str, sender: str = SAM, extra: str = "") -> str:
    return (
        f"From: Sam de Vries <{sender}>\nTo: Testschool <{ORG}>\n"
        f"Subject: =?utf-8?b?{base64.b64encode(('Re: ' + SUBJECT[lang]).encode()).decode()}?=\n"
        f"Date: {DATE}\nMessage-ID: <s10.{abs(hash(extra)) % 10**8}@mail.example>\n"
        f"In-Reply-To: <toestemming.1.test@testschool.example>\n{extra}MIME-Version: 1.0\n"
    )


def _part(ctype: str, body: str, charset: str = "utf-8", cte: str = "qp", params: str = "") -> str:
    if cte == "qp":
        encoded, name = _qp(body, charset), "quoted-printable"
    elif cte == "b64":
        encoded, name = _b64(body.encode(charset, errors="replace")), "base64"
    else:
        encoded, name = body, "8bit"
    return (
        f'Content-Type: {ctype}; charset="{charset}"{params}\n'
        f"Content-Transfer-Encoding: {name}\n\n{encoded}\n"
    )


def _alternative(plain: str, html: str, boundary: str) -> str:
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n{plain}\n--{boundary}\n{html}\n--{boundary}--\n"
    )


def _quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def _html_lines(text: str) -> str:
    return "<br>\n".join(escape(line) for line in text.split("\n"))


def _html_paragraphs(text: str, tag: str = "div") -> str:
    return "".join(
        f"<{tag}>{escape(line) if line.strip() else '<br>'}</{tag}>" for line in text.split("\n")
    )


# -- the envelopes: (answer, language) → message text ------------------------------------------
def outlook_desktop(answer: str, lang: str) -> str:
    van = "Van" if lang == "nl" else "From"
    block = (
        f"{van}: Testschool <{ORG}>\n"
        + (
            "Verzonden: donderdag 3 december 2026 10:12\nAan: Sam de Vries <"
            if lang == "nl"
            else "Sent: Thursday, December 3, 2026 10:12 AM\nTo: Sam de Vries <"
        )
        + f"{SAM}>\n"
        + ("Onderwerp: " if lang == "nl" else "Subject: ")
        + SUBJECT[lang]
        + "\n\n"
    )
    plain = f"{answer}\n\nMet vriendelijke groet,\n\nSam\n\n" + block + ORIG[lang]
    html = (
        "<html><head><style>p.MsoNormal{margin:0}</style></head><body><div class=WordSection1>"
        + _html_paragraphs(answer, "p class=MsoNormal").replace("</p class=MsoNormal>", "</p>")
        + "<p class=MsoNormal>&nbsp;</p><div style='border:none;border-top:solid #E1E1E1 1.0pt;"
        f"padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>{van}:</b> Testschool &lt;{ORG}&gt;"
        "<br><b>Verzonden:</b> donderdag 3 december 2026 10:12<br><b>Onderwerp:</b> "
        f"{escape(SUBJECT[lang])}</p></div><p class=MsoNormal>{_html_lines(ORIG[lang])}</p>"
        "</div></body></html>"
    )
    charset = _legacy_or_utf8(answer, "windows-1252")
    return _alternative(
        _part("text/plain", plain, charset),
        _part("text/html", html, charset),
        "_000_AM0PR01MB1234_",
    )


def _legacy_or_utf8(text: str, charset: str) -> str:
    """Outlook writes windows-1252 / iso-8859-1 unless the text has a character (an emoji)
    that charset lacks; then UTF-8."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def new_outlook_html(answer: str, lang: str) -> str:
    van = "Van" if lang == "nl" else "From"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div class="elementToProof" style="font-family: Aptos; font-size: 12pt">'
        + _html_lines(answer).replace(" ", "&nbsp;", 1)
        + '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
        f'<div id="divRplyFwdMsg" dir="ltr"><b>{van}:</b> Testschool &lt;{ORG}&gt;<br>'
        "<b>Verzonden:</b> donderdag 3 december 2026 10:12<br><b>Aan:</b> Sam de Vries<br>"
        f"<b>Onderwerp:</b> {escape(SUBJECT[lang])}</div><div>{_html_lines(ORIG[lang])}</div>"
        "</body></html>"
    )
    return _part("text/html", html, "utf-8", "b64")


def gmail_web(answer: str, lang: str) -> str:
    attribution = (
        f"Op do 3 dec 2026 om 10:12 schreef Testschool <\n{ORG}>:"
        if lang == "nl"
        else f"On Thu, Dec 3, 2026 at 10:12 AM Testschool <\n{ORG}> wrote:"
    )
    plain = f"{answer}\n\n{attribution}\n\n{_quote(ORIG[lang])}\n"
    html = (
        f'<div dir="ltr">{_html_lines(answer)}</div><br><div class="gmail_quote">'
        f'<div dir="ltr" class="gmail_attr">{escape(attribution.replace(chr(10), ""))}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        f'rgb(204,204,204);padding-left:1ex">{_html_lines(ORIG[lang])}</blockquote></div>'
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8"), _part("text/html", html, "UTF-8"), "000000000000a1b2"
    )


def ios_mail(answer: str, lang: str) -> str:
    sent = "Verstuurd vanaf mijn iPhone" if lang == "nl" else "Sent from my iPhone"
    attribution = (
        f"Op 3 dec 2026 om 10:12 heeft Testschool <{ORG}> het volgende geschreven:"
        if lang == "nl"
        else f"On 3 Dec 2026, at 10:12, Testschool <{ORG}> wrote:"
    )
    plain = f"{answer}\n\n{sent}\n\n> {attribution}\n> \n> \ufeff" + _quote(ORIG[lang])[2:]
    html = (
        f'<html><head></head><body dir="auto"><div dir="ltr">{_html_lines(answer)}</div>'
        f'<div dir="ltr"><br><div>{sent}</div><div dir="ltr"><br><blockquote type="cite">'
        f'{escape(attribution)}<br><br></blockquote></div><blockquote type="cite">'
        f'<div dir="ltr">{_html_lines(ORIG[lang])}</div></blockquote></div></body></html>'
    )
    return _alternative(
        _part("text/plain", plain, "utf-8"),
        _part("text/html", html, "utf-8"),
        "Apple-Mail-5F1A2B3C-0D4E-4F5A-9B8C-7D6E5F4A3B2C",
    )


def android_gmail(answer: str, lang: str) -> str:
    attribution = (
        f"Op do 3 dec. 2026 10:12 schreef Testschool <{ORG}>:"
        if lang == "nl"
        else f"On Thu, 3 Dec 2026, 10:12 Testschool, <{ORG}> wrote:"
    )
    plain = f"{answer}\n\n{attribution}\n\n{_quote(ORIG[lang])}\n"
    html = (
        f'<div dir="auto">{_html_lines(answer)}</div><br><div class="gmail_quote">'
        f'<div dir="ltr" class="gmail_attr">{escape(attribution)}<br></div><blockquote '
        f'class="gmail_quote" style="margin:0 0 0 .8ex">{_html_lines(ORIG[lang])}</blockquote></div>'
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8", "b64"),
        _part("text/html", html, "UTF-8", "b64"),
        "0000000000005e6f",
    )


def samsung_html(answer: str, lang: str) -> str:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
        f'<body><div dir="auto">{_html_lines(answer)}</div><div dir="auto"><br></div>'
        '<div dir="auto"><br></div><div id="composer_signature" dir="auto"><div '
        'style="font-size:85%;color:#575757" dir="auto">Verzonden vanaf mijn Galaxy</div></div>'
        '<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:'
        '100%;color:#000000"><div>-------- Origineel bericht --------</div><div>Van: Testschool '
        f"&lt;{ORG}&gt; </div><div>Datum: 03-12-26 10:12 (GMT+01:00) </div><div>Aan: {SAM} "
        f"</div><div>Onderwerp: {escape(SUBJECT[lang])} </div><div><br></div></div>"
        f"{_html_lines(ORIG[lang])}</body></html>"
    )
    return _part("text/html", html, "UTF-8", "b64")


def thunderbird_flowed(answer: str, lang: str) -> str:
    attribution = (
        "Op 03-12-2026 om 10:12 schreef Testschool:"
        if lang == "nl"
        else "On 03/12/2026 10:12, Testschool wrote:"
    )
    quoted: list[str] = []
    for line in ORIG[lang].split("\n"):
        wrapped = textwrap.wrap(line, 70, break_long_words=False) or [""]
        quoted.extend("> " + w + " " for w in wrapped[:-1])
        quoted.append(("> " + wrapped[-1]) if wrapped[-1] else ">")
    own = answer  # short answers: no own line is long enough to be wrapped
    body = f"{own}\n\n-- \nSam\n\n{attribution}\n" + "\n".join(quoted) + "\n"
    return _part("text/plain", body, "UTF-8", "8bit", "; format=flowed")


def yahoo(answer: str, lang: str) -> str:
    attribution = (
        f"Op donderdag 3 december 2026 10:12:40 CET schreef Testschool <{ORG}>:"
        if lang == "nl"
        else f"On Thursday, December 3, 2026, 10:12:40 AM GMT+1, Testschool <{ORG}> wrote:"
    )
    indented = "\n".join(("    " + line if line else "") for line in ORIG[lang].split("\n"))
    plain = f"{answer}\n\n    {attribution}  \n\n{indented}\n"
    html = (
        '<html><head></head><body><div class="ydp5e1f2yahoo-style-wrap" style="font-family:'
        f'Helvetica">{_html_paragraphs(answer)}</div><div id="yahoo_quoted_1234" '
        'class="yahoo_quoted"><div style="font-family:Helvetica"><div>'
        f'{escape(attribution)}</div><div><br></div><div><br></div><div><div dir="ltr">'
        f"{_html_lines(ORIG[lang])}</div></div></div></div></body></html>"
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8"),
        _part("text/html", html, "UTF-8"),
        "----=_Part_123456_7890.1701590000000",
    )


def outlook_plain_lost_quote(answer: str, lang: str) -> str:
    line = "-----Oorspronkelijk bericht-----" if lang == "nl" else "-----Original Message-----"
    van = "Van" if lang == "nl" else "From"
    body = (
        f"{answer}\n\n{line}\n{van}: Testschool <{ORG}>\n"
        + (
            "Verzonden: donderdag 3 december 2026 10:12\nAan: "
            if lang == "nl"
            else "Sent: Thursday, December 3, 2026 10:12 AM\nTo: "
        )
        + f"Sam de Vries <{SAM}>\n"
        + ("Onderwerp: " if lang == "nl" else "Subject: ")
        + f"{SUBJECT[lang]}\n\n{ORIG[lang]}\n"
    )
    return _part("text/plain", body, _legacy_or_utf8(answer, "iso-8859-1"))


def forwarded(answer: str, lang: str) -> str:
    head = (
        "---------- Doorgestuurd bericht ---------\nVan: Testschool <"
        if lang == "nl"
        else "---------- Forwarded message ---------\nFrom: Testschool <"
    )
    body = (
        f"{answer}\n\n{head}{ORG}>\nDate: do 3 dec 2026 om 10:12\nSubject: {SUBJECT[lang]}\n"
        f"To: <{SAM}>\n\n\n{ORIG[lang]}\n"
    )
    return _part("text/plain", body, "UTF-8")


ENVELOPES: dict[str, Callable[[str, str], str]] = {
    "outlook-desktop": outlook_desktop,
    "new-outlook-html": new_outlook_html,
    "gmail-web": gmail_web,
    "ios-mail": ios_mail,
    "android-gmail": android_gmail,
    "samsung-html": samsung_html,
    "thunderbird-flowed": thunderbird_flowed,
    "yahoo": yahoo,
    "outlook-plain-lost-quote": outlook_plain_lost_quote,
    "forwarded": forwarded,
}


def message(
    envelope: str, answer: str, lang: str = "nl", sender: str = SAM, extra: str = ""
) -> bytes:
    head = _head(lang, sender, extra=f"X-S10: {envelope}\n{extra}")
    text = head + ENVELOPES[envelope](answer, lang)
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


@dataclass(frozen=True)
class Phrasing:
    text: str
    expect: tuple[str, ...]  # per item of ITEMS (3): ja/nee/?; ("geen",) or ("intrekken", *p)
    lang: str = "nl"
    also: tuple[tuple[str, ...], ...] = ()  # other readings a careful worker could write down


# "?" = must not be recorded for that item; ("geen",) = nothing recordable at all.
PHRASINGS: dict[str, Phrasing] = {
    "niet-voor-2": Phrasing("niet voor 2", ("?", "nee", "?")),
    "2-niet": Phrasing("2 niet", ("?", "nee", "?")),
    "ja-maar-niet-voor-2": Phrasing("Ja, maar niet voor 2.", ("ja", "nee", "ja")),
    "alles-behalve-2": Phrasing("Alles behalve 2", ("ja", "nee", "ja")),
    "alles-behalve-bakkerij": Phrasing("Ja voor alles behalve de bakkerij", ("ja", "nee", "ja")),
    "ja-maar-niet-aan-uwv": Phrasing("ja maar niet aan het UWV", ("nee", "ja", "ja")),
    "one-line-mixed": Phrasing("1 ja 2 nee 3 ja", ("ja", "nee", "ja")),
    "colons": Phrasing("1: ja,\n2:nee\n3 : Ja", ("ja", "nee", "ja")),
    "en-ja": Phrasing("1 en 3 ja, 2 nee", ("ja", "nee", "ja")),
    "tm": Phrasing("1 t/m 3 ja", ("ja", "ja", "ja")),
    "range-except": Phrasing("1-3 ja behalve 2", ("ja", "nee", "ja")),
    "bullets": Phrasing("- 1 ja\n- 2 nee\n- 3 nee", ("ja", "nee", "nee")),
    "star-bullets": Phrasing(
        "* onderdeel 1: ja\n* onderdeel 2: ja\n* onderdeel 3: nee", ("ja", "ja", "nee")
    ),
    "ja-haakjes": Phrasing("ja (niet 2)", ("ja", "nee", "ja")),
    "thumbs": Phrasing("1 👍\n2 👎\n3 👍", ("ja", "nee", "ja")),
    "checks": Phrasing("1 ✅\n2 ❌\n3 ✅", ("ja", "nee", "ja")),
    "caps": Phrasing("JA VOOR ALLES", ("ja", "ja", "ja")),
    "jazeker-alles": Phrasing("Jazeker, voor alles", ("ja", "ja", "ja")),
    "akkoord": Phrasing("Akkoord.", ("ja", "ja", "ja")),
    "geen-bezwaar": Phrasing("Geen bezwaar", ("ja", "ja", "ja")),
    "geen-toestemming": Phrasing("Geen toestemming.", ("nee", "nee", "nee")),
    "liever-niet": Phrasing("Liever niet", ("nee", "nee", "nee")),
    "niet-akkoord": Phrasing("Daar ga ik niet mee akkoord.", ("nee", "nee", "nee")),
    "geen-problemen": Phrasing("ik heb er geen problemen mee", ("ja", "ja", "ja")),
    "double-negation": Phrasing("Ik heb niet geen toestemming", ("geen",)),
    "cond-als": Phrasing("Ja, als ik eerst word gebeld.", ("geen",)),
    "cond-eerst": Phrasing("ja maar eerst bellen", ("geen",)),
    "question-later": Phrasing("Mag dat ook later?", ("geen",)),
    "hedge": Phrasing("Ik weet het nog niet, misschien ja", ("geen",)),
    "ok-only": Phrasing("ok", ("geen",)),
    "withdraw-stoppen": Phrasing("ik wil toch stoppen", ("intrekken",)),
    "withdraw-trek-alles": Phrasing("Trek alles in.", ("intrekken",)),
    "withdraw-niet-meer": Phrasing(
        "Ik wil niet meer dat jullie mijn gegevens delen.", ("intrekken",)
    ),
    "withdraw-2": Phrasing("Ik trek mijn toestemming voor 2 in", ("intrekken", "2")),
    "not-withdraw": Phrasing("Ik wil niet stoppen.", ("geen",)),
    "typo-jaa-neej": Phrasing("1 jaa\n2 neej\n3 jaa", ("ja", "nee", "ja")),
    "typo-tostemming": Phrasing("tostemming voor 1 en 3, niet voor 2", ("ja", "nee", "ja")),
    "typo-nie": Phrasing("1 ja 2 nie 3 nie", ("ja", "nee", "nee")),
    "signature-phone": Phrasing(
        "1 ja, 2 nee, 3 ja\n\nGroetjes Marja\n06-12345678", ("ja", "nee", "ja")
    ),
    "disclaimer": Phrasing(
        "Nee voor alles.\n\nMet vriendelijke groet,\nP. de Boer\nT 020-1234567\n\nDit bericht is "
        "uitsluitend bestemd voor de geadresseerde. Is dit bericht niet voor u bestemd, dan "
        "verzoeken wij u het te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend.",
        ("nee", "nee", "nee"),
    ),
    "date-in-text": Phrasing("Zoals op 3-12 besproken: 1 ja", ("ja", "?", "?")),
    "names-reordered": Phrasing("De bakkerij: nee\nUWV: ja\nLeerplicht: ja", ("ja", "nee", "ja")),
    "reordered-numbers": Phrasing("3 ja, 1 nee, 2 ja", ("nee", "ja", "ja")),
    "rest-goed": Phrasing("Nee voor 2, de rest is goed", ("ja", "nee", "ja")),
    "geen-bezwaar-per-item": Phrasing(
        "Voor 1 geen bezwaar, voor 2 en 3 geen toestemming", ("ja", "nee", "nee")
    ),
    "en-yes-no": Phrasing("yes to 1, no to 2, yes to 3", ("ja", "nee", "ja"), "en"),
    "en-dont-agree": Phrasing("I don't agree with 2", ("?", "nee", "?"), "en"),
    "en-fine-except": Phrasing("fine except 2", ("ja", "nee", "ja"), "en"),
    "en-no-objection": Phrasing("No objection.", ("ja", "ja", "ja"), "en"),
    "en-no-to-all": Phrasing("No to all, thanks", ("nee", "nee", "nee"), "en"),
    "en-all-except-number": Phrasing(
        "I agree to everything except number 2", ("ja", "nee", "ja"), "en"
    ),
    "en-only-unknown": Phrasing("Don't share with the employer", ("geen",), "en"),
    # round 4: found wrong before the fixes of session 10
    "want-story-title-word": Phrasing("Ja maar 2 niet want daar werk ik al", ("ja", "nee", "ja")),
    "story-title-word-after-answer": Phrasing("2 nee ik werk daar al", ("?", "nee", "?")),
    "not-only-but-also": Phrasing("Niet alleen 1 maar ook 2 ja", ("ja", "ja", "?")),
    "but-also": Phrasing("Voor 1, maar ook voor 3 ja. 2 nee.", ("ja", "nee", "ja")),
    "ja-komma-niet-2": Phrasing("Ja, niet 2", ("ja", "nee", "ja")),
    "ja-akkoord-maar-niet": Phrasing("Ja, ik ga akkoord, maar niet met 2", ("ja", "nee", "ja")),
    "numbered-dots": Phrasing("1. ja, 2. niet, 3. ja", ("ja", "nee", "ja")),
    "withdraw-niets-meer": Phrasing("Jullie mogen niets meer delen", ("intrekken",)),
    "withdraw-vanaf-nu": Phrasing("Vanaf nu niets meer delen aub", ("intrekken",)),
    "not-withdraw-niet-meer-stoppen": Phrasing("Ik wil niet meer stoppen", ("geen",)),
    "unknown-recipient-no": Phrasing("Nee voor de huisarts", ("geen",)),
    "unknown-recipient-yes": Phrasing("Akkoord met de sportclub", ("geen",)),
    "request-word-is-no-recipient": Phrasing("Akkoord met het verzoek", ("ja", "ja", "ja")),
    "alles-behalve-bare": Phrasing("Alles behalve de bakkerij", ("ja", "nee", "ja")),
    "nee-tegen-ja-tegen": Phrasing("Nee tegen 2, ja tegen 1 en 3", ("ja", "nee", "ja")),
    "wel-niet": Phrasing("Voor 2 niet, voor de rest wel", ("ja", "nee", "ja")),
    "geen-bezwaar-wel-tegen": Phrasing(
        "Ik heb geen bezwaar tegen 1, wel tegen 2", ("ja", "nee", "?")
    ),
    "reported-mother": Phrasing("Mijn moeder zegt nee", ("geen",)),
    "behalve-nr-2": Phrasing("Ja behalve nr. 2", ("ja", "nee", "ja")),
    "en-except-no-2": Phrasing("Yes except no. 2", ("ja", "nee", "ja"), "en"),
    "en-nos-1-and-3": Phrasing("I agree with nos. 1 and 3", ("ja", "?", "ja"), "en"),
    "en-agree-then-list": Phrasing("I agree. 1 and 3.", ("geen",), "en"),
    "nee-alleen-voor-1": Phrasing("Nee, alleen voor 1", ("geen",)),
    "nee-alleen-zonder-komma": Phrasing("nee alleen voor UWV", ("geen",)),
    "ja-maar-alleen": Phrasing("Ja, maar alleen voor 2", ("nee", "ja", "nee")),
    "thanks-for-the-explanation": Phrasing("Akkoord en bedankt voor de uitleg", ("ja", "ja", "ja")),
    "quits-school-is-no-withdrawal": Phrasing(
        "Ik ben het vergeten maar ik wil stoppen met school", ("geen",)
    ),
    "he-no-longer": Phrasing("Hij wil niet meer", ("geen",)),
    "phone-line-break-before-maar": Phrasing("Ja\nmaar niet voor 2", ("ja", "nee", "ja")),
    "date-glued-to-a-number": Phrasing(
        "Nee voor 2\n\nOp 3-12 ben ik niet bereikbaar", ("?", "nee", "?")
    ),
    "date-slash": Phrasing("1 ja, 3 nee. Op 12/3 ben ik er niet.", ("ja", "?", "nee")),
    "ticks-and-crosses": Phrasing("1 ✓ 2 ✗ 3 ✓", ("ja", "nee", "ja")),
    "ballot-boxes": Phrasing("1 ☑️ 2 ✘ 3 ☑️", ("ja", "nee", "ja")),
    "unknown-sign-between": Phrasing("1 ★ 2 ✗ 3 ★", ("geen",)),
    "skin-tone-thumbs": Phrasing("1 👍🏻\n2 👎🏻\n3 👍🏻", ("ja", "nee", "ja")),
    "stretched-no": Phrasing("Neeeee", ("nee", "nee", "nee")),
    "stretched-all": Phrasing("Jaaa voor allesss", ("ja", "ja", "ja")),
    "en-disagree": Phrasing("I disagree with 2", ("?", "nee", "?"), "en"),
    "en-dont-disagree": Phrasing("I don't disagree", ("geen",), "en"),
    "en-all-of-them": Phrasing("Yes, all of them", ("ja", "ja", "ja"), "en"),
    "if-not-then-no": Phrasing("Is dit verplicht? Zo niet, dan nee.", ("geen",)),
    "all-of-one-item": Phrasing("Het UWV mag alles weten", ("ja", "?", "?")),
    "almost-all": Phrasing("Met bijna alles akkoord", ("geen",)),
    # (reply22: a correction in a later sentence wins for the item it names, as round 10's
    # "Sorry, 3 moet nee zijn" already allowed)
    "correction": Phrasing(
        "1 ja 2 nee 3 ja\nSorry, 2 moet ja zijn", ("ja", "?", "ja"), also=(("ja", "ja", "ja"),)
    ),
}
