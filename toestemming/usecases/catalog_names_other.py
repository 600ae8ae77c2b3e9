"""The catch-all words of catalog_names.py in the languages families at the desk speak most
after Dutch and English: German, Turkish, Polish, French and Arabic (cases24).

A worker may type a purpose, a category or a recipient in the family's language; "alle
Behörden", "tüm kurumlar", "wszystkie instytucje", "toutes les organisations" or "جميع الجهات"
is as generic as "alle instanties" (DOMAIN rule 2, seed 000). The words are written here as
one writes them; catalog_names folds them (case, accents, ı/ł, Arabic hamza and tatweel) the
way it folds a name before it reads it, so "TÜM KURULUŞLARI" and "tüm kuruluşları" read alike.

Inflected forms are listed where a name or explanation would use them (German dative "allen",
Polish "wszystkim instytucjom", Turkish case endings by stem in catalog_names); Arabic's
attached article and prepositions ("الجهات", "لجميع") are taken off when what remains is a
word of these lists.
"""

from __future__ import annotations

QUANTIFIERS = (
    # German
    "alle allen aller alles sämtliche sämtlichen jede jeder jedes jeden jedem andere anderen "
    "weitere weiteren sonstige sonstigen verschiedene "
    # Turkish
    "tüm bütün her diğer başka çeşitli "
    # Polish
    "wszystkie wszystkim wszystkich wszyscy każda każdy każde każdej każdemu inne innym innych "
    "pozostałe pozostałym różne "
    # French
    "tous toutes tout toute chaque autres divers diverses "
    # Arabic: all, every, any, other
    "جميع كل أي باقي سائر"
)
# A quantifier alone that may be a name: English "her", Dutch "al".
ALONE_MAY_NAME = "her"

PREPOSITIONS = (
    "für an mit zu zum zur von über aus bei "
    "için ile "
    "do dla z ze w we na od "
    "pour avec à aux au vers chez par "
    "مع إلى الى على من عن في"
)

FILLERS = (
    # German articles, possessives, adjectives that name nothing
    "die der das den dem des ein eine einen einem und oder ihre ihrer ihren ihr deine dein "
    "deiner unsere betroffenen betroffene beteiligten beteiligte relevanten relevante zuständigen "
    "zuständige notwendigen notwendige erforderlichen erforderliche externen externe möglichen "
    "anderen andere weiteren weitere "
    # Turkish
    "ve veya ilgili gerekli diğer sizin senin üçüncü "
    # Polish
    "i oraz lub twoje twoich twoim pana pani zainteresowane zainteresowanym właściwe właściwym "
    "trzecie trzecim trzecich inne innym "
    # French
    "les le la l des de du d un une et ou vos votre ton tes ta leurs concernés concernées "
    "pertinents pertinentes nécessaires utiles externes intéressées autres "
    # Arabic: concerned, relevant, other, third, and, or, your
    "المعنية معنية المعنيين ذات الصلة الأخرى أخرى ثالثة الثالثة و أو"
)

RECIPIENT_NOUNS = (
    # German
    "behörden behörde stellen institutionen organisationen einrichtungen beteiligten "
    "dritte dritten ämter ämtern abteilungen dienststellen träger empfänger partnern "
    # Turkish (stems: catalog_names reads a case ending after them)
    "kurum kurumlar kuruluş kuruluşlar birim birimler taraf taraflar kişiler kurumu "
    # Polish
    "instytucje instytucjom instytucji instytucja organizacje organizacjom organizacji organizacja "
    "podmioty podmiotom podmiot "
    "podmiotów działy działom urzędy urzędom strony stronom osoby osobom osób partnerzy "
    "partnerom "
    # French
    "organismes partenaires destinataires administrations services autorités structures "
    "acteurs intervenants tiers "
    # Arabic: bodies, institutions, parties, organisations, departments, authorities
    "جهات جهة مؤسسات هيئات أطراف منظمات دوائر أقسام"
)
# A singular, or a word that is often part of a real name, is no group on its own: "Behörde",
# "Kurum", "Partner", "Services" alone may be one named desk.
ONE_OF_THEM = (
    "behörde kurum kuruluş birim taraf kurumu services stellen جهة träger instytucja organizacja "
    "podmiot"
)

DATA_NOUNS = (
    "daten informationen unterlagen dokumente angaben "
    "veri veriler bilgi bilgiler belgeler "
    "dane danych informacje informacji dokumenty dokumentacja "
    "données informations renseignements pièces "
    "بيانات معلومات وثائق مستندات"
)
PURPOSE_NOUNS = (
    "zwecke zweck zwecken "
    "amaç amaçlar amaçla amaçlarla "
    "cele celów celu celach "
    "finalités finalité fins objectifs buts raisons "
    "أغراض اغراض غرض أهداف"
)

WHOLE = (
    "jeder",
    "jedermann",
    "sonstiges",
    "verschiedenes",
    "allgemein",
    "allgemeines",
    "herkes",
    "her şey",
    "genel",
    "wszyscy",
    "wszystko",
    "ogólne",
    "tout le monde",
    "n'importe qui",
    "quiconque",
    "général",
    "généralités",
    "الجميع",
    "كل شيء",
    "عام",
    "عامة",
)

