"""Count the wrong readings of round 7 (issue 19) by kind, and time the reader.

    .venv/bin/python tests/reply_s13_count.py [-v]

Round 7's whole messages (tests/reply_s13_mails.py: real clients' envelopes, transport
encodings, signed mail) with round 7's phrasings and every earlier round's; the messages
that are never an answer (auto-replies, bounces) counted apart.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_s10_envelopes as s10
import reply_s13_mails as s13
from reply_harness import KINDS, matrix, outcome
from reply_s11_phrasings import PHRASINGS as P11
from reply_s12_phrasings import PHRASINGS as P12
from reply_s13_phrasings import PHRASINGS as P13
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply

RUNS = {
    "round-7 phrasings": P13,
    "round-6 phrasings": P12,
    "round-5 phrasings": P11,
    "round-4 phrasings": s10.PHRASINGS,
}


def not_answers() -> list[str]:
    wrong = []
    for name, build in s13.NOT_ANSWERS.items():
        parsed = parse_reply(build("1 ja 2 nee 3 ja"))
        got = outcome(read_answers(parsed.text, ITEMS[:3]))
        if not (parsed.automatic or got == ("geen",) or set(got) == {"?"}):
            wrong.append(f"  {name}: read as {got}, not marked automatic")
    return wrong


def speed(rounds: int = 3) -> float:
    raws = [s13.message(e, c.text, c.lang) for c in P13.values() for e in s13.ENVELOPES]
    best = 0.0
    for _ in range(rounds):
        t = time.perf_counter()
        for raw in raws:
            read_answers(parse_reply(raw).text, ITEMS[:3])
        best = max(best, len(raws) / (time.perf_counter() - t))
    return best


def main() -> None:
    verbose = "-v" in sys.argv
    for title, phrasings in RUNS.items():
        total, wrong, lines = matrix(phrasings, s13.ENVELOPES, s13.message)
        counts = ", ".join(f"{k} {wrong[k]}" for k in KINDS)
        print(f"{title} × round-7 messages: {sum(wrong.values())} of {total} wrong ({counts})")
        if verbose:
            print("\n".join(lines))
    bad = not_answers()
    print(f"never an answer: {len(bad)} of {len(s13.NOT_ANSWERS)} read as an answer")
    print("\n".join(bad))
    print(f"speed: {speed():.0f} replies/s parse+read (round-7 corpus)")


if __name__ == "__main__":
    main()
