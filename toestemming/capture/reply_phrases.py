"""The fixed phrases the reply reader knows: several words that together are one answer, one
doubt, or no answer at all ("weet ik nog niet", "geen bezwaar", "alles goed?", "laat maar").
(Split from reply_words, which holds the single words and their typos.)
"""

from __future__ import annotations

import re

from .reply_idioms import IDIOMS
from .reply_words import NUMWORDS, ORDINALS, Cat

# Fixed phrases, matched on the canonical words of a sentence joined by spaces (punctuation
# stands there as "_", a slash as "/"). Earlier patterns win; doubts come first so that
# "weet het niet" is never read as a "niet", and "geen bezwaar" never as a "geen".
_W = r"(?:^|(?<= ))"
# Spoken particles inside a fixed phrase ("heb me toch bedacht") and after it ("... hoor").
_PRT = r"(?:(?:toch|hoor|even|eventjes|maar|ook|gewoon|echt|eigenlijk|nou|nu|wel|dus|ff|alsnog) )*"
# ("~": an emoji, "Laat maar zitten 🙈")
_PRT_END = r"(?: (?:hoor|toch|dan|maar|ook|even|ff|nou|dus|gewoon|joh|~))*"
_E = r"(?= |$)"
# "geen vraag", "no question" as small talk — not before an item ("geen vraag 2", "no
# question two": not question 2, a no for that item; "#" stands for a number in digits),
# unless right after items ("1 en 3 no vraag 2 ja": their no, or no question? — reply_torn)
_ITEM_NEXT = (
    r"(?! (?:#|" + "|".join(sorted({*NUMWORDS, *ORDINALS} - {"een", "one", "bir"})) + r")(?: |$))"
)
_AFTER_ITEM = "|".join(f"(?<=# {a} {b})" for a in ("geen", "no") for b in ("vraag", "question"))
_NO_QUESTION = r"(?:geen|no) (?:verdere |andere |further |other )?(?:vraag|question)(?:"
_NO_QUESTION += _AFTER_ITEM + "|" + _ITEM_NEXT + ")"


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
        # "2 hangt ervan af", "2 ligt eraan": it depends (on what is not said)
        (r"hangt (?:er ?van|er|het) (?:van )?af|ligt (?:er ?aan|eraan|het eraan)|it depends",
         Cat.HEDGE, 0),
        # "1 ja, 2 mee, 3 ja": "mee" right after an item number is "nee" mistyped (m beside
        # n) or a word left out — never a link that hands 2 the yes of 3
        (r"(?<=# )mee(?= # | _ | _$|$)", Cat.HEDGE, 0),
        # "Ik zie geen reden om 2 te weigeren": a double negative around the item, a yes the
        # clause grammar cannot scope — never the no of "weigeren"; the worker reads it
        (r"(?:geen|no) (?:enkele |goede |any |good )?(?:reden|reason) (?:om|tot|to|why)", Cat.HEDGE, 0),
        (r"(?:i )?(?:do )?not know", Cat.HEDGE, 0),
        (r"(?:niet|not) (?:beslissen|kiezen|decide|decided|choose)", Cat.HEDGE, 0),
        # A reply to a reminder says sorry for being late: "nog niet gedaan", "nog niet aan
        # toegekomen", "had de mail nog niet gezien" — that is the answering, not the answer
        # put off (the "nog niet" doubt spread over every answer after it)
        # (Not where an item is named in the sentence: "2 nog niet gedaan" puts 2 off.)
        (r"(?<!# )(?:nog niet|not yet) (?:eerder |echt |helemaal )?(?:gedaan|aan toegekomen|"
         r"toegekomen|gelukt|beantwoord|gereageerd|ingevuld|teruggestuurd|opgestuurd|gestuurd|"
         r"gezien|gelezen|geantwoord|done|answered|replied|responded|seen|read|got round to it)"
         r"(?![^#]*#)", Cat.NEUTRAL, 0),
        (r"(?:nog niet|not yet)", Cat.HEDGE, 0),
        (r"maakt (?:me |mij |ons |het )?(?:niet|niets) uit|boeit (?:me |mij )?niet|zal wel|"
         r"whatever|(?:does )?not matter|not care", Cat.HEDGE, 0),
        # ("2 snap ik niet": the subject after the verb too — it was read as a no for 2)
        (r"(?:snap|snapt|snapte|begrijp|begrijpt|begreep|snappen|begrijpen|understand|"
         r"understood|get) (?:ik |we |wij |je |u )?(?:het |er |dit |dat |"
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
        # the same in the request's other languages: "eşim hayır diyor", "mon mari dit non",
        # "mój mąż mówi nie", "زوجي يقول لا" (each was read as the sender's own no to all)
        (r"diyor|diyorlar|dedi|soyledi|soyluyor|istemiyor|mowi|mowia|powiedzial|powiedziala|"
         r"uwaza|يقول|تقول|يقولون|قال|قالت|يرى|ترى|(?:mari|femme|epoux|epouse|conjoint|"
         r"conjointe|pere|mere|fils|fille|enfant) (?:dit|a dit|pense|veut|ne|n'est|est|trouve)",
         Cat.REPORTED, 0),
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
        # "yes, as long as my name is not used" (its "not" read as a no beside the yes)
        (r"(?:as|so) long as|subject to|on (?:the )?condition", Cat.COND, 0),
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
        # a yes, then "maar nu niet meer" / "but not anymore" at the end: that yes taken back
        # (s29: "ja voor 2, maar nu niet meer" read as a yes for 2)
        (r"(?:maar|but) (?:nu |now |inmiddels |toch )?(?:niet|nie|not) (?:meer|langer|anymore|"
         r"any more)(?= _ ?$|$)|(?:maar|but) (?:nu |now )?no longer(?= _ ?$|$)", Cat.HEDGE, 0),
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
        (_NO_QUESTION + r"|(?:geen|no) (?:verdere |andere |further |other )?(?:"
         r"opmerkingen|comments)|geen dank|no worries|geen zorgen|(?:geen|no) (?:haast|rush|"
         r"hurry)", Cat.NEUTRAL, 0),
        # "eens" as "once": "omdat hij daar al eens weg is gegaan" agrees with nothing
        (r"(?:al|nog|ooit) eens|eens (?:per|in de|in het)", Cat.NEUTRAL, 0),
        # "Wij zijn het allebei eens: 1 ja 2 nee": the parents agree with each other, the
        # answer follows ("eens met 1 en 3" stays a yes for 1 and 3)
        (r"(?:wij|we|ze|zij|jullie) (?:zijn|waren) (?:het )?(?:(?:er|allebei|beiden|beide|"
         r"samen|helemaal|over) )*eens(?: met elkaar| over)?(?= _)", Cat.NEUTRAL, 0),
        # "Net als vorig jaar: 1 ja 2 nee", "zelfde als vorige keer": a comparison, not a
        # condition (it left every answer after it unclear)
        (r"(?:net|precies|hetzelfde|zelfde|dezelfde|gelijk|same|just) (?:als|as|like)",
         Cat.NEUTRAL, 0),
        # "als moeder geef ik toestemming", "ik schrijf als zijn vader.": a role, not a
        # condition — but "ja als zijn vader akkoord is" is one (the role is the subject of a
        # clause of its own): a role only before a stop, "van", or a verb with its "ik"/"we"
        (r"(?:als (?:zijn |haar |de |zijn |hun )?(?:moeder|vader|ouder|ouders|voogd|verzorger|"
         r"verzorgers|mentor|jongere|gezaghebbende|pleegouder|pleegmoeder|pleegvader)|as (?:his |"
         r"her |the |a )?(?:mother|father|parent|parents|guardian))"
         r"(?= _|$| (?:van|of|ik|wij|we|i) | [^ ]+ (?:ik|wij|we|i)(?: |$))", Cat.NEUTRAL, 0),
        # -- double negatives that mean yes ---------------------------------------------------
        # ("no objection" in Arabic, Turkish, Polish, French, and negated again: reply_idioms)
        *IDIOMS,
        # ("object": "I do not object", "I'm not opposed")
        (r"(?:geen|no|not|niet) (?:enkel |enkele |een |any |a |het minste )?(?:bezwaar|objection|object)"
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
        # An item that may go: "2 mag weg", "2 mag eruit", "2 mag worden verwijderd", "2 graag
        # schrappen", "2 weglaten" — read as "mag"/"graag" it was a yes for the item struck
        # out (s33)
        # (right after an item in digits: "de gegevens mogen weg na een jaar" is no answer)
        (r"(?<=# )(?:(?:mag|mogen|kan|kunnen|moet|moeten|graag)(?: (?:je|u|jullie|er|wel|"
         r"ook|gewoon|gerust|van mij|maar))* (?:(?:worden|wordt) )?(?:weg|eruit|er uit|eraf|"
         r"er af|{struck})|{struck})(?: worden)?".format(
             struck="weglaten|weggelaten|schrappen|geschrapt|verwijderen|verwijderd|"
             "doorstrepen|doorgestreept"), Cat.NO, -1),
        (r"(?:all|each|both) of (?:them|these|those|it)", Cat.ALL, 0),
        (r"liever wel|zeker weten|of course|go ahead|doe maar|ga je gang|ga uw gang|in orde",
         Cat.FINE, 1),
        (r"stem (?:er |ermee |hier |hiermee |daar |daarmee )?(?:mee )?in|stemmen in", Cat.AGREE, 1),
        # -- the unedited template ------------------------------------------------------------
        (r"(?:ja|yes|j|y) (?:/ |of |or )(?:nee|no|n)|(?:nee|no|n) (?:/ |of |or )(?:ja|yes|j|y)",
         Cat.EITHER, 0),
        # -- links ----------------------------------------------------------------------------
        (r"met uitzondering van|apart from|other than|except for", Cat.EXCEPT, 0),
        # "all but 2 yes", "everything but 2": except — as a contrast it gave 2 the yes (s29)
        (r"(?:(?<=all )|(?<=everything )|(?<=anything ))but", Cat.EXCEPT, 0),
        (r"wat betreft|as for", Cat.FOR, 0),
        # a vote ("1 in favour 2 against"): reply_favour reads it
        (r"in (?:favour|favor)(?: of)?", Cat.FOR, 0),
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
