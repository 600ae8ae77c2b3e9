"""A yes with a restriction the reader cannot place on items: "ja voor alles, maar geen
medische gegevens", "alleen zijn cijfers", "zonder het verslag van de psycholoog", "niet aan
zijn vader", "als het anoniem blijft". An item is decided as a whole (one purpose × one
recipient × its data categories), so a yes without part of it is no yes to that item — and
whether an item holds what is restricted (is a diagnosis in "ondersteuningsbehoefte"?) the
reader cannot know for sure, not even from the item's categories: what a parent calls
"medisch" or "zijn verslag" is not our category list. So every yes in such a message is
unclear, with the reason named to the worker (answers.py); a no stays a no (never less safe).

Counts that do not fit the request ("ja voor alle 2", "beide" with three items) are found
here too: which items did the person mean? (reply_tokens marks them; reply_clauses gives
them the reason "count".)
"""

from __future__ import annotations

from itertools import pairwise

from .reply_tok import Span, Tok
from .reply_units import Clause
from .reply_words import NUMWORDS, Cat

# Words that name a kind of data (or a document holding it), folded.
_KINDS_TEXT = (
    "diagnose diagnoses diagnosis dossier dossiers verslag verslagen verslagje rapport "
    "rapporten rapportage report reports cijfers cijfer cijferlijst grades marks resultaten "
    "results adres address adresgegevens telefoonnummer telefoon phone naam voornaam achternaam "
    "name geboortedatum bsn foto foto's fotos photo photos psycholoog psychologe psychiater "
    "psychologist therapeut therapie therapy behandeling behandelingen treatment medicijnen "
    "medicatie medication adhd add autisme autism ass pdd-nos dyslexie ziekte ziektes "
    "illness beperking beperkingen stoornis disability thuissituatie gezinssituatie "
    "achtergrond verleden history strafblad politie police schulden debts verzuim absentie "
    "afwezigheid ziekmeldingen ziekmelding records notes aantekeningen testuitslagen "
    "iq-test iq onderzoek onderzoeken"
)
# The special categories by their medical name: narrower than "gevoelige gegevens" (the
# request's own word for every special category, which the special tick already handles).
_MEDICAL = frozenset({"medisch", "medical", "gezondheid", "health"})
# People and bodies a parent may keep data from, who are none of the recipients.
_PEOPLE_TEXT = (
    "vader moeder papa mama pa ma opa oma oom tante neef nicht broer broertje zus zusje familie "
    "ex stiefvader stiefmoeder buren buurman buurvrouw huisarts dokter arts kerk moskee "
    "father mother dad mum mom grandparents grandfather grandmother uncle aunt family "
    "brother sister neighbours neighbors doctor"
)
# Words that restrict how or how far on their own: "anoniem graag", "zijn diagnose blijft privé".
_MARKERS_TEXT = (
    "anoniem anonymous anonymously geanonimiseerd anonymised anonymized anoniem' prive "
    "erbuiten geheim secret private privacy"
)
KINDS = frozenset(_KINDS_TEXT.split())
PEOPLE = frozenset(_PEOPLE_TEXT.split())
MARKERS = frozenset(_MARKERS_TEXT.split())
# What turns a mention into a restriction: a negation, "alleen", a no, an objection.
_LIMITING = frozenset({Cat.NEG, Cat.NOTHING, Cat.ONLY, Cat.NO, Cat.OBJECT})


# A time of one's own: "alleen het komende half jaar", "maar niet dit jaar", "ja maar korter".
_TIMES_TEXT = (
    "jaar jaartje maand maanden week weken schooljaar semester zomer zomervakantie year month "
    "summer korter kortere shorter"
)
_TIMES = frozenset(_TIMES_TEXT.split())
_LONG_KINDS = tuple(k for k in KINDS if len(k) >= 5)


