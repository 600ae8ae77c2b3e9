"""Round 10 of issue 19: more whole messages as Dutch parents' clients send them, beside
round 8's (tests/reply_s14_mails.py), each with our real request quoted the way that client
quotes it:

- Outlook with "Tekst zonder opmaak": text/plain only, windows-1252 quoted-printable, the
  "Van:/Verzonden:/Aan:/Onderwerp:" block and the request unquoted under it;
- Outlook for Android ("Outlook voor Android downloaden", the block after a rule);
- Outlook.com / Hotmail on the web: HTML only, each typed line a <p>, divRplyFwdMsg;
- Ziggo's web mail (Open-Xchange): HTML only, "Op … schreef …:" inside <blockquote type=cite>;
- a provider's web mail in iso-8859-1 quoted-printable, plain text, "> " quotes;
- Thunderbird with format=flowed, the answer on top, soft-broken at 30 characters;
- Gmail's "---------- Doorgestuurd bericht ---------": the parent forwards our request to the
  school's address again with the answer above it;
- an iPad answering under the quote ("Verstuurd vanaf mijn iPad" at the bottom).
"""

from __future__ import annotations

import quopri
from collections.abc import Callable
from html import escape

from mail_corpus import SAM
from reply_s10_envelopes import SUBJECT, _alternative, _b64, _html_lines, _part, _quote
from reply_s13_mails import _bytes, _encoded_subject, _headers
from reply_s14_mails import PARENT, _block, _charset, _flow, original
from reply_table import ORG


def _block_text(lang: str) -> str:
    return "\n".join(f"{k}: {v}" for k, v in _block(lang))


def outlook_plain_1252(answer: str, lang: str) -> str:
    greet = "Met vriendelijke groet," if lang == "nl" else "Kind regards,"
    body = f"{answer}\n\n{greet}\n{PARENT}\n\n{_block_text(lang)}\n\n{original(lang)}\n"
    return _part("text/plain", body, _charset(body, "windows-1252"))


def outlook_android(answer: str, lang: str) -> str:
    get = "Outlook voor Android downloaden" if lang == "nl" else "Get Outlook for Android"
    plain = (
        f"{answer}\n\n{get}<https://aka.ms/AAb9ysg>\n________________________________\n"
        f"{_block_text(lang)}\n\n{original(lang)}\n"
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div dir="auto">'
        + "".join(f"<div dir='auto'>{escape(x) if x else '<br>'}</div>" for x in answer.split("\n"))
        + f'</div><div dir="auto"><br></div><div dir="auto">{escape(get)}</div>'
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">'
        + "<br>".join(f"<b>{k}:</b> {escape(v)}" for k, v in _block(lang))
        + f"</div><div>{_html_lines(original(lang))}</div></body></html>"
    )
    return _alternative(
        _part("text/plain", plain, "utf-8", "b64"), _part("text/html", html, "utf-8", "b64"), "_b_"
    )


def outlook_com_p(answer: str, lang: str) -> str:
    """Outlook.com / Hotmail on the web, HTML only: each typed line its own <p>."""
    html = (
        '<html><head><style type="text/css" style="display:none;">P {margin-top:0;margin-bottom:0;}'
        '</style></head><body dir="ltr">'
        + "".join(
            f'<p style="margin-top:0;margin-bottom:0">{escape(x) if x else "<br>"}</p>'
            for x in answer.split("\n")
        )
        + '<div id="appendonsend"></div><hr tabindex="-1" style="display:inline-block;width:98%">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
        + "<br>".join(f"<b>{k}:</b> {escape(v)}" for k, v in _block(lang))
        + "</font><div>&nbsp;</div></div><div>"
        + "".join(f"<p>{escape(x)}</p>" for x in original(lang).split("\n\n"))
        + "</div></body></html>"
    )
    return _part("text/html", html, "utf-8")


