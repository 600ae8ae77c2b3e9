"""The words the reply reader knows (Dutch and English, and the Arabic words the Arabic request
mail asks for: نعم, لا, سحب, للكل — toestemming/locales/ar.ftl), their typos, and fixed phrases.

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
    "نعم=ja evet=ja",
    Cat.NO: "nee neen=nee neee=nee neeee=nee neeh=nee neej=nee nej=nee nope=nee nah=nee nay=nee nein=nee "
    "no noo=no nooo=no لا=nee hayır=nee hayir=nee",
    # Polish "tak" (yes) only right after an item number: on its own it is Danish "thanks"
    Cat.LETTER_YES: "j y tak=j",
    Cat.LETTER_NO: "n",
    Cat.AGREE: "akkoord akord=akkoord akkort=akkoord akkoort=akkoord akkorrd=akkoord "
    "akkoordd=akkoord agree agreed=agree eens toestemming toestemmingen=toestemming "
    "consent consents=consent permission instemmen instem=instemmen goedkeuring goedkeuren "
    "approve approved=approve",
    Cat.FINE: "goed goedd=goed prima primaa=prima graag graaag=graag fine mag mogen delen "
    "gedeeld=delen share shared=share toegestaan allowed natuurlijk tuurlijk=natuurlijk "
    "uiteraard zeker sure happy absoluut absolutely definitely certainly perfect prachtig",
    Cat.OBJECT: "bezwaar bezwaren=bezwaar objection objections=objection object weiger "
    "weigeren=weiger weigert=weiger geweigerd=weiger refuse refused=refuse decline "
    "declined=decline deny=refuse denied=refuse tegen against",
    Cat.ACK: "ok oke okay=oke okee=oke okey=oke oki=oke okido=oke top super",
    Cat.NEG: "niet nie=niet niett=niet neit=niet geen geeen=geen nooit noit=nooit never not "
    "don't=not dont=not doesn't=not doesnt=not didn't=not didnt=not won't=not wont=not "
    "can't=not cant=not cannot=not isn't=not isnt=not aren't=not arent=not wouldn't=not "
    "neither nor zonder without",
    Cat.NOTHING: "niets niks=niets nergens nothing none nowhere",
    Cat.WEL: "wel welles=wel",
    Cat.ALSO: "ook also too eveneens idem hetzelfde same",
    Cat.HEDGE: "misschien mss=misschien misch=misschien wellicht eventueel evt=eventueel "
    "waarschijnlijk wss=waarschijnlijk denk denken=denk denkt=denk dacht=denk twijfel "
    "twijfels=twijfel twijfelen=twijfel twijfelt=twijfel onzeker maybe perhaps probably "
    "possibly unsure dunno idk hmm hmmm=hmm hm=hmm tja mwah mwa=mwah guess think nadenken "
    "overleggen overleg=overleggen bespreken later "
    # "met bijna alles akkoord": not all, and which not?
    "bijna almost nearly grotendeels mostly gedeeltelijk deels partly partially",
    # A yes that waits for something first ("ja, maar eerst bellen", "pas na de zomer",
    # "not before I turn 18") is no yes today.
    Cat.COND: "als indien mits tenzij zolang if unless provided voorwaarde voorwaarden eerst "
    "pas voordat nadat vanaf zodra totdat before after until voorlopig tijdelijk temporarily "
    "temporary",
    Cat.FOR: "voor for to met with bij op van about regarding",
    Cat.PART: "onderdeel onderdelen=onderdeel deel punt punten=punt nr nummer nummers=nummer "
    "vraag vragen=vraag item items=item part parts=part question questions=question number nrs=nr nos=nr "
    "numbers=number",
    Cat.CONJ: "en of and or plus",
    Cat.EXCEPT: "behalve except excluding uitgezonderd",
    Cat.CONTRAST: "maar but echter however",
    Cat.ONLY: "alleen enkel uitsluitend only slechts",
    Cat.ALL: "للكل=alles الكل=alles alles allemaal alle all everything beide beiden allebei both overal iedereen "
    "everyone everybody",
    Cat.REST: "rest overige overigen andere anderen others",
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
}  # fmt: skip
NUMWORDS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
}  # fmt: skip

WORDS: dict[str, tuple[Cat, str]] = {}
for _cat, _spec in _LEXICON.items():
    for _entry in _spec.split():
        _word, _, _canon = _entry.partition("=")
        WORDS.setdefault(_word, (_cat, _canon or _word))
for _word in ORDINALS:
    WORDS.setdefault(_word, (Cat.ORDINAL, _word))
# "een"/"one" are articles unless a part word stands before them (decided by the tokenizer).
for _word in NUMWORDS:
    WORDS.setdefault(_word, (Cat.FILL if _word in ("een", "one") else Cat.NUMWORD, _word))

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
     "bedoel", "bedoelde", "vergist", "vergiste", "typfout", "tikfout", "foutje"}
)  # fmt: skip


def corrects(canons: list[str]) -> bool:
    """Whether a sentence with these canonical token forms is a correction."""
    return any(w in CORRECTION for c in canons for w in c.split()) or bool(
        canons and canons[0] in ("of nee", "of neen")
    )


# Words for the sender's side (a school, a training): in an item's title ("Volgen na school")
# they do not name that item, and "(de) school mag alles weten" is no recipient's yes.
SENDER_SIDE = frozenset({"school", "opleiding", "mbo", "college"})


# Fixed phrases, matched on the canonical words of a sentence joined by spaces (punctuation
# stands there as "_", a slash as "/"). Earlier patterns win; doubts come first so that
# "weet het niet" is never read as a "niet", and "geen bezwaar" never as a "geen".
_W = r"(?:^|(?<= ))"
# Spoken particles inside a fixed phrase ("heb me toch bedacht") and after it ("... hoor").
_PRT = r"(?:(?:toch|hoor|even|eventjes|maar|ook|gewoon|echt|eigenlijk|nou|nu|wel|dus|ff|alsnog) )*"
# ("~": an emoji, "Laat maar zitten 🙈")
_PRT_END = r"(?: (?:hoor|toch|dan|maar|ook|even|ff|nou|dus|gewoon|joh|~))*"
_E = r"(?= |$)"


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(_W + "(?:" + pattern + ")" + _E)


def _anchors(pattern: str) -> frozenset[str]:
    """Every word a phrase is written with: a sentence without any of them cannot match."""
    return frozenset(re.findall(r"[a-z']+", re.sub(r"\(\?[:=!<]+", " ", pattern)))


PHRASES: tuple[tuple[re.Pattern[str], Cat, int, frozenset[str]], ...] = tuple(
    (_p(pattern), cat, polarity, _anchors(pattern))
    for pattern, cat, polarity in (
        # -- doubt and putting it off ---------------------------------------------------------
        (r"weet (?:het |ik |ik het |het ik |ik er |het er |er )?(?:nog |echt |nu |zelf |"
         r"ook )*(?:niet|not)(?: zo| goed| precies| zeker)?", Cat.HEDGE, 0),
        (r"(?:niet|nog niet|not|not yet) (?:helemaal |zo |echt |100 )?(?:zeker|sure)", Cat.HEDGE, 0),
        (r"(?:geen|no) (?:idee|idea|flauw idee)", Cat.HEDGE, 0),
        # "1 ja, 2 mee, 3 ja": "mee" right after an item number is "nee" mistyped (m beside
        # n) or a word left out — never a link that hands 2 the yes of 3
        (r"(?<=# )mee(?= # | _ | _$|$)", Cat.HEDGE, 0),
        # "Ik zie geen reden om 2 te weigeren": a double negative around the item, a yes the
        # clause grammar cannot scope — never the no of "weigeren"; the worker reads it
        (r"(?:geen|no) (?:enkele |goede |any |good )?(?:reden|reason) (?:om|tot|to|why)", Cat.HEDGE, 0),
        (r"(?:i )?(?:do )?not know", Cat.HEDGE, 0),
        (r"(?:niet|not) (?:beslissen|kiezen|decide|decided|choose)", Cat.HEDGE, 0),
        (r"(?:nog niet|not yet)", Cat.HEDGE, 0),
        (r"maakt (?:me |mij |ons |het )?(?:niet|niets) uit|boeit (?:me |mij )?niet|zal wel|"
         r"whatever|(?:does )?not matter|not care", Cat.HEDGE, 0),
        (r"(?:snap|begrijp|snappen|begrijpen|understand|understood|get) (?:het |er |dit |dat |"
         r"it |this |that )?(?:nog |echt |helemaal |niet helemaal )?(?:niet|not|niks|nothing)|"
         r"(?:niet|not) (?:snap|begrijp|understand|get it)|snap er niks van", Cat.HEDGE, 0),
        (r"ben (?:er )?(?:nog )?niet uit", Cat.HEDGE, 0),
        # reluctance, no answer: "alleen de bakkerij vind ik wat minder" is no plain yes
        (r"(?:wat|iets|een beetje|een stuk|veel) minder|minder (?:leuk|fijn|prettig|blij|"
         r"enthousiast|happy|keen)", Cat.HEDGE, 0),
        (r"bel (?:je |u |jullie )?(?:nog|even|morgen|straks|later|terug)|ik bel|bel ik|"
         r"(?:bel|belt) (?:me|mij|ons) (?:eerst|even|wel|dan|maar|nog)|"
         r"(?:eerst|even) (?:bellen|overleggen|praten)|(?:call|contact) me (?:first|before)",
         Cat.HEDGE, 0),
        (r"kom (?:er |hier )?(?:nog )?(?:even )?(?:op )?terug", Cat.HEDGE, 0),
        (r"laat (?:het |ik |u |je |jullie )?(?:nog |later |even |morgen )*weten", Cat.HEDGE, 0),
        (r"(?:call|phone) you|get back|let you know|think about|talk (?:to|with)", Cat.HEDGE, 0),
        # someone else's answer, reported ("mijn moeder zegt nee maar ik wil wel"): whose is it?
        # an example, not an answer ("bijvoorbeeld: 1 ja, 2 nee" is our own request's text)
        (r"bijvoorbeeld|bijv|bv|for example|for instance", Cat.REPORTED, 0),
        (r"zegt|says|(?:mijn|m'n|zijn|haar|onze|my|his|her|our) (?:moeder|vader|mama|papa|zoon|"
         r"dochter|man|vrouw|partner|ouders|ex|mother|father|mom|mum|dad|son|daughter|husband|"
         r"wife|parents) (?:vindt|vind|wil|wilt|willen|wants|thinks|zei|said|schreef|appte|appt|"
         r"stuurde|antwoordde|wrote|texted|sent)|(?:sms|smsje|sms'je|appje|app|bericht|berichtje|"
         r"message|text|reply) (?:van|from) (?:mijn|m'n|zijn|haar|onze|my|his|her|our) "
         r"(?:moeder|vader|mama|papa|man|vrouw|partner|ouders|ex|mother|father|mom|mum|dad|"
         r"husband|wife|parents)"
         # someone else must give it: "mijn ex moet ook toestemming geven", "de toestemming
         # moet mijn ex geven" — whose answer is this?
         r"|(?:(?:mijn|m'n|zijn|haar|onze|de|my|his|her|our|the) )?(?:ex _ |ex )?(?:ex|man|vrouw|moeder|vader|"
         r"mama|papa|partner|ouders|andere ouder|mother|father|mom|mum|dad|husband|wife|"
         r"parents|other parent) (?:moet|moeten|mag|mogen|hoeft|must|should|needs to|has to)"
         r"|(?:moet|moeten|mag|hoeft) (?:mijn|m'n|zijn|haar|de) (?:ex|man|vrouw|moeder|"
         r"vader|partner|ouders|andere ouder)"
         # agreeing with someone else's answer ("zie de mail van mijn man, ik ben het met hem
         # eens", "I agree with my wife"): that answer is not in this message
         r"|(?:met|with) (?:hem|haar|hen|him|her|them|(?:mijn|m'n|zijn|onze|my|his|our) "
         r"(?:man|vrouw|partner|moeder|vader|ex|ouders|husband|wife|mother|father|parents)) "
         r"(?:eens|mee eens)|(?:eens|agree|akkoord) (?:met|with) (?:hem|haar|hen|him|her|them|"
         r"(?:mijn|m'n|zijn|onze|my|his|our) (?:man|vrouw|partner|moeder|vader|ex|ouders|"
         r"husband|wife|mother|father|parents))|sluit (?:me|mij|ik me|ik mij) aan bij"
         r"|(?:zie|see) (?:de |het |the )?(?:mail|e-mail|email|bericht|antwoord|message|reply|"
         r"answer) (?:van|from|of)", Cat.REPORTED, 0),
        # another person as the one who consents: "mijn man gaat akkoord, ik niet", "mijn ex
        # geeft geen toestemming", "de vader van Sam is het er niet mee eens" — their answer,
        # told; the sender's own is another ("ik niet" read as all yes was a yes nobody gave)
        (r"(?:mijn|m'n|zijn|haar|onze|de|my|his|her|our|the) (?:ex|man|vrouw|moeder|vader|"
         r"mama|papa|partner|ouders|andere ouder|mother|father|mom|mum|dad|husband|wife|"
         r"parents|other parent)(?: van [^ ]+)? (?:gaat|gaan|geeft|geven|heeft|hebben|is het|"
         r"is er|is akkoord|is tegen|zijn het|zijn akkoord|agrees|agree|gives|give|has|does|"
         r"did|is against|is fine|is ok|is okay)", Cat.REPORTED, 0),
        # a name or "hij"/"zij" as the one who agrees, the verb in the third person ("Sam gaat
        # akkoord", "hij is het er mee eens"; the sender's own is "ga", "ben", "geef"): the
        # young person's answer, told — read as the sender's yes to all, a yes nobody gave
        (r"(?!(?:ik|wij|we|ja|nee|dat|dit|het|alles|allemaal|u|jij|je|jullie|ok|oke|prima|en|"
         r"maar|dus|i|it|that|this|yes|no|everything|all)(?= ))[^ ]+ (?:gaat (?:ook |wel |hier |"
         r"daar |er )?(?:mee )?akkoord|is het (?:er |hier |daar )?(?:ook |wel |helemaal )?"
         r"(?:mee |ermee |hiermee |daarmee )?eens|geeft (?:ook |wel )?toestemming|agrees)",
         Cat.REPORTED, 0),
        # a yes for a while only ("voor nu ja", "alleen dit schooljaar"): a condition
        (r"voor (?:nu|het moment|even)|for (?:now|the time being|the moment)|(?:alleen |only )?"
         r"(?:dit|this) (?:jaar|schooljaar|year|school year|semester)", Cat.COND, 0),
        # a yes for a time of one's own ("akkoord voor 2 maanden", "OK for 1 year"): the
        # request says how long; a shorter time is a condition, not that request's yes
        (r"(?:voor|for|gedurende|during|nog) (?:(?:een|één|one|a|#|twee|drie|vier|vijf|zes|two|"
         r"three|four|five|six|half|halve|paar|few|couple of) )?(?:jaar|jaren|maand|maanden|week|"
         r"weken|dag|dagen|year|years|month|months|week|weeks|day|days|schooljaar|schooljaren)",
         Cat.COND, 0),
        # "Is het verplicht? Zo niet, dan nee": an answer that waits for the answer to a question
        (r"zo (?:niet|ja|nee)|zoniet|if (?:not|so)", Cat.COND, 0),
        (r"lijkt (?:me|mij) (?:wel|van wel)|i (?:guess|suppose) so", Cat.HEDGE, 0),
        # "1 ja, 2 nee. Of eigenlijk andersom.": the answers as written mean the opposite
        (r"andersom|omgekeerd|vice versa|(?:the )?other way (?:a)?round|the reverse",
         Cat.HEDGE, 0),
        # the whole message taken back after its answers: "1 ja 2 ja 3 ja. Laat maar.",
        # "Ik heb me bedacht", "Vergeet dit bericht maar", "toch maar even niet" — the yeses
        # above it were read as given (a yes nobody gave); "laat maar weten" is no such thing
        # Spoken particles may stand inside and after it ("Ik heb me toch bedacht", "Laat het
        # maar zitten hoor"): the same take-back (review20 found both read as the yeses).
        (rf"laat (?:het |dat |dit |alles )?{_PRT}maar(?: {_PRT}zitten)?{_PRT_END}(?= _| ?$)|"
         r"vergeet (?:dit|deze|mijn|die) (?:bericht|"
         r"mail|e-mail|email|antwoord|mailtje)(?: maar)?|"
         rf"vergeet (?:het|dit|dat) {_PRT}maar{_PRT_END}(?= _| ?$)|"
         rf"(?:ik )?heb (?:me|mij) {_PRT}(?:anders )?bedacht|(?:ik )?bedenk (?:me|mij)(?= _| ?$)|"
         rf"(?:ben|zijn) {_PRT}van gedachten veranderd|(?:toch )?maar (?:even|eventjes) niet|"
         r"toch (?:even|eventjes) niet|never ?mind|forget (?:this|that|my)(?: (?:message|mail|"
         r"e-mail|email|answer))?|(?:just )?forget (?:about )?it(?= _| ?$)|"
         r"(?:(?:i'?ve|i have|i) )?(?:actually |just |kind of |kinda )?changed my mind",
         Cat.HEDGE, 0),
        # -- looks like an answer, is not -----------------------------------------------------
        # ("Alles goed behalve 2" is an answer: an exception follows)
        (r"alles goed(?! (?:_ )?(?:behalve|except|excluding|uitgezonderd|min) )|alles oke|"
         r"hoe gaat het|how are you|hope you(?: are|'re)? (?:well|fine)", Cat.NEUTRAL, 0),
        (r"als ik het (?:goed )?(?:begrijp|heb begrepen|snap)|if i understand(?: correctly)?",
         Cat.NEUTRAL, 0),
        (r"ten eerste|first of all|in de eerste plaats|(?:de |het )?eerste keer|nog eens",
         Cat.NEUTRAL, 0),
        (r"zoals gevraagd|as requested|bij deze", Cat.NEUTRAL, 0),
        # "Alles ja, bel me gerust als er vragen zijn": the "als" is for calling, no condition
        # on the answer (it left every item unclear). Only where the sentence ends with it:
        # "als u vragen heeft over de school, dan nee" is a condition.
        (r"(?:(?:als|indien|mocht|mochten) (?:er|u|je|jij|jullie) (?:nog )?(?:verdere |meer |"
         r"andere |eventuele )?vraag (?:zijn|is|heeft|hebt|hebben)|(?:bij|voor) (?:verdere |"
         r"eventuele |nog )?vraag|if (?:you have|there are) (?:any )?(?:further )?question|in "
         r"case of (?:any )?question)(?=(?: _)*$)",
         Cat.NEUTRAL, 0),
        # "Oh ja, vergeten: 1 ja 2 nee", "nou ja": an interjection ("oh right", "oh well"),
        # not a yes to every item that a "2 nee" then contradicts
        (r"(?:oh|o|ah|och|nou) ja|oja", Cat.NEUTRAL, 0),
        # "Oh nee wacht, 2 toch niet", "Of nee, 3 ook nee": the "nee" of someone who corrects
        # herself, no answer (the correction after it is; answers.py lets it win)
        (r"(?:(?:oh|o|ah|och|nou|oei|oeps) )?(?:nee|neen|no)(?= (?:_ )?(?:wacht|wait) )|"
         r"^of (?:nee|neen)(?= _)", Cat.NEUTRAL, 0),
        # "Ik wil eerst zeggen dat ...", "eerst even dit": the story comes first, no
        # condition that waits for something (that "eerst" spread doubt over the answers after)
        (r"(?:wil|wilde|moet|wou) (?:ik )?(?:(?:even|nog) )?eerst (?:(?:even|nog|wel) )?"
         r"(?:zeggen|vertellen|kwijt|melden|opmerken|laten weten|iets zeggen|iets vragen|vragen)"
         r"|eerst (?:(?:even|nog) )?(?:dit|iets anders|een vraag|een opmerking|iets)(?= _|$)"
         r"|first (?:i want to|i would like to|let me) (?:say|mention|tell|ask)",
         Cat.NEUTRAL, 0),
        # Stopping or cancelling something else is no withdrawal: "stop maar met bellen",
        # "please stop calling me", "de afspraak annuleren". (Matched on canonical words:
        # "stop", "stoppen" and "annuleren" are written "intrekken" here, "cancel" "withdraw".)
        (r"(?:intrekken|stopt|gestopt) (?:(?:maar|nu|aub|alsjeblieft|a\.u\.b|even) )*"
         r"(?:met|with) (?:het |de |mij |me )?(?:bellen|mailen|e-mailen|appen|smsen|sms'en|"
         r"sturen|school|roken|werken|stage|opleiding|calling|emailing|mailing|texting|"
         r"contacting|messaging)"
         r"|(?:intrekken|stopping) (?:calling|emailing|e-mailing|mailing|texting|contacting|"
         r"messaging|sending)"
         r"|(?:intrekken|withdraw) (?:(?:de|het|die|deze|the|my|"
         r"mijn|our|onze) )?(?:afspraak|afspraken|gesprek|meeting|appointment|les|bezoek|"
         r"visit|call)|(?:afspraak|afspraken|gesprek|meeting|les|bezoek) intrekken",
         Cat.NEUTRAL, 0),
        # The word "toestemming" as the topic of a sentence about something else is no yes:
        # "een vraag over de toestemming", "uw mail over toestemming", "het formulier voor
        # toestemming", "de toestemming ontvangen / gelezen".
        (r"(?:over|about|regarding|betreffende|omtrent|aangaande|inzake|concerning) "
         r"(?:(?:de|het|uw|jullie|je|the|your|this|dit|deze) )?(?:toestemming|consent|permission)"
         r"|(?:formulier|brief|mail|e-mail|email|bericht|vraag|uitleg|form|letter|message|"
         r"question) (?:om|voor|van|tot|over|for|of|about) (?:(?:de|het|the) )?"
         r"(?:toestemming|consent|permission)"
         r"|(?:toestemming|consent|permission|akkoord)(?:sformulier|sverzoek|svraag)? "
         r"(?:ontvangen|gelezen|gezien|gekregen|doorgelezen|bekeken|received|read|seen)"
         # "thanks for asking for my consent", "the consent form", "your consent request"
         r"|(?:asking|ask|asked|vragen|vraagt|vroeg|gevraagd) (?:for|om|naar) "
         r"(?:(?:my|your|the|mijn|uw|de|jullie) )?(?:consent|permission|toestemming)"
         r"|(?:consent|permission) (?:form|request|letter|mail|email|e-mail|message)",
         Cat.NEUTRAL, 0),
        # Consent given before, to something before ("vorig jaar al toestemming gegeven",
        # "already gave consent"): is it this request's yes? The worker asks.
        # (No repeated group here: this pattern is tried at every word of every sentence.)
        (r"(?:vorig jaar|vorige keer|eerder|al eens|toen|al)(?: al| eerder)? "
         r"(?:(?:mijn|de) )?(?:toestemming|akkoord) (?:gegeven|gegaan)"
         r"|(?:gave|given|signed) (?:(?:my|the) )?(?:consent|permission) (?:last year|before|"
         r"previously|already|earlier)|already (?:gave|given|signed) (?:(?:my|the) )?"
         r"(?:consent|permission)",
         Cat.HEDGE, 0),
        # "niet alleen 1 maar ook 2": "not only" adds, it neither negates nor restricts
        (r"(?:niet|not) (?:alleen|enkel|slechts|only|just)", Cat.NEUTRAL, 0),
        # "vanaf nu niets meer delen": from now on is when a withdrawal starts, no condition
        (r"vanaf (?:nu|vandaag|heden)|per (?:direct|heden|vandaag)|from now on|"
         r"(?:as of|from) (?:now|today)|met (?:directe )?ingang(?: van (?:nu|vandaag))?",
         Cat.NEUTRAL, 0),
        (r"(?:geen|no) (?:verdere |andere |further |other )?(?:vraag|question|"
         r"opmerkingen|comments)|geen dank|no worries|geen zorgen|(?:geen|no) (?:haast|rush|"
         r"hurry)", Cat.NEUTRAL, 0),
        # "eens" as "once": "omdat hij daar al eens weg is gegaan" agrees with nothing
        (r"(?:al|nog|ooit) eens|eens (?:per|in de|in het)", Cat.NEUTRAL, 0),
        # "Wij zijn het allebei eens: 1 ja 2 nee": the parents agree with each other, the
        # answer follows ("eens met 1 en 3" stays a yes for 1 and 3)
        (r"(?:wij|we|ze|zij|jullie) (?:zijn|waren) (?:het )?(?:(?:er|allebei|beiden|beide|"
         r"samen|helemaal|over) )*eens(?: met elkaar| over)?(?= _)", Cat.NEUTRAL, 0),
        # "als moeder geef ik toestemming": a role, not a condition
        (r"als (?:zijn |haar |de |zijn |hun )?(?:moeder|vader|ouder|ouders|voogd|verzorger|"
         r"verzorgers|mentor|jongere|gezaghebbende|pleegouder|pleegmoeder|pleegvader)|as (?:his |"
         r"her |the |a )?(?:mother|father|parent|parents|guardian)", Cat.NEUTRAL, 0),
        # -- double negatives that mean yes ---------------------------------------------------
        (r"(?:geen|no|not|niet) (?:enkel |enkele |een |any |a |het minste )?(?:bezwaar|objection)"
         r"(?: (?:er |daar )?(?:tegen|against))?", Cat.AGREE, 1),
        (r"(?:geen|no|not) (?:enkel |een |any |a |big )?(?:probleem|problemen|problem|problems|"
         r"issue|issues|moeite)", Cat.AGREE, 1),
        (r"(?:niets|nothing) (?:op |er op |ertegen |erop )?(?:tegen|against)|zonder bezwaar",
         Cat.AGREE, 1),
        (r"(?:niet|not) (?:tegen|against)", Cat.AGREE, 1),
        # "natuurlijk niet erg": not "natuurlijk niet" (a no) and a stray "erg"
        (r"(?:(?:natuurlijk|echt|helemaal|totaal|absoluut|zeker|toch) )?(?:niet|not) (?:zo |heel )?"
         r"erg(?= _| hoor| om| als| dat|$)|not mind", Cat.FINE, 1),
        # "geen punt" is "no problem" (never before an item: "geen punt 2" is a no for 2)
        (r"(?:geen|no) punt(?= _|$| hoor| van)", Cat.AGREE, 1),
        (r"waarom niet|why not", Cat.FINE, 1),
        # -- plain no and yes in more than one word -------------------------------------------
        (r"(?:toestemming|consent|permission) (?:is |wordt |word )?(?:weiger|refuse|decline)|"
         r"(?:weiger|refuse|decline) (?:ik |i )?(?:mijn |de |my |the )?(?:toestemming|consent|"
         r"permission)", Cat.NO, -1),
        # "2 toch maar niet", "dan liever niet": a no after all
        (r"(?:toch|dan) (?:maar |liever )?(?:niet|nie)(?= _|$| voor| naar| aub| graag| hoor)|"
         r"liever (?:niet|not)|(?:rather|prefer) not|doe (?:het )?maar niet|slecht idee|"
         r"bad idea|(?:nee|no) (?:thanks|thank you|bedankt|dank je|dank u|"
         r"dankjewel|dankuwel|thx)|no way|zeker niet|echt niet|absoluut niet|helemaal niet|"
         r"totaal niet|natuurlijk niet|not at all|absolutely not|definitely not|certainly not|"
         r"of course not|(?:no|geen) (?:consent|permission|toestemming)|geen van (?:beide|beiden|"
         r"allen|allebei|alle|de twee|de onderdelen)|none of (?:them|these|the parts|both)",
         Cat.NO, -1),
        (r"disagree|disagreed|oneens", Cat.NO, -1),
        (r"(?:all|each|both) of (?:them|these|those|it)", Cat.ALL, 0),
        (r"liever wel|zeker weten|of course|go ahead|doe maar|ga je gang|ga uw gang|in orde",
         Cat.FINE, 1),
        (r"stem (?:er |ermee |hier |hiermee |daar |daarmee )?(?:mee )?in|stemmen in", Cat.AGREE, 1),
        # -- the unedited template ------------------------------------------------------------
        (r"(?:ja|yes|j|y) (?:/ |of |or )(?:nee|no|n)|(?:nee|no|n) (?:/ |of |or )(?:ja|yes|j|y)",
         Cat.EITHER, 0),
        # -- links ----------------------------------------------------------------------------
        (r"met uitzondering van|apart from|other than|except for", Cat.EXCEPT, 0),
        (r"wat betreft|as for", Cat.FOR, 0),
        (r"stop(?:pen)? met (?:het )?delen|stop sharing", Cat.WITHDRAW, 0),
        # Undoing the consent itself: "verwijder mijn toestemming", "ik neem mijn toestemming
        # terug", "ik zeg mijn toestemming op", "mijn toestemming vervalt / geldt niet meer",
        # "remove / take back my consent", "opt out" — never the yes of the word "toestemming".
        (r"(?:verwijder|verwijderen|verwijdert|stopzetten|stopzet|schrap|schrappen|opheffen|"
         r"remove|delete|retract|rescind|take back|opt out of|opt-out of) "
         r"(?:(?:mijn|m'n|de|onze|die|deze|het|my|the|our|this|that|all|alle) )?"
         r"(?:toestemming|consent|permission|akkoord)"
         r"|(?:toestemming|consent|permission) (?:vervalt|vervallen|stopzetten|verwijderen|"
         r"intrekken|laten vervallen|(?:geldt|gelden|is|telt) (?:niet|nie) (?:meer|langer))"
         r"|(?:neem|neemt|nemen|zeg|zegt|zeggen) (?:(?:mijn|m'n|de|onze|het) )?"
         r"(?:toestemming|akkoord) (?:terug|op)"
         r"|take (?:my |the |our )?(?:consent|permission) back|opt(?:ing)? ?-?out"
         # "mijn toestemming niet verwijderen": the verb alone, so "niet" negates the undoing
         r"|(?<=toestemming niet )(?:verwijderen|stopzetten|terugnemen|opzeggen|laten vervallen)",
         Cat.WITHDRAW, 0),
        # No longer: "ik wil niet meer dat jullie delen", "niets meer delen", "I do not want
        # this anymore" withdraw what was given; not "ik wil niet meer stoppen" (a negated
        # withdrawal, read as one) nor "niet meer dan nodig".
        (r"(?:(?:ik|we|wij|i) (?:wil|wilt|willen|want)|(?:wil|willen) (?:ik|we|wij)) "
         r"(?:het |dit |dat |it |this |that )?(?:niet|not|geen) "
         r"(?:meer|langer|anymore|any more)(?= _|$| dat| that)"
         r"|(?:niet|niets|geen|not|nothing) (?:meer|langer|anymore|any more|no longer) "
         r"(?:delen|share|doorgeven|doorsturen|sturen|gebruiken|use|geven|give)"
         r"|no longer (?:share|agree|consent|want)"
         # "ik wil niet meer meedoen", "ik doe niet meer mee": no longer taking part
         r"|(?:niet|not|geen) (?:meer|langer|anymore|any more) (?:meedoen|mee doen|deelnemen|"
         r"participate|take part|aan meedoen)|doe (?:ik )?(?:niet|nie) (?:meer|langer) mee",
         Cat.WITHDRAW, 0),
    )
)  # fmt: skip

# All phrases as one pattern, in the order above: one pass over a sentence finds them all,
# leftmost first (at one place the earlier phrase wins).
# The word-start and word-end checks stand once around all phrases, not in each: the same
# matches (a phrase that does not end at a word end still gives way to the next one), but
# the start is checked once per position instead of once per phrase.
PHRASE_PATTERN = re.compile(
    _W
    + "(?:"
    + "|".join(
        f"(?P<p{k}>{pattern.pattern[len(_W) + 3 : -len(_E) - 1]})"
        for k, (pattern, *_) in enumerate(PHRASES)
    )
    + ")"
    + _E
)