def _kind(t: Tok) -> bool:
    if t.cat == Cat.SENSITIVE:
        return t.canon in _MEDICAL
    if t.cat == Cat.REPORTED:  # "zijn vader mag het niet weten": told, and kept from him
        return any(w in PEOPLE for w in t.canon.split())
    if t.cat != Cat.WORD:
        return False
    w = t.canon
    # a Dutch compound names the kind by its last part: "stageverslag", "eindcijfers"
    return w in KINDS or w in PEOPLE or w in _TIMES or w.endswith(_LONG_KINDS)


def _about(toks: list[Tok]) -> list[Tok]:
    """ "niks over de scheiding", "not about his past": a negation of a topic, whatever the
    topic is — the negation and the "over"."""
    for k, t in enumerate(toks):
        if t.cat in (Cat.NEG, Cat.NOTHING):
            about = next((x for x in toks[k + 1 : k + 3] if x.canon in ("over", "about")), None)
            if about is not None and any(x.cat == Cat.WORD for x in toks[k + 2 : k + 6]):
                return [t, about]
    return []


def limits(c: Clause, before: Clause | None = None) -> list[Span]:
    """The words of a restriction in clause c, or []: a kind of data or a person with a
    negation, "alleen", a no, "behalve" or "maar" beside it; or a word like "anoniem"."""
    if c.hedges:
        # "2 alleen als het anoniem is": a clause that doubts what it says is unclear for
        # its own items already; the restriction is placed
        return []
    marks = [t for t in c.toks if t.cat == Cat.WORD and t.canon in MARKERS] + scope(c.toks)
    kinds = [t for t in c.toks if _kind(t)] or _about(c.toks)
    # "nee voor de huisarts" is an answer for someone who is no recipient (reply_elsewhere),
    # not a restriction of the yes beside it; "niet aan zijn vader" is one
    negated = any(t.cat in (Cat.NEG, Cat.NOTHING, Cat.OBJECT) for t in c.toks) or (
        c.negated and any(t.cat != Cat.REPORTED and t.canon not in PEOPLE for t in kinds)
    )
    if kinds and (c.is_except or c.link == "contrast" or c.only is not None or negated):
        limiting = [t for t in c.toks if t.cat in _LIMITING]
        return sorted({s for t in (*limiting, *kinds, *marks) for s in t.all_spans()})
    if marks:
        return sorted({s for t in marks for s in t.all_spans()})
    return _kept_from(c, before)


def _kept_from(c: Clause, before: Clause | None) -> list[Span]:
    """ "2 ja maar niet aan de gemeente", "yes but not the council": a "maar" clause that
    names no item and says no to someone or something we cannot place (no data kind, no
    person we know) keeps part of the yes before it back — a yes without that part is not
    the yes that was asked. The negation and the word it is about. (Not after a yes for an
    item named by its recipient, "with UWV but not with the bakery": one recipient against
    another, whose name we may not read — the item named keeps its yes.)"""
    if c.link != "contrast" or c.is_except:
        return []
    if before is not None and any(r.cat == Cat.REF and not r.explicit for r in before.refs):
        return []
    for k, t in enumerate(c.toks):
        if t.cat == Cat.REF:
            break  # "maar niet 2", "maar niet aan de gemeente 1 ja": only before any item
        if t.cat not in (Cat.NEG, Cat.NOTHING):
            continue
        for x in c.toks[k + 1 : k + 5]:
            if x.cat == Cat.WORD and x.canon != "~":
                return sorted({*t.all_spans(), *x.all_spans()})
            if x.cat not in (Cat.FILL, Cat.FOR):
                break
    return []


# A yes for a field of the person's own: "ja voor alles wat met school te maken heeft", "yes,
# but only for school", "evet ama sadece okul için" — which of our items are "school"? (Read as
# a yes to every item before; the request's items are each one purpose and one recipient.)
_FIELDS_TEXT = (
    "school schoolzaken onderwijs opleiding studie mbo college education studies okul okula "
    "okulla szkola szkoly szkole nauka ecole l'ecole scolaire المدرسة للمدرسة بالمدرسة التعليم"
)
_FIELDS = frozenset(_FIELDS_TEXT.split())
_SCOPE_GLUE = frozenset({Cat.FOR, Cat.FILL})


