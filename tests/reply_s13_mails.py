"""Round 7 of issue 19: whole messages as real mail clients send them (raw .eml bytes).

Earlier rounds built their envelopes around our plain request. Here the original is our real
request as compose.py writes it (with "bijvoorbeeld: 1 ja, 2 nee … ja voor alles" in it),
and each envelope is what one client really produces, down to the transfer encoding:

- classic Outlook sending HTML only (Word markup, <o:p>, MsoNormal, the "Van:/Verzonden:"
  block in a bordered div, no quote marks) with winmail.dat attached;
- Gmail, Apple Mail and Thunderbird with their attribution line in German, French, Spanish,
  Polish, Portuguese and Italian ("Am … schrieb …:", "Le … a écrit :", …), Apple's quote in
  <blockquote type="cite"> only (no plain part);
- phones: iPhone top-posting over the whole request with no quote marks at all, Outlook for
  Android ("Outlook voor Android downloaden", bold "Van:" block), Samsung Email plain+HTML;
- a forward: one parent forwards our request to the other ("wat vind jij?"), who answers us
  with that whole conversation quoted under the answer;
- transport: format=flowed with delsp=yes, quoted-printable with soft breaks inside words,
  base64 in windows-1252, iso-8859-15 and UTF-16;
- signatures: S/MIME multipart/signed, PGP/MIME, inline PGP (with its dash-escaping);
- and messages that are never an answer: out-of-office and vacation replies (Auto-Submitted,
  X-Autoreply, encoded-word subjects in six languages), delivery failures (DSN, Exchange NDR).
"""

from __future__ import annotations

import base64
import quopri
from collections.abc import Callable
from html import escape

from mail_corpus import CODE_MAIN, SAM
from reply_s10_envelopes import DATE, SUBJECT, _alternative, _b64, _html_lines, _part, _quote
from reply_s12_envelopes import _first_request
from reply_table import ORG

FATHER = "peter.devries@example.org"  # the other parent, answering a forwarded request
MOTHER = "marja.devries@example.org"

_ATTRIBUTION = {
    "de": f"Am Do., 3. Dez. 2026 um 10:12 Uhr schrieb Testschool <{ORG}>:",
    "fr": f"Le jeu. 3 déc. 2026 à 10:12, Testschool <{ORG}> a écrit :",
    "es": f"El jue, 3 dic 2026 a las 10:12, Testschool (<{ORG}>) escribió:",
    "pl": f"W dniu czw., 3.12.2026 o 10:12 Testschool <{ORG}> napisał(a):",
    "pt": f"Em qui., 3 de dez. de 2026 às 10:12, Testschool <{ORG}> escreveu:",
    "it": f"Il giorno gio 3 dic 2026 alle ore 10:12 Testschool <{ORG}> ha scritto:",
}
_APPLE_ATTRIBUTION = {
    "nl": f"Op 3 dec 2026, om 10:12, heeft Testschool <{ORG}> het volgende geschreven:",
    "de": f"Am 03.12.2026 um 10:12 schrieb Testschool <{ORG}>:",
    "fr": f"Le 3 déc. 2026 à 10:12, Testschool <{ORG}> a écrit :",
}
_TB_ATTRIBUTION = {
    "de": "Am 03.12.26 um 10:12 schrieb Testschool:",
    "pl": "W dniu 3.12.2026 o 10:12, Testschool pisze:",
    "fr": "Le 03/12/2026 à 10:12, Testschool a écrit :",
}


def original(lang: str) -> str:
    return _first_request(lang)


# -- Outlook ---------------------------------------------------------------------------------
def _mso(text: str) -> str:
    """Word's HTML for lines of text: one MsoNormal paragraph each, <o:p> where empty."""
    out = []
    for line in text.split("\n"):
        inner = escape(line) if line.strip() else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class=MsoNormal><span lang=NL style="font-size:11.0pt">{inner}</span></p>')
    return "\n".join(out)


_WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:'
    'office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv=Content-Type '
    'content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 15">'
    "<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}</style><![endif]--><style><!--"
    'p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri"}--></style>'
    '<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]-->'
    '</head><body lang=NL link="#0563C1"><div class=WordSection1>'
)


