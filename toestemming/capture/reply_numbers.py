"""Which numbers in a sentence are items: "1 ja", "onderdeel 2", "voor 1 en 3", "de tweede",
"ja voor een en drie" — not "17 jaar", "over 2 weken", "ik ben 17", "2 van de 3", "op 3-12"
(a date), "de andere twee". Ranges ("1-3", "1 t/m 3") become one reference to every item in
between; the words of one item's name become one reference."""

from __future__ import annotations

import re

from .reply_tok import BEYOND, FAVOUR, GLUE, UNTIL, Tok
from .reply_words import ANSWER_CATS, ARTICLE_ONES, NUMWORDS, ORDINALS, Cat


def article_one(word: str) -> bool:
    """ "een", "one", "bir": item 1 or the article (reply_words.ARTICLE_ONES)."""
    return word in ARTICLE_ONES


def _next_real(tokens: list[Tok], i: int) -> Tok | None:
    """The token after i, skipping the glue between a number and its answer."""
    j = i + 1
    while j < len(tokens) and tokens[j].cat == Cat.PUNCT and tokens[j].canon in GLUE:
        j += 1
    return tokens[j] if j < len(tokens) else None


# A number right before one of these is an item: "1 ja", "2 ook", "2 weet ik niet".
_ANSWERISH = (ANSWER_CATS - {Cat.NOTHING}) | {Cat.ALSO, Cat.WITHDRAW, Cat.HEDGE}


def item_numbers(
    tokens: list[Tok], count: int, unknown: list[int], maybe: list[int] | None = None
) -> list[Tok]:
    """Decide which numbers are items: "1 ja", "onderdeel 2", "voor 1 en 3", "de tweede";
    not "17 jaar", "over 2 weken", "ik ben 17". `maybe` gets the item numbers read as a
    count before a word we do not know ("2 hayır" or "2 kinderen"?)."""
    out: list[Tok] = []
    skip: set[int] = set()
    for i, t in enumerate(tokens):
        if i in skip:
            continue
        prev = out[-1] if out else None
        after_part = prev is not None and prev.cat == Cat.PART
        group = _first_or_last(tokens, i, count)
        if group is not None:
            out.append(group)
            skip.add(i + 1)
            continue
        if t.cat in (Cat.NUM, Cat.NUMWORD) and _amount_of(tokens, i, skip):
            continue  # "2 van de 3": how many, not which
        if t.cat == Cat.NUM and i > 0 and tokens[i - 1].canon in _SCHOOL_YEAR:
            continue  # "Sam zit in groep 3", "klas 1": the school year, not item 3
        if t.cat == Cat.NUM and _date_like(tokens, i, count):
            continue  # "op 3-12", "12/3", "3.12.2026": a date, not item 3
        if t.cat == Cat.NUM and t.num == count and prev is not None and prev.canon in _EVERY:
            continue  # "alle 3" with three items: how many ("alle"), not item 3
        if t.cat == Cat.NUM and _count_of_the_rest(tokens, i, prev):
            continue  # "de andere 2 ja", "die 2 andere": how many others, not item 2
        if t.cat == Cat.NUM:
            nxt = _next_real(tokens, i)
            n = t.num
            tight = nxt is not None and nxt.cat in _ANSWERISH
            listed = prev is not None and (
                prev.cat in (Cat.FOR, Cat.EXCEPT, Cat.ONLY)
                or (prev.cat == Cat.CONJ and len(out) > 1 and out[-2].cat == Cat.REF)
                or (prev.cat == Cat.PUNCT and prev.canon in ",/&+" and _ref_before(out))
            )
            if n < 1 or (nxt is not None and nxt.canon in _COUNTED and not after_part):
                continue  # "voor 2 weken": an amount
            if n > count:
                ranged = _range_open(out)
                if after_part or tight or listed or ranged:
                    unknown.append(n)
                if ranged:
                    # "ja voor 2 t/m 5" with three items: the range's end, so that its items
                    # are asked (reading only 2 was a part of the answer shown as the whole)
                    out.append(Tok(Cat.REF, t.start, t.end, "#", frozenset(), True, num=n))
                continue
            if (
                not (after_part or tight or listed)
                and nxt is not None
                and nxt.cat in (Cat.WORD, Cat.PART)
                and nxt.canon not in _RANGE_WORDS
                and not _answer_follows(tokens, i, first=not out)
                and not _topic(tokens, i)
            ):
                if maybe is not None and nxt.cat == Cat.WORD:
                    maybe.append(n)  # a blanket elsewhere must not answer for it
                continue  # "2 weken", "1 keer", "2 vragen"
            out.append(Tok(Cat.REF, t.start, t.end, "#", frozenset({n}), True, num=n))
        elif not after_part and _spoken_number(tokens, i, out, count):
            n = NUMWORDS[t.canon]
            out.append(Tok(Cat.REF, t.start, t.end, t.canon, frozenset({n}), True, num=n))
        elif t.cat == Cat.ORDINAL and _time_after(tokens, i):
            continue  # "last year", "de laatste keer", "de eerste week": a time, no item
        elif t.cat == Cat.ORDINAL or (after_part and t.canon in NUMWORDS):
            n = ORDINALS.get(t.canon) or NUMWORDS.get(t.canon, 0)
            n = count if n == -1 else n
            if 1 <= n <= count:
                out.append(Tok(Cat.REF, t.start, t.end, t.canon, frozenset({n}), True, num=n))
            elif after_part:
                unknown.append(n)
        else:
            out.append(t)
    return _ranges(_merge_refs(_numbered_in_brackets(out)), count)


