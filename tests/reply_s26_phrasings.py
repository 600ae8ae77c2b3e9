"""Reply reading, reply26's round (round 18, session 22): "no objection" — a double negative that
means yes — in Dutch, English, Arabic, Turkish, Polish and French, and the same idioms negated
again ("ik heb WEL bezwaar", "لدي مانع", "itirazım var"). A yes only where it is certain;
otherwise unclear, never a no for a yes or a yes for a no.

Notation as in tests/reply_s22_phrasings.py ("?" must not be recorded, ("geen",) nothing
recordable, `also` other readings a careful worker could equally write down).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing
from reply_s13_phrasings import ALL_NO, ALL_YES, NONE, U
from reply_s22_phrasings import JNJ

JUJ = ("ja", U, "ja")
JNU = ("ja", "nee", U)
JUU = ("ja", U, U)

PHRASINGS: dict[str, Phrasing] = {
    # -- Arabic: "لا مانع" is "no objection" (read as a no before: the "لا" alone) -----------------
    "ar-la-mani3": Phrasing("لا مانع", ALL_YES, also=(NONE,)),
    "ar-la-mani3-ladayya": Phrasing("لا مانع لدي", ALL_YES, also=(NONE,)),
    "ar-la-mani3-3indi": Phrasing("لا مانع عندي", ALL_YES, also=(NONE,)),
    "ar-laysa-ladayya-mani3": Phrasing("ليس لدي أي مانع", ALL_YES, also=(NONE,)),
    "ar-la-yujad-mani3": Phrasing("لا يوجد مانع", ALL_YES, also=(NONE,)),
    "ar-ma-3indi-mani3": Phrasing("ما عندي مانع", ALL_YES, also=(NONE,)),
    "ar-la-umani3": Phrasing("لا أمانع", ALL_YES, also=(NONE,)),
    "ar-la-ba2s": Phrasing("لا بأس", ALL_YES, also=(NONE,)),
    "ar-la-mani3-items": Phrasing("لا مانع من 1 و 3", JUJ, also=(NONE,)),
    # negated again: "I have an objection"
    "ar-ladayya-mani3": Phrasing("لدي مانع", ALL_NO, also=(NONE,)),
    "ar-3indi-mani3": Phrasing("عندي مانع", ALL_NO, also=(NONE,)),
    "ar-mani3-but-2": Phrasing("لا مانع لدي من 1 و 3 ولكن لدي مانع من 2", JNJ, also=(JUJ, NONE)),
    "ar-la-mani3-except-2": Phrasing("لا مانع ما عدا 2", JNJ, also=(NONE,)),
    # -- Turkish ------------------------------------------------------------------------------------
    "tr-sakincasi-yok": Phrasing("sakıncası yok", ALL_YES, "nl", also=(NONE,)),
    "tr-hicbir-sakincasi-yok": Phrasing("Hiçbir sakıncası yok", ALL_YES, also=(NONE,)),
    "tr-sakincasi-ascii": Phrasing("sakincasi yok", ALL_YES, also=(NONE,)),
    "tr-itirazim-yok": Phrasing("itirazım yok", ALL_YES, also=(NONE,)),
    "tr-bir-itirazim-yok": Phrasing("Bir itirazım yok", ALL_YES, also=(NONE,)),
    "tr-itiraz-etmiyorum": Phrasing("itiraz etmiyorum", ALL_YES, also=(NONE,)),
    "tr-sorun-yok": Phrasing("sorun yok", ALL_YES, also=(NONE,)),
    "tr-itirazim-var": Phrasing("itirazım var", ALL_NO, also=(NONE,)),
    "tr-sakincasi-var": Phrasing("sakıncası var", ALL_NO, also=(NONE,)),
    "tr-items-var": Phrasing(
        "1 ve 3 için itirazım yok, 2 için itirazım var", JNJ, also=(JUJ, NONE)
    ),
    "tr-except-2": Phrasing("2 hariç itirazım yok", JNJ, also=(NONE,)),
    # -- Polish -------------------------------------------------------------------------------------
    "pl-nic-przeciwko": Phrasing("nie mam nic przeciwko", ALL_YES, also=(NONE,)),
    "pl-nie-sprzeciwiam": Phrasing("nie sprzeciwiam się", ALL_YES, also=(NONE,)),
    "pl-zastrzezen": Phrasing("nie mam zastrzeżeń", ALL_YES, also=(NONE,)),
    "pl-nie-ma-problemu": Phrasing("nie ma problemu", ALL_YES, also=(NONE,)),
    "pl-items": Phrasing("nie mam nic przeciwko 1 i 3, ale 2 nie", JNJ, also=(JUJ, NONE)),
    "pl-sprzeciwiam": Phrasing("sprzeciwiam się", ALL_NO, also=(NONE,)),
    "pl-cos-przeciwko": Phrasing("mam coś przeciwko", ALL_NO, also=(NONE,)),
    "pl-oprocz-2": Phrasing("nie mam nic przeciwko, oprócz 2", JNJ, also=(NONE,)),
    # -- French ------------------------------------------------------------------------------------
    "fr-pas-d-objection": Phrasing("pas d'objection", ALL_YES, also=(NONE,)),
    "fr-aucune-objection": Phrasing("aucune objection", ALL_YES, also=(NONE,)),
    "fr-inconvenient": Phrasing("je n'y vois pas d'inconvénient", ALL_YES, also=(NONE,)),
    "fr-ne-m-y-oppose-pas": Phrasing("je ne m'y oppose pas", ALL_YES, also=(NONE,)),
    "fr-pas-de-probleme": Phrasing("pas de problème", ALL_YES, also=(NONE,)),
    "fr-tout-oui-sauf-2": Phrasing("tout oui sauf 2", JNJ),
    "fr-oui-pour-tout-sauf-2": Phrasing("oui pour tout sauf 2", JNJ),
    "fr-oui-non": Phrasing("oui pour 1 et 3, non pour 2", JNJ, also=(NONE,)),
    "fr-non-profit": Phrasing(
        "Oui pour tout. Je travaille chez une non-profit.", ALL_YES, also=(NONE,)
    ),
    "fr-d-accord-sauf-2": Phrasing("d'accord pour tout sauf 2", JNJ, also=(NONE,)),
    "fr-pas-d-accord": Phrasing("je ne suis pas d'accord", ALL_NO, also=(NONE,)),
    "fr-objection-2": Phrasing("pas d'objection sauf pour 2", JNJ, also=(NONE,)),
    # -- Dutch -------------------------------------------------------------------------------------
    "nl-geen-bezwaar": Phrasing("geen bezwaar", ALL_YES),
    "nl-geen-moeite": Phrasing("ik heb er geen moeite mee", ALL_YES, also=(NONE,)),
    "nl-niks-op-tegen": Phrasing("daar heb ik niks op tegen", ALL_YES, also=(NONE,)),
    "nl-niet-tegen": Phrasing("ik ben er niet tegen", ALL_YES, also=(NONE,)),
    "nl-wel-bezwaar": Phrasing("ik heb WEL bezwaar", ALL_NO, also=(NONE,)),
    "nl-behalve-tegen-2": Phrasing("geen bezwaar behalve tegen 2", JNJ),
    "nl-tegen-2-wel": Phrasing("Geen bezwaar tegen 1 en 3. Tegen 2 wel.", JNJ, also=(JUJ,)),
    "nl-uwv": Phrasing("Ik heb geen bezwaar tegen het delen met het UWV", JUU, also=(NONE,)),
    "nl-wel-moeite": Phrasing("ik heb er wel moeite mee", ALL_NO, also=(NONE,)),
    "nl-wel-iets-op-tegen": Phrasing("daar heb ik wel iets op tegen", ALL_NO, also=(NONE,)),
    "nl-niet-tegen-1-wel-2": Phrasing("ik ben niet tegen 1 maar wel tegen 2", JNU, also=(NONE,)),
    # -- English -----------------------------------------------------------------------------------
    "en-no-objection": Phrasing("No objection.", ALL_YES, "en"),
    "en-dont-mind": Phrasing("I don't mind", ALL_YES, "en", also=(NONE,)),
    "en-not-opposed": Phrasing("I'm not opposed", ALL_YES, "en", also=(NONE,)),
    "en-not-opposed-items": Phrasing(
        "not opposed to 1 and 3, opposed to 2", JNJ, "en", also=(JUJ, NONE)
    ),
    "en-no-objection-but-not-2": Phrasing(
        "no objection to 1, but not 2", JNU, "en", also=(JUU, NONE)
    ),
    "en-object-to-2": Phrasing(
        "I have no objection to 1 and 3 but I object to 2", JNJ, "en", also=(JUJ,)
    ),
    "en-dont-mind-except": Phrasing("I don't mind, except 2", JNJ, "en", also=(NONE,)),
    "en-wouldnt-object": Phrasing("I wouldn't object", ALL_YES, "en", also=(NONE,)),
    "en-as-opposed-to": Phrasing("As opposed to last year, yes to all", ALL_YES, "en"),
}