# "Die gesamte Akte", "Tout le dossier", "Cała dokumentacja", "الملف الكامل"
WHOLE_FILE = (
    "gesamte gesamten ganze ganzen komplette vollständige akte akten "
    "tüm bütün tam tamamı dosya dosyası "
    "cały cała całe całość akta dokumentacja teczka "
    "tout entier complet l'ensemble ensemble "
    "كامل الكامل كل ملف"
)
FILE_NOUNS = "akte akten dosya dosyası akta dokumentacja teczka ملف"

# The same in an explanation ("we share with all agencies"), on folded words (catalog_names
# folds and joins the words of a clause with single spaces before it looks).
_DE_GROUPS = (
    "behorden|stellen|institutionen|organisationen|einrichtungen|beteiligten|partnern|"
    "amtern|amter|dienststellen|tragern"
)
_FR_GROUPS = (
    "organisations|organismes|institutions|partenaires|destinataires|administrations|"
    "services|autorites|structures|acteurs|intervenants"
)
PHRASES = (
    r"(?:an|mit|fur) (?:alle|allen|samtliche|samtlichen|jede|jeder) "
    r"(?:(?:anderen|beteiligten|betroffenen|relevanten|zustandigen) )?(?:" + _DE_GROUPS + ")",
    r"(?:an|mit) dritte[n]?",
    r"alle (?:ihre|deine) daten",
    r"(?:tum|butun|her) (?:(?:ilgili|diger) )?(?:kurum|kurulus|birim|taraf)\w*",
    r"ucuncu (?:kisi|taraf)\w*",
    r"herkes(?:le|e)?",
    r"(?:wszystkim|wszystkie|wszystkich|kazdej|kazdemu) (?:(?:innym|zainteresowanym) )?"
    r"(?:instytucj|organizacj|podmiot|urzed|urzad|stron|partner)\w*",
    r"(?:osobom|osob|stronom|podmiotom) trzecim|(?:osob|stron|podmiotow) trzecich",
    r"(?:avec|a|aux) (?:tous|toutes) (?:les )?(?:autres )?(?:" + _FR_GROUPS + ")",
    r"(?:avec|a|aux) (?:des )?tiers",
    r"toutes (?:vos|tes) (?:donnees|informations)",
    r"tout le monde",
    r"(?:جميع|كل|اي) (?:جهات|موسسات|هييات|اطراف|منظمات|دواير|جهه)",
    r"اطراف ثالثه",
)

# After a quantifier, marks that name nothing (catalog_names._LABELS, review29's Dutch and
# English "enz.", "(oud)", "en anderen"): "alle Behörden usw.", "tüm kurumlar vb.",
# "wszystkie instytucje itd.", "جميع الجهات وغيرها" (review31: only the Dutch and English were
# read, so these went in as new entries).
LABELS = (
    # German: etc., and others, old, new, miscellaneous
    "usw usf etc ua uä alt alte alten neu neue neuen sonstige sonstiges sonstigen diverse "
    "diverses übrige übrigen "
    # Turkish: ve benzeri, ve saire, ve diğerleri, others, old, new
    "vb vs vd vb diğerleri diğerleriyle eski yeni "
    # Polish: i tak dalej, i tym podobne, i inne, others, old, new
    "itd itp inne inni pozostali pozostałe stare stary stara nowe nowy nowa "
    # French: etc., others, old, new
    "autres ancien ancienne anciens anciennes nouveau nouvel nouvelle nouveaux nouvelles "
    "divers diverses "
    # Arabic: etc., and others, others, old, new
    "إلخ الخ وغيرها غيرها وغيره غيره قديم قديمة القديم القديمة جديد جديدة الجديد الجديدة"
)

NEGATIONS = (
    "nicht nie niemals kein keine keinen keinem nichts "
    "hiçbir hiç değil asla "
    "nie nigdy żadnym żadnej żadne "
    "ne n jamais pas aucun aucune rien "
    "لا لن ليس لم أبدا"
)
NOT_A_NO = "nur ausschließlich yalnızca sadece tylko wyłącznie seulement uniquement فقط"
TURKISH_STEMS = (
    "kurum kurumlar kuruluş kuruluşlar birim birimler taraf taraflar kişi kişiler veri veriler "
    "bilgi bilgiler belge belgeler amaç amaçlar dosya"
)
# Turkish case and possessive endings after a stem: "kurumlarla", "kuruluşlarına", "amaçlar için".
TURKISH_ENDINGS = (
    "a e i u ya ye yi yu la le na ne ni nu in un nin nun da de ta te dan den tan ten yla yle "
    "ina ine ini inin inda indan iyla ca ce"
)

# Turkish says "no" in the verb, after the phrase: "tüm kurumlarla paylaşmıyoruz".
NEGATED_VERB = r"m[iu]yor|degil"