def _numbered_in_brackets(toks: list[Tok]) -> list[Tok]:
    """ "(2) niet", "ja, (2) mag niet", "(2) wil ik niet": an item numbered in brackets with
    words after it (its answer). The opening bracket goes, so it reads as "2) niet"; kept,
    "ja, (2)" took the yes as a note on 2 and the "niet" after it was lost (s29: a yes for
    the refused item). "ja (2)" at the end of a clause stays the note it is."""
    drop = {
        k
        for k in range(len(toks) - 3)
        if toks[k].canon == "("
        and toks[k + 1].cat == Cat.REF
        and toks[k + 2].canon == ")"
        and toks[k + 3].cat != Cat.PUNCT
    }
    return [t for k, t in enumerate(toks) if k not in drop] if drop else toks


def _count_of_the_rest(tokens: list[Tok], i: int, prev: Tok | None) -> bool:
    """The digit at i counts the items not named: right after "andere"/"overige" ("de andere
    2 ja") or between a determiner and it ("die 2 andere ja"). Read as item 2, "niet twee,
    die andere 2 ja" was a yes for the item the parent refused (s29)."""
    if prev is not None and prev.cat == Cat.REST and prev.canon != "rest":
        return True  # (not "voor de rest 2 nee": the rest, then item 2)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        nxt is not None
        and nxt.cat == Cat.REST
        and prev is not None
        and (prev.canon in _DETERMINERS)
    )


# Before a number word these make it a count of things, not an item: "de andere twee".
_DETERMINERS_TEXT = (
    "de het die deze alle allebei beide andere overige mijn onze z the all both other those these"
)
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())


