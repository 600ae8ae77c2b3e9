"""Round 5 of issue 19: client envelopes not covered by round 4 (tests/reply_s10_envelopes.py),
as raw RFC 5322 bytes built the way those clients write them, and messages that are never an
answer (bounces, read receipts, out-of-office replies, a body that is only winmail.dat).

Answer envelopes (a person's answer above our quoted request):
Apple Mail on macOS (text + HTML, the attribution "Op … heeft … het volgende geschreven:"
inside <blockquote type="cite">), ProtonMail (its "------- Original Message -------" line and
"Op … schreef …:" under it, the Proton signature, div.protonmail_quote), GMX and web.de
(the German "Gesendet:/Von:/An:/Betreff:" block, the original unquoted, web.de HTML-only with
div name="quote"), KPN and Ziggo webmail (Open-Xchange App Suite: the attribution quoted with
"> ", Ziggo HTML-only), Outlook on the web in Dutch (plain part with the underscore line and
"Van:/Verzonden:/Aan:/Onderwerp:"), a reply on top of a request that the youth forwarded to
the parent (the forward, with the youth's own note, all quoted), an S/MIME signed Outlook
reply (multipart/signed around multipart/alternative) and a reply with our request attached
as message/rfc822 instead of quoted.
"""

from __future__ import annotations

import base64
import struct
from collections.abc import Callable
from html import escape

from mail_corpus import SAM
from reply_s10_envelopes import (
    DATE,
    ORIG,
    SUBJECT,
    _alternative,
    _b64,
    _head,
    _html_lines,
    _legacy_or_utf8,
    _part,
    _quote,
)
from reply_table import ORG

PARENT = "marja.devries@example.org"


def apple_mail_macos(answer: str, lang: str) -> str:
    attribution = (
        f"Op 3 dec 2026, om 10:12 heeft Testschool <{ORG}> het volgende geschreven:"
        if lang == "nl"
        else f"On 3 Dec 2026, at 10:12, Testschool <{ORG}> wrote:"
    )
    plain = f"{answer}\n\n> {attribution}\n> \n{_quote(ORIG[lang])}\n\n"
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
        f'after-white-space;"><div>{_html_lines(answer)}</div><div><br><blockquote type="cite">'
        f'<div>{escape(attribution)}</div><br class="Apple-interchange-newline"><div><div>'
        f"{_html_lines(ORIG[lang])}</div></div></blockquote></div><br></body></html>"
    )
    return _alternative(
        _part("text/plain", plain, "utf-8"),
        _part("text/html", html, "utf-8"),
        "Apple-Mail=_6C1D2E3F-4A5B-6C7D-8E9F-0A1B2C3D4E5F",
    )


def protonmail(answer: str, lang: str) -> str:
    sig = (
        "Verzonden met beveiligde e-mail van Proton Mail."
        if lang == "nl"
        else "Sent with Proton Mail secure email."
    )
    attribution = (
        f"Op donderdag 3 december 2026 om 10:12, Testschool <{ORG}> schreef:"
        if lang == "nl"
        else f"On Thursday, December 3rd, 2026 at 10:12, Testschool <{ORG}> wrote:"
    )
    plain = (
        f"{answer}\n\n{sig}\n\n------- Original Message -------\n{attribution}\n\n\n"
        f"{_quote(ORIG[lang])}\n"
    )
    html = (
        f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{_html_lines(answer)}'
        '</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div '
        'class="protonmail_signature_block"><div class="protonmail_signature_block-proton">'
        f'{escape(sig)}</div></div><div class="protonmail_quote">------- Original Message '
        f'-------<br>{escape(attribution)}<br><br><blockquote class="protonmail_quote" '
        f'type="cite">{_html_lines(ORIG[lang])}</blockquote><br></div>'
    )
    return _alternative(
        _part("text/plain", plain, "utf-8"),
        _part("text/html", html, "utf-8", "b64"),
        "b1_Xq7vT2yZkP0aW3nR5sL8dF9gH",
    )


