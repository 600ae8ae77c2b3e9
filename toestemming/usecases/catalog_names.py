"""Catch-all names in the catalog: "Alle instanties", "Alle gegevens", "Het hele dossier".

Consent is specific (DOMAIN rule 2; seed 000: say *which* data *with whom*; seed 004: not "het
hele dossier"). Every item a young person answers is purpose × recipient × categories taken
from the catalog, so a recipient called "Alle instanties" or a category called "Alle gegevens"
turns every "ja" given on it into the generic "we may share" the law calls invalid — and the
check before sharing would then let anything through. Such names are refused where they enter
the catalog (added, renamed, translated), in the worker's words: name the organisation, the
kind of data, the purpose.

Only the *whole* name counts, read as words: "Alle instanties" and "Overige partijen" are
refused, "Alle stageplaatsen van dit jaar" or "Gemeente Utrecht, alle afdelingen Werk" are
not our business (a worker who names something has named it). A name of generic words alone
is refused too, with or without "alle" (review27: "Betrokken instanties", "Ketenpartners",
"Persoonsgegevens", "Voor alle doelen"); one word that names something lets it in
("Algemeen Maatschappelijk Werk", "Partners in Jeugd").
"""

from __future__ import annotations

import re
import unicodedata

from ..errors import ValidationError
from . import catalog_names_other as other


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Cyrillic and Greek letters that look like Latin ones (the reader sees "Alle instanties" in
# "Аlle instanties" with a Cyrillic А): read as the Latin letter before the rules look, so a
# look-alike does not slip a catch-all in (atk26). A genuine Cyrillic or Greek name keeps
# letters outside this table and never reads as a Dutch or English catch-all.
_LOOK_ALIKES = str.maketrans(
    "АВЕКМНОРСТХІЈЅҮаеорсухіјѕԁһӏԛԝѵΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοικνρυχ",
    "ABEKMHOPCTXIJSYaeopcyxijsdhlqwvABEZHIKMNOPTYXaoikvpux",
)


# Letters the rules fold after case-folding so spellings read alike: Turkish dotless ı and
# Polish ł (no accent to strip), Arabic alef maqsura and ta marbuta, the tatweel that only
# stretches a word (cases24).
_FOLDED = str.maketrans({"ı": "i", "ł": "l", "ى": "ي", "ة": "ه", "\u0640": None})


def _fold(text: str) -> str:
    # Invisible format characters: a soft hyphen or joiner inside a word is dropped, a
    # zero-width space between words reads as a space.
    spaced = text.replace("\u200b", " ")
    visible = "".join(ch for ch in spaced if unicodedata.category(ch) != "Cf")
    plain = unicodedata.normalize("NFKD", visible.translate(_LOOK_ALIKES).casefold())
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).translate(_FOLDED)


def _split(folded: str) -> list[str]:
    # An underscore joins words ("Alle_gegevens"), it never makes a name.
    return re.findall(r"[^\W_]+(?:-[^\W_]+)*", folded)


def _other(words: str) -> frozenset[str]:
    return frozenset(_split(_fold(words)))


# Words that make a name mean "whatever / whoever": a quantifier followed by nothing but
# generic nouns (and fillers), or one of the whole names below.
_QUANTIFIERS = _set(
    "alle al elke elk iedere ieder overige overig andere diverse verschillende allerlei "
    "allerhande alles all any every other various everything"
) | _other(other.QUANTIFIERS)
_ALONE_MAY_NAME = _set("al") | _other(other.ALONE_MAY_NAME)
# Words before the quantifier that name nothing ("Voor alle doelen"), and the small words
# after it ("Alles uit het dossier").
_PREPOSITIONS = _set("voor met aan naar uit over in bij for with to from about of") | _other(
    other.PREPOSITIONS
)
_FILLERS = _set(
    "de het een the a an van of en and or mijn je jouw uw zijn haar your my our onze "
    "relevante relevant betrokken betrokkene benodigde nodige mogelijke andere overige "
    "externe interne needed necessary possible relevant external internal"
) | _other(other.FILLERS)
# After a quantifier, marks that name nothing either: a year or number ("Alle instanties 2025",
# "1. Alle partijen"), "enz.", "e.d.", "(oud)", "(nieuw)", "en anderen" (review29: each let a
# catch-all into the catalog). Only around a quantifier: "Partners 2000" alone is a name.
_LABELS = _set(
    "enz enzovoort etc etcetera ed oud oude nieuw nieuwe anderen overig divers diversen "
    "old new others misc miscellaneous"
) | _other(other.LABELS)


def _label(word: str) -> bool:
    return (
        word in _LABELS
        or len(word) == 1
        or word.replace("-", "").isdigit()
        or (word[0] == "v" and word[1:].isdigit())
    )