def _spoken_number(tokens: list[Tok], i: int, out: list[Tok], count: int) -> bool:
    """A number written as a word names an item the way a digit does when an answer follows
    it or it is listed after "voor"/"behalve"/"en <item>" — dictated replies ("ja voor een en
    drie nee voor twee", "Eén ja, twee nee") — never before a noun ("twee weken", "een
    jaar") or after a determiner ("de andere twee"). "een"/"one" is also the article: only
    at the start of a clause or in a list of number words."""
    t = tokens[i]
    n = NUMWORDS.get(t.canon, 0) if t.cat in (Cat.NUMWORD, Cat.FILL) else 0
    if not 1 <= n <= count:
        return False
    prev = out[-1] if out else None
    if prev is not None and (prev.canon in _DETERMINERS or prev.cat == Cat.REST):
        return False
    nxt = _next_real(tokens, i)
    if nxt is not None and (
        nxt.canon in _COUNTED or nxt.cat in (Cat.WORD, Cat.PART, Cat.REF, Cat.ORDINAL)
    ):
        return False
    tight = nxt is not None and nxt.cat in _ANSWERISH
    listed = prev is not None and (
        prev.cat in (Cat.FOR, Cat.EXCEPT, Cat.ONLY, Cat.TREK)
        or (prev.cat == Cat.CONJ and _ref_before(out))
        or (prev.cat == Cat.PUNCT and prev.canon in ",/&+" and _ref_before(out))
    )
    at_start = (
        prev is None or (prev.cat == Cat.PUNCT and prev.canon in ",;") or (prev.cat == Cat.CONJ)
    )
    j = tokens.index(nxt) if nxt is not None else len(tokens)
    in_list = (
        nxt is not None
        and nxt.cat == Cat.CONJ
        and j + 1 < len(tokens)
        and (tokens[j + 1].cat == Cat.NUM or tokens[j + 1].canon in NUMWORDS)
    )
    # "één en drie ja, twee nee", "twee en drie nee": a list of numbers that opens the clause
    # and ends in an answer (not "twee en drie jaar", "een en ander")
    opens_answered_list = at_start and in_list and _answered_list(tokens, j + 1)
    # "niet twee, verder alles goed", "liever niet drie": a number word that a "niet" or a no
    # turns down, the clause ending on it (read as no item, the no was every item's)
    refused = (
        prev is not None and prev.cat in (Cat.NEG, Cat.NO) and (nxt is None or nxt.cat == Cat.PUNCT)
    )
    # "twee wil ik niet", "drie vind ik goed": a number word that opens its clause, only
    # filler words between it and an answer, is that answer's item as a digit is ("2 wil ik
    # niet"); read as no item, the no was every item's (a no nobody gave for 1 and 3)
    k = i + 1
    while k < len(tokens) and tokens[k].cat == Cat.FILL:
        k += 1
    filled = at_start and k > i + 1 and k < len(tokens) and tokens[k].cat in _ANSWERISH
    if n != 1 or t.canon not in ARTICLE_ONES:
        return tight or listed or opens_answered_list or refused or filled
    return (tight and at_start) or (listed and in_list) or opens_answered_list


def _answered_list(tokens: list[Tok], k: int) -> bool:
    """Token k is a number in a list ("en drie", "en 3 en 4"); the list ends in an answer."""
    while True:
        nxt = _next_real(tokens, k)
        if nxt is None:
            return False
        if nxt.cat in _ANSWERISH:
            return True
        j = tokens.index(nxt)
        if nxt.cat != Cat.CONJ or j + 1 >= len(tokens):
            return False
        k = j + 1
        if not (tokens[k].cat == Cat.NUM or tokens[k].canon in NUMWORDS):
            return False


# After an ordinal, a time or a message, not an item: "de eerste week", "de eerste mail".
_TIMES_TEXT = (
    "year jaar keer time week month maand day dag night nacht schooljaar semester periode "
    "term weekend mail e-mail email mailtje bericht berichtje brief herinnering verzoek "
    "message letter reminder request fois annee jour semaine mois kez yil gun hafta raz rok "
    "dzien tydzien miesiac مرة"
)
_TIMES = frozenset(_TIMES_TEXT.split())


def _time_after(tokens: list[Tok], i: int) -> bool:
    return i + 1 < len(tokens) and (
        tokens[i + 1].canon in _TIMES or tokens[i + 1].canon in _COUNTED
    )