def _gmx_block(lang: str) -> tuple[str, str]:
    if lang == "nl":  # GMX has no Dutch interface: a Dutch parent sees it in German
        rows = (
            ("Gesendet", "Donnerstag, 03. Dezember 2026 um 10:12 Uhr"),
            ("Von", f'"Testschool" <{ORG}>'),
            ("An", SAM),
            ("Betreff", SUBJECT[lang]),
        )
    else:
        rows = (
            ("Sent", "Thursday, December 03, 2026 at 10:12 AM"),
            ("From", f'"Testschool" <{ORG}>'),
            ("To", SAM),
            ("Subject", SUBJECT[lang]),
        )
    plain = "\n".join(f"{k}: {v}" for k, v in rows)
    html = "<br/>\n".join(f"<b>{k}:</b>&nbsp;{escape(v)}" for k, v in rows)
    return plain, html


def gmx(answer: str, lang: str) -> str:
    block, block_html = _gmx_block(lang)
    plain = f"{answer}\n\n\n{block}\n\n{ORIG[lang]}\n"
    html = (
        '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
        f'{_html_lines(answer)}</div>\n<div>&nbsp;\n<div>&nbsp;</div>\n<div name="quote" '
        'style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid '
        f'#C3D9E5; word-wrap: break-word;"><div style="margin:0 0 10px 0;">{block_html}</div>'
        f'<div name="quoted-content">{_html_lines(ORIG[lang])}</div></div></div></div>'
        "</body></html>"
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8"),
        _part("text/html", html, "UTF-8"),
        "abmob-4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
    )


def webde_html(answer: str, lang: str) -> str:
    _, block_html = _gmx_block(lang)
    html = (
        '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
        f"{_html_lines(answer)}</div><div>&nbsp;</div><div>&nbsp;<div>&nbsp;</div><div "
        'name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; '
        f'border-left:2px solid #C3D9E5;"><div style="margin:0 0 10px 0;">{block_html}</div>'
        f'<div name="quoted-content">{_html_lines(ORIG[lang])}</div></div></div></div>'
        "</body></html>"
    )
    return _part("text/html", html, "UTF-8")


def _ox_attribution(lang: str) -> str:
    return (
        f"Op 03-12-2026 10:12 schreef Testschool <{ORG}>:"
        if lang == "nl"
        else f"On 12/03/2026 10:12 AM Testschool <{ORG}> wrote:"
    )


def kpn_ox(answer: str, lang: str) -> str:
    """KPN Mail (Open-Xchange App Suite): text and HTML, the attribution quoted too, the
    quote separated by lines with a single space, "Verstuurd vanuit KPN Mail"."""
    attribution = _ox_attribution(lang)
    quoted = "\n".join("> " + line if line else "> " for line in ORIG[lang].split("\n"))
    plain = f"{answer}\n\n \n\n> {attribution}\n> \n> \n{quoted}\n"
    html = (
        '<!doctype html>\n<html><head><meta charset="UTF-8"></head><body><div '
        f'class="default-style">{_html_lines(answer)}</div><div class="default-style">&nbsp;'
        f'</div><blockquote type="cite"><div>{escape(attribution)}</div><div>&nbsp;</div>'
        f"<div>&nbsp;</div><div>{_html_lines(ORIG[lang])}</div></blockquote></body></html>"
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8", "b64"),
        _part("text/html", html, "UTF-8", "qp"),
        "----=_Part_4567_1234567890.1764754000000",
    )


def ziggo_html(answer: str, lang: str) -> str:
    attribution = _ox_attribution(lang)
    html = (
        '<!doctype html>\n<html><head><meta charset="UTF-8"></head><body><div '
        f'class="default-style">{_html_lines(answer)}</div><div class="io-ox-signature">'
        '<p>Verstuurd vanuit Ziggo Mail</p></div><blockquote type="cite"><div>'
        f"{escape(attribution)}</div><div>&nbsp;</div><div>{_html_lines(ORIG[lang])}</div>"
        "</blockquote></body></html>"
    )
    return _part("text/html", html, "UTF-8", "qp")


