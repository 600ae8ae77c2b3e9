"""Round 12 of issue 19: answers typed INSIDE the quoted request, the way parents answer a
long mail point by point — under each quoted "Onderdeel N" paragraph (Gmail's and
Thunderbird's "> " quoting after "Op … schreef …:", Gmail's HTML blockquote cut open,
Outlook's unquoted original after the "Van: … Verzonden: …" block, as plain text and as
Outlook on the web's HTML with the answers in red) or typed on the quoted heading line
itself ("> Onderdeel 2: Stage regelen nee").

A phrasing's text is the answers per item separated by " | " ("ja | nee | ja"; an empty
one: nothing typed under that item), optionally after a line typed on top and "||"
("Zie hieronder || ja | nee | ja"). "\\n" inside an answer is a new line.
"""

from __future__ import annotations

from html import escape

from mail_corpus import SAM
from reply_s10_envelopes import SUBJECT, _alternative, _part
from reply_s11_phrasings import Phrasing
from reply_s12_envelopes import _first_request
from reply_s13_mails import _bytes, _encoded_subject, _headers
from reply_s13_phrasings import ALL_NO, ALL_YES, JNJ, NONE, U
from reply_table import ORG

_GMAIL = f"Op wo 2 dec 2026 om 10:12 schreef Testschool <{ORG}>:"
_THUNDERBIRD = "Op 02-12-2026 om 10:12 schreef Testschool:"
_OUTLOOK = (
    f"Van: Testschool <{ORG}>\nVerzonden: woensdag 2 december 2026 10:12\n"
    f"Aan: Marja de Vries <{SAM}>\nOnderwerp: {SUBJECT['nl']}"
)


def _split(text: str) -> tuple[str, list[str]]:
    top, _, rest = text.rpartition("||")
    return top.strip(), [a.strip().replace("\\n", "\n") for a in rest.split("|")]


def _paragraphs() -> list[str]:
    return _first_request("nl").split("\n\n")


def _interleaved(text: str) -> tuple[str, list[tuple[str, bool]]]:
    """(top line, [(paragraph, typed by the person)]): each answer after its item's paragraph."""
    top, answers = _split(text)
    out: list[tuple[str, bool]] = []
    item = 0
    for para in _paragraphs():
        out.append((para, False))
        if para.startswith("Onderdeel "):
            answer = answers[item] if item < len(answers) else ""
            item += 1
            if answer:
                out.append((answer, True))
    return top, out


def _quote(para: str) -> str:
    return "\n".join("> " + line if line else ">" for line in para.split("\n"))


def gmail_plain(text: str) -> str:
    top, parts = _interleaved(text)
    body = "\n\n".join(p if own else _quote(p) for p, own in parts)
    return _part("text/plain", f"{top}\n\n{_GMAIL}\n\n{body}\n".lstrip("\n"))


def thunderbird_plain(text: str) -> str:
    top, parts = _interleaved(text)
    body = "\n>\n".join(p if own else _quote(p) for p, own in parts)
    return _part("text/plain", f"{top}\n\n{_THUNDERBIRD}\n{body}\n".lstrip("\n"), "iso-8859-1")


def outlook_plain(text: str) -> str:
    """Outlook's plain text: the original unquoted under the Van/Verzonden block."""
    top, parts = _interleaved(text)
    body = "\n\n".join(p for p, _ in parts)
    sep = "________________________________"
    return _part("text/plain", f"{top}\n\n{sep}\n{_OUTLOOK}\n\n{body}\n".lstrip("\n"))


def gmail_html(text: str) -> str:
    """Gmail web: the blockquote cut open where the person typed, their answer in a div."""
    top, parts = _interleaved(text)
    html = [f"<div dir=ltr>{escape(top)}</div><br><div class=gmail_quote>"]
    html.append(f"<div dir=ltr class=gmail_attr>{escape(_GMAIL)}<br></div>")
    quote: list[str] = []

    def flush() -> None:
        if quote:
            html.append(
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">'
                + "".join(quote)
                + "</blockquote>"
            )
            quote.clear()

    for para, own in parts:
        lines = "<br>".join(escape(x) for x in para.split("\n"))
        if own:
            flush()
            html.append(f"<div>{lines}</div><div><br></div>")
        else:
            quote.append(f"<div>{lines}</div><br>")
    flush()
    html.append("</div>")
    return _alternative(gmail_plain(text), _part("text/html", "".join(html)), "000000gm17")


