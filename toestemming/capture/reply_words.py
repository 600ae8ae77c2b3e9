"""The words the reply reader knows (Dutch and English, and the Arabic words the Arabic request
mail asks for: نعم, لا, سحب, للكل — toestemming/locales/ar.ftl) and their typos; the fixed
phrases of several words are in reply_phrases.

Every word is folded (lower case, accents off) and mapped to one category and one canonical
form, so "Akord", "akkóórd" and "akkoord" read the same. Typos are accepted only where they
cannot collide: a word of six letters or more within one edit (Damerau: insert, delete,
substitute, swap) of exactly one long keyword. Short words are matched exactly or through a
written-out list, because one edit turns "nee" into "nie"/"net", "niet" into "net"/"nit",
"ja" into "je" and "denk" into "dank" — real words with other meanings. ("nie" is listed: it
is how people type "niet", and read as a negation it keeps "weet het nie" a doubt.)
"""

from __future__ import annotations

import re
import unicodedata
from enum import IntEnum
from functools import lru_cache


class Cat(IntEnum):
    WORD = 0  # content word: not ours, counts towards "this sentence says more"
    FILL = 1  # greeting, pronoun, article, filler: says nothing either way
    YES = 2  # ja, yes: an answer word
    NO = 3  # nee, no
    LETTER_YES = 4  # j, y: only right after an item number ("1: J")
    LETTER_NO = 5  # n
    AGREE = 6  # akkoord, toestemming, agree: a yes predicate about the whole request
    FINE = 7  # goed, prima, graag, mag: a weak yes predicate
    OBJECT = 8  # bezwaar, weigeren, tegen: a no predicate
    ACK = 9  # ok, top: acknowledges, is not a yes on its own
    NEG = 10  # niet, geen, not, nooit
    NOTHING = 11  # niets, nergens, nothing: negation that is also "for all"
    WEL = 12  # wel: positive particle ("1 wel, 2 niet")
    ALSO = 13  # ook, also: the same as the answer before
    HEDGE = 14  # misschien, denk, twijfel, maybe; and putting it off (nadenken, later)
    COND = 15  # als, mits, if: a condition
    FOR = 16  # voor, met, for, to: links an answer to items
    PART = 17  # onderdeel, punt, part: the next number is an item
    CONJ = 18  # en, of, and, or
    EXCEPT = 19  # behalve, except
    CONTRAST = 20  # maar, but
    ONLY = 21  # alleen, only
    ALL = 22  # alles, beide, all, both
    REST = 23  # de rest, overige, others
    SENSITIVE = 24  # gevoelige gegevens, sensitive
    WITHDRAW = 25  # intrekken, withdraw, revoke
    TREK = 26  # "trek ... in": the separable verb
    IN = 27  # the particle of "trek ... in"
    ORDINAL = 28  # eerste, second
    NUMWORD = 29  # een, twee (only after a part word)
    SEP = 30  # want, omdat, dus: starts a new clause
    EITHER = 31  # "ja/nee", "ja of nee": an unedited template, both answers
    NEUTRAL = 32  # a phrase that looks like an answer and is not ("alles goed?")
    REPORTED = 33  # someone else's answer told: "mijn moeder zegt nee", "my son says yes"
    # Made by the tokenizer, not by the lexicon:
    NUM = 40  # digits, not yet known to be an item number
    REF = 41  # an item reference (number, "onderdeel 2", ordinal, title or recipient word)
    PUNCT = 42  # punctuation; the character is the token's canonical form


