"""Cutting a sentence of a reply into clauses: at commas, "maar", "want", "dus", "behalve",
and between items typed without commas where one item's doubt ends ("1 ja 2 misschien 3 ja").
What each clause holds is reply_clauses' work."""

from __future__ import annotations

from .reply_favour import vote_ends, vote_starts
from .reply_tok import GLUE, Tok
from .reply_units import Clause
from .reply_words import ANSWER_CATS, Cat

_CLAUSE_BREAKS = ",;()[]–—"


def is_answer_token(t: Tok) -> bool:
    return t.cat in ANSWER_CATS


# -- splitting ----------------------------------------------------------------------------------
def split_clauses(tokens: list[Tok]) -> tuple[list[Clause], list[Clause]]:
    clauses = [Clause([], "")]
    excepts: list[Clause] = []
    i, n = 0, len(tokens)
    in_brackets = False
    while i < n:
        t = tokens[i]
        cur = clauses[-1]
        prev = cur.toks[-1] if cur.toks else None
        if t.cat == Cat.PUNCT:
            after_ref = prev is not None and prev.cat == Cat.REF
            # "1) ja 2) nee": a closing bracket with none open is numbering, like "1:"
            glue_after_ref = after_ref and (t.canon in ":-" or (t.canon == ")" and not in_brackets))
            in_brackets = t.canon in "([" or (in_brackets and t.canon not in ")]")
            if glue_after_ref:
                cur.toks.append(t)
            elif t.canon in _CLAUSE_BREAKS or t.canon in ":-":
                clauses.append(Clause([], "sep" if t.canon == ";" else "comma"))
            else:
                cur.toks.append(t)
        elif t.cat == Cat.CONTRAST and not _particle(tokens, i):
            clauses.append(Clause([], "contrast"))
        elif t.cat == Cat.CONTRAST:
            pass  # "trek het maar in": a particle, not "but"
        elif t.cat == Cat.SEP or _dutch_because(tokens, i):
            clauses.append(Clause([], "sep"))
        elif (at := _also_ends(cur.toks, tokens, i)) is not None:
            # "1 nee 2 ook 3 ja", "1: ja 2: idem 3: nee": as if typed with commas, "2 ook" is
            # 2's (the answer before it), never a list "2 ook 3" of the answer after
            clauses.insert(len(clauses) - 1, Clause(cur.toks[:at], cur.link))
            cur.toks, cur.link = cur.toks[at:], "comma"
            clauses.append(Clause([t], "comma"))
        elif (last := _doubt_ends(cur.toks, tokens, i)) is not None:
            # "1 ja 2 misschien 3 ja": as if typed with commas, "2 misschien" a clause
            if any(is_answer_token(x) for x in cur.toks[:last]):
                clauses.insert(len(clauses) - 1, Clause(cur.toks[:last], cur.link))
                cur.toks, cur.link = cur.toks[last:], "comma"
            clauses.append(Clause([t], "comma"))
        elif vote_ends(cur.toks, tokens, i):
            # "ik ben voor 1 2 nee", "voor 1 tegen 2": as if typed with a comma, the vote's
            # items end where another item's answer starts
            clauses.append(Clause([t], "comma"))
        elif vote_starts(cur.toks, tokens, i):
            # "ik ben tegen 2 en voor de rest", "2 tegen de rest voor": the vote starts its
            # own clause (its doubt is not about the "tegen" before it)
            clauses.append(Clause([t], "comma"))
        elif _wel_for_items(cur.toks, tokens, i):
            # "1 en 3 niet akkoord wel 2": as if typed with a comma, "wel 2" the turn of the
            # refusal before it (read as one clause, 2 took the refusal: s32's fuzz, rd33)
            clauses.append(Clause([t], "comma"))
        elif t.cat == Cat.EXCEPT:
            group, i = _except_group(tokens, i)
            excepts.append(Clause(group, "except", is_except=True, main=cur))
            continue
        else:
            cur.toks.append(t)
        i += 1
    return [c for c in clauses if c.toks], excepts


