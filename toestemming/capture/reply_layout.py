"""Where in a message the sender's own words are: above, below or inside the quote.

Mail clients quote our request in their own ways: Gmail and Thunderbird ("Op … schreef …:",
"On … wrote:") and Apple Mail ("Op … heeft … het volgende geschreven:") put "> " before each
line; Outlook puts a "Van:/Verzonden:" (or "From:/Sent:") block or "-----Original
Message-----" above the original and leaves it unquoted. Our own request contains the example
"1 ja, 2 nee", so it must never be read as the answer.

The result is a list of segments (character ranges of the whole text, so answers can be
highlighted where the worker sees them). A segment typed right under a quoted item ("> Onderdeel
2: …" and then "nee") carries that item: an inline answer. Signatures ("-- ", "Met
vriendelijke groet" and the lines under it, "Verzonden vanaf mijn iPhone") and legal
disclaimers are left out; a "PS" after a signature is still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .compose import SENTINELS
from .reply_ours import ANY_HEADING, GREETING, ITEM_HEADING, request_starts
from .reply_words import Cat, fold, lookup

QUOTE_HEADERS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\s*(op|on|le|am|el|il)\s.{0,250}(schreef|geschreven|wrote|a écrit|schrieb|escribió|"
        r"ha scritto)\s*.{0,80}:\s*$",
        r"^\s*-{2,}\s*(original message|oorspronkelijk bericht|origineel bericht|forwarded "
        r"message|doorgestuurd bericht|weitergeleitete nachricht)\s*-*\s*$",
        r"^\s*(begin forwarded message|begin doorgestuurd bericht)\s*:?\s*$",
        r"^\s*_{8,}\s*$",
    )
)
# "Testschool schreef op 23-11-2026 om 11:00:" (Thunderbird's newer form): counted as a quote
# header only when quoted lines follow, since "mijn moeder schreef:" can start an answer.
# Gmail and others write it in the language of their interface: Turkish "… tarihinde şunu
# yazdı:", Arabic "… كتب Testschool <…>:", German, French, Spanish, Portuguese, Polish.
_LOOSE_HEADER = re.compile(
    r"^.{1,200}\b(schreef|wrote|geschreven|yazd[ıi]|كتب|schrieb|a écrit|escribió|escreveu|"
    r"ha scritto|napisał)(?!\w).{0,120}:\s*$",
    re.IGNORECASE,
)
# Any line that names an address and ends in ":" right above quoted lines is such a header,
# whatever its language ("Testschool <school@…> 3 Ara 2026 10:12:").
_ADDRESS_HEADER = re.compile(r"^.{0,200}[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+.{0,120}:\s*$")
# Outlook writes the block in the language of its interface (Dutch, English, German,
# Turkish, Arabic).
_HEADER_BLOCK_START = re.compile(r"^\s*\*?(van|from|von|kimden|من)\s*:\*?\s*\S", re.IGNORECASE)
_HEADER_BLOCK_NEXT = re.compile(
    r"^\s*\*?(verzonden|sent|gesendet|date|datum|onderwerp|subject|betreff|aan|to|an|cc|"
    r"g[öo]nderildi|tarih|kime|konu|bilgi|تاريخ الإرسال|إلى|الموضوع|نسخة)\s*:\*?",
    re.IGNORECASE,
)
# GMX and web.de start their block with the date ("Gesendet: …" then "Von:", "An:",
# "Betreff:"): a block that starts with a date line counts when a sender line follows.
_HEADER_BLOCK_DATE = re.compile(
    r"^\s*\*?(gesendet|verzonden|sent|date|datum|g[öo]nderildi|tarih|تاريخ الإرسال)\s*:\*?\s*\S",
    re.IGNORECASE,
)
# A subject line echoed in the text (a read receipt's "Onderwerp: Vraag om toestemming …", a
# header block a client left without its sender line) is our words, not an answer.
_SUBJECT_LINE = re.compile(r"^\s*\*?(?:onderwerp|subject|betreff|konu|الموضوع)\s*:", re.IGNORECASE)
_ITEM_HEADING = ITEM_HEADING  # "Onderdeel 2:" in every catalog language (reply_ours)
# Where our request starts when it was pasted without any quote marks.
_REQUEST_STARTS = (
    tuple(
        fold(s)
        for s in (
            *SENTINELS,
            "We vragen of we gegevens",
            "Deze vraag gaat over",
            "We hebben nog geen antwoord ontvangen",
            "We are asking whether we may share",
            "This request is about",
            "We have not yet received an answer",
            "Hoe geef je antwoord",
            "Hoe geeft u antwoord",
            "Beantwoord deze e-mail en schrijf",
            "Nee zeggen mag altijd",
            "Intrekken kan altijd",
            "How to answer",
            "Reply to this e-mail and write",
            "Saying no is always fine",
        )
    )
    + request_starts()
)  # every catalog language's openings (reply_ours)
_GREETING = GREETING
_CLOSING = re.compile(
    r"^(?:(?:met |with )?(?:vriendelijke|hartelijke|lieve|warme|beste|kind|best|warm|many)?\s*"
    r"(?:groet|groeten|groetjes|regards|wishes)|mvg|m\.v\.g\.?|vrgr|vr\.? ?gr\.?|gr\.?|grt|"
    r"groetjes|doei|liefs|cheers|sincerely|yours sincerely|yours|thanks and regards)\b",
)
# "PS", "P.S.", "PPS", "NB" under a signature: what follows is the sender's own again
_PS = re.compile(r"^(?:p\.?\s?s\.?|pps|p\.?p\.?s\.?|n\.?b\.?)(?=[\s:,.\-]|$)")
_DEVICE_LINE = re.compile(
    r"^(?:(?:verzonden|verstuurd|sent|gesendet|envoye)\s+(?:vanaf|van|met|from|with|via|vanuit|"
    r"von|depuis)\b.{0,60}|(?:get|download|haal)\s+outlook\b.{0,60})$"
)
# The footer line of many work and council mail systems, under the answer: "denk" in it is
# no doubt ("1 ja 2 nee 3 ja" + "Denk aan het milieu …" left every item unclear).
_ENVIRONMENT_LINE = re.compile(
    r"^\W*(?:denk aan het milieu|(?:please )?(?:consider|think of) the environment|"
    r"(?:is|moet) (?:het|deze e-?mail) (?:echt|wel) (?:nodig|noodzakelijk)).{0,90}$"
)
# The polite closing under an answer, on a line of its own: "Als u nog vragen heeft, hoor ik het
# graag." Its "als" is no condition on the consent ("1 ja 2 ja 3 nee" + that line left every item
# unclear). Only questions: "Als er iets misgaat, trek ik het in" is a condition and stays one;
# what follows the formula may hold no answer word, no number (a phone number: read as before).
_QUESTIONS_LINE = re.compile(
    r"^\W*(?:(?:als|mocht|mochten|indien|wanneer)\s+(?:u|je|jij|jullie|er)\s+(?:nog\s+)?"
    r"(?:verdere\s+|meer\s+|andere\s+|eventuele\s+)?vragen\s+(?:heeft|hebt|hebben|zijn|is)|"
    r"(?:bij|voor)\s+(?:verdere\s+|eventuele\s+|nog\s+)?vragen)\b(?P<rest>.{0,60})$"
)
_POLITE_REPLY = re.compile(
    r"\b(?:(?:hoor|horen)\s+(?:ik|wij|we)\s+(?:het|dat|dit)?\s*(?:graag|wel)|"
    r"(?:ben|zijn)\s+(?:ik|wij|we)\s+(?:graag\s+)?bereikbaar|graag)\b"
)


# "Nee hoor, ik heb geen vragen", "Nee, verder niks": a line of its own under the answer that
# says there is nothing more — its "nee" is no answer (it left "1 ja 2 nee 3 ja" above it
# with 1 and 3 unclear: a no beside the yeses).
_NO_QUESTIONS = re.compile(
    r"^\W*(?:nee\W*(?:hoor|dank\s*je(?:wel)?|bedankt)?\W*)?(?:(?:ik\s+heb|wij\s+hebben|we\s+"
    r"hebben)\s+)?(?:verder\s+|nu\s+)?(?:nog\s+)?geen\s+(?:verdere\s+|andere\s+)?vragen"
    r"(?:\s+meer)?(?:\s+hoor)?\W*$|^\W*nee\W*verder\s+(?:niks|niets)(?:\s+hoor)?\W*$"
)


def _questions_closing(folded: str) -> bool:
    if _NO_QUESTIONS.match(folded):
        return True
    found = _QUESTIONS_LINE.match(folded)
    return found is not None and not _has_answer_words(_POLITE_REPLY.sub(" ", found["rest"]))


_DISCLAIMER = re.compile(
    r"disclaimer|uitsluitend bestemd|bestemd voor de geadresseerde|vertrouwelijk|confidential|"
    r"intended (?:solely |only )?for|intended recipient|geadresseerde|aansprakelijk|liability|"
    r"privileged|niet de beoogde|not the intended|verzocht de afzender|notify the sender"
)
_ANSWER_CATS = frozenset(
    {Cat.YES, Cat.NO, Cat.AGREE, Cat.OBJECT, Cat.NEG, Cat.WITHDRAW, Cat.ALL, Cat.FINE}
)


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    item: int | None = None  # typed under this quoted item


def _has_answer_words(line: str) -> bool:
    if re.search(r"\d", line):
        return True
    return any(lookup(fold(w))[0] in _ANSWER_CATS for w in re.findall(r"[^\W\d_]+", line))


_MAYBE_HEADER = re.compile(
    r"^\s*(?:(?:op|on|le|am|el|il|begin|\*?van|\*?from|\*?von|\*?gesendet|\*?verzonden|"
    r"\*?sent|\*?date|\*?datum|\*?kimden|\*?g[öo]nderildi|\*?tarih|من|تاريخ الإرسال)\b|-{2}|_{8})",
    re.IGNORECASE,
)


def _is_header(lines: list[str], i: int) -> int:
    """How many lines the quote header at line i takes (0: not a header)."""
    stripped = lines[i].strip()
    if not _MAYBE_HEADER.match(stripped):
        if (_LOOSE_HEADER.match(stripped) or _ADDRESS_HEADER.match(stripped)) and _quoted_next(
            lines, i + 1
        ):
            return 1
        return 0
    for extra in range(3):
        joined = " ".join(x.strip() for x in lines[i : i + 1 + extra])
        if QUOTE_HEADERS[0].match(joined) and joined.endswith(":"):
            return 1 + extra
    if any(p.match(stripped) for p in QUOTE_HEADERS[1:]):
        return 1
    after = lines[i + 1 : i + 5]
    if (
        _HEADER_BLOCK_START.match(stripped) and any(_HEADER_BLOCK_NEXT.match(n) for n in after)
    ) or (
        _HEADER_BLOCK_DATE.match(stripped)
        and any(_HEADER_BLOCK_START.match(n) for n in after)
        and sum(bool(_HEADER_BLOCK_NEXT.match(n)) for n in after) >= 2
    ):
        taken = 1
        while i + taken < len(lines) and lines[i + taken].strip():
            taken += 1
        return taken
    return 0


def _quoted_next(lines: list[str], i: int) -> bool:
    nxt = next((x for x in lines[i : i + 3] if x.strip()), "")
    return nxt.lstrip().startswith(">")


def _disclaimer_at(lines: list[str], i: int, known: dict[int, bool]) -> bool:
    """Whether line i is part of a legal disclaimer paragraph (decided once per paragraph)."""
    start = i
    while start > 0 and lines[start - 1].strip() and not lines[start - 1].lstrip().startswith(">"):
        start -= 1
    if start not in known:
        end = i
        while end < len(lines) and lines[end].strip() and not lines[end].lstrip().startswith(">"):
            end += 1
        paragraph = fold(" ".join(x.strip() for x in lines[start:end]))
        known[start] = len(paragraph) >= 100 and bool(_DISCLAIMER.search(paragraph))
    return known[start]


@lru_cache(maxsize=64)
def own_segments(text: str, titles: tuple[tuple[int, str], ...] = ()) -> tuple[Segment, ...]:
    segments = _own_segments(text)
    if not titles or not _ANY_HEADING.search(text):
        return segments
    lines = text.split("\n")
    typed = _typed_on_headings(lines, _offsets(lines), dict(titles), segments)
    return tuple(sorted((*segments, *typed), key=lambda seg: seg.start)) if typed else segments


def _offsets(lines: list[str]) -> list[int]:
    offsets: list[int] = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    return offsets


@lru_cache(maxsize=64)
def _own_segments(text: str) -> tuple[Segment, ...]:
    """The sender's own words in `text`, in order; see the module text. With the items'
    `titles` (position, title), also what was typed at the end of our quoted item heading
    ("> Onderdeel 1: Begeleiding naar werk JA", `_typed_on_headings`). (Cached: an import
    asks for them twice, for the reference code and for the answers.)"""
    lines = text.split("\n")
    offsets = _offsets(lines)
    disclaimers: dict[int, bool] = {}
    own: list[tuple[int, int | None]] = []  # (line index, item)
    quoting = False
    item: int | None = None
    # After "Met vriendelijke groet,": the name block under it ("sign"), or, when a blank line
    # comes first, the next block ("await"). A block after that (a PS) is read again.
    signature = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        folded = fold(stripped)
        if stripped.startswith(">"):
            quoting, signature = True, ""
            inner = stripped.lstrip("> \t")
            heading = _ITEM_HEADING.match(inner)
            if heading:
                item = int(heading.group(1))
            elif inner and i > 0 and not lines[i - 1].strip().lstrip("> \t"):
                item = None  # a new quoted paragraph that is not an item
            i += 1
            continue
        if not stripped:
            signature = "" if signature == "sign" else signature
            i += 1
            continue
        if stripped in ("--", "-- ") or line == "-- ":
            break  # the signature delimiter: what follows is signature
        header = _is_header(lines, i)
        if header:
            nxt = next((x for x in lines[i + header :] if x.strip()), "")
            if not nxt.lstrip().startswith(">"):
                break  # Outlook style: the original follows unquoted
            quoting, item, signature = True, None, ""
            i += header
            continue
        if any(folded.startswith(s) for s in _REQUEST_STARTS):
            if _code_line_only(lines, i, folded):
                i += 1  # "Referentiecode: TS-…" copied above the answer: not our request
                continue
            _cut_greeting(lines, own)
            break
        if _SUBJECT_LINE.match(stripped):
            i += 1
            continue
        if signature and _PS.match(folded):
            signature = ""  # "PS 2 toch maar niet" under the name: the sender's own words again
        if (
            signature
            or _DEVICE_LINE.match(folded)
            or (_ENVIRONMENT_LINE.match(folded) and not _has_answer_words(folded))
            or _questions_closing(folded)
            or _disclaimer_at(lines, i, disclaimers)
        ):
            signature = "sign" if signature else ""
            i += 1
            continue
        if (
            len(stripped) <= 60
            and _CLOSING.match(folded)
            and not _has_answer_words(_CLOSING.sub("", folded, count=1))
        ):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            # the name, phone … under it; "Mvg Marja" has the name already: no block to await
            named = bool(_CLOSING.sub("", folded, count=1).strip(" ,.!"))
            signature = "sign" if nxt or named else "await"
            i += 1
            continue
        own.append((i, item if quoting else None))
        i += 1
    return tuple(_segments(lines, offsets, own))


def _typed_on_headings(
    lines: list[str], offsets: list[int], titles: dict[int, str], own: tuple[Segment, ...]
) -> list[Segment]:
    """Answers typed at the end of our item headings in the quote: "> Onderdeel 1:
    Begeleiding naar werk JA", or in Outlook's unquoted original "Onderdeel 2: Stage regelen
    – nee". Only the words after the item's own title, and only in the first quoted message
    (at most one ">" deep, before a second quote header): an older message further down — the
    other parent's own reply, forwarded — is never the sender's answer."""
    inner = [line.lstrip("> \t") for line in lines]
    found = [i for i, x in enumerate(inner) if _ITEM_HEADING.match(x)]
    if not found:
        return []
    depths = [_quote_depth(line) for line in lines[: found[-1] + 1]]

    def taken(k: int) -> bool:  # already the sender's own line (read as it is)
        first = offsets[k] + len(lines[k]) - len(lines[k].lstrip())
        return any(seg.start <= first < seg.end for seg in own)

    out: list[Segment] = []
    headers, deepest = 0, 1  # Outlook's HTML block can sit one level deeper than its original
    i = 0
    while i <= found[-1]:
        header = _is_header(inner if depths[i] else lines, i)
        if header > 1 and _HEADER_BLOCK_START.match(inner[i]):
            # the block's own lines only: HTML made text has no blank line before the original
            header = 1 + next(
                (k for k, x in enumerate(inner[i + 1 : i + header]) if not _BLOCK_LINE.match(x)),
                header - 1,
            )
        if header and _RULE.match(inner[i]) and i + header < len(lines):
            # "________" or "-----Original Message-----" over Outlook's Van/Verzonden block:
            # one header, not two (the second would end the first quoted message)
            header += _is_header(inner if depths[i] else lines, i + header)
        if header:
            headers += 1
            if headers > 1:
                break
            deepest = max(deepest, depths[i])
            i += header
            continue
        if depths[i] > deepest:
            break
        heading = _ITEM_HEADING.match(inner[i])
        if heading and not taken(i):
            rest = inner[i][heading.end() :]
            title = titles.get(int(heading.group(1)), "")
            lead = len(rest) - len(rest.lstrip())
            after = rest[lead + len(title) :]
            typed = after.lstrip(_AFTER_TITLE)
            if (
                title
                and rest[lead:].lower().startswith(title.lower())
                and typed.strip()
                and _short_typed(typed)
            ):
                last = _typed_on(lines, inner, i)
                end = offsets[last] + len(lines[last].rstrip())
                start = offsets[i] + len(lines[i].rstrip()) - len(typed.rstrip())
                out.append(Segment(start, end, int(heading.group(1))))
            # Outlook leaves the original unquoted: "JA" typed on a line of its own under the
            # heading or after the item's paragraph (often in red) is no line of ours — our
            # item text has none such
            for k in _answer_lines(lines, inner, i):
                if not taken(k):
                    end = offsets[(last := _typed_on(lines, inner, k))] + len(lines[last].rstrip())
                    start = end - len(inner[k].strip())
                    out.append(Segment(start, end, int(heading.group(1))))
        i += 1
    return out


def _typed_on(lines: list[str], inner: list[str], i: int) -> int:
    """The last line of what was typed on heading line i: the typing may go on inside the
    quote ("> Onderdeel 1: Begeleiding naar werk ja" / "> maar alleen dit schooljaar", as
    an HTML client keeps a new line in the blockquote). Our item text goes on with a field
    ("Welke gegevens: …"), so a short line without one is the person's too."""
    last = i
    for k in range(i + 1, min(i + 3, len(lines))):
        x = inner[k].strip()
        if (
            not x
            or _quote_depth(lines[k]) != _quote_depth(lines[i])
            or _ITEM_HEADING.match(x)
            or not _short_typed(x)
            or _FIELD_LABEL.search(x + " ")
        ):
            break
        last = k
    return last