def ziggo_webmail(answer: str, lang: str) -> str:
    """Ziggo (Open-Xchange): HTML only, the attribution inside the cited blockquote."""
    attr = f"Op 2 december 2026 om 10:12 schreef Testschool &lt;{ORG}&gt;:"
    html = (
        '<!doctype html><html><head><meta charset="UTF-8"></head><body>'
        + "".join(
            f'<div class="default-style">{escape(x) if x else "<br>"}</div>'
            for x in answer.split("\n")
        )
        + f'<div class="default-style"><br>Groetjes, {escape(PARENT)}</div>'
        f'<blockquote type="cite"><div>{attr}</div><div><br></div><div>'
        f"{_html_lines(original(lang))}</div></blockquote></body></html>"
    )
    return _part("text/html", html, _charset(html, "iso-8859-1"))


def latin1_qp_plain(answer: str, lang: str) -> str:
    """A provider's web mail (KPN, Odido): plain, iso-8859-1 quoted-printable, "> " quotes."""
    body = f"{answer}\n\nGroet, {PARENT}\n\nOp 02-12-2026 10:12, schreef Testschool <{ORG}>:\n"
    body += _quote(original(lang)) + "\n"
    cs = _charset(body, "iso-8859-1")
    encoded = quopri.encodestring(body.encode(cs)).decode("ascii")
    return (
        f'Content-Type: text/plain; charset="{cs}"\nContent-Transfer-Encoding: '
        f"quoted-printable\n\n{encoded}\n"
    )


def thunderbird_flowed_top(answer: str, lang: str) -> str:
    """format=flowed, the answer on top, its lines soft-broken at 30 characters."""
    body = (
        f"{_flow(answer, 30)}\n\n-- \n{PARENT}\n\nOp 02-12-2026 om 10:12 schreef Testschool:\n"
        + "\n".join(">" + (" " + x if x else "") for x in original(lang).split("\n"))
        + "\n"
    )
    cs = _charset(body, "iso-8859-1")
    return (
        f'Content-Type: text/plain; charset="{cs}"; format=flowed\n'
        f"Content-Transfer-Encoding: base64\n\n{_b64(body.encode(cs))}\n"
    )


def gmail_forward(answer: str, lang: str) -> str:
    fwd = (
        "---------- Doorgestuurd bericht ---------\n"
        f"Van: Testschool <{ORG}>\nDate: wo 2 dec. 2026 om 10:12\n"
        f"Subject: {SUBJECT[lang]}\nTo: <{SAM}>\n"
    )
    plain = f"{answer}\n\n{fwd}\n\n{original(lang)}\n"
    html = (
        f'<div dir="ltr">{_html_lines(answer)}<br><br><div class="gmail_quote"><div dir="ltr" '
        f'class="gmail_attr">{_html_lines(fwd)}</div><br><br>{_html_lines(original(lang))}'
        "</div></div>"
    )
    return _alternative(
        _part("text/plain", plain, "UTF-8"), _part("text/html", html, "UTF-8"), "0000fwd"
    )


def ipad_bottom(answer: str, lang: str) -> str:
    sent = "Verstuurd vanaf mijn iPad" if lang == "nl" else "Sent from my iPad"
    attr = f"Op 2 dec. 2026 om 10:12 heeft Testschool <{ORG}> het volgende geschreven:"
    plain = f"> {attr}\n> \n{_quote(original(lang))}\n\n{answer}\n\n{sent}\n"
    return _part("text/plain", plain, "utf-8")


ENVELOPES: dict[str, Callable[[str, str], str]] = {
    "outlook-plain-1252": outlook_plain_1252,
    "outlook-android": outlook_android,
    "outlook-com-p": outlook_com_p,
    "ziggo-webmail": ziggo_webmail,
    "latin1-qp-plain": latin1_qp_plain,
    "thunderbird-flowed-top": thunderbird_flowed_top,
    "gmail-forward": gmail_forward,
    "ipad-bottom": ipad_bottom,
}


def message(envelope: str, answer: str, lang: str = "nl") -> bytes:
    subject = ("RE: " if envelope.startswith("outlook") else "Re: ") + SUBJECT[lang]
    if envelope == "gmail-forward":
        subject = "Fwd: " + SUBJECT[lang]
    return _bytes(
        _headers(f"=?utf-8?q?Jo=C3=ABlle_de_Vries?= <{SAM}>", _encoded_subject(subject))
        + ENVELOPES[envelope](answer, lang)
    )


