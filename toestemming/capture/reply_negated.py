""" "Not" written into the verb, in two languages our requests go out in (review28).

reply24 taught the reader Turkish "kabul" (accept) and read Arabic "ولا" as "and no". But a
Turkish refusal is "kabul etmiyorum" / "kabul değil" (the "not" is a suffix of the verb, or
"değil" after it), and an Arabic one "لا أوافق" / "ولا أوافق على 2" ("and I do not agree to
2"): read as they were, "kabul etmiyorum" was a yes for every item, and "أوافق على 1 و 3 ولا
أوافق على 2" a yes for 2 and a no for 3. Here those words are the negation they are.
"""

from __future__ import annotations

import re

from .reply_tok import Tok
from .reply_words import Cat

# Turkish "değil" (not), and the negated forms of the verbs written after "kabul" / "onay"
# ("etmiyorum", "etmem", "vermiyorum", "istemiyorum", "onaylamıyorum", "katılmıyorum")
_TURKISH_NOT = re.compile(
    r"(?:degil\w*|değil\w*|"
    r"(?:et|ver|iste|onayla|katıl|katil)m(?:[iıuü]yor\w*|e[mz]\w*|a[mz]\w*))"
)
_ARABIC_NO = frozenset({"لا", "ولا"})
_AGREEING = frozenset({Cat.AGREE, Cat.FINE, Cat.YES})


def negated_verbs(tokens: list[Tok], text: str) -> list[Tok]:
    out: list[Tok] = []
    for k, t in enumerate(tokens):
        word = text[t.start : t.end]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if t.cat == Cat.NO and word in _ARABIC_NO and nxt is not None and nxt.cat in _AGREEING:
            # "لا أوافق": "not" before the verb, not an answer of its own
            if word.startswith("و"):
                out.append(Tok(Cat.CONJ, t.start, t.start + 1, "en"))
            out.append(Tok(Cat.NEG, t.end - 2, t.end, "niet"))
            continue
        if t.cat == Cat.WORD and _TURKISH_NOT.fullmatch(t.canon):
            out.append(Tok(Cat.NEG, t.start, t.end, "niet"))
            continue
        out.append(t)
    return out