def _glued_number(tokens: list[Tok], i: int, step: int) -> Tok | None:
    """The number written against token i across one "-", "/" or "." with no space."""
    j, k = i + step, i + 2 * step
    if not (0 <= k < len(tokens)) or tokens[k].cat != Cat.NUM:
        return None
    sep = tokens[j]
    if sep.cat != Cat.PUNCT or sep.canon not in "-/.":
        return None
    left, right = (tokens[i], tokens[k]) if step > 0 else (tokens[k], tokens[i])
    return tokens[k] if left.end == sep.start and sep.end == right.start else None


def _date_like(tokens: list[Tok], i: int, count: int) -> bool:
    """ "3-12", "12/3", "3.12": two numbers written together that are no range of items
    ("1-3" with three items is one) — a date or a part of a phone number."""
    after = _glued_number(tokens, i, 1)
    before = _glued_number(tokens, i, -1)
    if after is None and before is None:
        return False
    if _counted_chain(tokens, i):
        return False  # "1-2-3", "1/2/3/4" counted up one by one from 1: a list of items
    if after is not None and before is not None:
        return True  # "3-12-2026": three numbers together are a date
    other = after if after is not None else before
    assert other is not None
    lo, hi = (tokens[i].num, other.num) if after is not None else (other.num, tokens[i].num)
    if 1 <= lo < hi <= count:
        return False
    return not _range_past_end(tokens, i + 2 if after is not None else i, lo, hi, count)


# "op 3-12 ja voor alles": a date after these
_ON_A_DAY = frozenset({"op", "on", "sinds", "since", "vanaf", "from", "per", "tot", "until", "na"})
# The longest item list a range past the last item may be written for ("2-4 nee" of three).
_RANGE_PAST_END = 12


def _range_past_end(tokens: list[Tok], last: int, lo: int, hi: int, count: int) -> bool:
    """ "2-4 nee" of three items: a range of items running past the last one, its answer right
    after it — not the date 2 April (read so, the "nee" was a no for item 1 too)."""
    nxt = _next_real(tokens, last)
    return (
        tokens[last - 1].canon == "-"
        and (last < 3 or tokens[last - 3].canon not in _ON_A_DAY)
        and 1 <= lo <= count < hi <= _RANGE_PAST_END
        and nxt is not None
        and nxt.cat in _ANSWERISH
    )


# Signs that join a list of items written as one word: "1-2-3", "1/2/3".
_CHAIN_SIGNS = frozenset({"-", "–", "—", "/"})
_DASHES = frozenset({"-", "–", "—"})
_NO_ANSWERS = frozenset({Cat.NO, Cat.LETTER_NO, Cat.OBJECT, Cat.NEG, Cat.NOTHING})


def _counted_chain(tokens: list[Tok], i: int) -> bool:
    """Token i is inside numbers glued by one sign that count up by one from 1 to at most
    _CHAIN_END: "1-2-3", "1/2/3/4" — a list of items, no date ("1-2-2026", "3-12-26")."""
    lo = i
    while lo >= 2 and _glued_number(tokens, lo, -1) is not None:
        lo -= 2
    hi = i
    while _glued_number(tokens, hi, 1) is not None:
        hi += 2
    nums = [tokens[k] for k in range(lo, hi + 1, 2)]
    signs = {tokens[k].canon for k in range(lo + 1, hi, 2)}
    if len(signs) != 1 or not signs <= _CHAIN_SIGNS:
        return False
    return [t.num for t in nums] == list(range(1, len(nums) + 1)) and 3 <= len(nums) <= _CHAIN_END


_CHAIN_END = 9


# "3 moet ik nog overleggen", "2 wil ik eerst weten": the number put first, then the verb and
# its subject — Dutch word order for the thing the sentence is about, an item.
_SUBJECTS = frozenset({"ik", "we", "wij"})


def _topic(tokens: list[Tok], i: int) -> bool:
    """Number i opens its clause and the verb after it has "ik"/"we" right behind it."""
    opens = i == 0 or (tokens[i - 1].cat == Cat.PUNCT and tokens[i - 1].canon in ",;:(")
    return (
        opens
        and i + 2 < len(tokens)
        and tokens[i + 1].cat == Cat.WORD
        and tokens[i + 2].canon in _SUBJECTS
    )


