"""Which numbers in a sentence are items: "1 ja", "onderdeel 2", "voor 1 en 3", "de tweede",
"ja voor een en drie" — not "17 jaar", "over 2 weken", "ik ben 17", "2 van de 3", "op 3-12"
(a date), "de andere twee". Ranges ("1-3", "1 t/m 3") become one reference to every item in
between; the words of one item's name become one reference."""

from __future__ import annotations

from .reply_tok import GLUE, UNTIL, Tok
from .reply_words import ANSWER_CATS, NUMWORDS, ORDINALS, Cat


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
        if t.cat == Cat.NUM and _date_like(tokens, i, count):
            continue  # "op 3-12", "12/3", "3.12.2026": a date, not item 3
        if t.cat == Cat.NUM and t.num == count and prev is not None and prev.canon in _EVERY:
            continue  # "alle 3" with three items: how many ("alle"), not item 3
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
                if after_part or tight:
                    unknown.append(n)
                continue
            if (
                not (after_part or tight or listed)
                and nxt is not None
                and nxt.cat in (Cat.WORD, Cat.PART)
                and nxt.canon not in _RANGE_WORDS
                and not _answer_follows(tokens, i, first=not out)
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
    return _ranges(_merge_refs(out))


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
    if n != 1 or t.canon not in ("een", "one"):
        return tight or listed or opens_answered_list
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


_TIMES_TEXT = (
    "year jaar keer time week month maand day dag night nacht schooljaar semester periode "
    "term weekend"
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
    if after is not None and before is not None:
        return True  # "1-2-3": three numbers together are a date
    other = after if after is not None else before
    assert other is not None
    lo, hi = (tokens[i].num, other.num) if after is not None else (other.num, tokens[i].num)
    return not (1 <= lo < hi <= count)


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
_RANGE_WORDS = frozenset({"t", "tm", "tot", "through"})
# Counted things: a number before them is an amount, never an item.
_COUNTED_TEXT = (
    "weken week dagen dag jaar jaren maanden maand keer uur uren minuten kinderen broers "
    "zussen euro procent weeks days years months times hours minutes kids"
)
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


def _ranges(tokens: list[Tok]) -> list[Tok]:
    """ "1-3", "1 t/m 3", "1 tot en met 3": every item in between."""
    out: list[Tok] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.cat == Cat.REF and t.explicit and t.num:
            j = i + 1
            if j < len(tokens) and tokens[j].canon in ("-", "tm", "through", "tot"):
                until = tokens[j].canon == "tot"
                j += 1
                if j < len(tokens) and tokens[j].canon in _AND:
                    j += 2 if j + 1 < len(tokens) and tokens[j + 1].canon == "met" else 1
                    until = False
                if until and j < len(tokens) and tokens[j].cat == Cat.REF:
                    # "1 tot 3": up to 3, and 3 itself? ("tot en met" says so, "tot" alone
                    # does not): every item of it is asked, none read as a yes for 3
                    last, word = tokens[j], tokens[j - 1]
                    items = frozenset(range(t.num, max(t.num, last.num) + 1))
                    spans = (*t.all_spans(), *last.all_spans())
                    out.append(Tok(Cat.REF, t.start, last.end, "#", items, True, spans=spans))
                    out.append(Tok(Cat.HEDGE, word.start, word.end, UNTIL, spans=word.all_spans()))
                    i = j + 1
                    continue
            elif (
                j + 2 < len(tokens)
                and tokens[j].canon == "t"
                and tokens[j + 1].canon == "/"
                and tokens[j + 2].canon == "m"
            ):
                j += 3
            else:
                j = -1
            if 0 < j < len(tokens):
                last = tokens[j]
                if last.cat == Cat.REF and last.explicit and last.num > t.num:
                    items = frozenset(range(t.num, last.num + 1))
                    spans = (*t.all_spans(), *last.all_spans())
                    out.append(Tok(Cat.REF, t.start, last.end, "#", items, True, spans=spans))
                    i = j + 1
                    continue
        out.append(t)
        i += 1
    return out
