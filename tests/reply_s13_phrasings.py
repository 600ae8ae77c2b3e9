"""Round 7 of issue 19: answers as people type them on a phone or in a hurry, to go in the
whole-message envelopes of tests/reply_s13_mails.py — and the people the parent names
instead of our recipients ("de juf", "de mentor", "school"): "X mag alles weten" says yes to
everything only if X is every recipient, which "de juf" is not.

The items are those of tests/reply_table.ITEMS: 1 werk/UWV, 2 stage/Bakkerij De
Korenschoof, 3 volgen na school/RBL. "?" = must not be recorded; ("geen",) = nothing
recordable; ("intrekken", *items) = a withdrawal; `also` = other readings a careful worker
could equally write down (never one with a yes the text does not give).
"""

from __future__ import annotations

from reply_s11_phrasings import Phrasing

JNJ = ("ja", "nee", "ja")
NONE = ("geen",)
ALL_YES = ("ja", "ja", "ja")
ALL_NO = ("nee", "nee", "nee")
U = "?"

PHRASINGS: dict[str, Phrasing] = {
    # -- someone who is not a recipient "mag alles weten" -------------------------------------
    "juf-alles-ja": Phrasing("De juf mag alles weten. Ja.", NONE),
    "juf-alles": Phrasing("De juf mag alles weten", NONE),
    "mentor-alles": Phrasing("Ja hoor, de mentor mag alles weten van mij", NONE),
    "meester-alles-en": Phrasing("The teacher can know everything. Yes.", NONE, lang="en"),
    "jullie-alles": Phrasing("Jullie mogen alles delen. Ja.", ALL_YES, also=(NONE,)),
    "iedereen-alles": Phrasing("Iedereen mag het weten, ja voor alles", ALL_YES),
    "uwv-alles": Phrasing("Het UWV mag alles weten", ("ja", U, U), also=(NONE,)),
    # the school is the sender's side, even though item 3's title says "na school"
    "school-alles": Phrasing("School mag alles weten hoor", NONE),
    "bakkerij-alles": Phrasing("De bakkerij mag alles weten", (U, "ja", U), also=(NONE,)),
    "juf-uwv": Phrasing("De juf mag alles weten, het UWV niets", ("nee", U, U), also=(NONE,)),
    # -- phone-style ---------------------------------------------------------------------------
    "phone-jaaa": Phrasing("Jaaa is goed hoor 👍 voor alles", ALL_YES, also=(NONE,)),
    "phone-1j2n3j": Phrasing("1j 2n 3j", JNJ, also=(NONE,)),
    "phone-caps-no": Phrasing("NEE. NIKS DELEN.", ALL_NO),
    "phone-typo": Phrasing("1 ja 2 ne 3 ja", JNJ, also=(("ja", U, "ja"), NONE)),
    "phone-voice": Phrasing("Een ja twee nee drie ja", JNJ, also=(NONE,)),
    "phone-one-word-no": Phrasing("Nee", ALL_NO),
    "phone-ok-thumb": Phrasing("Ok 👍", NONE),
    "phone-later": Phrasing("Ik kijk er vanavond naar", NONE),
    "phone-call-me": Phrasing("Kunt u mij bellen? Ik snap het niet", NONE),
    # -- answers with the signature of a phone or a signed mail around them -----------------
    "dash-list": Phrasing("- 1 ja\n- 2 nee\n- 3 ja", JNJ),
    "dash-names": Phrasing("- UWV: ja\n- bakkerij: nee\n- leerplicht: ja", JNJ, also=(NONE,)),
    "en-yes-no": Phrasing("1 yes, 2 no, 3 yes", JNJ, lang="en"),
    "en-all": Phrasing("Yes to all", ALL_YES, lang="en"),
    "en-withdraw": Phrasing("I withdraw my consent for everything.", ("intrekken",), lang="en"),
    # -- the other parent, after the forward ----------------------------------------------------
    "father-eens": Phrasing("Eens met Marja", NONE),
    "father-own": Phrasing("Ik ben de vader. 1 ja, 2 nee, 3 ja.", JNJ),
    # "ik denk" is read as doubt: a careful worker may well ask before recording
    "father-not-mother": Phrasing(
        "Ik denk er anders over dan mijn vrouw: ja voor alles", ALL_YES, also=(NONE,)
    ),
    # -- withdrawals ---------------------------------------------------------------------------
    "withdraw-phone": Phrasing("Stop maar met delen aub", ("intrekken",), also=(NONE,)),
    "withdraw-2-phone": Phrasing("2 wil ik toch intrekken", ("intrekken", "2")),
    "not-withdraw-q": Phrasing("Kan ik dit later nog intrekken?", NONE),
    # -- accents and special characters the charsets must carry ----------------------------------
    "accents": Phrasing("Prima, ja voor alles. Groetjes, Hélène", ALL_YES),
    "euro": Phrasing("1 ja. 2 nee, ik wil geen €-vergoeding. 3 ja", JNJ, also=(NONE,)),
    "rest-nee": Phrasing("Alleen 1 ja, de rest nee", ("ja", "nee", "nee")),
}
