"""reply33: the two fuzzes in full — "no for 2" with "yes for 1 and 3" (the lead's, s28), and
its mirror "yes for 2" with "no for 1 and 3" — in both orders, every separator, capitals,
emoji and line breaks. Counts the wrong readings: a yes nobody gave (the worst), a no nobody
gave. tests/test_reply_s33_niet_attachment.py runs a slice of both.

    .venv/bin/python tests/reply_s33_fuzz.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reply_harness import read_three

# fmt: off
NO2 = ["2 nee", "nee voor 2", "niet voor 2", "2 niet", "2 liever niet", "liever niet voor 2", "2 niet graag",
 "geen toestemming voor 2", "voor 2 geef ik geen toestemming", "2: nee dank je", "2 -> nee", "2 = nee", "2 ❌", "2 👎",
 "2 mag niet", "2 mag niet gedeeld worden", "ik wil niet dat 2 gedeeld wordt", "2 absoluut niet", "2 hoeft niet",
 "2 doe maar niet", "2 laat maar", "bij 2 nee", "2 niet delen", "deel 2 niet", "2 wil ik niet", "2 vind ik niet goed",
 "2 is niet goed", "niet akkoord met 2", "2 niet akkoord", "met 2 ben ik niet akkoord", "2 gaat niet door", "2 nope",
 "2 neen", "2 nee hoor", "2 echt niet", "zeker niet 2", "2 zeker niet", "2 geen", "geen 2", "2 weiger ik", "ik weiger 2",
 "2 niet oke", "2 niet ok", "2 is niet ok", "2 is geen optie", "2 no", "no to 2", "not 2", "2 not ok", "don't share 2",
 "no for 2", "not for 2", "2 - nee", "2) nee", "2. nee", "nummer 2 nee", "punt 2 nee", "vraag 2 nee", "2e nee", "de tweede nee",
 "2 NEE", "2 Nee!", "2 nee.", "2 nee!!", "2 NIET", "2 neeee", "2 nee nee", "2 liever nie", "2 nie", "2 nee want dat wil ik niet",
 "2 nee, ik wil dat niet", "voor 2 niet", "voor 2 liever niet", "2 wordt nee", "2 moet nee", "2 is nee", "en 2 niet",
 "maar 2 niet", "alleen 2 niet", "behalve 2", "op 2 na", "zonder 2", "uitgezonderd 2", "2 uitgezonderd", "met uitzondering van 2",
 "2 graag niet", "2 bij voorkeur niet", "2 nog niet", "2 voorlopig niet", "2 even niet", "2 nu niet"]
YES13 = ["1 ja 3 ja", "1 en 3 ja", "ja voor 1 en 3", "1 en 3 mag", "1 en 3 akkoord", "1 ja, 3 ja", "1 & 3 ja", "ja 1 en 3"]
SEP = [", ", " ", ". ", "\n", " en ", " maar ", "; "]
ALLYES = ["ja", "akkoord", "ja hoor", "alles ja", "de rest ja", "verder ja", "de rest mag wel", "rest akkoord", "voor de rest ja"]
YES2 = ["2 ja", "ja voor 2", "2 mag", "2 mag wel", "2 akkoord", "akkoord met 2", "2 is goed", "2 prima", "2 graag",
 "2 wel", "wel 2", "voor 2 ja", "2 oke ja", "2 ✅", "2 JA", "2 Ja!", "2 ja.", "2 jaaa", "2 yes", "yes to 2", "yes for 2",
 "2 agreed", "share 2", "2 can be shared", "2 mag gedeeld worden", "2 mag wel gedeeld worden", "toestemming voor 2",
 "ik geef toestemming voor 2", "2 geef ik toestemming", "2 geen bezwaar", "geen bezwaar voor 2", "2 is akkoord",
 "nummer 2 ja", "punt 2 ja", "vraag 2 ja", "2: ja", "2 = ja", "2) ja", "2 -> ja", "de tweede ja", "2 ja hoor", "2 zeker",
 "2 natuurlijk", "2 mag van mij", "2 vind ik goed", "2 is ok ja", "alleen 2 ja", "2 wel graag", "met 2 akkoord",
 "2 ga ik mee akkoord", "I agree with 2", "2 is fine", "2 ok ja", "2 ja want dat helpt", "2 ja, dat is goed"]
NO13 = ["1 nee 3 nee", "1 en 3 nee", "nee voor 1 en 3", "1 en 3 niet", "1 en 3 mag niet", "1 en 3 niet akkoord",
 "1 nee, 3 nee", "1 & 3 nee", "nee 1 en 3", "niet 1 en 3", "niet voor 1 en 3", "1 en 3 liever niet", "geen 1 en 3",
 "1 en 3 no", "no to 1 and 3", "don't share 1 and 3", "1 en 3 NEE", "1 en 3 ❌", "1 en 3 geen toestemming",
 "geen toestemming voor 1 en 3", "niet akkoord met 1 en 3", "1 en 3 wil ik niet"]
SEP2 = [", ", " ", ". ", "\n", " en ", " maar ", "; ", "!! ", " 🙂 "]
ALLNO = ["nee", "de rest nee", "verder nee", "rest niet", "de rest niet", "voor de rest niet", "de rest liever niet",
 "de andere niet", "verder niks", "rest nee", "alles nee behalve", "de rest mag niet"]
# fmt: on


def no_for_2() -> list[tuple[str, tuple[str, ...], str]]:
    bad = []
    for no in NO2:
        for y in YES13:
            for s in SEP:
                for body in (no + s + y, y + s + no):
                    got = read_three(body)
                    if got[1] == "ja":
                        bad.append((body, got, "yes-nobody-gave"))
                    elif "nee" in (got[0], got[2]):
                        bad.append((body, got, "no-nobody-gave"))
        for a in ALLYES:
            for s in SEP:
                for body in (a + s + no, no + s + a):
                    got = read_three(body)
                    if got[1] == "ja":
                        bad.append((body, got, "yes-nobody-gave"))
    return bad


def yes_for_2() -> list[tuple[str, tuple[str, ...], str]]:
    bad = []
    for y in YES2:
        bodies = []
        for no in NO13:
            for s in SEP2:
                bodies += [y + s + no, no + s + y, (y + s + no).upper(), (no + s + y).capitalize()]
        for a in ALLNO:
            for s in SEP2:
                bodies += [a + s + y, y + s + a]
        for body in bodies:
            got = read_three(body)
            if "ja" in (got[0], got[2]):
                bad.append((body, got, "yes-nobody-gave"))
            elif got[1] == "nee":
                bad.append((body, got, "no-nobody-gave"))
    return bad


def main() -> None:
    for name, run in (("no for 2", no_for_2), ("yes for 2", yes_for_2)):
        bad = run()
        kinds = {k: sum(1 for b in bad if b[2] == k) for k in ("yes-nobody-gave", "no-nobody-gave")}
        print(f"{name}: {len(bad)} wrong {kinds}")
        if "-v" in sys.argv:
            for body, got, kind in bad:
                print(f"  {kind}: {body!r} {got}")


if __name__ == "__main__":
    main()