# category → words; "variant=canonical" maps a spelling onto the form the phrases use.
_LEXICON: dict[Cat, str] = {
    Cat.YES: "ja jaa=ja jaaa=ja jaaaa=ja jah=ja jaah=ja jaja=ja jawel=ja jazeker=ja jep=ja "
    "jup=ja jip=ja yes yess=yes yesss=yes yep=yes yeah=yes yup=yes ya=yes yah=yes yea=yes "
    "نعم=ja evet=ja oui=ja",
    Cat.NO: "nee neen=nee neee=nee neeee=nee neeh=nee neej=nee nej=nee nope=nee nah=nee nay=nee nein=nee "
    "no noo=no nooo=no لا=nee ولا=nee hayır=nee hayir=nee non=nee",
    # Polish "tak" (yes) only right after an item number: on its own it is Danish "thanks"
    Cat.LETTER_YES: "j y tak=j",
    Cat.LETTER_NO: "n",
    Cat.AGREE: "akkoord akord=akkoord akkort=akkoord akkoort=akkoord akkorrd=akkoord "
    "akkoordd=akkoord agree agreed=agree eens toestemming toestemmingen=toestemming "
    "consent consents=consent permission instemmen instem=instemmen goedkeuring goedkeuren "
    "approve approved=approve "
    # the languages our requests go out in: Arabic "I agree", Turkish "kabul", Polish "zgadzam się"
    "موافق=akkoord موافقة=akkoord اوافق=akkoord kabul=akkoord zgadzam=akkoord d'accord=akkoord",
    Cat.FINE: "goed goedd=goed prima primaa=prima graag graaag=graag fine mag mogen delen "
    "gedeeld=delen share shared=share toegestaan allowed natuurlijk tuurlijk=natuurlijk "
    "uiteraard zeker sure happy absoluut absolutely definitely certainly perfect prachtig",
    Cat.OBJECT: "bezwaar bezwaren=bezwaar objection objections=objection object weiger "
    "weigeren=weiger weigert=weiger geweigerd=weiger refuse refused=refuse decline "
    "declined=decline deny=refuse denied=refuse tegen contra against oppose=object opposed=object "
    # "skip 2, rest yes": unknown, "skip" left 2 a bare number that the list after it took in
    # ("skip 2 1 and 3 yes" was a yes for 2)
    "skip skipped=skip skippen=skip",
    Cat.ACK: "ok oke okay=oke okee=oke okey=oke oki=oke okido=oke top super",
    Cat.NEG: "niet nie=niet niett=niet neit=niet geen geeen=geen nooit noit=nooit never not "
    "don't=not dont=not doesn't=not doesnt=not didn't=not didnt=not won't=not wont=not "
    "can't=not cant=not cannot=not isn't=not isnt=not aren't=not arent=not wouldn't=not "
    "neither nor zonder without غير=niet ليس=niet",
    Cat.NOTHING: "niets niks=niets nergens nothing none nowhere",
    Cat.WEL: "wel welles=wel",
    Cat.ALSO: "ook also too eveneens idem hetzelfde same ditto",
    Cat.HEDGE: "misschien mss=misschien misch=misschien wellicht eventueel evt=eventueel "
    "waarschijnlijk wss=waarschijnlijk denk denken=denk denkt=denk dacht=denk twijfel "
    "twijfels=twijfel twijfelen=twijfel twijfelt=twijfel onzeker maybe perhaps probably "
    "possibly unsure dunno idk hmm hmmm=hmm hm=hmm tja mwah mwa=mwah guess think nadenken "
    "overleggen overleg=overleggen bespreken later "
    # "2 vermoedelijk ja", "2 jein", "2 wn" (weet niet), "depends"
    "vermoedelijk vermoed=denk vermoedt=denk allicht likely jein weetniet=denk wn=denk "
    "depends afhankelijk "
    # "met bijna alles akkoord": not all, and which not?
    "bijna almost nearly grotendeels mostly gedeeltelijk deels partly partially "
    # "I don't know", "maybe", "not sure" in the request's languages: "2 nie wiem" and
    # "2 لا أعرف" were a no for 2 (the negation read, the verb not)
    "wiem=denk moze=misschien pewna=twijfel pewien=twijfel اعرف=denk ادري=denk ربما=misschien "
    "bilmiyorum=denk belki=misschien emin=twijfel",
    # A yes that waits for something first ("ja, maar eerst bellen", "pas na de zomer",
    # "not before I turn 18") is no yes today.
    Cat.COND: "als indien mits tenzij zolang if unless provided voorwaarde voorwaarden eerst "
    "pas voordat nadat vanaf zodra totdat before after until voorlopig tijdelijk temporarily "
    "temporary "
    # "ja, onder voorbehoud", "yes, with conditions", "evet, şartıyla", "tak, pod warunkiem",
    # "oui à condition que", "نعم بشرط"
    "voorbehoud condition conditions conditional sartıyla sartla kosuluyla warunkiem jesli "
    "jezeli pourvu بشرط شرط اذا",
    Cat.FOR: "voor pro for to met with bij op van about regarding dla=voor على=voor ل=voor لـ=voor pour=voor",
    Cat.PART: "onderdeel onderdelen=onderdeel deel punt punten=punt nr nummer nummers=nummer "
    "vraag vragen=vraag item items=item part parts=part question questions=question number nrs=nr nos=nr "
    "numbers=number",
    Cat.CONJ: "en of and or plus ve=en و=en et=en",
    Cat.EXCEPT: "behalve except excluding uitgezonderd",
    Cat.CONTRAST: "maar but echter however لكن=maar ama=maar ale=maar",
    Cat.ONLY: "alleen enkel uitsluitend only slechts",
    Cat.ALL: "للكل=alles الكل=alles alles allemaal alle all everything beide beiden allebei both overal iedereen "
    "everyone everybody الجميع=alles للجميع=alles hepsi=alles hepsine=alles tumu=alles "
    "tumune=alles wszystko=alles wszystkie=alles wszystkich=alles tout=alles tous=alles toutes=alles",
    Cat.REST: "rest overige overigen andere anderen others الباقي=rest reszta=rest digerleri=rest "
    "reste=rest autres=rest",
    Cat.SENSITIVE: "gevoelig gevoelige=gevoelig bijzonder bijzondere=bijzonder sensitive "
    "medisch medische=medisch medical gezondheid gezondheidsgegevens=gezondheid health "
    "الحساسة=gevoelig",
    Cat.WITHDRAW: "intrekken intrek=intrekken ingetrokken=intrekken intrekking=intrekken "
    "terugtrekken teruggetrokken=terugtrekken withdraw withdrawn=withdraw withdrawing=withdraw "
    "revoke revoked=revoke revoking=revoke سحب=intrekken stoppen=intrekken stop=intrekken "
    "opzeggen=intrekken herroepen=intrekken annuleren=intrekken annuleer=intrekken "
    "cancel=withdraw cancelled=withdraw canceled=withdraw",
    Cat.TREK: "trek trekken=trek trekt=trek",
    Cat.IN: "in terug",  # "ik trek mijn toestemming in / terug"
    # Not "want": Dutch "because" is English "want" ("I do not want to withdraw").
    Cat.SEP: "omdat because dus zodat",
    Cat.FILL: "ik je jij u we wij het dat dit de een is ben bent zijn vind vindt doe dan zo er "
    "mee daar hier nou hoor hoi hallo hey hi hee beste dag goedemorgen goedemiddag goedenavond "
    "oh ah eh ehm uh hello dear i it that this the a an am are me mij mijn my please pls aub "
    "alsjeblieft alstublieft svp bedankt dank danku dankjewel dankje thanks thank you mvg "
    "groetjes groet groeten gr doei xx x hartelijk vriendelijke gewoon echt heel wil kan "
    "kunnen even nog ga gaan gaat hoeft hoef hoeven nodig doen geef geven zeg zeggen antwoord reactie hierbij mevrouw "
    # what a recipient may do with the data: part of an answer ("UWV mag het weten")
    "weten krijgen krijgt hebben ontvangen zien inzien gebruiken doorgeven doorsturen sturen "
    "know receive see use "
    "meneer naar na over door uit aan om te tot tijdens via per gegevens informatie information data المعلومات jullie inclusief incl including i'm it's that's that's we're m'n d'r 's 'm die deze wat to it's hoi",
}