def _answer_lines(lines: list[str], inner: list[str], i: int) -> list[int]:
    """Lines that are only an answer ("JA", "Nee.", "akkoord") in the paragraphs of the item
    whose heading is line i, at its quote depth: up to the next heading, or the first
    paragraph after a blank line that is not such an answer (our next paragraph)."""
    out: list[int] = []
    depth = _quote_depth(lines[i])
    blank = False
    for k in range(i + 1, min(i + _ITEM_LINES, len(lines))):
        x = inner[k]
        if _ITEM_HEADING.match(x) or (x.strip() and _quote_depth(lines[k]) != depth):
            break
        if not x.strip():
            blank = True
        elif _ANSWER_LINE.match(x) or _one_answer_word(x):
            out.append(k)
        elif blank:
            break
    return out


_RULE = re.compile(r"^\s*(?:[_\-]{8,}|-+\s*original message\s*-+)\s*$", re.IGNORECASE)
_ITEM_LINES = 16  # an item of ours is a heading and at most eight lines (a wrapped one more)


_BLOCK_LINE = re.compile(
    f"(?:{_HEADER_BLOCK_NEXT.pattern})|(?:{_HEADER_BLOCK_START.pattern})", re.I
)


def _short_typed(typed: str) -> bool:
    """A few words typed after the title, not the rest of our item text run onto the heading
    line (HTML that makes each paragraph one line: "… Welke gegevens: … intrekken …")."""
    return len(typed.strip()) <= 60 and not _FIELD_LABEL.search(typed)