def outlook_web_nl(answer: str, lang: str) -> str:
    """Outlook on the web: the plain part it makes from the HTML, the underscore line and
    the Dutch (or English) header block above the unquoted original."""
    if lang == "nl":
        block = (
            f"Van: Testschool <{ORG}>\nVerzonden: donderdag 3 december 2026 10:12\n"
            f"Aan: Sam de Vries <{SAM}>\nOnderwerp: {SUBJECT[lang]}"
        )
    else:
        block = (
            f"From: Testschool <{ORG}>\nSent: Thursday, December 3, 2026 10:12 AM\n"
            f"To: Sam de Vries <{SAM}>\nSubject: {SUBJECT[lang]}"
        )
    plain = f"{answer}\n\n________________________________\n{block}\n\n{ORIG[lang]}\n"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '</head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, '
        f'Calibri, Helvetica, sans-serif; font-size: 12pt;">{_html_lines(answer)}</div>'
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        f'<div id="divRplyFwdMsg" dir="ltr">{_html_lines(block)}</div><div class="BodyFragment">'
        f"{_html_lines(ORIG[lang])}</div></body></html>"
    )
    charset = _legacy_or_utf8(answer + ORIG[lang], "iso-8859-1")
    return _alternative(
        _part("text/plain", plain, charset),
        _part("text/html", html, "utf-8", "b64"),
        "_000_DB9PR07MB1234ABCDEUR07PROD_",
    )


def reply_on_forward(answer: str, lang: str) -> str:
    """The youth forwarded our request to a parent with a note; the parent replies to the
    school on top of that forward (Gmail): the note and the request are both quoted."""
    note = (
        "Mam kun jij dit invullen? Ik wil 2 liever niet."
        if lang == "nl"
        else ("Mum can you answer this? I'd rather not do 2.")
    )
    fwd = "Doorgestuurd bericht" if lang == "nl" else "Forwarded message"
    attribution = (
        f"Op do 3 dec 2026 om 18:02 schreef Sam de Vries <{SAM}>:"
        if lang == "nl"
        else f"On Thu, Dec 3, 2026 at 6:02 PM Sam de Vries <{SAM}> wrote:"
    )
    inner = (
        f"{note}\n\n---------- {fwd} ---------\nVan: Testschool <{ORG}>\nDate: do 3 dec 2026 om "
        f"10:12\nSubject: {SUBJECT[lang]}\nTo: <{SAM}>\n\n\n{ORIG[lang]}"
    )
    plain = f"{answer}\n\n{attribution}\n\n{_quote(inner)}\n"
    return _part("text/plain", plain, "UTF-8")


def smime_signed(answer: str, lang: str) -> str:
    """Outlook with a personal certificate: multipart/signed, the reply as its first part and
    smime.p7s (DER; here random-looking bytes, the reader never opens it) as the second."""
    van = "Van" if lang == "nl" else "From"
    plain = (
        f"{answer}\n\nMet vriendelijke groet,\nM. de Vries\n\n{van}: Testschool <{ORG}>\n"
        f"Verzonden: donderdag 3 december 2026 10:12\nAan: Sam de Vries <{SAM}>\n"
        f"Onderwerp: {SUBJECT[lang]}\n\n{ORIG[lang]}\n"
    )
    html = (
        f"<html><body><div class=WordSection1><p class=MsoNormal>{_html_lines(answer)}</p>"
        "<div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>"
        f"{van}:</b> Testschool &lt;{ORG}&gt;</p></div><p class=MsoNormal>"
        f"{_html_lines(ORIG[lang])}</p></div></body></html>"
    )
    charset = _legacy_or_utf8(answer, "windows-1252")
    inner = _alternative(
        _part("text/plain", plain, charset), _part("text/html", html, charset), "_000_inner_"
    )
    p7s = _b64(bytes((i * 37 + 11) % 256 for i in range(1400)))
    return (
        'Content-Type: multipart/signed; protocol="application/x-pkcs7-signature"; '
        'micalg=SHA1; boundary="_signed_outer_"\n\n'
        f"--_signed_outer_\n{inner}\n--_signed_outer_\n"
        'Content-Type: application/pkcs7-signature; name="smime.p7s"\n'
        'Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="smime.p7s"'
        f"\n\n{p7s}\n--_signed_outer_--\n"
    )