# Words that answer (or turn an answer): an item number right before them is an item.
ANSWER_CATS = frozenset(
    {
        Cat.YES,
        Cat.NO,
        Cat.LETTER_YES,
        Cat.LETTER_NO,
        Cat.AGREE,
        Cat.FINE,
        Cat.OBJECT,
        Cat.ACK,
        Cat.NEG,
        Cat.NOTHING,
        Cat.WEL,
        Cat.EITHER,
    }
)

ORDINALS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
    "achtste": 8, "negende": 9, "tiende": 10, "first": 1, "second": 2, "third": 3,
    "fourth": 4, "fifth": 5, "laatste": -1, "last": -1,
    # "de bovenste ja", "de onderste niet": the list as the parent sees it in the mail
    "bovenste": 1, "onderste": -1,
    # the request's other languages ("ikinci hayır", "drugi nie", "le deuxième non",
    # "الثاني لا": no item read before, so the answer was unclear)
    "birinci": 1, "ikinci": 2, "ucuncu": 3, "sonuncu": -1,
    "pierwszy": 1, "pierwsza": 1, "pierwsze": 1, "drugi": 2, "druga": 2, "drugie": 2,
    "trzeci": 3, "trzecia": 3, "trzecie": 3, "ostatni": -1, "ostatnia": -1, "ostatnie": -1,
    "premier": 1, "premiere": 1, "deuxieme": 2, "troisieme": 3, "dernier": -1, "derniere": -1,
    "الاول": 1, "الثاني": 2, "الثالث": 3, "الاخير": -1,
}  # fmt: skip
NUMWORDS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    # dictated in the request's other languages (s25: "bir evet iki hayır üç evet" read nothing)
    "bir": 1, "iki": 2, "üç": 3, "uc": 3, "üc": 3, "dört": 4, "dort": 4, "beş": 5,
    "jeden": 1, "dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5,
    "واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "خمسة": 5,
}  # fmt: skip
# Articles inside a list of items: "de eerste en de laatste ja", "het eerste en het derde"
ARTICLES = frozenset({"de", "het", "the"})
# Number words that are also the article ("een huis", "one of them", "bir şey"): item 1 only
# at the start of a clause or in a list of number words.
ARTICLE_ONES = frozenset({"een", "one", "bir"})