def outlook_html(text: str) -> str:
    """Outlook on the web, HTML only: the original after the divRplyFwdMsg block as its own
    paragraphs (not quoted), the answers typed between them in red."""
    top, parts = _interleaved(text)
    html = [f"<div>{escape(top)}</div>", '<hr style="display:inline-block;width:98%">']
    html.append(
        '<div id="divRplyFwdMsg" dir="ltr"><b>Van:</b> Testschool &lt;'
        f"{ORG}&gt;<br><b>Verzonden:</b> woensdag 2 december 2026 10:12<br>"
        f"<b>Onderwerp:</b> {escape(SUBJECT['nl'])}</div>"
    )
    for para, own in parts:
        lines = "<br>".join(escape(x) for x in para.split("\n"))
        html.append(f'<p><span style="color:red">{lines}</span></p>' if own else f"<p>{lines}</p>")
    return _part("text/html", "<html><body>" + "".join(html) + "</body></html>")


def same_line(text: str) -> str:
    """The answer typed at the end of the quoted heading line, still inside the quote."""
    top, answers = _split(text)
    out: list[str] = []
    item = 0
    for para in _paragraphs():
        if para.startswith("Onderdeel "):
            answer = answers[item] if item < len(answers) else ""
            item += 1
            head, _, rest = para.partition("\n")
            para = f"{head} {answer}".rstrip() + ("\n" + rest if rest else "")
        out.append(_quote(para))
    body = "\n>\n".join(out)
    return _part("text/plain", f"{top}\n\n{_GMAIL}\n{body}\n".lstrip("\n"))


ENVELOPES = {
    "gmail-plain-inline": gmail_plain,
    "thunderbird-inline": thunderbird_plain,
    "outlook-plain-inline": outlook_plain,
    "gmail-html-inline": gmail_html,
    "outlook-web-html-inline": outlook_html,
    "quoted-heading-same-line": same_line,
}


def message(envelope: str, text: str, lang: str = "nl") -> bytes:
    subject = _encoded_subject("RE: " + SUBJECT["nl"])
    return _bytes(_headers(f"Marja de Vries <{SAM}>", subject) + ENVELOPES[envelope](text))


PHRASINGS: dict[str, Phrasing] = {
    "ja-nee-ja": Phrasing("ja | nee | ja", JNJ),
    "hoofdletters": Phrasing("JA | NEE | JA", JNJ),
    "alleen-1-nee": Phrasing("nee | | ", ("nee", U, U)),
    "twee-van-drie": Phrasing("ja | nee", ("ja", "nee", U)),
    "akkoord-niet-akkoord": Phrasing("Akkoord | Niet akkoord | Akkoord", JNJ),
    "graag-liever-niet": Phrasing("ja graag | liever niet | prima", JNJ),
    "duimen": Phrasing("👍 | 👎 | 👍", NONE, also=(JNJ,)),
    "vinkjes": Phrasing("✅ | ❌ | ✅", NONE, also=(JNJ,)),
    "jaa-neee": Phrasing("jaa | neee | jaa", JNJ),
    "ok-nee-ok": Phrasing("ok | nee | ok", (U, "nee", U), also=(NONE, JNJ)),
    "yes-no-yes": Phrasing("yes | no | yes", JNJ),
    "x-leeg-x": Phrasing("x | | x", NONE),
    "beperking-op-1": Phrasing(
        "ja\\nmaar alleen dit schooljaar | nee | ja", (U, "nee", "ja"), also=(NONE,)
    ),
    "zie-hieronder": Phrasing("Zie mijn antwoorden hieronder || ja | nee | ja", JNJ),
    "alles-ja-2-nee-onder": Phrasing(
        "Ja voor alles || | nee | ", JNJ, also=(("ja", U, "ja"), NONE)
    ),
    "twee-ouders": Phrasing(
        "Moeder: ja, vader: ja | Moeder: nee, vader: ja | ja", (U, U, "ja"), also=(NONE,)
    ),
    "nee-nee-nee": Phrasing("nee | nee | nee", ALL_NO),
    "ja-ja-ja": Phrasing("ja | ja | ja", ALL_YES),
    "niet-mee-eens": Phrasing("ja | niet mee eens | ja", JNJ),
    "weet-niet": Phrasing("ja | weet ik nog niet | nee", ("ja", U, "nee")),
    "geen-bezwaar": Phrasing("geen bezwaar | bezwaar | geen bezwaar", JNJ, also=(NONE,)),
    "nummer-en-antwoord": Phrasing("1 ja | 2 nee | 3 ja", JNJ),
    "verkeerd-nummer": Phrasing("ja | 3 nee | ja", NONE, also=(("ja", U, U),)),
}