def rfc822_attached(answer: str, lang: str) -> str:
    """Our request attached as a whole message (Outlook "als bijlage doorsturen", or a client
    that attaches the original instead of quoting it) under the answer."""
    original = (
        f"From: Testschool <{ORG}>\nTo: Sam de Vries <{SAM}>\nSubject: =?utf-8?b?"
        f"{base64.b64encode(SUBJECT[lang].encode()).decode()}?=\nDate: Thu, 03 Dec 2026 10:12:00 "
        "+0100\nMessage-ID: <toestemming.1.test@testschool.example>\nMIME-Version: 1.0\n"
        + _part("text/plain", ORIG[lang], "utf-8")
    )
    return (
        'Content-Type: multipart/mixed; boundary="mixed_rfc822_b"\n\n'
        f"--mixed_rfc822_b\n{_part('text/plain', answer, 'utf-8')}\n--mixed_rfc822_b\n"
        'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="Vraag om '
        f'toestemming.eml"\n\n{original}\n--mixed_rfc822_b--\n'
    )


ENVELOPES: dict[str, Callable[[str, str], str]] = {
    "apple-mail-macos": apple_mail_macos,
    "protonmail": protonmail,
    "gmx": gmx,
    "webde-html": webde_html,
    "kpn-ox": kpn_ox,
    "ziggo-html": ziggo_html,
    "outlook-web-nl": outlook_web_nl,
    "reply-on-forward": reply_on_forward,
    "smime-signed": smime_signed,
    "rfc822-attached": rfc822_attached,
}


def message(
    envelope: str, answer: str, lang: str = "nl", sender: str = SAM, extra: str = ""
) -> bytes:
    head = _head(lang, sender, extra=f"X-S11: {envelope}\n{extra}")
    text = head + ENVELOPES[envelope](answer, lang)
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# -- messages that are never an answer -----------------------------------------------------------
def _subject(text: str) -> str:
    return f"=?utf-8?b?{base64.b64encode(text.encode()).decode()}?="


def _raw(headers: str, body: str) -> bytes:
    text = headers + "MIME-Version: 1.0\n" + body
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def _request_copy() -> str:
    return (
        f"From: Testschool <{ORG}>\nTo: Sam de Vries <{SAM}>\nSubject: {_subject(SUBJECT['nl'])}"
        "\nDate: Thu, 03 Dec 2026 10:12:00 +0100\nMessage-ID: <toestemming.1.test@testschool."
        "example>\nMIME-Version: 1.0\n" + _part("text/plain", ORIG["nl"], "utf-8")
    )


def _base(sender: str, subject: str, extra: str = "") -> str:
    return (
        f"From: {sender}\nTo: Testschool <{ORG}>\nSubject: {_subject(subject)}\nDate: {DATE}\n"
        f"Message-ID: <s11.{abs(hash(subject)) % 10**8}@mail.example>\n"
        f"In-Reply-To: <toestemming.1.test@testschool.example>\n{extra}"
    )


def _tnef(text: str) -> bytes:
    """A minimal TNEF stream (signature, key, one attribute holding the body text): what the
    reader sees is an opaque application/ms-tnef part, whatever words are inside."""
    body = text.encode("cp1252", errors="replace")
    return (
        struct.pack("<IH", 0x223E9F78, 0x0001)
        + struct.pack("<BII", 1, 0x0002800C, len(body))  # attBody (level: message)
        + body
        + struct.pack("<H", sum(body) & 0xFFFF)
    )