WORDS: dict[str, tuple[Cat, str]] = {}
for _cat, _spec in _LEXICON.items():
    for _entry in _spec.split():
        _word, _, _canon = _entry.partition("=")
        WORDS.setdefault(_word, (_cat, _canon or _word))
for _word in ORDINALS:
    WORDS.setdefault(_word, (Cat.ORDINAL, _word))
# "een"/"one" are articles unless a part word stands before them (decided by the tokenizer).
for _word in NUMWORDS:
    WORDS.setdefault(_word, (Cat.FILL if _word in ARTICLE_ONES else Cat.NUMWORD, _word))

# Keywords a typo may stand for: long words whose one-edit neighbours are not other words
# people write (checked against Dutch and English word lists: "beiden" is one edit from
# "meiden", "vierde" from "voerde", "zonder" from "onder" — those get no typo tolerance).
_FUZZY_TEXT = (
    "akkoord toestemming toestemmingen intrekken ingetrokken terugtrekken misschien behalve "
    "onderdeel gevoelig gevoelige bijzondere bezwaar allebei eventueel waarschijnlijk "
    "natuurlijk twijfel nadenken uitgezonderd withdraw permission everything"
)
_FUZZY = frozenset(_FUZZY_TEXT.split())
_FUZZY_MIN = 6
# Real words one edit away from a fuzzy keyword: never read as that keyword.
_NOT_TYPOS_TEXT = (
    "afkort akkert behave behalves bewaar bewaren bezwaart bezwarend bezweren bezworen intree "
    "onderdeden onderdeed onderdeken ouderdeel twijzel natuurrijk uitgedonderd allemaal "
    "onderdelen ingetrokken toestemmen besproken overlegd nagedacht bedacht slecht"
)
_NOT_TYPOS = frozenset(_NOT_TYPOS_TEXT.split())


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