# -- answers typed on our quoted item headings ---------------------------------------------------
def _typed(request: str, marks: dict[int, str]) -> str:
    """Our request with `marks` typed at the end of each item's heading line."""
    lines = request.split("\n")
    for k, line in enumerate(lines):
        for n, mark in marks.items():
            if line.startswith((f"Onderdeel {n}:", f"Part {n}:")):
                lines[k] = line + mark
    return "\n".join(lines)


def _under(request: str, marks: dict[int, str]) -> str:
    """Our request with `marks` typed on their own line right under each item's heading."""
    out: list[str] = []
    for line in request.split("\n"):
        out.append(line)
        out += [
            mark for n, mark in marks.items() if line.startswith((f"Onderdeel {n}:", f"Part {n}:"))
        ]
    return "\n".join(out)


def outlook_red(marks: dict[int, str], same_line: bool, lang: str = "nl") -> bytes:
    """Classic Outlook, HTML only: the parent typed in red inside the unquoted original,
    after the heading or on a line of its own under it."""
    paragraphs = []
    for line in original(lang).split("\n"):
        mark = next((m for n, m in marks.items() if line.startswith(f"Onderdeel {n}:")), "")
        red = f"<span style='color:red'>{escape(mark)}</span>" if mark else ""
        if same_line:
            paragraphs.append(f"<p class=MsoNormal>{escape(line)} {red}</p>")
        else:
            paragraphs.append(f"<p class=MsoNormal>{escape(line)}</p>")
            paragraphs += [f"<p class=MsoNormal>{red}</p>"] if red else []
    html = (
        "<html><body><div class=WordSection1><p class=MsoNormal>Zie mijn antwoorden in het rood"
        "</p><div id=divRplyFwdMsg>"
        + "<br>".join(f"<b>{k}:</b> {escape(v)}" for k, v in _block(lang))
        + "</div>"
        + "".join(paragraphs)
        + "</div></body></html>"
    )
    return _bytes(
        _headers(
            f"=?utf-8?q?Jo=C3=ABlle_de_Vries?= <{SAM}>", _encoded_subject("RE: " + SUBJECT[lang])
        )
        + _part("text/html", html, "windows-1252")
    )


def on_headings(style: str, marks: dict[int, str], lang: str = "nl", above: str = "") -> bytes:
    """A whole message whose answers were typed on the quoted headings ("> Onderdeel 1:
    Begeleiding naar werk JA"): Gmail's "> " quote, Outlook's unquoted original under its
    block, or a forward of the other parent's reply that had them (`older`: never the
    sender's answer)."""
    request = _typed(original(lang), marks)
    gmail = f"Op wo 2 dec. 2026 om 10:12 schreef Testschool <{ORG}>:"
    if style == "gmail":
        body = f"{above}\n\n{gmail}\n\n{_quote(request)}\n"
    elif style == "outlook":
        body = f"{above}\n\n{_block_text(lang)}\n\n{request}\n"
    elif style == "outlook-lines":  # each answer on its own line under the heading
        body = f"{above}\n\n{_block_text(lang)}\n\n{_under(original(lang), marks)}\n"
    elif style == "older-outlook":
        other = (
            f"Van: Marja de Vries <{SAM}>\nVerzonden: woensdag 2 december 2026 11:40\n"
            f"Aan: Piet de Vries\nOnderwerp: RE: {SUBJECT[lang]}\n"
        )
        body = f"{above}\n\n{other}\nZie mijn antwoorden.\n\n{_block_text(lang)}\n\n{request}\n"
    else:  # "older-gmail": the other parent's reply, quoted with ours inside it
        inner = f"Zie mijn antwoorden.\n\n{gmail}\n\n{_quote(request)}"
        body = f"{above}\n\nOp wo 2 dec. 2026 om 11:40 schreef Marja <{SAM}>:\n\n{_quote(inner)}\n"
    return _bytes(
        _headers(f"=?utf-8?q?Jo=C3=ABlle_de_Vries?= <{SAM}>", _encoded_subject(SUBJECT[lang]))
        + _part("text/plain", body, "utf-8")
    )


__all__ = ["ENVELOPES", "message", "on_headings", "outlook_red"]