def _value(t: Tok) -> int:
    if t.cat == Cat.NUM:
        return t.num
    return NUMWORDS.get(t.canon, 0) if t.cat in (Cat.NUMWORD, Cat.FILL) else 0


def _first_or_last(tokens: list[Tok], i: int, count: int) -> Tok | None:
    """ "de eerste twee", "the last 2": a group of items, not item 1 (or 3) and item 2."""
    t = tokens[i]
    if t.cat != Cat.ORDINAL or ORDINALS.get(t.canon) not in (1, -1) or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    n = _value(nxt) if nxt.cat != Cat.FILL else 0
    if not 1 <= n <= count:
        return None
    items = range(1, n + 1) if ORDINALS[t.canon] == 1 else range(count - n + 1, count + 1)
    spans = (*t.all_spans(), *nxt.all_spans())
    return Tok(Cat.REF, t.start, nxt.end, t.canon, frozenset(items), True, spans=spans)


def _amount_of(tokens: list[Tok], i: int, skip: set[int]) -> bool:
    """ "2 van de 3", "twee van de drie", "2 out of 3": a count; both numbers are skipped."""
    j = i + 1
    if j < len(tokens) and tokens[j].canon == "out":
        j += 1
    if j >= len(tokens) or tokens[j].canon not in ("van", "of"):
        return False
    if tokens[j].canon == "of" and tokens[j - 1].canon != "out":
        return False  # Dutch "of" is "or": "1 of 2"
    k = j + 1
    while k < len(tokens) and tokens[k].cat == Cat.FILL and not _value(tokens[k]):
        k += 1
    if k < len(tokens) and tokens[k].cat in (Cat.NUM, Cat.NUMWORD) and _value(tokens[k]):
        skip.add(k)
        return True
    return False


_EVERY = frozenset({"alle", "all", "allemaal", "beide", "both"})
_AND = frozenset({"en"})  # "1 t/m 3 en met 5": the Dutch word, not a language code
_RANGE_WORDS = frozenset({"t", "tm", "tem", "tot", "through", "thru"})
# Counted things: a number before them is an amount, never an item.
_COUNTED_TEXT = (
    "weken week dagen dag jaar jaren maanden maand keer uur uren minuten kinderen broers "
    "zussen euro procent weeks days years months times hours minutes kids jongens meiden "
    "meisjes zonen dochters boys girls sons daughters children"
)
# "groep 8", "klas 3", "leerjaar 2", "grade 7": the school year a child is in, no item.
_SCHOOL_YEAR = frozenset({"groep", "klas", "leerjaar", "jaargroep", "grade", "class", "form"})
_COUNTED = frozenset(_COUNTED_TEXT.split())


def _answer_follows(tokens: list[Tok], i: int, first: bool) -> bool:
    """ "2 moet ik nog over nadenken" (a sentence that starts with the number), "1 blijft
    ja", "PS 2 toch liever niet": an item, unless an amount ("2 weken")."""
    nxt = tokens[i + 1]
    if nxt.canon in _COUNTED:
        return False
    if first:
        return True
    return any(t.cat in _ANSWERISH for t in tokens[i + 2 : i + 4])


def _ref_before(out: list[Tok]) -> bool:
    return len(out) > 1 and out[-2].cat == Cat.REF


def _merge_refs(tokens: list[Tok]) -> list[Tok]:
    """ "1 Begeleiding naar werk" names item 1 three times: one reference."""
    out: list[Tok] = []
    for t in tokens:
        if t.cat == Cat.REF and out and out[-1].cat == Cat.REF and out[-1].items == t.items:
            last = out[-1]
            last.spans = (*last.all_spans(), (t.start, t.end))
            last.end = t.end
            last.explicit = last.explicit or t.explicit
            continue
        if (
            t.cat == Cat.REF
            and len(out) >= 2
            and out[-1].cat in (Cat.FILL, Cat.FOR)
            and out[-2].cat == Cat.REF
            and out[-2].items == t.items
        ):
            out.pop()  # "Begeleiding naar werk": the filler between two words of one name
            last = out[-1]
            last.spans = (*last.all_spans(), (t.start, t.end))
            last.end = t.end
            continue
        out.append(t)
    return out