def tnef_only(answer: str) -> bytes:
    """Outlook in "Rich Text" to an Exchange that did not convert: the whole body is
    winmail.dat (application/ms-tnef) — the answer is in it, unreadable for the reader."""
    return _raw(
        _base(f"Sam de Vries <{SAM}>", f"RE: {SUBJECT['nl']}"),
        'Content-Type: application/ms-tnef; name="winmail.dat"\nContent-Transfer-Encoding: '
        f'base64\nContent-Disposition: attachment; filename="winmail.dat"\n\n'
        f"{_b64(_tnef(answer))}\n",
    )


def tnef_mixed(answer: str) -> bytes:
    """The same in a multipart/mixed with an empty text part (some gateways add one)."""
    return _raw(
        _base(f"Sam de Vries <{SAM}>", f"RE: {SUBJECT['nl']}"),
        'Content-Type: multipart/mixed; boundary="tnef_b"\n\n--tnef_b\n'
        + _part("text/plain", "", "us-ascii", "8bit")
        + '\n--tnef_b\nContent-Type: application/ms-tnef; name="winmail.dat"\n'
        "Content-Transfer-Encoding: base64\nContent-Disposition: attachment; "
        f'filename="winmail.dat"\n\n{_b64(_tnef(answer))}\n--tnef_b--\n',
    )


def bounce_dsn(_answer: str) -> bytes:
    """Postfix: multipart/report; report-type=delivery-status, our request attached."""
    return _raw(
        _base(
            "MAILER-DAEMON@mx.example.org (Mail Delivery System)",
            "Undelivered Mail Returned to Sender",
            "Auto-Submitted: auto-replied\n",
        ),
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b"\n\n'
        "--dsn_b\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii"
        "\n\nThis is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you "
        "that your message could not\nbe delivered to one or more recipients.\n\n"
        f"<{SAM}>: host mx.example.org said: 550 5.1.1 User unknown\n\n--dsn_b\n"
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
        f"Final-Recipient: rfc822; {SAM}\nAction: failed\nStatus: 5.1.1\n\n--dsn_b\n"
        f"Content-Type: message/rfc822\n\n{_request_copy()}\n--dsn_b--\n",
    )


def bounce_qmail(_answer: str) -> bytes:
    """qmail: a plain-text bounce without Auto-Submitted, subject "failure notice", our
    request copied unquoted under its "Below this line" line."""
    return _raw(
        _base("MAILER-DAEMON@mail.example.org", "failure notice"),
        'Content-Type: text/plain; charset="us-ascii"\n\nHi. This is the qmail-send program at '
        "mail.example.org.\nI'm afraid I wasn't able to deliver your message to the following "
        "addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{SAM}>:\n550 sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line "
        f"is a copy of the message.\n\n{_request_copy()}\n",
    )


def bounce_exchange_nl(_answer: str) -> bytes:
    """Exchange Online's non-delivery report in Dutch, text only (after a gateway that
    dropped the report structure)."""
    return _raw(
        _base("Microsoft Outlook <postmaster@example.org>", f"Onbestelbaar: {SUBJECT['nl']}"),
        'Content-Type: text/plain; charset="utf-8"\n\nUw bericht heeft de volgende ontvanger(s) '
        f"niet bereikt:\n\n{SAM}\nDe ontvanger bestaat niet. Nee, dit bericht is niet "
        "afgeleverd.\n\nDiagnostische informatie voor beheerders:\nGenererende server: "
        "AM0PR01MB1234.eurprd01.prod.outlook.com\n",
    )


def mdn_multipart(_answer: str) -> bytes:
    """Thunderbird's read receipt: multipart/report; report-type=disposition-notification."""
    return _raw(
        _base(f"Sam de Vries <{SAM}>", f"Ontvangstbevestiging (weergegeven) - {SUBJECT['nl']}"),
        "Content-Type: multipart/report; report-type=disposition-notification; "
        'boundary="mdn_b"\n\n--mdn_b\nContent-Type: text/plain; charset=UTF-8\n\nDit is een '
        f"ontvangstbevestiging voor de e-mail die u zond aan {SAM}.\n\nJa, het bericht is "
        "weergegeven.\n\n--mdn_b\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: Thunderbird\nFinal-Recipient: rfc822;" + SAM + "\nDisposition: manual-"
        "action/MDN-sent-manually; displayed\n\n--mdn_b--\n",
    )


