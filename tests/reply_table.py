"""The reply table in tests/data/replies/table.txt: replies typed the way parents and young
people type them, each with the outcome a careful worker would write down per item.

A case in the file:

    === 012 Gmail, answer on top
    items: 2                      (1, 2 or 3; the items are ITEMS below)
    expect: ja nee                (per item: ja, nee or ? = must not be recorded)
                                  (or: "intrekken", "intrekken 2", "geen": nothing at all,
                                  "onzeker": whatever it is read as, not recordable as is)
    special: 2                    (optional: the items with the explicit yes for special data)
    blanket: ja                   (optional: one answer was applied to every item)
    ---
    the message text; placeholders put our request under it the way a client quotes it:
    {gmail} {gmail-en} {apple} {thunderbird} {outlook} {outlook-en} {original-message}
    {forward}, and {inline-gmail: ja | nee} (also -thunderbird, -apple, -gmail-en) for
    answers typed under each quoted item ("\\n" inside an answer is a new line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from toestemming.capture.answers import ItemInfo

TABLE = Path(__file__).resolve().parent / "data" / "replies" / "table.txt"
CODE = "TS-1CR5-AYMZ-7"
ORG = "toestemming@testschool.example"

# The items as the vault of tests/mail_support.py has them (item 3 exists only here).
ITEMS = (
    ItemInfo(1, "Begeleiding naar werk", "UWV – Werkbedrijf"),
    ItemInfo(2, "Stage regelen", "Bakkerij De Korenschoof"),
    ItemInfo(3, "Volgen na school (RMC)", "Regionaal Bureau Leerplicht (RBL)"),
)
_ITEM_TEXT_NL = (
    "Onderdeel {n}: {title}\nWelke gegevens: Contactgegevens.\nAan wie: {recipient} (arbeid).\n"
    "Waarom: Zodat je hulp krijgt bij werk.\nHoe lang: tot en met 23-11-2027.\n"
    "Verantwoordelijk: Testschool.\nNee zeggen mag. Dat heeft geen gevolgen voor je school of "
    "opleiding.\nJe kunt je toestemming altijd intrekken, zonder reden: zeg het tegen je "
    "begeleider, of stuur een mail of appje met code {code}. Wat al gedeeld is, blijft gedeeld; "
    "daarna delen we niets meer."
)
_ITEM_TEXT_EN = (
    "Part {n}: {title}\nWhich information: Contact details.\nTo whom: {recipient} (labour).\n"
    "Why: So you get help finding work.\nFor how long: until 23-11-2027 at the latest.\n"
    "Responsible: Testschool.\nSaying no is fine. It has no consequences for your school or "
    "training.\nYou can withdraw your consent at any time, without giving a reason: tell your "
    "counsellor, or send an e-mail or app message with code {code}."
)


def request_paragraphs(count: int, english: bool = False) -> list[str]:
    """Our request as its paragraphs (the item texts are single paragraphs)."""
    items = [
        (_ITEM_TEXT_EN if english else _ITEM_TEXT_NL).format(
            n=i.position, title=i.title, recipient=i.recipient, code=CODE
        )
        for i in ITEMS[:count]
    ]
    if english:
        return [
            "Dear Sam de Vries,",
            "We are asking whether we may share information about you with other "
            "organisations. You decide yourself, per part: yes or no.",
            f"Reference code: {CODE}",
            *items,
            "How to answer\nReply to this e-mail and write yes or no for each part, for "
            f"example: 1 yes, 2 no. Or write: yes to all, or: no to all. Keep the code {CODE} "
            "in the subject or the message.",
            "Saying no is always fine. It has no consequences for school or training. Without "
            "an answer we share nothing.",
            "Kind regards,\nJan Jansen\nTestschool\n" + ORG,
        ]
    return [
        "Beste Sam de Vries,",
        "We vragen of we gegevens over jou mogen delen met andere organisaties. Hieronder staat "
        "per onderdeel welke gegevens, met wie, waarom en hoe lang. Je beslist zelf, per "
        "onderdeel: ja of nee.",
        f"Referentiecode: {CODE}",
        *items,
        "Hoe geef je antwoord?\nBeantwoord deze e-mail en schrijf per onderdeel ja of nee, "
        "bijvoorbeeld: 1 ja, 2 nee. Of schrijf: ja voor alles, of: nee voor alles. Laat de "
        f"code {CODE} in het onderwerp of in het bericht staan.",
        "Nee zeggen mag altijd. Dat heeft geen gevolgen voor school of opleiding. Zonder "
        "antwoord delen we niets.",
        "Intrekken kan altijd, zonder reden: stuur een bericht met de code en het woord "
        "intrekken (of bijvoorbeeld: intrekken 2, voor één onderdeel), of zeg het tegen de "
        "begeleider. Wat al gedeeld is, blijft gedeeld; daarna delen we niets meer.",
        "Met vriendelijke groet,\nJan Jansen\nTestschool\n" + ORG,
    ]


def _quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


_HEADERS = {
    "gmail": f"Op ma 23 nov 2026 om 11:00 schreef Testschool <\n{ORG}>:\n",
    "gmail-en": f"On Mon, 23 Nov 2026 at 11:00, Testschool <{ORG}> wrote:\n",
    "apple": f"Op 23 nov. 2026 om 11:00 heeft Testschool <{ORG}> het volgende geschreven:\n",
    "thunderbird": "Op 23-11-2026 om 11:00 schreef Testschool:\n",
}
_BLOCKS = {
    "outlook": (
        f"________________________________\nVan: Testschool <{ORG}>\nVerzonden: maandag 23 "
        f"november 2026 11:00\nAan: Sam de Vries\nOnderwerp: Vraag om toestemming – Testschool "
        f"– code {CODE}\n"
    ),
    "outlook-en": (
        f"________________________________\nFrom: Testschool <{ORG}>\nSent: Monday, November "
        f"23, 2026 11:00 AM\nTo: Sam de Vries\nSubject: Request for consent – Testschool – code "
        f"{CODE}\n"
    ),
    "original-message": (
        f"-----Original Message-----\nFrom: Testschool <{ORG}>\nSent: maandag 23 november 2026 "
        f"11:00\nTo: Sam\nSubject: Vraag om toestemming – code {CODE}\n"
    ),
    "forward": (
        f"---------- Forwarded message ---------\nVan: Testschool <{ORG}>\nDate: ma 23 nov 2026 "
        f"om 11:00\nSubject: Vraag om toestemming – code {CODE}\nTo: <sam@example.org>\n"
    ),
}


def _expand(body: str, count: int) -> str:
    def whole(m: re.Match[str]) -> str:
        name = m.group(1)
        english = name.endswith("-en")
        original = "\n\n".join(request_paragraphs(count, english))
        if name in _HEADERS:
            return _HEADERS[name] + "\n" + _quote(original)
        return _BLOCKS[name] + "\n" + original

    def inline(m: re.Match[str]) -> str:
        client, answers = m.group(1), [a.strip() for a in m.group(2).split("|")]
        english = client.endswith("-en")
        paragraphs = request_paragraphs(count, english)
        out = [_HEADERS[client]]
        item_no = 0
        for k, para in enumerate(paragraphs):
            if k:
                out.append(">")
            out.append(_quote(para))
            if para.startswith(("Onderdeel ", "Part ")):
                answer = answers[item_no] if item_no < len(answers) else ""
                item_no += 1
                if answer:
                    out.append("\n" + answer.replace("\\n", "\n") + "\n")
        return "\n".join(out)

    body = re.sub(r"\{inline-([a-z\-]+):([^}]*)\}", inline, body)
    return re.sub(r"\{([a-z\-]+)\}", whole, body)


@dataclass(frozen=True)
class Case:
    id: str
    items: int
    expect: tuple[str, ...]  # per item "ja"/"nee"/"?", or ("intrekken", *positions), ("geen",)
    text: str
    special: frozenset[int] | None = None
    blanket: bool | None = None

    @property
    def withdrawal(self) -> bool:
        return self.expect[0] == "intrekken"


def load() -> list[Case]:
    raw = TABLE.read_text(encoding="utf-8")
    cases: list[Case] = []
    for chunk in raw.split("\n=== ")[1:]:
        head, _, body = chunk.partition("\n---\n")
        lines = head.split("\n")
        fields = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
        count = int(fields["items"])
        expect = tuple(fields["expect"].split())
        special = fields.get("special")
        blanket = fields.get("blanket")
        cases.append(
            Case(
                lines[0].strip(),
                count,
                expect,
                _expand(body.rstrip("\n"), count),
                None
                if special is None
                else frozenset(int(x) for x in special.split() if x.isdigit()),
                None if blanket is None else blanket.strip() == "ja",
            )
        )
    return cases
