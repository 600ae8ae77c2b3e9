"""reply34: hedged, conditional, restricted and self-corrected answers beside clear ones, in
full (not collected; tests/test_reply_s34_hedged.py runs a slice):

  hedge2  — a hedged 2 beside "yes for 1 and 3" (the lead's s29 fuzz, plus English);
  mirror  — hedged 1 and 3 beside a clear yes for 2;
  no13    — a clear no for 1 and 3 beside a hedged 2 (the hedge is neither a yes nor a no);

both orders, every separator, capitals, emoji and line breaks. Counts the wrong readings — a
yes nobody gave (the worst), a no nobody gave — and, apart, the clear answers left unclear
beside the hedge (the doubt leaked to them: safe, but a question for the worker).

    .venv/bin/python tests/reply_s34_fuzz.py [-v]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reply_harness import read_three

# fmt: off
H2 = ["2 misschien", "2 weet ik niet", "2 weet ik nog niet", "2 twijfel ik", "over 2 twijfel ik", "2 twijfel", "2 ?", "2 ??", "2 🤔",
 "2 moet ik nog over nadenken", "2 denk ik nog over na", "2 eerst bellen", "2 bel ik nog over", "over 2 bel ik nog", "2 wil ik eerst bespreken",
 "2 alleen als het anoniem is", "2 alleen als ik erbij ben", "2 mits anoniem", "2 als het moet", "2 als het echt nodig is", "2 ja als zijn vader akkoord is",
 "2 ja mits ik het eerst zie", "2 ja maar alleen dit jaar", "2 ja tot de zomer", "2 ja onder voorwaarden", "2 onder voorwaarden", "2 later", "2 nu nog niet",
 "2 pas na de zomer", "2 ja vanaf volgend jaar", "wat is 2?", "wat bedoelt u met 2", "2 snap ik niet", "2 begrijp ik niet", "2 geen idee",
 "2 maybe", "2 not sure", "not sure about 2", "2 let me think", "2 in overleg", "2 alleen in overleg", "2 na overleg met zijn vader",
 "2 als zijn vader ook ja zegt", "2 eerst met mijn man overleggen", "2 hangt ervan af", "2 ligt eraan", "2 weet niet", "2 weetniet", "2 wn",
 "2 ja denk ik", "2 ja, denk ik", "2 denk het wel", "2 ik denk van wel", "2 waarschijnlijk wel", "2 waarschijnlijk", "2 vermoedelijk ja", "2 ja?",
 "2 jawel maar eerst bellen", "2 ok als het anoniem is", "2 prima mits anoniem", "2 goed als het kort is", "2 ja, maar niet de diagnose",
 "2 ja maar geen medische gegevens", "2 ja maar niet aan de gemeente", "2 ja behalve het dossier", "2 deels", "2 gedeeltelijk", "2 half",
 "2 ja/nee", "2 ja of nee", "2 ja nee", "2 nee ja", "2 jein", "2 ja... nee toch niet", "2 ja eigenlijk nee", "2 nee eigenlijk ja toch",
 # English
 "2 yes if his dad agrees", "2 yes but not the council", "2 probably yes", "2 yes... actually no", "2 yes, I think",
 "2 only if it is anonymous", "what is 2?", "2 it depends", "2 not sure yet", "2 maybe yes", "2 yes as long as it is anonymous",
 "2 yes but only this year", "2 yes no", "2 no yes", "2 yes actually no", "2 I think so", "2 yes unless his dad says no"]
YES13 = ["1 ja 3 ja", "1 en 3 ja", "ja voor 1 en 3", "1 en 3 mag", "1 en 3 akkoord", "1 ja, 3 ja", "1 & 3 ja", "ja 1 en 3",
 "1 and 3 yes", "yes to 1 and 3"]
YES2 = ["2 ja", "ja voor 2", "2 mag", "2 akkoord", "2 is goed", "2 JA", "2 ja ✅", "2 yes", "yes to 2"]
NO13 = ["1 nee 3 nee", "1 en 3 nee", "nee voor 1 en 3", "1 en 3 niet", "1 en 3 mag niet", "niet 1 en 3", "1 en 3 NEE", "1 en 3 ❌",
 "1 and 3 no", "no to 1 and 3"]
SEP = [", ", " ", ". ", "\n", " en ", " maar ", "; ", "!! ", " 🙂 "]
# fmt: on


def _h13(h: str) -> str:
    """The same hedge said of 1 and 3."""
    return (
        h.replace("2", "1 en 3")
        if " yes" not in h and "what" not in h
        else h.replace("2", "1 and 3")
    )


H13 = [_h13(h) for h in H2]


def _bodies(a: str, b: str) -> Iterator[str]:
    for s in SEP:
        for body in (a + s + b, b + s + a):
            yield body
            yield body.upper()
            yield body.capitalize()


def hedge2() -> list[tuple[str, tuple[str, ...], str]]:
    bad = []
    for h in H2:
        for y in YES13:
            for body in _bodies(h, y):
                got = read_three(body)
                if got[1] == "ja":
                    bad.append((body, got, "yes-nobody-gave"))
                elif "nee" in got:
                    bad.append((body, got, "no-nobody-gave"))
                elif got[0] != "ja" or got[2] != "ja":
                    bad.append((body, got, "leaked"))
    return bad


def mirror() -> list[tuple[str, tuple[str, ...], str]]:
    bad = []
    for h in H13:
        for y in YES2:
            for body in _bodies(h, y):
                got = read_three(body)
                if "ja" in (got[0], got[2]):
                    bad.append((body, got, "yes-nobody-gave"))
                elif "nee" in got:
                    bad.append((body, got, "no-nobody-gave"))
                elif got[1] != "ja":
                    bad.append((body, got, "leaked"))
    return bad


def no13() -> list[tuple[str, tuple[str, ...], str]]:
    bad = []
    for h in H2:
        for n in NO13:
            for body in _bodies(h, n):
                got = read_three(body)
                if "ja" in got:
                    bad.append((body, got, "yes-nobody-gave"))
                elif got[1] == "nee":
                    bad.append((body, got, "no-nobody-gave"))
                elif got[0] != "nee" or got[2] != "nee":
                    bad.append((body, got, "leaked"))
    return bad


def main() -> None:
    kinds = ("yes-nobody-gave", "no-nobody-gave", "leaked")
    for name, run in (("hedge2", hedge2), ("mirror", mirror), ("no13", no13)):
        bad = run()
        counts = {k: sum(1 for b in bad if b[2] == k) for k in kinds}
        print(f"{name}: {counts}")
        if "-v" in sys.argv:
            for body, got, kind in bad:
                if kind != "leaked" or "-vv" in sys.argv:
                    print(f"  {kind}: {body!r} {got}")


if __name__ == "__main__":
    main()
