""" "No objection" in the languages our requests go out in and the ones parents mix in (reply26).

A double negative that means yes: Arabic "لا مانع" ("no objection"), Turkish "itirazım yok" /
"sakıncası yok", Polish "nie mam nic przeciwko", French "pas d'objection". Read word by word
the negation was the answer: "لا مانع" was a no to every item, "لا مانع ما عدا 2" ("no
objection except 2") a yes for 2 — the one item the parent left out. Each idiom is one
phrase here (a yes about the whole request, as "geen bezwaar"), and the same idiom negated
again ("لدي مانع" — "I have an objection", "itirazım var", "mam coś przeciwko") is a no.
What is not listed stays a word we do not know: unclear, never the opposite.

Patterns are written on the canonical words of reply_phrases (folded, "لا" as "nee", "nie" /
"ليس" as "niet", "objection"/"opposed" as their canonical forms).
"""

from __future__ import annotations

from .reply_tok import Tok
from .reply_words import Cat

_AR_HAVE = r"(?:لدي|عندي|لدينا|عندنا|لي)"
_AR_OBJECTION = r"(?:مانع|موانع)"
_TR_OBJECTION = r"(?:sak[iı]nca(?:s[iı])?|itiraz(?:[iı]m|[iı]m[iı]z)?|mahzur(?:u)?)"
_PL_AGAINST = r"(?:przeciwko|przeciw)"
_FR_THING = r"(?:objection|inconvenient|probleme|souci)s?"

IDIOMS: tuple[tuple[str, Cat, int], ...] = (
    # "as opposed to last year": a comparison, no objection ("opposed" is one now)
    (r"as object to", Cat.NEUTRAL, 0),
    # -- Arabic -------------------------------------------------------------------------------
    # "لا مانع (لدي)", "ليس لدي أي مانع", "لا يوجد مانع", "ما عندي مانع"
    (rf"(?:nee|niet|ما) (?:(?:يوجد|توجد) )?(?:{_AR_HAVE} )?(?:اي )?{_AR_OBJECTION}"
     rf"(?: {_AR_HAVE})?(?: (?:ابدا|اطلاقا|ابداً))?", Cat.AGREE, 1),
    # "لا أمانع" (I do not mind), "لا بأس" (no harm: fine)
    (r"(?:nee|ما) (?:امانع|نمانع|باس)", Cat.AGREE, 1),
    # negated again: "لدي مانع", "عندي مانع من 2" (I have an objection)
    (rf"(?:(?:يوجد|توجد) )?{_AR_HAVE} (?:اي )?{_AR_OBJECTION}", Cat.NO, -1),
    # -- Turkish ------------------------------------------------------------------------------
    (rf"(?:(?:hicbir|hic bir|bir) )?(?:{_TR_OBJECTION}|sorun|problem) (?:yok|yoktur)"
     r"|itiraz (?:etmiyorum|etmiyoruz|etmem|etmeyiz)|kars[iı] degil(?:im|iz)",
     Cat.AGREE, 1),
    (rf"{_TR_OBJECTION} (?:var|vard[iı]r)|itiraz (?:ediyorum|ediyoruz|ederim)"
     r"|kars[iı] (?:[iı]m|y[iı]m|y[iı]z)", Cat.NO, -1),
    # -- Polish -------------------------------------------------------------------------------
    (rf"niet (?:mam|mamy|ma) (?:nic |zadnych |zadnego )?(?:{_PL_AGAINST}|zastrzezen|"
     r"sprzeciwu|problemu|problemow)|niet (?:sprzeciwiam|sprzeciwiamy) sie", Cat.AGREE, 1),
    (rf"(?:mam|mamy) (?:cos )?{_PL_AGAINST}|(?:sprzeciwiam|sprzeciwiamy) sie"
     rf"|(?:jestem|jestesmy) {_PL_AGAINST}", Cat.NO, -1),
    # -- French -------------------------------------------------------------------------------
    (rf"(?:(?:je )?n'y vois |(?:je )?n'ai |il n'y a )?(?:pas|aucune|aucun|sans|point) "
     rf"(?:d'{_FR_THING}|de {_FR_THING}|{_FR_THING}|d' {_FR_THING})"
     r"|(?:je )?ne (?:m'y|m'|me) object (?:pas|point)|(?:je )?n'ai rien contre",
     Cat.AGREE, 1),
)  # fmt: skip


def prefix_non(tokens: list[Tok], text: str) -> list[Tok]:
    """French "non" is a no; "non-profit", "non-actief" (a prefix with its hyphen) is not."""
    out = list(tokens)
    for k, t in enumerate(out):
        prefix = text[t.end : t.end + 1] in ("-", "\u2010", "\u2011")
        if t.cat == Cat.NO and prefix and text[t.start : t.end].lower() == "non":
            out[k] = Tok(Cat.WORD, t.start, t.end, "non")
    return out