_FUZZY_INDEX: dict[str, set[str]] = {}
for _word, (_cat, _canon) in WORDS.items():
    if _word in _FUZZY:
        for _d in _deletes(_word) | {_word}:
            _FUZZY_INDEX.setdefault(_d, set()).add(_word)


def within_one(a: str, b: str) -> bool:
    """Damerau distance ≤ 1 (one insert, delete, substitution or swap of neighbours)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if la < lb else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower case without accents; the curly apostrophe as a straight one."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_INVISIBLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\u2019", "'")


# Invisible characters inside a word (a soft hyphen from a word processor, a zero-width space
# from a web form): "ni\u00adet" is "niet".
INVISIBLE_IN_WORDS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_IN_WORDS))


_STRETCHED = re.compile(r"(\w)\1{2,}")


_ARABIC_PREFIXES = frozenset("ول")


@lru_cache(maxsize=8192)
def lookup(folded: str) -> tuple[Cat, str]:
    """Category and canonical form of one folded word; typos of long keywords included."""
    known = WORDS.get(folded)
    if known is not None:
        return known
    if _STRETCHED.search(folded):
        # "neeeee", "jaaaaa", "allesss": a letter held down is the word
        for short in (_STRETCHED.sub(r"\1\1", folded), _STRETCHED.sub(r"\1", folded)):
            known = WORDS.get(short)
            if known is not None:
                return known
    if len(folded) > 2 and folded[0] in _ARABIC_PREFIXES:
        # Arabic writes "and" (و) and "for" (ل) onto the next word: "وغير موافق" is "and not
        # agreed" — read without its "not" it was a yes for the item that got a no
        known = WORDS.get(folded[1:])
        if known is not None:
            return known
    if len(folded) < _FUZZY_MIN - 1 or folded in _NOT_TYPOS:
        return Cat.WORD, folded
    candidates: set[str] = set(_FUZZY_INDEX.get(folded, ()))
    for d in _deletes(folded):
        candidates |= _FUZZY_INDEX.get(d, set())
    hits = {WORDS[c] for c in candidates if within_one(folded, c)}
    if len({cat for cat, _ in hits}) == 1 and len(hits) == 1:
        return next(iter(hits))
    return Cat.WORD, folded  # none, or two meanings: not a typo we can read safely


# A sentence with one of these corrects what the person wrote before it ("Oh nee wacht, 2 toch
# niet", "Correctie: 2 nee", "sorry, ik bedoel 2 ja"): its answers for items named before win.
# ("toch" alone is no correction: "1 ja 2 ja … PS 2 toch liever niet" stays unclear.)
CORRECTION = frozenset(
    {"wacht", "wait", "correctie", "correction", "verbetering", "oeps", "oops", "sorry",
     "bedoel", "bedoelde", "vergist", "vergiste", "typfout", "tikfout", "foutje",
     # an edited reply: "EDIT: 2 toch nee", "Update: 2 nee"
     "edit", "edited", "update", "aanvulling"}
)  # fmt: skip


def corrects(canons: list[str]) -> bool:
    """Whether a sentence with these canonical token forms is a correction."""
    return any(w in CORRECTION for c in canons for w in c.split()) or bool(
        canons and canons[0] in ("of nee", "of neen")
    )


# Words for the sender's side (a school, a training): in an item's title ("Volgen na school")
# they do not name that item, and "(de) school mag alles weten" is no recipient's yes.
SENDER_SIDE = frozenset({"school", "opleiding", "mbo", "college"})