_FIELD_LABEL = re.compile(r"[^\W\d]{3,}:\s")
_ANSWER_LINE = re.compile(
    r"^\s*[-–:]?\s*(?:\d{1,2}\s*[.:)=]?\s*)?(?:ja+|ne+|yes|no|akkoord|bezwaar|niet|nope|jep|niet akkoord|geen toestemming|ja graag|"
    r"liever niet|prima|geen bezwaar|niet mee eens|akkoord hoor|ja hoor|nee hoor|"
    r"ok[eé]?|okay|👍|👎|✅|❌)\s*[.!]*\s*$",
    re.IGNORECASE,
)
_ONE_WORD = re.compile(r"^\s*[-–:]?\s*(?:\d{1,2}\s*[.:)=]?\s*)?([^\W\d_]+)\s*[.!]*\s*$")


def _one_answer_word(line: str) -> bool:
    """A line that is one yes or no word of the lexicon, in any language it knows ("نعم",
    "لا", "evet", "oui"): typed under an item heading of Outlook's unquoted original."""
    found = _ONE_WORD.match(line)
    return found is not None and lookup(fold(found[1]))[0] in _ONE_WORD_CATS


_ONE_WORD_CATS = frozenset({Cat.YES, Cat.NO, Cat.AGREE, Cat.OBJECT})
_AFTER_TITLE = " \t-–—:.,|=>"
_ANY_HEADING = ANY_HEADING


