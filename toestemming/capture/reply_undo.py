"""A yes that is taken back, not given: "mijn ja voor 2 vervalt", "ik neem mijn toestemming
voor 2 terug", "I take back my yes for 2", "mijn ja voor 2 was een vergissing" (s29).

The withdrawal phrases of reply_phrases need the consent word right next to its verb
("toestemming vervalt"); with the items between them ("mijn toestemming voor 2 vervalt") the
verb was a word we do not know, and what was left — "toestemming voor 2", "ja voor 2" — read as
a YES for the very item the parent took back. Here: the consent named as a thing (a consent
word, or "ja"/"yes" after "mijn"/"my"), and a verb that undoes it anywhere after it in the
clause (or "take back"/"cancel" before it), is a withdrawal of the items named; the same yes
called a mistake ("vergissing", "per ongeluk", "by mistake") is doubt, never a yes.
"""

from __future__ import annotations

from .reply_tok import Tok
from .reply_words import Cat

_CONSENT_WORDS = frozenset({"toestemming", "akkoord", "consent", "permission", "approval"})
_POSSESSIVES = frozenset({"mijn", "m'n", "mn", "onze", "ons", "my", "our"})
# After the consent: "… vervalt", "… neem ik terug", "… wil ik terugnemen", "… is cancelled"
_UNDO_AFTER = frozenset(
    {
        "vervalt",
        "vervallen",
        "terug",
        "terugnemen",
        "terugtrekken",
        "teruggenomen",
        "teruggetrokken",
        "schrappen",
        "opzeggen",
        "opgezegd",
        "cancelled",
        "canceled",
        "revoked",
        "back",
        # s33: "… wil ik terugdraaien", "… herroep ik", "… stopzetten", "… beëindigen",
        # "… ongedaan maken", "… mag worden verwijderd", "… zeg ik op" (see _SPLIT_VERBS)
        "terugdraaien",
        "teruggedraaid",
        "herroep",
        "herroept",
        "herroepen",
        "stopzetten",
        "stopgezet",
        "beëindigen",
        "beeindigen",
        "beëindigd",
        "ongedaan",
        "verwijderd",
        "verwijderen",
        "geannuleerd",
        "undone",
        "op",
    }
)
# Before it: "take back my yes", "cancel my yes for 2", "scrap my consent for 2"
_UNDO_BEFORE = frozenset(
    {"cancel", "scrap", "revoke", "retract", "schrap", "rescind", "back"}
    | {"undo", "herroep", "herroept", "beëindig", "beeindig", "verwijder"}
)
# The yes called a mistake: "mijn ja voor 2 was een vergissing", "per ongeluk ja bij 2"
_MISTAKE = frozenset(
    {
        "vergissing",
        "vergist",
        "ongeluk",
        "fout",
        "foutje",
        "verkeerd",
        "mistake",
        "accident",
        "accidentally",
        "wrong",
    }
)


def _consent_named(toks: list[Tok], k: int) -> bool:
    """toks[k] names the consent as a thing: "(mijn) toestemming", "mijn ja", "my yes"."""
    t = toks[k]
    if t.cat == Cat.AGREE and t.canon in _CONSENT_WORDS:
        return True
    return t.cat == Cat.YES and k > 0 and toks[k - 1].canon in _POSSESSIVES


# "terug"/"back" undo only with taking: "ik neem … terug", "I take back …", "ik wil … terug";
# "ik stuur mijn toestemming terug" sends the signed form back — no withdrawal
_BACK = frozenset({"terug", "back"})
_TAKING = frozenset(
    {"neem", "neemt", "nemen", "haal", "haalt", "halen", "wil", "wilt", "willen", "draai"}
    | {"draait", "draaien", "take", "takes", "taking", "took", "want", "wants"}
)


# "op" undoes only with "zeggen": "ik zeg mijn toestemming voor 2 op" (not "ja, op 2 na")
_SPLIT_VERBS = {"op": frozenset({"zeg", "zegt", "zeggen"})}


def _undoes(toks: list[Tok], j: int, words: frozenset[str]) -> bool:
    canon = toks[j].canon
    if canon not in words:
        return False
    if canon in _SPLIT_VERBS:
        return any(t.canon in _SPLIT_VERBS[canon] for t in toks[:j])
    return canon not in _BACK or any(t.canon in _TAKING for t in toks)