def _outlook_block(lang: str, html: bool) -> str:
    nl = lang == "nl"
    rows = (
        ("Van" if nl else "From", f"Testschool <{ORG}>"),
        (
            "Verzonden" if nl else "Sent",
            "donderdag 3 december 2026 10:12" if nl else "Thursday, December 3, 2026 10:12 AM",
        ),
        ("Aan" if nl else "To", f"Marja de Vries <{SAM}>"),
        ("Onderwerp" if nl else "Subject", SUBJECT[lang]),
    )
    if not html:
        return "\n".join(f"{k}: {v}" for k, v in rows)
    return "<br>\n".join(f"<b>{k}:</b> {escape(v)}" for k, v in rows)


def outlook_html_tnef(answer: str, lang: str) -> str:
    """Classic Outlook, HTML only (no plain part), winmail.dat beside it."""
    html = (
        _WORD_HEAD
        + _mso(answer)
        + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div><div style='border:none;border-top:"
        "solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
        f"{_outlook_block(lang, True)}<o:p></o:p></p></div></div>\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + _mso(original(lang)) + "</div></body></html>"
    )
    html_part = _part("text/html", html, "windows-1252" if _cp1252(answer) else "utf-8")
    tnef = (
        'Content-Type: application/ms-tnef; name="winmail.dat"\nContent-Transfer-Encoding: base64'
        '\nContent-Disposition: attachment; filename="winmail.dat"\n\n'
        + _b64(b"\x78\x9f\x3e\x22\x01\x00" + b"\x00" * 40)
        + "\n"
    )
    return (
        'Content-Type: multipart/mixed; boundary="_004_DB9PR01MB_"\n\n--_004_DB9PR01MB_\n'
        f"{html_part}\n--_004_DB9PR01MB_\n{tnef}--_004_DB9PR01MB_--\n"
    )


def _cp1252(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def outlook_android(answer: str, lang: str) -> str:
    """Outlook for Android: the answer, its download line, a bold header block (plain text
    with asterisks) and the original without quote marks."""
    get = "Outlook voor Android downloaden" if lang == "nl" else "Get Outlook for Android"
    block = "\n".join(
        f"*{line.split(':', 1)[0]}:*{line.split(':', 1)[1]}"
        for line in _outlook_block(lang, False).split("\n")
    )
    plain = f"{answer}\n\n{get}<https://aka.ms/AAb9ysg>\n________________________________\n{block}\n\n{original(lang)}\n"
    html = (
        f'<html><body><div dir="auto">{_html_lines(answer)}</div><div dir="auto"><br></div>'
        f'<div dir="auto">{escape(get)}</div><hr style="display:inline-block;width:98%" tabindex="-1">'
        f'<div id="divRplyFwdMsg" dir="ltr">{_outlook_block(lang, True)}</div><div>'
        f"{_html_lines(original(lang))}</div></body></html>"
    )
    return _alternative(
        _part("text/plain", plain, "utf-8"), _part("text/html", html, "utf-8"), "_000_AS8PR_"
    )


# -- Gmail / Apple / Thunderbird in other languages -------------------------------------------
def _gmail_in(ui: str) -> Callable[[str, str], str]:
    def build(answer: str, lang: str) -> str:
        attribution = _ATTRIBUTION[ui]
        plain = f"{answer}\n\n{attribution}\n\n{_quote(original(lang))}\n"
        html = (
            f'<div dir="ltr">{_html_lines(answer)}</div><br><div class="gmail_quote gmail_quote_'
            f'container"><div dir="ltr" class="gmail_attr">{escape(attribution)}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
            f'solid rgb(204,204,204);padding-left:1ex">{_html_lines(original(lang))}</blockquote>'
            "</div>"
        )
        return _alternative(
            _part("text/plain", plain, "UTF-8"), _part("text/html", html, "UTF-8"), f"0000g{ui}"
        )

    return build


def _apple_html_only(ui: str) -> Callable[[str, str], str]:
    """Apple Mail writing HTML only: the quote lives in <blockquote type="cite"> and nowhere
    else, the attribution line inside it."""

    def build(answer: str, lang: str) -> str:
        html = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word;"><div>'
            + "".join(f"<div>{escape(x) if x else '<br>'}</div>" for x in answer.split("\n"))
            + f'</div><div><br><blockquote type="cite"><div>{escape(_APPLE_ATTRIBUTION[ui])}'
            '</div><br class="Apple-interchange-newline"><div>'
            + "".join(
                f"<div>{escape(x) if x else '<br>'}</div>" for x in original(lang).split("\n")
            )
            + "</div></blockquote></div><br></body></html>"
        )
        return _part("text/html", html, "utf-8")

    return build


