"""An answer said of someone or something that is no item of this request: "nee voor de
huisarts", "akkoord met de sportclub", "eens met Marja", "de juf mag alles weten". Such an
answer answers nothing here — not every item at once (reply_grammar marks it `elsewhere`).
"""

from __future__ import annotations

from .reply_clauses import Clause
from .reply_tok import Tok
from .reply_words import SENDER_SIDE, Cat

# ("naar": "liever niet naar de werkgever" was every item's no — s33)
_OBJECT_LINKS = frozenset({"voor", "met", "aan", "naar", "for", "to", "with"})
_ARTICLES = frozenset({"de", "het", "the", "een", "a", "an"})
# What the request itself is called: "akkoord met het verzoek" answers the request.
_THE_REQUEST = frozenset(
    {
        "verzoek",
        "aanvraag",
        "formulier",
        "voorstel",
        "bericht",
        "mail",
        "e-mail",
        "email",
        "brief",
        "hele",
        "gehele",
        "request",
        "proposal",
        "form",
        "message",
        "letter",
        "whole",
        "afspraak",
        "afspraken",
        "uitleg",
        "terms",
    }
)


def said_of_something_else(clauses: list[Clause]) -> None:
    """ "Nee voor de huisarts", "akkoord met de sportclub", "don't share with the employer",
    "De huisarts: nee", "Gemeente Utrecht: nee" (when two items go there): an answer for
    something that is no one item of this request answers nothing here — not every item at
    once. (Next to items named by number it does not contradict them either.)"""
    for k, c in enumerate(clauses):
        if _someone_else_may(c.toks):
            # "de juf mag alles weten": "alles" is everything for the juf, no item here
            for b in list(c.bindings):
                c.bindings.remove(b)
                c.bare.append(b.unit)
                b.unit.elsewhere = True
        if not c.bare or c.refs:
            continue
        label = clauses[k - 1] if k > 0 and c.link == "comma" else None
        if label is not None and (label.units or label.refs or label.withdrawals):
            label = None
        if _names_something_else(c.toks, {u.head for u in c.bare}) or (
            label is not None
            and (any(t.shared for t in label.toks) or _is_named_thing(label.toks, 0))
        ):
            for u in c.bare:
                u.elsewhere = True


def _names_something_else(toks: list[Tok], heads: set[int]) -> bool:
    """A shared name, or "nee voor de huisarts" / "voor de huisarts nee": the thing right
    after or right before the answer word ("akkoord en bedankt voor de uitleg" is not);
    "eens met Marja": agreeing with someone, whose answer is not in this message; "de juf
    mag alles weten": someone who is none of the recipients may know everything."""
    if any(t.shared for t in toks):
        return True
    if _someone_else_may(toks) or _agrees_with_someone(toks, heads):
        return True
    return any(
        (t.cat == Cat.FOR or t.canon == "naar")
        and t.canon in _OBJECT_LINKS
        and _is_named_thing(toks, k + 1)
        and (_answer_before(toks, k, heads) or (k + 3 < len(toks) and toks[k + 3].start in heads))
        for k, t in enumerate(toks)
    )


# Small words between an answer and its object: "liever niet meer naar de werkgever"
_BETWEEN = frozenset({"meer", "langer", "graag", "echt", "ook", "dus", "alsjeblieft", "aub"})


def _answer_before(toks: list[Tok], k: int, heads: set[int]) -> bool:
    j = k - 1
    while j >= 0 and toks[j].canon in _BETWEEN:
        j -= 1
    return j >= 0 and toks[j].start in heads


def _agrees_with_someone(toks: list[Tok], heads: set[int]) -> bool:
    """ "eens met Marja", "agree with Peter": the answer word, "met"/"with" and a word we do
    not know (not an item, not the request)."""
    return any(
        t.canon in _WITH
        and k > 0
        and toks[k - 1].start in heads
        and k + 1 < len(toks)
        and toks[k + 1].cat == Cat.WORD
        and toks[k + 1].canon not in _THE_REQUEST
        for k, t in enumerate(toks)
    )


_WITH = frozenset({"met", "with"})
_MAY = frozenset({"mag", "mogen", "may", "can", "kan", "kunnen"})


def _someone_else_may(toks: list[Tok]) -> bool:
    """The clause opens with a person or body we do not know ("de juf", "the teacher") who
    "mag"/"can": whatever follows is said of them, not of this request's recipients."""
    k = next((i for i, t in enumerate(toks) if t.cat != Cat.FILL or t.canon in _ARTICLES), 0)
    if _is_named_thing(toks, k):
        return k + 2 < len(toks) and toks[k + 2].canon in _MAY
    k += 1 if k < len(toks) and toks[k].canon in _ARTICLES else 0
    # "(de) school mag alles weten": the school is the sender's side, whatever item's title
    # holds the word ("Volgen na school"); it is no recipient that "alles" is shared with
    return (
        k + 1 < len(toks)
        and toks[k].cat in (Cat.REF, Cat.WORD)
        and not toks[k].explicit
        and toks[k].canon in SENDER_SIDE
        and toks[k + 1].canon in _MAY
    )


def _is_named_thing(toks: list[Tok], k: int) -> bool:
    """ "de huisarts", "the employer": an article and a word we do not know (not the request)."""
    return (
        k + 1 < len(toks)
        and toks[k].canon in _ARTICLES
        and toks[k + 1].cat == Cat.WORD
        and toks[k + 1].canon not in _THE_REQUEST
    )


def yes_for_something_else(toks: list[Tok], heads: set[int]) -> bool:
    """ "Ja voor school, niet voor UWV", "wel voor de mentor maar niet voor de bakkerij", "yes
    for the school, not for UWV": the answer word, "voor"/"for" and a thing we do not know
    (with an article or none; not "mijn zoon": the child the request is about). That yes is
    for something that is no item here — not the yes for the others that "ja, niet voor UWV"
    is (reply_grammar._contrasts)."""
    for k, t in enumerate(toks[:-1]):
        if t.start not in heads or toks[k + 1].canon not in _OBJECT_LINKS:
            continue
        j = k + 2
        j += 1 if j < len(toks) and toks[j].canon in _ARTICLES else 0
        if j < len(toks) and toks[j].cat == Cat.WORD and toks[j].canon not in _THE_REQUEST:
            return True
    return False