def _quote_depth(line: str) -> int:
    depth, rest = 0, line.lstrip()
    while rest.startswith(">"):
        depth, rest = depth + 1, rest[1:].lstrip()
    return depth


_CODE_LINES = tuple(fold(s) for s in SENTINELS)


def _code_line_only(lines: list[str], i: int, folded: str) -> bool:
    """Whether a "Referentiecode:" line stands alone, with no item of our request under it."""
    if not folded.startswith(_CODE_LINES):
        return False
    for line in lines[i + 1 : i + 15]:
        if line.lstrip().startswith(">") or _MAYBE_HEADER.match(line):
            return True  # a quote starts: what is above it is the sender's own
        if _ITEM_HEADING.match(line):
            return False
    return True


def _cut_greeting(lines: list[str], own: list[tuple[int, int | None]]) -> None:
    """ "Beste Sam," right above our pasted request is ours too."""
    if own and _GREETING.match(fold(lines[own[-1][0]].strip())):
        own.pop()


def _segments(
    lines: list[str], offsets: list[int], own: list[tuple[int, int | None]]
) -> list[Segment]:
    """Runs of own lines (blank lines allowed between them) with the same item."""
    out: list[Segment] = []
    last_line = -2
    for index, item in own:
        start = offsets[index] + (len(lines[index]) - len(lines[index].lstrip()))
        end = offsets[index] + len(lines[index].rstrip())
        joins = all(not lines[k].strip() for k in range(last_line + 1, index))
        if out and out[-1].item == item and joins:
            out[-1] = Segment(out[-1].start, end, item)
        else:
            out.append(Segment(start, end, item))
        last_line = index
    return out


def own_text(text: str) -> str:
    """The sender's own words as one text (what the reference code is searched in)."""
    return "\n".join(text[s.start : s.end] for s in own_segments(text))


def typed_lines(text: str) -> list[tuple[int, str]]:
    """The lines the sender typed, signature and all, with their offsets in `text`: not
    quoted, not a quote header, and before an Outlook-style original or our pasted request
    (who signs is read there: reply_writer)."""
    lines = text.split("\n")
    offsets = _offsets(lines)
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if stripped.startswith(">") or not stripped:
            i += 1
            continue
        header = _is_header(lines, i)
        if header:
            nxt = next((x for x in lines[i + header :] if x.strip()), "")
            if not nxt.lstrip().startswith(">"):
                break
            i += header
            continue
        folded = fold(stripped)
        if any(folded.startswith(s) for s in _REQUEST_STARTS):
            if not _code_line_only(lines, i, folded):
                break
        else:
            out.append((offsets[i], lines[i]))
        i += 1
    return out


def after_closing(folded: str) -> str | None:
    """What follows a closing formula on its line ("groetjes, Sam" → ", sam"); None when the
    line opens with none."""
    found = _CLOSING.match(folded) if len(folded) <= 80 else None
    return None if found is None else folded[found.end() :]
