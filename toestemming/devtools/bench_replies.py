"""`toestemming bench`: replies read per second (issue "Read every reply right").

What one import does without the vault: parse the .eml (stdlib email), find the sender's own
words (quotes, signatures, inline answers) and read every item's answer with the grammar.
Measured over a mix of replies shaped like real clients write them (Gmail with the whole
request quoted, Thunderbird inline answers, Outlook HTML only, Apple Mail, a phone, English,
a legal disclaimer). Goal: the reader ≥ 1,000 replies per second; reading the .eml with the
standard library first is reported too (it costs more than the reading itself).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ..capture.answers import ItemInfo, read_answers
from ..capture.replies import parse_reply
from ..capture.reply_layout import own_segments

ROUNDS = 100  # × the samples below: 800 replies per run
REPEAT = 3
CODE = "TS-1CR5-AYMZ-7"
ITEMS = (
    ItemInfo(1, "Begeleiding naar werk", "UWV – Werkbedrijf"),
    ItemInfo(2, "Stage regelen", "Bakkerij De Korenschoof"),
)
_ITEM = (
    "Onderdeel {n}: {title}\nWelke gegevens: Contactgegevens.\nAan wie: {to} (arbeid).\n"
    "Waarom: Zodat je hulp krijgt.\nHoe lang: tot en met 23-11-2027.\nVerantwoordelijk: "
    "Testschool.\nNee zeggen mag. Dat heeft geen gevolgen voor je school of opleiding.\nJe kunt "
    "je toestemming altijd intrekken, zonder reden, met code {code}."
)
REQUEST = "\n\n".join(
    [
        "Beste Sam de Vries,",
        "We vragen of we gegevens over jou mogen delen met andere organisaties. Je beslist "
        "zelf, per onderdeel: ja of nee.",
        f"Referentiecode: {CODE}",
        *(_ITEM.format(n=i.position, title=i.title, to=i.recipient, code=CODE) for i in ITEMS),
        "Hoe geef je antwoord?\nBeantwoord deze e-mail en schrijf per onderdeel ja of nee, "
        "bijvoorbeeld: 1 ja, 2 nee. Of schrijf: ja voor alles, of: nee voor alles.",
        "Intrekken kan altijd, zonder reden: stuur een bericht met het woord intrekken.",
        "Met vriendelijke groet,\nJan Jansen\nTestschool",
    ]
)


def _quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def _inline(answers: tuple[str, str]) -> str:
    out: list[str] = []
    k = 0
    for para in REQUEST.split("\n\n"):
        out.append(_quoted(para) + "\n>")
        if para.startswith("Onderdeel "):
            out.append(answers[k] + "\n")
            k += 1
    return "\n".join(out)


def _mail(body: str, subtype: str = "plain") -> bytes:
    return (
        "From: Sam <sam@example.org>\r\nTo: school@example.org\r\n"
        f"Subject: Re: Vraag om toestemming - code {CODE}\r\n"
        "Date: Tue, 24 Nov 2026 09:12:40 +0100\r\nMessage-ID: <bench@example.org>\r\n"
        f'MIME-Version: 1.0\r\nContent-Type: text/{subtype}; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n"
    ).encode()


SAMPLES = (
    _mail(
        "Hoi,\n\n1 nee, 2 ja\n\nGroetjes Sam\n\nOp ma 23 nov 2026 om 11:00 schreef Testschool "
        f"<school@example.org>:\n\n{_quoted(REQUEST)}"
    ),
    _mail(
        "Hallo,\n\nZie hieronder.\n\nOp 23-11-2026 om 11:00 schreef Testschool:\n"
        + _inline(("Ja, graag", "Liever niet"))
    ),
    _mail(
        "<html><body><div>Akkoord!</div><div>Met vriendelijke groet, Sam</div><hr>"
        "<div id='divRplyFwdMsg'><b>Van:</b> Testschool<br><b>Verzonden:</b> maandag</div>"
        "<div>" + REQUEST.replace("\n", "<br>") + "</div></body></html>",
        "html",
    ),
    _mail(
        "Ik wil mijn toestemming niet intrekken, ik vroeg me alleen iets af.\n\nOp 23 nov. 2026 om "
        f"11:00 heeft Testschool het volgende geschreven:\n\n{_quoted(REQUEST)}"
    ),
    _mail(f"Code {CODE}\n1: ja\n2: ja / nee\n\nVerstuurd vanaf mijn iPhone"),
    _mail("I don't agree with 2, 1 is fine.\n\nKind regards,\nSam"),
    _mail("Ja, misschien. Ik bel nog even.\n\nSam"),
    _mail(
        "ja voor 1 niet voor 2\n\nMet vriendelijke groet,\n\nPetra de Vries\n\nDit e-mailbericht "
        "is uitsluitend bestemd voor de geadresseerde. Indien u niet de geadresseerde bent, wordt "
        "u verzocht de afzender te informeren. Het is niet toegestaan dit bericht zonder "
        f"toestemming te verspreiden.\n\n-----Original Message-----\nFrom: Testschool\nSent: "
        f"maandag\nTo: Petra\nSubject: Vraag\n\n{REQUEST}"
    ),
)


def _best_rate(fn: Callable[[], object], n: int, repeat: int = REPEAT) -> tuple[float, float]:
    """(replies per second by the clock, by the process's CPU time), best of `repeat` runs:
    other work on the machine only ever makes a run slower."""
    wall, cpu = 0.0, 0.0
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall = max(wall, n / (time.perf_counter() - start))
        cpu = max(cpu, n / max(time.process_time() - start_cpu, 1e-9))
    return wall, cpu


def bench_replies(say: Callable[[str], None], rounds: int = ROUNDS) -> dict[str, Any]:
    """The reader (own words, grammar, a verdict per item) on the text of each reply, and the
    whole path with parsing the .eml first. The goal is for the reader."""
    texts = [parse_reply(raw).text for raw in SAMPLES]
    n = rounds * len(SAMPLES)

    def reader() -> None:
        for _ in range(rounds):
            for text in texts:
                own_segments.cache_clear()  # no help from the previous reading of this text
                read_answers(text, ITEMS)

    def full() -> None:
        for _ in range(rounds):
            for raw in SAMPLES:
                read_answers(parse_reply(raw).text, ITEMS)

    full()  # warm: regexes compiled, word cache filled (as after the first import)
    per_second, cpu_per_second = _best_rate(reader, n)
    with_parsing, with_parsing_cpu = _best_rate(full, n)
    say(
        f"Antwoorden lezen:  {per_second:,.0f} per seconde ({cpu_per_second:,.0f} naar "
        f"processortijd); met het e-mailbestand ontleden {with_parsing:,.0f} per seconde "
        f"({with_parsing_cpu:,.0f}); {len(SAMPLES)} soorten antwoorden"
    )
    return {
        "per_second": per_second,
        "cpu_per_second": cpu_per_second,
        "with_parsing_per_second": with_parsing,
        "with_parsing_cpu_per_second": with_parsing_cpu,
        "replies_per_run": n,
        "kinds": len(SAMPLES),
    }
