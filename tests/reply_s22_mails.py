"""reply22's envelopes: whole messages in ways earlier rounds did not write them, down to
charset and transfer encoding, with our real request quoted (or not) the way each one does:

- the same thread days later: the answer on top of our reminder, which quotes the parent's
  own earlier "ik kom erop terug" and our request under it (">" two and three deep);
- (THIRD_PARTY) a reply forwarded by the school's secretariat: "Zie hieronder", the
  secretariat's signature, then the parent's message as Outlook forwards it: not the sender's
  own answer, nothing is read (and the secretariat is no representative: no signer either);
- the answer in the subject ("Re: … – <answer>"), the body "Zie onderwerp." and "Verstuurd
  vanaf mijn iPhone" over the quote (THIRD_PARTY "subject-only": without "Zie onderwerp",
  never read — round 8's rule);
- the quote edited: the answer typed inside our quoted request, under "Hoe geef je antwoord?",
  the rest of the quote around it;
- HTML only, <blockquote> nested three deep (the answer, our reminder, the parent's earlier
  mail, our request);
- format=flowed delsp=yes in base64 with long lines wrapped by the client;
- Outlook desktop in Dutch, HTML and plain: "-----Oorspronkelijk bericht-----" with the
  request unquoted under its header block;
- a mobile client (FairEmail) that puts the answer below the quote.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from mail_corpus import SAM
from reply_s10_envelopes import SUBJECT, _alternative, _b64, _html_lines, _part, _quote
from reply_s12_envelopes import _first_request
from reply_s13_mails import _bytes, _encoded_subject, _headers
from reply_table import ORG

PARENT = "Marja de Vries"
SECRETARIAT = "secretariaat@testschool.example"


def _attr(lang: str, day: str = "do 3 dec. 2026 om 10:12", who: str = f"Testschool <{ORG}>"):
    return f"Op {day} schreef {who}:" if lang == "nl" else f"On {day}, {who} wrote:"


def _earlier(lang: str) -> str:
    return (
        "Ik kom er nog op terug, ik wil het eerst met Sam bespreken."
        if lang == "nl"
        else ("I'll come back to this, I want to talk it over with Sam first.")
    )


def _reminder_text(lang: str) -> str:
    return (
        "Beste mevrouw De Vries,\n\nWe hebben nog geen antwoord op onze vraag. Antwoord per "
        "onderdeel met ja of nee.\n\nMet vriendelijke groet,\nJan Jansen\nTestschool"
        if lang == "nl"
        else "Dear Mrs De Vries,\n\nWe have no answer yet. Please answer yes or no per part."
        "\n\nKind regards,\nJan Jansen\nTestschool"
    )


def _thread_later(answer: str, lang: str) -> str:
    inner = (
        f"{_earlier(lang)}\n\n{_attr(lang, 'ma 30 nov. 2026 om 09:00')}\n\n"
        f"{_quote(_first_request(lang))}"
    )
    middle = (
        f"{_reminder_text(lang)}\n\n{_attr(lang, 'di 1 dec. 2026 om 20:15', PARENT + ' <' + SAM + '>')}"
        f"\n\n{_quote(inner)}"
    )
    body = f"{answer}\n\n{_attr(lang, 'ma 7 dec. 2026 om 08:30')}\n\n{_quote(middle)}\n"
    return _part("text/plain", body, "UTF-8")


def _secretariat(answer: str, lang: str) -> str:
    parent_mail = f"{answer}\n\nGroet,\n{PARENT}\n\n{_attr(lang)}\n\n{_quote(_first_request(lang))}"
    body = (
        "Zie hieronder het antwoord van de moeder van Sam.\n\nMet vriendelijke groet,\n"
        "Secretariaat Testschool\n\n________________________________\n"
        f"Van: {PARENT} <{SAM}>\nVerzonden: vrijdag 4 december 2026 21:03\n"
        f"Aan: Secretariaat Testschool <{SECRETARIAT}>\nOnderwerp: RE: {SUBJECT[lang]}\n\n"
        f"{parent_mail}\n"
    )
    return _part("text/plain", body, "windows-1252" if _fits_1252(body) else "utf-8")


def _fits_1252(text: str) -> bool:
    try:
        text.encode("windows-1252")
    except UnicodeEncodeError:
        return False
    return True


def _subject_only(answer: str, lang: str) -> str:
    body = f"\n\nVerstuurd vanaf mijn iPhone\n\n{_attr(lang)}\n\n{_quote(_first_request(lang))}\n"
    return _part("text/plain", body, "utf-8")


def _subject_pointed(answer: str, lang: str) -> str:
    see = "Zie onderwerp." if lang == "nl" else "See subject."
    body = (
        f"{see}\n\nVerstuurd vanaf mijn iPhone\n\n{_attr(lang)}\n\n{_quote(_first_request(lang))}\n"
    )
    return _part("text/plain", body, "utf-8")


def _quote_edited(answer: str, lang: str) -> str:
    quoted = _quote(_first_request(lang)).split("\n")
    mark = "1 ja, 2 nee" if lang == "nl" else "1 yes, 2 no"
    at = next(i for i, line in enumerate(quoted) if mark in line) + 1
    lines = [*quoted[:at], "", answer, "", *quoted[at:]]
    body = f"{_attr(lang)}\n" + "\n".join(lines) + "\n"
    return _part("text/plain", body, "UTF-8")


def _blockquote_3(answer: str, lang: str) -> str:
    request = f"<blockquote type='cite'>{_html_lines(_first_request(lang))}</blockquote>"
    earlier = (
        f"<blockquote type='cite'><div>{escape(_earlier(lang))}</div><br>"
        f"<div>{escape(_attr(lang, 'ma 30 nov. 2026 om 09:00'))}</div>{request}</blockquote>"
    )
    reminder = (
        f"<blockquote type='cite'><div>{_html_lines(_reminder_text(lang))}</div><br>"
        f"<div>{escape(_attr(lang, 'di 1 dec. 2026 om 20:15', PARENT))}</div>{earlier}"
        "</blockquote>"
    )
    html = (
        "<html><body><div>"
        f"{_html_lines(answer)}</div><br><div>{escape(_attr(lang, 'ma 7 dec. 2026 om 08:30'))}"
        f"</div>{reminder}</body></html>"
    )
    return _part("text/html", html, "utf-8", "b64")


def _flow(line: str, width: int = 30) -> list[str]:
    """Wrap one line the way a format=flowed delsp=yes client does (a space before each break)."""
    out, rest = [], line
    while len(rest) > width and " " in rest[1:width]:
        cut = rest.rfind(" ", 1, width)
        out.append(rest[:cut] + "  ")  # the space of the text and the flowed one
        rest = rest[cut + 1 :]
    out.append(rest)
    return out


def _flowed_b64(answer: str, lang: str) -> str:
    own = [w for line in answer.split("\n") for w in _flow(line)]
    body = "\n".join(own) + f"\n\n{_attr(lang)}\n\n{_quote(_first_request(lang))}\n"
    raw = body.replace("\n", "\r\n").encode("utf-8")
    return (
        'Content-Type: text/plain; charset="utf-8"; format=flowed; delsp=yes\n'
        f"Content-Transfer-Encoding: base64\n\n{_b64(raw)}\n"
    )


def _outlook_oorspronkelijk(answer: str, lang: str) -> str:
    line = "-----Oorspronkelijk bericht-----" if lang == "nl" else "-----Original Message-----"
    head = (
        f"Van: Testschool <{ORG}>\nVerzonden: donderdag 3 december 2026 10:12\n"
        f"Aan: {PARENT} <{SAM}>\nOnderwerp: {SUBJECT[lang]}"
    )
    sig = f"Met vriendelijke groet,\n{PARENT}"
    plain = f"{answer}\n\n{sig}\n\n{line}\n{head}\n\n{_first_request(lang)}\n"
    paras = "".join(
        f"<p class=MsoNormal>{escape(x) if x.strip() else '&nbsp;'}<o:p></o:p></p>"
        for x in f"{answer}\n\n{sig}".split("\n")
    )
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta '
        'http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body '
        f"lang=NL><div class=WordSection1>{paras}<p class=MsoNormal>{line}<br>"
        f"{_html_lines(head)}</p><p class=MsoNormal>{_html_lines(_first_request(lang))}</p>"
        "</div></body></html>"
    )
    charset = "windows-1252" if _fits_1252(plain) else "utf-8"
    return _alternative(
        _part("text/plain", plain, charset), _part("text/html", html, charset), "_000_AM0P_"
    )


def _mobile_below(answer: str, lang: str) -> str:
    body = (
        f"{_attr(lang, '3 dec. 2026 10:12')}\n{_quote(_first_request(lang))}\n\n{answer}\n\n"
        "-- \nVerzonden met FairEmail\n"
    )
    return _part("text/plain", body, "UTF-8")


ENVELOPES: dict[str, Callable[[str, str], str]] = {
    "thread-days-later": _thread_later,
    "subject-zie-onderwerp": _subject_pointed,
    "quote-edited": _quote_edited,
    "html-blockquote-3-deep": _blockquote_3,
    "flowed-delsp-b64": _flowed_b64,
    "outlook-oorspronkelijk-html": _outlook_oorspronkelijk,
    "mobile-below-quote": _mobile_below,
}


def fitting(envelope: str, phrasings: dict[str, Any]) -> dict[str, Any]:
    """The phrasings an envelope can carry: a subject is one line (a phrasing of several lines
    typed in it would read as another text)."""
    if not envelope.startswith("subject-"):
        return phrasings
    return {name: case for name, case in phrasings.items() if "\n" not in case.text.strip()}


# Not the parent's own message: the secretariat (no representative's address) sends on what
# the parent wrote to it. Its own words answer nothing; the parent's are a forwarded quote.
# The answer in the subject over an empty body: never read (round 8, tests/reply_s14_mails.py
# SUBJECT_ONLY: a subject is also what a Re:-chain keeps of older mail).
THIRD_PARTY: dict[str, Callable[[str, str], str]] = {
    "secretariat-forward": _secretariat,
    "subject-only": _subject_only,
}


def message(envelope: str, answer: str, lang: str = "nl", sender: str = SAM) -> bytes:
    subject = "Re: " + SUBJECT[lang]
    if envelope.startswith("subject-"):
        subject += " – " + " ".join(answer.split())
    if envelope == "secretariat-forward":
        sender, name = SECRETARIAT, "Secretariaat Testschool"
    else:
        name = PARENT
    return _bytes(
        _headers(f"{_encoded_subject(name)} <{sender}>", _encoded_subject(subject))
        + {**ENVELOPES, **THIRD_PARTY}[envelope](answer, lang)
    )


__all__ = ["ENVELOPES", "THIRD_PARTY", "fitting", "message"]