# Between the consent and its verb only the items it is for and small words: "mijn ja voor 1
# en 3 wil ik terugnemen". Anything else ("toestemming voor 2 en ik wil graag een kopie
# terug") may be what the verb is about: a doubtful withdrawal (the worker asks), no yes.
_BETWEEN = frozenset({Cat.FOR, Cat.REF, Cat.PART, Cat.CONJ, Cat.FILL, Cat.PUNCT, Cat.ALL})


def only_items_between(toks: list[Tok], undone: tuple[int, int]) -> bool:
    a, b = sorted(undone)
    return all(t.cat in _BETWEEN or t.canon in _TAKING for t in toks[a + 1 : b])


def undone_consent(toks: list[Tok]) -> tuple[int, int] | None:
    """(the consent word, the verb that undoes it) in this clause, or None."""
    for k in range(len(toks)):
        if not _consent_named(toks, k):
            continue
        after = next((j for j in range(k + 1, len(toks)) if _undoes(toks, j, _UNDO_AFTER)), None)
        if after is not None:
            return k, after
        before = next((j for j in range(k) if _undoes(toks, j, _UNDO_BEFORE)), None)
        if before is not None:
            return k, before
    return None


def called_a_mistake(toks: list[Tok]) -> list[tuple[int, int]]:
    """The words that call the yes of this clause a mistake ([] when there are none, or no
    yes): "ja voor 2 was een vergissing", "ik heb per ongeluk ja gezegd bij 2"."""
    if not any(t.cat in (Cat.YES, Cat.AGREE, Cat.FINE) for t in toks):
        return []
    return [s for t in toks if t.canon in _MISTAKE for s in t.all_spans()]


# Verbs that give or keep the consent named as a thing: "ik verleen mijn toestemming voor 2",
# "mijn toestemming voor 2 heeft u", "… graag noteren", "you have my consent for 2"
_GIVING_TEXT = (
    "geef geeft geven gegeven verleen verleent verlenen verleend heb hebt heeft hebben have has "
    "give gives given grant grants granted krijg krijgt krijgen noteer noteren genoteerd "
    "bevestig bevestigt bevestigen bevestigd confirm confirmed stuur stuurt sturen gestuurd "
    "send sending sent teken tekenen getekend sign signed verstrek verstrekt verstrekken staat "
    "blijft blijven stays remains ontvang ontvangt ontvangen receive received is zijn"
)
_GIVING = frozenset(_GIVING_TEXT.split())
_WE = frozenset({"ik", "we", "wij", "i"})
_DETERMINERS = _POSSESSIVES | {"de", "die", "deze", "the", "this", "that"}


# a word of the undoing lists was judged there already ("I am sending my consent back")
_JUDGED = _GIVING | _UNDO_AFTER | _UNDO_BEFORE


def _acts_on(toks: list[Tok], j: int) -> bool:
    t = toks[j]
    return t.cat == Cat.WORD and t.canon not in _JUDGED


def maybe_undone(toks: list[Tok]) -> tuple[int, int] | None:
    """(the consent word, a verb we do not know that may undo it), or None: "ik herroep
    mijn toestemming voor 2", "mijn toestemming voor 2 wil ik terugdraaien" with a verb not in
    our lists. Only where Dutch and English put the verb that acts on the consent named as a
    thing: before its determiner after "ik"/"we" (or opening the clause), or closing the
    clause after it ("… voor 2 <verb>", "… voor 2 <verb> ik"). Read as a yes it was a yes
    nobody gave; the worker asks."""
    for k in range(1, len(toks)):
        if not _consent_named(toks, k) or toks[k - 1].canon not in _DETERMINERS:
            continue
        v = k - 2
        if v >= 0 and _acts_on(toks, v) and (v == 0 or toks[v - 1].canon in _WE):
            return k, v
        words = [j for j in range(k + 1, len(toks)) if toks[j].cat != Cat.PUNCT]
        if words and toks[words[-1]].canon in _WE and len(words) > 1:
            words.pop()
        if words and _acts_on(toks, words[-1]) and only_items_between(toks, (k, words[-1])):
            return k, words[-1]
    return None