# Between the first and last item of a range: "1-3", "1–3" (Word's dash), "1 tm 3", "1 tem 3",
# "1 through 3", "1 thru 3", "1 to 3"; longer ones are matched by _SEPARATORS below.
_RANGE_SIGNS = frozenset({"-", "–", "—", "tm", "tem", "through", "thru", "to"})
# Word sequences (canonical tokens) that join a range: "t / m", "t . e . m .", "tot / met",
# "..", "...", "…".
_SEPARATORS = (
    ("t", "/", "m"),
    ("t", ".", "e", ".", "m", "."),
    ("t", ".", "e", ".", "m"),
    ("tot", "/", "met"),
    ("tot", "en", "met"),
    ("tot", "en"),
    (".", ".", "."),
    (".", "."),
    ("…",),
)
_RANGE_AHEAD = re.compile(r"\.*\s*#?\d")


def in_range(before: list[Tok], segment: str, end: int, base: int) -> bool:
    """A "." or "…" (ending at `end` in `segment`, which starts at `base` in the text)
    inside a range of items — "1..3", "1…3", "1 t.e.m. 3" — or a pause between an item and
    its answer: "1... ja", "2… nee"."""
    if not _RANGE_AHEAD.match(segment, end):
        return _pause(before, segment, end, base)
    tail = [t.canon for t in before[-5:]]
    if tail[-5:] == ["t", ".", "e", ".", "m"]:
        return True
    if segment[end - 1] == ".":
        # two dots or more, right after the number: not "1. ja 2. nee"
        doubled = segment.startswith(".", end) or (tail[-1:] == ["."] and segment[end - 2] == ".")
        return doubled and bool(before) and before[-1].cat in (Cat.NUM, Cat.PUNCT)
    return bool(before) and before[-1].cat == Cat.NUM


def _pause(before: list[Tok], segment: str, end: int, base: int) -> bool:
    """ "1... ja", "2… nee": dots (or an ellipsis) written right after an item number."""
    start, stop = end - 1, end
    while start > 0 and segment[start - 1] in ".…":
        start -= 1
    while stop < len(segment) and segment[stop] in ".…":
        stop += 1
    run = segment[start:stop]
    if not before or (len(run) < 2 and "…" not in run):
        return False  # "1. ja" is read as before
    k = len(before) - 1
    while k >= 0 and before[k].cat == Cat.PUNCT and before[k].canon in ".…":
        k -= 1
    return k >= 0 and before[k].cat == Cat.NUM and before[k].end == base + start


def _separator(tokens: list[Tok], j: int) -> tuple[int, bool] | None:
    """(index of the range's last number, whether it is only "tot") when a range sign starts
    at token j, else None."""
    if j >= len(tokens):
        return None
    if tokens[j].canon in _RANGE_SIGNS:
        return j + 1, False
    canons = [t.canon for t in tokens[j : j + 6]]
    for seq in _SEPARATORS:
        if tuple(canons[: len(seq)]) == seq:
            return j + len(seq), False
    if tokens[j].canon == "tot":
        return j + 1, True
    return None


def _range_open(out: list[Tok]) -> bool:
    """The tokens kept so far end in an item number and a range sign: "2 t/m", "1 -"."""
    for k in range(len(out) - 1, max(-1, len(out) - 8), -1):
        t = out[k]
        if t.cat == Cat.REF:
            if not (t.explicit and t.num):
                return False
            found = _separator(out, k + 1)
            return found is not None and found[0] == len(out)
    return False