def _numbered(rest: list[str]) -> bool:
    """A label before a quantifier ("1. Alle partijen", "A. Alle instanties")."""
    return len(rest) > 1 and _label(rest[0]) and rest[1] in _QUANTIFIERS


_RECIPIENT_NOUNS = _set(
    "instantie instanties organisatie organisaties partij partijen ontvanger ontvangers "
    "betrokkenen hulpverleners hulpverlening instellingen instelling derden partners "
    "ketenpartners samenwerkingspartners netwerkpartners afdelingen bedrijven personen "
    "professionals recipients recipient organisations organizations organisation organization "
    "parties party agencies agency partners departments institutions third-parties"
) | _other(other.RECIPIENT_NOUNS)
_DATA_NOUNS = _set(
    "gegevens persoonsgegevens informatie info data details documenten dossier dossiers "
    "stukken information documents records files"
) | _other(other.DATA_NOUNS)
_PURPOSE_NOUNS = _set("doelen doeleinden doel redenen purposes purpose reasons") | _other(
    other.PURPOSE_NOUNS
)
_WHOLE = frozenset(
    {
        "alles",
        "iedereen",
        "derden",
        "diversen",
        "divers",
        "overig",
        "overige",
        "algemeen",
        "everything",
        "everyone",
        "everybody",
        "anyone",
        "anything",
        "miscellaneous",
        "general",
        "third parties",
        "iedereen die het nodig heeft",
        "wie het nodig heeft",
        "waar nodig",
        "indien nodig",
        "algemene doelen",
        "algemene doeleinden",
        "alles wat nodig is",
    }
) | frozenset(" ".join(_split(_fold(name))) for name in other.WHOLE)
# "Het (hele / volledige) dossier": the whole file is no category of data.
_WHOLE_FILE = _set(
    "het hele gehele volledige volledig complete compleet totale the whole full complete entire "
    "leerlingdossier studentdossier dossier file record"
) | _other(other.WHOLE_FILE)
_FILE_NOUNS = _set("dossier leerlingdossier studentdossier file record") | _other(other.FILE_NOUNS)
# Whose file it is adds nothing ("Het complete dossier van de leerling").
_FILE_OWNERS = _set("leerling student jongere deelnemer client pupil")

# Any generic noun of any kind: "Alle gegevens" as a recipient is as empty as a category.
_ANY_NOUN = _RECIPIENT_NOUNS | _DATA_NOUNS | _PURPOSE_NOUNS
# Without a quantifier only a group or mass counts ("Ketenpartners", "Persoonsgegevens"): one
# "Doel" or "Organisatie" says little, but not "everyone", and a department "Hulpverlening" is
# one department.
_GROUP_ONLY = (
    _ANY_NOUN
    - _set(
        "instantie organisatie partij ontvanger instelling hulpverlening recipient organisation "
        "organization party agency doel purpose"
    )
    - _other(other.ONE_OF_THEM + " " + other.DATA_NOUNS + " " + other.PURPOSE_NOUNS)
)


def _words(text: str) -> list[str]:
    return [_base(w) for w in _split(_fold(text))]


# Every word of the other languages' lists, for _base: an ending or an attached article is
# only taken off when what remains is one of them.
_OTHER_WORDS = _QUANTIFIERS | _FILLERS | _ANY_NOUN | _WHOLE_FILE | _other(" ".join(other.WHOLE))
_ARABIC_PREFIXES = tuple(_split(_fold("وال بال فال كال لل ال و ل ب ف")))
_TURKISH_STEMS = _other(other.TURKISH_STEMS)
_TURKISH_ENDINGS = tuple(sorted(_other(other.TURKISH_ENDINGS), key=len, reverse=True))


def _base(word: str) -> str:
    """The word as the lists hold it: Arabic "الجهات"/"لجميع" → "جهات"/"جميع" (the article or
    preposition written onto the word), Turkish "kurumlarla" → "kurumlar" (a case ending)."""
    if word in _OTHER_WORDS:
        return word
    if "\u0600" <= word[0] <= "\u06ff":
        for prefix in _ARABIC_PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 2 and rest in _OTHER_WORDS:
                return rest
        return word
    for ending in _TURKISH_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 4 and stem in _TURKISH_STEMS:
            return stem
    return word


def is_catch_all(text: str, kind: str, *, department: bool = False) -> bool:
    """True when `text` names no one/nothing in particular for a catalog entry of `kind`
    ("recipient", "category", "purpose"). `department`: the department of a named
    organisation, whose own name may well be a generic word ("Bedrijven", "Informatie")."""
    words = _words(text)
    if "-" in text and not _catch_all_words(words, kind, department):
        # Words joined by hyphens ("Alle-instanties", "Het-hele-dossier") read as words too.
        words = _words(text.replace("-", " "))
    return _catch_all_words(words, kind, department)