def _wel_for_items(cur: list[Tok], tokens: list[Tok], i: int) -> bool:
    """tokens[i] is a "wel" right before an item number, right after a refusal with its items
    in the clause so far."""
    return (
        tokens[i].cat == Cat.WEL
        and i + 1 < len(tokens)
        and tokens[i + 1].cat == Cat.REF
        and any(x.cat == Cat.REF for x in cur)
        # the refusal is the last items' ("1 mag niet 2 mag wel 3 mag niet": 2's "wel")
        and any(x.cat in (Cat.NEG, Cat.NOTHING, Cat.NO) for x in cur[_last_ref(cur) :])
        # right after the refusal's own words ("2 nee toch wel 3 ja": a second thought)
        and cur[-1].cat in (Cat.NEG, Cat.NOTHING, Cat.NO, Cat.AGREE, Cat.FINE, Cat.OBJECT)
    )


def _last_ref(toks: list[Tok]) -> int:
    return max(k for k, x in enumerate(toks) if x.cat == Cat.REF)


def _also_ends(cur: list[Tok], tokens: list[Tok], i: int) -> int | None:
    """The clause so far ends in "N ook" ("N: idem") after an answer, and tokens[i] is an item
    number with its own answer: where "N" stands in `cur`, else None."""
    if not cur or cur[-1].cat != Cat.ALSO or not answered(tokens, i):
        return None
    at = len(cur) - 2
    while at > 0 and cur[at].cat == Cat.PUNCT and cur[at].canon in GLUE:
        at -= 1
    if at < 1 or cur[at].cat != Cat.REF:
        return None
    return at if any(x.cat in ANSWER_CATS for x in cur[:at]) else None


def _doubt_ends(cur: list[Tok], tokens: list[Tok], i: int) -> int | None:
    """tokens[i] is an item number with its own answer, after an item's doubt in the clause
    so far ("2 misschien", "2 voorlopig niet", "2 ja als het moet"): typed without commas,
    the doubt is that item's, not the next one's. The doubted item's place in `cur`, else
    None ("1 ja als 2 ja": a condition with nothing after it may be about 2)."""
    if not answered(tokens, i):
        return None
    last = max((k for k, t in enumerate(cur) if t.cat == Cat.REF), default=None)
    if last is None:
        return None
    doubts = [k for k in range(last + 1, len(cur)) if cur[k].cat in (Cat.HEDGE, Cat.COND)]
    if not doubts or (cur[doubts[0]].cat == Cat.COND and doubts[0] + 1 == len(cur)):
        return None
    return last


# Dutch "want" (because) starts a clause with its own subject: "2 niet want daar werk ik";
# English "want" is a verb ("I do not want to withdraw"). The word after tells them apart.
_AFTER_DUTCH_WANT = frozenset(
    {
        "ik",
        "je",
        "jij",
        "u",
        "we",
        "wij",
        "ze",
        "zij",
        "hij",
        "het",
        "dat",
        "die",
        "daar",
        "er",
        "hier",
        "dit",
        "deze",
        "mijn",
        "m'n",
        "jullie",
        "dan",
        "anders",
        "zo",
        "de",
        "een",
        "ook",
    }
)


def _dutch_because(tokens: list[Tok], i: int) -> bool:
    return (
        tokens[i].canon == "want"
        and i + 1 < len(tokens)
        and tokens[i + 1].canon in _AFTER_DUTCH_WANT
        and not (i > 0 and tokens[i - 1].canon in ("i", "you", "not", "they", "we"))
    )


def _particle(tokens: list[Tok], i: int) -> bool:
    """ "maar" right before the verb's particle or at the end: "trek alles maar in"."""
    rest = tokens[i + 1 :]
    return not rest or rest[0].cat == Cat.IN