def _ranges(tokens: list[Tok], count: int) -> list[Tok]:
    """ "1-3", "1 t/m 3", "1 tot en met 3": every item in between. A range past the last item
    ("2 t/m 5" of three) is asked with reason 'beyond': which request does it answer?"""
    out: list[Tok] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        found = _separator(tokens, i + 1) if t.cat == Cat.REF and t.explicit and t.num else None
        if found is not None and found[0] < len(tokens):
            j, until = found
            last, word = tokens[j], tokens[j - 1]
            chain = _chain(tokens, i)
            if chain is not None:
                # "1-2-3 ja": each number an item (the glued middle kept by _date_like)
                j, items = chain
                last = tokens[j]
                spans = tuple(s for k in range(i, j + 1, 2) for s in tokens[k].all_spans())
                out.append(Tok(Cat.REF, t.start, last.end, "#", items, True, spans=spans))
                i = j + 1
                continue
            if (
                last.cat == Cat.REF
                and last.explicit
                and last.num
                and last.num != t.num
                and not _dash_down(t, tokens[i + 1], last)
            ):
                # "3…1 ja", "3 t/m 1": written down from the last item, the same items
                lo, hi = sorted((t.num, last.num))
                items = frozenset(range(lo, min(hi, count) + 1))
                spans = (*t.all_spans(), *last.all_spans())
                out.append(Tok(Cat.REF, t.start, last.end, "#", items, True, spans=spans))
                _vote_or_range(out, tokens, j)
                if until:
                    # "1 tot 3": up to 3, and 3 itself? ("tot en met" says so, "tot" alone
                    # does not): every item of it is asked, none read as a yes for 3
                    out.append(Tok(Cat.HEDGE, word.start, word.end, UNTIL, spans=word.all_spans()))
                elif max(last.num, t.num) > count:
                    out.append(Tok(Cat.HEDGE, last.start, last.end, BEYOND))
                i = j + 1
                continue
        if t.cat == Cat.REF and not t.items:
            i += 1  # a range's end past the last item, its range not recognised: no item
            continue
        out.append(t)
        i += 1
    return out


def _dash_down(first: Tok, sign: Tok, last: Tok) -> bool:
    """ "3 - 2": a dash from a higher number to a lower one is no range ("3…1", "3 t/m 1"
    are): "ja voor 1 en 3 - 2 niet" read "3 - 2" as one range and gave 3 the no of 2 (s38)."""
    return sign.canon in ("-", "–", "—") and last.num < first.num


def _vote_or_range(out: list[Tok], tokens: list[Tok], j: int) -> None:
    """ "voor 1 - 2 nee", "for 1-2 no": a range ("1 t/m 2 nee") or a vote and an item's
    answer ("voor 1; 2 nee")? Read as a range it gave 1 a no the sender may not have given:
    the "voor" is a vote (reason 'favour'), so no item of it is read for sure. ("voor 1-2 ja"
    is a yes either way, as "voor 1 en 3 ja" in reply_favour.)"""
    if (
        len(out) >= 2
        and out[-2].cat == Cat.FOR
        and out[-2].canon in ("voor", "for")
        and tokens[j - 1].canon in _DASHES
        and j + 1 < len(tokens)
        and tokens[j + 1].cat in _NO_ANSWERS
    ):
        out[-2].cat, out[-2].canon = Cat.HEDGE, FAVOUR


def _chain(tokens: list[Tok], i: int) -> tuple[int, frozenset[int]] | None:
    """(index of the last number, its items) when token i starts "1-2-3": item numbers
    glued by one chain sign, three or more."""
    k = i
    while (
        k + 2 < len(tokens)
        and tokens[k + 1].canon in _CHAIN_SIGNS
        and tokens[k + 1].canon == tokens[i + 1].canon
        and tokens[k].end == tokens[k + 1].start
        and tokens[k + 1].end == tokens[k + 2].start
        and tokens[k + 2].cat == Cat.REF
        and tokens[k + 2].explicit
        and tokens[k + 2].num
    ):
        k += 2
    if k < i + 4:
        return None
    return k, frozenset(tokens[m].num for m in range(i, k + 1, 2))