def _catch_all_words(words: list[str], kind: str, department: bool) -> bool:
    if not words:
        return False
    if " ".join(words) in _WHOLE:
        # (A named organisation's department "Algemeen" is its general desk, one department.)
        return not (department and " ".join(words) in ("algemeen", "general"))
    whole_file = _WHOLE_FILE | _FILLERS | _FILE_OWNERS
    if kind == "category" and set(words) <= whole_file and set(words) & _FILE_NOUNS:
        return True
    rest = [w for w in words if w not in _FILLERS or w in _QUANTIFIERS]
    while rest and (rest[0] in _PREPOSITIONS or _numbered(rest)):
        rest = rest[1:]  # ("Voor alle doelen", "1. Alle partijen"; "3 Gemeenten" stays a name)
    if not rest:
        return False
    if rest[0] not in _QUANTIFIERS:
        # Generic nouns alone (after fillers): "Betrokken instanties", "Ketenpartners".
        return not department and all(w in _GROUP_ONLY for w in rest)
    tail = [w for w in rest[1:] if w not in _FILLERS and w not in _PREPOSITIONS and not _label(w)]
    if not tail:  # "Alle", "Alle andere": nothing named ("Al", "Her" alone may be a name)
        return rest[0] not in _ALONE_MAY_NAME
    return all(w in _ANY_NOUN for w in tail)


def refuse_catch_all(text: str, kind: str, field: str) -> None:
    """A clear Dutch message and nothing written when a catalog name is a catch-all."""
    if is_catch_all(text, kind, department=field == "department"):
        raise ValidationError(message_id=f"error-catalog-catch-all-{kind}", field=field)


# In an explanation (a purpose's, a category's, a recipient's description) the catch-all is a
# phrase, not the whole text: "we delen je gegevens met iedereen die het nodig heeft". Only
# positive uses count: "niet met alle instanties" or "never for any purpose" is no catch-all
# (a no within the five words before, in the same sentence or clause: "Geen bezwaar? Dan delen
# we met alle instanties" is one; "niet alleen" — not only — is no no; review27). "Other
# purposes" is left alone: it is how a text says what it will *not* be used for.
_GROUP_NOUNS = "|".join(
    sorted(_RECIPIENT_NOUNS - _set("recipient organisation organization party agency"))
)
_CATCH_ALL_PHRASES = (
    r"(?:met|aan) iedereen die",
    r"iedereen die (?:dat|het) nodig heeft",
    r"wie (?:dat|het) nodig heeft",
    r"(?:met|aan|naar) alle (?:betrokken |andere |relevante |externe )?(?:" + _GROUP_NOUNS + ")",
    r"alle betrokken (?:instanties|organisaties|partijen)",
    r"(?:met|aan|naar) (?:andere )?derden",
    r"al (?:je|jouw|uw) gegevens",
    r"(?:je|jouw|uw|het) (?:hele|gehele|volledige|complete) dossier",
    r"voor alle (?:doelen|doeleinden)",
    r"voor (?:elk|ieder) doel",
    r"with (?:anyone|everyone|anybody|everybody) who",
    r"with all (?:other )?(?:" + _GROUP_NOUNS + ")",
    r"(?:with|to) (?:other )?third(?: |-)parties",
    r"all (?:of )?your (?:data|details|information)",
    r"your (?:whole|entire|complete|full) (?:file|record)",
    r"for (?:any|all) purposes?",
)
_PHRASE = re.compile(r"\b(?:" + "|".join(_CATCH_ALL_PHRASES + other.PHRASES) + r")\b")
_NEGATION = _set("niet geen nooit niets not never no nothing") | _other(other.NEGATIONS)
# "niet alleen …, maar" — not only
_NOT_A_NO = _set("alleen enkel slechts only just") | _other(other.NOT_A_NO)
_NEGATED_VERB = re.compile(other.NEGATED_VERB)
_CLAUSE_END = re.compile(r"[.!?;:,()\[\]\n]+")


def catch_all_phrase(text: str) -> str | None:
    """The first catch-all phrase in an explanation (as written, folded), or None."""
    for clause in _CLAUSE_END.split(text):
        plain = " ".join(_words(clause))
        for found in _PHRASE.finditer(plain):
            before = plain[: found.start()].split()[-5:]
            after = plain[found.end() :].split()[:3]  # "tüm kurumlarla paylaşmıyoruz"
            if not _negated(before) and not any(_NEGATED_VERB.search(w) for w in after):
                return found.group(0)
    return None


def _negated(before: list[str]) -> bool:
    return any(
        w in _NEGATION and (i + 1 == len(before) or before[i + 1] not in _NOT_A_NO)
        for i, w in enumerate(before)
    )


def refuse_catch_all_text(text: str, field: str) -> None:
    """A clear Dutch message, naming the words, when an explanation shares with all/anyone."""
    found = catch_all_phrase(text)
    if found is not None:
        raise ValidationError(
            message_id="error-catalog-catch-all-text", params={"words": found}, field=field
        )