def mdn_outlook_plain(_answer: str) -> bytes:
    """Outlook's read receipt as it arrives after a gateway that flattened it: subject
    "Gelezen: …", a text body that repeats our subject (with the code)."""
    return _raw(
        _base(f"Sam de Vries <{SAM}>", f"Gelezen: {SUBJECT['nl']}"),
        'Content-Type: text/plain; charset="utf-8"\n\nUw bericht\n\n  Aan: Sam de Vries\n  '
        f"Onderwerp: {SUBJECT['nl']}\n  Verzonden: donderdag 3 december 2026 10:12:00 "
        "(UTC+01:00) Amsterdam, Berlijn\n\nis gelezen op donderdag 3 december 2026 19:41:07 "
        "(UTC+01:00) Amsterdam, Berlijn.\n",
    )


def mdn_not_read(_answer: str) -> bytes:
    return _raw(
        _base(f"Sam de Vries <{SAM}>", f"Niet gelezen: {SUBJECT['nl']}"),
        'Content-Type: text/plain; charset="utf-8"\n\nUw bericht\n\n  Aan: Sam de Vries\n  '
        f"Onderwerp: {SUBJECT['nl']}\n\nis verwijderd zonder te zijn gelezen. Nee.\n",
    )


def mdn_english(_answer: str) -> bytes:
    return _raw(
        _base(f"Sam de Vries <{SAM}>", f"Read: {SUBJECT['en']}"),
        'Content-Type: text/plain; charset="utf-8"\n\nYour message\n\n  To: Sam de Vries\n  '
        f"Subject: {SUBJECT['en']}\n\nwas read on Thursday, December 3, 2026 7:41:07 PM. Yes.\n",
    )


_OOO = {
    "nl": (
        "Automatisch antwoord",
        "Ik ben afwezig tot en met 4 januari. Uw bericht wordt niet doorgestuurd. Is het "
        "dringend? Ja? Bel dan 020-1234567. Nee? Dan antwoord ik na 4 januari.",
    ),
    "en": (
        "Automatic reply",
        "I am out of the office until 4 January with no access to e-mail. Yes, I will reply "
        "when I am back. For 1 urgent matter call 020-1234567.",
    ),
    "tr": (
        "Otomatik yanıt",
        "4 Ocak tarihine kadar ofis dışındayım. Acil durumlar için 020-1234567 numarasını "
        "arayın. Evet, döndüğümde yanıt vereceğim.",
    ),
    "ar": (
        "رد تلقائي",
        "أنا خارج المكتب حتى 4 يناير. لا يمكنني الرد على البريد الإلكتروني. نعم، سأرد عند عودتي.",
    ),
}


def _ooo(lang: str, header: bool) -> Callable[[str], bytes]:
    prefix, text = _OOO[lang]

    def build(_answer: str) -> bytes:
        extra = "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n" if header else ""
        quoted = "\n\n" + _quote(ORIG["nl"]) if not header else ""
        return _raw(
            _base(f"Sam de Vries <{SAM}>", f"{prefix}: {SUBJECT['nl']}", extra),
            _part("text/plain", text + quoted, "utf-8", "b64"),
        )

    return build


NOT_ANSWERS: dict[str, Callable[[str], bytes]] = {
    "tnef-only": tnef_only,
    "tnef-mixed": tnef_mixed,
    "bounce-dsn": bounce_dsn,
    "bounce-qmail": bounce_qmail,
    "bounce-exchange-nl": bounce_exchange_nl,
    "mdn-multipart": mdn_multipart,
    "mdn-outlook-plain": mdn_outlook_plain,
    "mdn-not-read": mdn_not_read,
    "mdn-english": mdn_english,
    **{f"ooo-{lang}": _ooo(lang, True) for lang in _OOO},
    **{f"ooo-{lang}-subject-only": _ooo(lang, False) for lang in _OOO},
}