def _thunderbird_in(ui: str) -> Callable[[str, str], str]:
    """Thunderbird, format=flowed with delsp=yes: long lines broken inside words (the space
    before the break is deleted on reading), the quote flowed as well."""

    def build(answer: str, lang: str) -> str:
        own = _flow_delsp(answer)
        quoted = []
        for line in original(lang).split("\n"):
            pieces = _flow_delsp(line, 60).split("\n")
            quoted.extend("> " + p if p else ">" for p in pieces)
        body = f"{own}\n\n{_TB_ATTRIBUTION[ui]}\n" + "\n".join(quoted) + "\n"
        return _part("text/plain", body, "UTF-8", "8bit", "; format=flowed; delsp=yes")

    return build


def _flow_delsp(text: str, width: int = 12) -> str:
    """Break each line every `width` characters (inside words too), the way delsp=yes allows:
    each broken line ends in a space that is not part of the text."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width] + " ")
            line = line[width:]
        out.append(line)
    # space-stuffing (RFC 3676 4.4): a line that starts with a space, ">" or "From "
    return "\n".join(" " + x if x.startswith((" ", ">", "From ")) else x for x in out)


# -- phones ------------------------------------------------------------------------------------
def iphone_no_quote(answer: str, lang: str) -> str:
    """An iPhone reply where the quote marks were lost (a mail app set to plain text, or the
    request pasted back): answer on top, device line, the whole request as it was sent."""
    sent = "Verzonden vanaf mijn iPhone" if lang == "nl" else "Sent from my iPhone"
    return _part("text/plain", f"{answer}\n\n{sent}\n\n{original(lang)}\n", "utf-8")


def samsung_plain(answer: str, lang: str) -> str:
    sent = "Verzonden vanaf mijn Galaxy" if lang == "nl" else "Sent from my Galaxy"
    head = (
        f"-------- Oorspronkelijk bericht --------\nVan: Testschool <{ORG}>\nDatum: 03-12-26 "
        f"10:12 (GMT+01:00)\nAan: {SAM}\nOnderwerp: {SUBJECT[lang]}\n"
    )
    plain = f"{answer}\n\n\n\n{sent}\n\n{head}\n{original(lang)}\n"
    html = (
        f'<html><body><div dir="auto">{_html_lines(answer)}</div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%" dir="auto">{sent}'
        f'</div></div><div dir="auto"><br></div><div align="left" dir="auto">'
        f"{_html_lines(head)}</div>{_html_lines(original(lang))}</body></html>"
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8", "b64"),
        _part("text/html", html, "UTF-8", "b64"),
        "--_com.samsung.android.email_1234",
    )


# -- a forward between the parents --------------------------------------------------------------
def forwarded_between_parents(answer: str, lang: str) -> str:
    """The mother forwarded our request to the father with her own thoughts ("ik zou
    zeggen nee voor alles"); he answers us with all of it quoted: only his words count."""
    fwd = (
        f"---------- Doorgestuurd bericht ---------\nVan: Testschool <{ORG}>\nDate: do 3 dec "
        f"2026 om 10:12\nSubject: {SUBJECT[lang]}\nTo: Marja de Vries <{MOTHER}>\n\n\n"
        + original(lang)
    )
    mother = f"Peter, wat vind jij? Ik zou zeggen nee voor alles, maar 1 ja misschien.\n\n{fwd}"
    plain = (
        f"{answer}\n\nOp do 3 dec 2026 om 18:30 schreef Marja de Vries <{MOTHER}>:\n\n"
        f"{_quote(mother)}\n"
    )
    return _part("text/plain", plain, "UTF-8")


# -- transport encodings ----------------------------------------------------------------------
def _qp_inside_words(text: str, charset: str) -> str:
    """Quoted-printable with a soft break every 23 encoded characters, inside words too."""
    encoded = quopri.encodestring(text.encode(charset)).decode("ascii").replace("=\n", "")
    out = []
    for line in encoded.split("\n"):
        while len(line) > 23:
            cut = 23
            while "=" in line[cut - 2 : cut]:  # never split an =XX escape
                cut -= 1
            out.append(line[:cut] + "=")
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def qp_soft_breaks(answer: str, lang: str) -> str:
    body = f"{answer}\n\nOp do 3 dec 2026 om 10:12 schreef Testschool <{ORG}>:\n\n{_quote(original(lang))}\n"
    charset = "iso-8859-1" if _latin1(body) else "utf-8"
    return (
        f'Content-Type: text/plain; charset="{charset}"\nContent-Transfer-Encoding: '
        f"quoted-printable\n\n{_qp_inside_words(body, charset)}\n"
    )


def _latin1(text: str) -> bool:
    try:
        text.encode("iso-8859-1")
    except UnicodeEncodeError:
        return False
    return True


def _base64_in(charset: str) -> Callable[[str, str], str]:
    def build(answer: str, lang: str) -> str:
        body = (
            f"{answer}\n\n-----Oorspronkelijk bericht-----\n{_outlook_block(lang, False)}\n\n"
            f"{original(lang)}\n"
        )
        try:
            data = body.encode(charset)
        except UnicodeEncodeError:
            data = body.encode("utf-8")
            charset_used = "utf-8"
        else:
            charset_used = charset
        return (
            f'Content-Type: text/plain; charset="{charset_used}"\nContent-Transfer-Encoding: '
            f"base64\n\n{_b64(data)}\n"
        )

    return build


# -- signed mail ------------------------------------------------------------------------------
_FAKE_SIG = base64.encodebytes(bytes(range(256)) * 3).decode("ascii")


def smime_signed(answer: str, lang: str) -> str:
    inner = _gmail_in("de")(answer, lang)
    return (
        'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;'
        ' boundary="----smime_b"\n\nThis is an S/MIME signed message\n\n------smime_b\n'
        f"{inner}\n------smime_b\nContent-Type: application/pkcs7-signature; name=smime.p7s\n"
        "Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=smime.p7s"
        f"\n\n{_FAKE_SIG}\n------smime_b--\n"
    )


def pgp_mime(answer: str, lang: str) -> str:
    body = f"{answer}\n\nOp 03-12-2026 om 10:12 schreef Testschool:\n{_quote(original(lang))}\n"
    return (
        'Content-Type: multipart/signed; micalg=pgp-sha256; protocol="application/pgp-signature";'
        ' boundary="pgp_b"\n\nThis is an OpenPGP/MIME signed message (RFC 4880 and 3156)\n'
        f"--pgp_b\n{_part('text/plain', body, 'UTF-8')}\n--pgp_b\nContent-Type: application/"
        'pgp-signature; name="OpenPGP_signature.asc"\nContent-Description: OpenPGP digital '
        'signature\nContent-Disposition: attachment; filename="OpenPGP_signature.asc"\n\n'
        "-----BEGIN PGP SIGNATURE-----\n\nwnsEABYIACMWIQRs0Jp3ZK2xL0m4y8eQy6G5t2xVAQUCZ2x1AAUDAAAA\n"
        "=AbCd\n-----END PGP SIGNATURE-----\n--pgp_b--\n"
    )


def pgp_inline(answer: str, lang: str) -> str:
    """Inline PGP (clearsigned): lines of the signed text that start with "-" are escaped as
    "- -" (RFC 4880 7.1), the quote below, the signature block at the end."""
    signed = f"{answer}\n\nOp 03-12-2026 om 10:12 schreef Testschool:\n{_quote(original(lang))}"
    escaped = "\n".join("- " + x if x.startswith("-") else x for x in signed.split("\n"))
    body = (
        f"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n{escaped}\n"
        "-----BEGIN PGP SIGNATURE-----\n\niHUEARYIAB0WIQRs0Jp3ZK2xL0m4y8eQy6G5t2xVAQUCZ2x1AAAKCRCQ\n"
        "=Q1w2\n-----END PGP SIGNATURE-----\n"
    )
    return _part("text/plain", body, "UTF-8")


ENVELOPES: dict[str, Callable[[str, str], str]] = {
    "outlook-html-tnef": outlook_html_tnef,
    "outlook-android": outlook_android,
    **{f"gmail-{ui}": _gmail_in(ui) for ui in _ATTRIBUTION},
    **{f"apple-html-{ui}": _apple_html_only(ui) for ui in _APPLE_ATTRIBUTION},
    **{f"thunderbird-delsp-{ui}": _thunderbird_in(ui) for ui in _TB_ATTRIBUTION},
    "iphone-no-quote": iphone_no_quote,
    "samsung-plain": samsung_plain,
    "forwarded-between-parents": forwarded_between_parents,
    "qp-soft-breaks": qp_soft_breaks,
    "b64-windows-1252": _base64_in("windows-1252"),
    "b64-iso-8859-15": _base64_in("iso-8859-15"),
    "b64-utf-16": _base64_in("utf-16"),
    "smime-signed": smime_signed,
    "pgp-mime": pgp_mime,
    "pgp-inline": pgp_inline,
}


def _encoded_subject(subject: str, charset: str = "utf-8") -> str:
    data = subject.encode(charset)
    return f"=?{charset}?B?{base64.b64encode(data).decode()}?="


def _headers(sender: str, subject: str, extra: str = "", date: str | None = DATE) -> str:
    dated = f"Date: {date}\n" if date else ""
    return (
        f"Received: from mx.example.org (mx.example.org [192.0.2.7])\n\tby imap.testschool."
        f"example with ESMTPS id 4Q2b; Thu, 03 Dec 2026 19:41:09 +0100\nFrom: {sender}\n"
        f"To: Testschool <{ORG}>\nSubject: {subject}\n{dated}"
        f"Message-ID: <s13.{abs(hash(subject + extra)) % 10**8}@mail.example>\n"
        f"In-Reply-To: <toestemming.1.test@testschool.example>\n{extra}MIME-Version: 1.0\n"
    )


def _bytes(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def message(envelope: str, answer: str, lang: str = "nl", sender: str = SAM) -> bytes:
    """The whole message; a forward between the parents comes from the father."""
    if envelope == "forwarded-between-parents":
        sender = FATHER
    subject = _encoded_subject(("Re: " if lang != "nl" else "RE: ") + SUBJECT[lang])
    return _bytes(
        _headers(f"Marja de Vries <{sender}>", subject) + ENVELOPES[envelope](answer, lang)
    )


# -- never an answer --------------------------------------------------------------------------
_AUTO_SUBJECTS = {
    "nl": ("Automatisch antwoord", "Ik ben afwezig tot 4 januari. Ja, ik lees daarna alles."),
    "de": ("Automatische Antwort", "Ich bin bis 4. Januar nicht im Büro. Ja, ich antworte dann."),
    "fr": ("Réponse automatique", "Je suis absente jusqu'au 4 janvier. Oui, je répondrai."),
    "es": ("Respuesta automática", "Estoy fuera de la oficina hasta el 4 de enero. Sí."),
    "it": ("Risposta automatica", "Sono fuori ufficio fino al 4 gennaio. Sì, risponderò."),
    "pl": ("Odpowiedź automatyczna", "Jestem poza biurem do 4 stycznia. Tak, odpowiem."),
    "pt": ("Resposta automática", "Estou fora do escritório até 4 de janeiro. Sim."),
}


def _auto(lang: str, with_header: bool) -> Callable[[str], bytes]:
    prefix, text = _AUTO_SUBJECTS[lang]

    def build(answer: str) -> bytes:
        extra = "Auto-Submitted: auto-replied\n" if with_header else ""
        subject = _encoded_subject(f"{prefix}: RE: {SUBJECT['nl']}", "utf-8")
        body = f"{text}\n\n{answer}\n\n{_quote(original('nl'))}\n"
        return _bytes(
            _headers(f"Marja <{SAM}>", subject, extra) + _part("text/plain", body, "utf-8")
        )

    return build


def vacation_x_autoreply(answer: str) -> bytes:
    """A provider's vacation reply: X-Autoreply only, the subject is the original's "Re:"."""
    subject = _encoded_subject("Re: " + SUBJECT["nl"])
    body = f"Bedankt voor je mail! Ik ben op vakantie tot 4 januari.\n{answer}\n"
    return _bytes(
        _headers(f"Marja <{SAM}>", subject, "X-Autoreply: yes\n") + _part("text/plain", body)
    )


def gmail_vacation(answer: str) -> bytes:
    """Gmail's vacation responder: Auto-Submitted: auto-replied, subject "Re: …", HTML."""
    subject = _encoded_subject("Re: " + SUBJECT["nl"])
    html = f"<div dir='ltr'>Ik ben er niet tot maandag. {escape(answer)}</div>"
    return _bytes(
        _headers(f"Marja <{SAM}>", subject, "Auto-Submitted: auto-replied\nPrecedence: bulk\n")
        + _alternative(
            _part("text/plain", f"Ik ben er niet tot maandag. {answer}"),
            _part("text/html", html),
            "vac_b",
        )
    )


def helpdesk_auto_body(answer: str) -> bytes:
    """A helpdesk's auto-reply: no header says so, the subject is the original's "Re:", only
    its first words do ("Dit is een automatisch antwoord"), and it quotes our request."""
    subject = _encoded_subject("Re: " + SUBJECT["nl"])
    body = (
        f"Dit is een automatisch antwoord. Ja, wij hebben uw bericht ontvangen. {answer}\n\n"
        f"{_quote(original('nl'))}\n"
    )
    return _bytes(_headers(f"Marja <{SAM}>", subject) + _part("text/plain", body, "utf-8"))


def exchange_ndr(_answer: str) -> bytes:
    """Exchange Online's non-delivery report, subject in Dutch, from postmaster, as a
    multipart/report with our request attached."""
    subject = _encoded_subject("Onbestelbaar: " + SUBJECT["nl"])
    req = (
        f"From: Testschool <{ORG}>\nTo: <{SAM}>\nSubject: {SUBJECT['nl']}\nDate: {DATE}\n"
        "MIME-Version: 1.0\n" + _part("text/plain", original("nl"), "utf-8")
    )
    body = (
        'Content-Type: multipart/report; report-type=delivery-status; boundary="ndr_b"\n\n'
        "--ndr_b\n"
        + _part("text/plain", "Uw bericht kan niet worden bezorgd. 1 ja 2 nee")
        + f"\n--ndr_b\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822;{SAM}\n"
        f"Action: failed\nStatus: 5.1.10\n\n--ndr_b\nContent-Type: message/rfc822\n\n{req}\n"
        "--ndr_b--\n"
    )
    return _bytes(
        _headers("Microsoft Outlook <postmaster@example.onmicrosoft.com>", subject) + body
    )


def exim_bounce(_answer: str) -> bytes:
    subject = "Mail delivery failed: returning message to sender"
    body = (
        "This message was created automatically by mail delivery software.\n\nA message that "
        "you sent could not be delivered to one or more of its\nrecipients. This is a permanent "
        f"error.\n\n  {SAM}\n    mailbox unavailable\n\n------ This is a copy of the message, "
        f"including all the headers. ------\n\nSubject: {SUBJECT['nl']}\n\n{original('nl')}\n"
    )
    return _bytes(
        _headers("Mail Delivery System <Mailer-Daemon@mx.example.org>", subject)
        + _part("text/plain", body, "us-ascii", "8bit")
    )


NOT_ANSWERS: dict[str, Callable[[str], bytes]] = {
    **{f"auto-{lang}-header": _auto(lang, True) for lang in _AUTO_SUBJECTS},
    **{f"auto-{lang}-subject-only": _auto(lang, False) for lang in _AUTO_SUBJECTS},
    "vacation-x-autoreply": vacation_x_autoreply,
    "gmail-vacation": gmail_vacation,
    "helpdesk-auto-body": helpdesk_auto_body,
    "exchange-ndr": exchange_ndr,
    "exim-bounce": exim_bounce,
}

__all__ = ["CODE_MAIN", "ENVELOPES", "NOT_ANSWERS", "message"]