def _except_group(tokens: list[Tok], i: int) -> tuple[list[Tok], int]:
    """ "behalve 2", "behalve voor 1 en 3", "behalve 2: nee", "behalve gevoelige gegevens".
    What follows the items belongs to the main clause ("alles behalve 2 is goed") unless it
    is an answer right after them ("behalve 2: nee")."""
    group = [tokens[i]]
    j = i + 1
    n = len(tokens)
    while j < n:
        t = tokens[j]
        if t.cat in (Cat.FOR, Cat.PART, Cat.FILL, Cat.REF, Cat.CONJ, Cat.SENSITIVE, Cat.WORD):
            if t.cat == Cat.REF and group[-1].cat == Cat.REF and answered(tokens, j):
                break  # "2 uitgezonderd 1 ja, 3 ja": 1 has its own answer, no list "2 1"
            if (
                t.cat == Cat.WORD
                and not any(g.cat == Cat.SENSITIVE for g in group)
                and not _listed_with_item(tokens, j)
                and not _last_of_list(group)
            ):
                break
            group.append(t)
        elif (
            t.cat == Cat.PUNCT and t.canon in ",/&+" and j + 1 < n and tokens[j + 1].cat == Cat.REF
        ):
            group.append(t)
        elif t.cat == Cat.PUNCT and t.canon in ".:" and group[-1].cat == Cat.PART:
            group.append(t)  # "behalve nr. 2", "except no. 2": the number sign's full stop
        else:
            break
        j += 1
    k = j
    while k < n and tokens[k].cat == Cat.PUNCT and tokens[k].canon in GLUE:
        k += 1
    if k < n and group[-1].cat == Cat.REF and is_answer_token(tokens[k]):
        end = j
        while end < n and not (
            (tokens[end].cat == Cat.PUNCT and tokens[end].canon in _CLAUSE_BREAKS)
            or tokens[end].cat in (Cat.CONTRAST, Cat.SEP, Cat.EXCEPT)
        ):
            end += 1
        # "behalve 2 ja 1 en 3", "op 2 na ja 1 en 3": an answer with items after it that
        # have no answer of their own is theirs (the main clause), never the excepted item's;
        # "behalve 2 nee 1 en 3 ja": the "nee" is 2's, the rest the main clause
        ref = next((m for m in range(k, end) if tokens[m].cat == Cat.REF), None)
        if ref is None:
            group.extend(tokens[j:end])
            j = end
        elif any(is_answer_token(x) for x in tokens[ref:end]):
            while k < ref and is_answer_token(tokens[k]):
                k += 1
            group.extend(tokens[j:k])
            j = k
    return group, j


def _listed_with_item(tokens: list[Tok], j: int) -> bool:
    """ "behalve de huisarts en 2": the unknown word j is one of a list that names an item
    after it — the item is excepted too (it was left to the main clause: a yes for 2)."""
    k, n = j + 1, len(tokens)
    while k < n and k - j < 4 and tokens[k].cat in (Cat.WORD, Cat.FILL):
        k += 1
    if k >= n or not (
        tokens[k].cat == Cat.CONJ or (tokens[k].cat == Cat.PUNCT and tokens[k].canon in ",/&+")
    ):
        return False
    k += 1
    while k < n and tokens[k].cat in (Cat.FILL, Cat.PART, Cat.FOR):
        k += 1
    return k < n and tokens[k].cat == Cat.REF


def _last_of_list(group: list[Tok]) -> bool:
    """ "behalve 2 en de huisarts": the unknown word ends the excepted list."""
    last = next((g for g in reversed(group) if g.cat != Cat.FILL), None)
    return last is not None and last.cat == Cat.CONJ and any(g.cat == Cat.REF for g in group)


def answered(toks: list[Tok], k: int) -> bool:
    """toks[k] is an item number with its own answer word right after it ("3 akkoord" in
    "2 niet akkoord 3 akkoord"): a list of items each with its answer."""
    if toks[k].cat != Cat.REF or not toks[k].explicit:
        return False
    j = k + 1
    while j < len(toks) and toks[j].cat == Cat.PUNCT and toks[j].canon in GLUE:
        j += 1
    return j < len(toks) and is_answer_token(toks[j])