# -- parents whose mail program speaks Turkish or Arabic ----------------------------------------
_GMAIL_ATTRIBUTION = {
    "tr": f"Testschool <{ORG}>, 3 Ara 2026 Per, 10:12 tarihinde şunu yazdı:",
    "ar": f"في الخميس، 3 ديسمبر 2026 في 10:12 ص كتب Testschool <{ORG}>:",
}
_OUTLOOK_BLOCK = {
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu", "3 Aralık 2026 Perşembe 10:12"),
    "ar": ("من", "تاريخ الإرسال", "إلى", "الموضوع", "الخميس، 3 ديسمبر 2026 10:12 ص"),
}


def _gmail_in(ui: str) -> Callable[[str, str], str]:
    """Gmail with its interface in Turkish or Arabic: the attribution line in that language
    (our request quoted under it in Dutch or English)."""

    def build(answer: str, lang: str) -> str:
        attribution = _GMAIL_ATTRIBUTION[ui]
        plain = f"{answer}\n\n{attribution}\n\n{_quote(ORIG[lang])}\n"
        html = (
            f'<div dir="auto">{_html_lines(answer)}</div><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">{escape(attribution)}<br></div><blockquote '
            f'class="gmail_quote" style="margin:0 0 0 .8ex">{_html_lines(ORIG[lang])}'
            "</blockquote></div>"
        )
        return _alternative(
            _part("text/plain", plain, "UTF-8"), _part("text/html", html, "UTF-8"), "0000a1tr"
        )

    return build


def _outlook_in(ui: str) -> Callable[[str, str], str]:
    """Outlook desktop with its interface in Turkish or Arabic: the header block above the
    unquoted original in that language ("Kimden:/Gönderildi:/Kime:/Konu:")."""

    def build(answer: str, lang: str) -> str:
        van, sent, to, subject, date = _OUTLOOK_BLOCK[ui]
        block = (
            f"{van}: Testschool <{ORG}>\n{sent}: {date}\n{to}: Sam de Vries <{SAM}>\n"
            f"{subject}: {SUBJECT[lang]}"
        )
        plain = f"{answer}\n\n{block}\n\n{ORIG[lang]}\n"
        html = (
            f"<html><body><div class=WordSection1><p class=MsoNormal>{_html_lines(answer)}</p>"
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal>{_html_lines(block)}</p></div><p class=MsoNormal>"
            f"{_html_lines(ORIG[lang])}</p></div></body></html>"
        )
        return _alternative(
            _part("text/plain", plain, "utf-8"), _part("text/html", html, "utf-8"), "_000_tr_"
        )

    return build


ENVELOPES.update(
    {
        "gmail-tr": _gmail_in("tr"),
        "gmail-ar": _gmail_in("ar"),
        "outlook-tr": _outlook_in("tr"),
        "outlook-ar": _outlook_in("ar"),
    }
)


_RECALL = {
    "nl": ("Intrekken", 'Sam de Vries wil het bericht "RE: {subject}" intrekken.'),
    "en": ("Recall", 'Sam de Vries would like to recall the message, "RE: {subject}".'),
}


def _recall(lang: str) -> Callable[[str], bytes]:
    """Outlook's message recall as it reaches someone outside the organisation: an ordinary
    message "Intrekken: <subject>" whose machine-written text says the sender "wil het bericht
    … intrekken" — it recalls a mail, it withdraws no consent."""
    prefix, text = _RECALL[lang]

    def build(_answer: str) -> bytes:
        return _raw(
            _base(f"Sam de Vries <{SAM}>", f"{prefix}: RE: {SUBJECT[lang]}"),
            _part("text/plain", text.format(subject=SUBJECT[lang]), "utf-8"),
        )

    return build


NOT_ANSWERS.update({"recall-nl": _recall("nl"), "recall-en": _recall("en")})