def scope(toks: list[Tok]) -> list[Tok]:
    """The words of a yes limited to a field: "alleen voor school", "only for school",
    "alles wat met school te maken heeft", "everything to do with / related to school"."""
    for k, t in enumerate(toks):
        if t.canon == "maken" and k > 0 and toks[k - 1].canon == "te":
            return [toks[k - 1], t]  # "(alles) wat met … te maken heeft"
        if t.canon in ("related", "relating") or (
            t.canon == "do" and k > 0 and toks[k - 1].canon == "to"
        ):
            return [t]  # "everything related to school", "to do with school"
        if t.cat == Cat.ONLY or t.canon in ("sadece", "tylko", "seulement", "uniquement", "فقط"):
            j = k + 1
            while j < len(toks) and toks[j].cat in _SCOPE_GLUE:
                j += 1
            if j < len(toks) and toks[j].canon in _FIELDS:
                return [t, toks[j]]
            if k > 0 and toks[k - 1].canon in _FIELDS:
                return [toks[k - 1], t]  # "okul için sadece"
    return []


def reason(c: Clause) -> str:
    """Why the worker must ask: "time" when the restriction is only a time of the person's
    own ("maar alleen tot de zomer"), else "limit"."""
    kinds = [t for t in c.toks if _kind(t)]
    only_times = kinds and all(t.cat == Cat.WORD and t.canon in _TIMES for t in kinds)
    marks = any(t.cat == Cat.WORD and t.canon in MARKERS for t in c.toks)
    return "time" if only_times and not marks else "limit"


# -- a restriction that belongs to one item -----------------------------------------------------
def owner(clauses: list[Clause], k: int) -> frozenset[int]:
    """The items a restriction in clauses[k] hangs on, or frozenset() for the whole message:
    "2 ja maar alleen dit schooljaar", "1 ja maar zonder zijn diagnose" — a "maar" clause
    naming no item and answering none, right after a yes for items named by number or
    name (not "alles"). It belongs to those items only if the person then goes on to answer
    another item (`goes_on`): "… , 3 nee"; at the end of a list ("1 ja, 2 ja, maar alleen
    dit schooljaar") it may be about every yes and stays so."""
    c = clauses[k]
    if k == 0 or c.link != "contrast" or c.refs or c.bindings or c.is_except:
        return frozenset()
    before = clauses[k - 1].bindings
    if not before or any(
        b.all_items or b.rest or not b.items or b.source != "ref" or b.unit.pol != 1 for b in before
    ):
        return frozenset()
    return frozenset(p for b in before for p in b.items)


def goes_on(clauses: list[Clause], k: int, own: frozenset[int]) -> bool:
    """A later clause of the sentence answers an item the restriction is not about."""
    return any(b.items - own for c in clauses[k + 1 :] for b in c.bindings if not b.all_items)


# -- counts that do not fit the request ---------------------------------------------------------
COUNT = "<count>"  # canonical form of such a count (a hedge with its own reason)
_EVERY = frozenset({"alle", "all", "allemaal"})
_DUAL = frozenset({"beide", "beiden", "allebei", "both"})


def wrong_counts(tokens: list[Tok], count: int) -> list[Tok]:
    """ "alle 2", "alle twee", "all three" whose number is not the request's item count, and
    "beide"/"allebei"/"both" when the request has not two items and no two items are named
    right beside it ("1 en 3 allebei ja" is about those two): one hedge token each."""
    out: list[Tok] = []
    i = 0
    others = any(t.cat == Cat.ALL and t.canon not in _DUAL for t in tokens)
    while i < len(tokens):
        t = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        n = _number(nxt) if nxt is not None else 0
        if (
            nxt is not None
            and nxt.cat == Cat.NUMWORD
            and t.cat == Cat.ALL
            and t.canon in _EVERY
            and n == count
        ):
            # "voor alle drie" with three items: one "alle", so that the clause is a list
            # ("Ja hoor, voor alle drie" binds it to the yes before it); "alle 3" is
            # item_numbers' (a digit is read there)
            out.append(
                Tok(Cat.ALL, t.start, nxt.end, t.canon, spans=(*t.all_spans(), *nxt.all_spans()))
            )
            i += 2
            continue
        if t.cat == Cat.ALL and t.canon in _EVERY and n and n != count:
            assert nxt is not None
            spans = (*t.all_spans(), *nxt.all_spans())
            out.append(Tok(Cat.HEDGE, t.start, nxt.end, COUNT, spans=spans))
            i += 2
            continue
        if t.cat == Cat.ALL and t.canon in _DUAL and count != 2 and not others:
            if _names_two(tokens, i) or _people(tokens, i):
                # about the two items beside it, which answer for themselves, or about two
                # people: never "every item" ("Ja voor beide (1 en 3)" was a yes for 2)
                out.append(Tok(Cat.FILL, t.start, t.end, t.canon))
            else:
                out.append(Tok(Cat.HEDGE, t.start, t.end, COUNT, spans=t.all_spans()))
        else:
            out.append(t)
        i += 1
    return out


# Beside a dual, what may stand between it and the two items it is about: "1 en 3 allebei",
# "de eerste en de derde allebei", "beide (1 en 3)", "onderdelen 1, 3 allebei".
_NUMLIKE = frozenset({Cat.NUM, Cat.REF, Cat.ORDINAL, Cat.NUMWORD})
_BETWEEN = frozenset({Cat.FILL, Cat.PUNCT, Cat.PART, Cat.CONJ})
# "wij geven allebei toestemming", "ze vinden het allebei goed": the two are people.
# "namens ons allebei", "mijn man en ik geven allebei": the sender among the two
_PERSONS = frozenset({"wij", "we", "zij", "ze", "jullie", "ouders", "parents", "us", "ons"})
# "voor beide kinderen", "allebei de jongens", "both children": the two named right after
_PERSONS_AFTER = frozenset(
    {"kinderen", "kids", "jongens", "meiden", "meisjes", "zonen", "dochters", "ouders",
     "children", "boys", "girls", "sons", "daughters", "parents", "tweeling", "twins"}
)  # fmt: skip


def _names_two(tokens: list[Tok], i: int) -> bool:
    """The dual at i stands right beside exactly two item numbers joined by "en", "&" or a
    comma: it is about those two. A number elsewhere in the sentence ("hij is 16 jaar",
    "klas 3", "over 2 weken") names nothing the dual could be about (round 10: such a
    sentence read "ja voor beide" as a yes to all three)."""
    for step in (-1, 1):
        found: set[int] = set()
        j = i + step
        while 0 <= j < len(tokens) and len(found) <= 2:
            t = tokens[j]
            if t.cat in _NUMLIKE:
                found.update(t.items or {_number(t) or -j})
            elif t.cat not in _BETWEEN:
                break
            j += step
        if len(found) == 2:
            return True
    return False


def _people(tokens: list[Tok], i: int) -> bool:
    before = tokens[max(0, i - 3) : i]
    pair = any(  # "mijn man en ik … allebei" ("ik … beide" alone is the items)
        a.canon in ("en", "and") and b.canon in ("ik", "i") for a, b in pairwise(before)
    )
    return (
        pair
        or any(t.canon in _PERSONS for t in before)
        or any(t.canon in _PERSONS_AFTER for t in tokens[i + 1 : i + 3])
    )


def _number(t: Tok) -> int:
    if t.cat == Cat.NUM:
        return t.num
    return NUMWORDS.get(t.canon, 0) if t.cat == Cat.NUMWORD else 0
