"""Count the wrong readings of round 7 (issue 19) by kind, and time the reader.

    .venv/bin/python tests/reply_s13_count.py [-v]

Round 7's whole messages (tests/reply_s13_mails.py: real clients' envelopes, transport
encodings, signed mail) with round 7's phrasings and every earlier round's; the messages
that are never an answer (auto-replies, bounces) counted apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_s10_envelopes as s10
import reply_s13_mails as s13
from reply_harness import KINDS, matrix, never_answers, replies_per_second
from reply_s11_phrasings import PHRASINGS as P11
from reply_s12_phrasings import PHRASINGS as P12
from reply_s13_phrasings import PHRASINGS as P13

RUNS = {
    "round-7 phrasings": P13,
    "round-6 phrasings": P12,
    "round-5 phrasings": P11,
    "round-4 phrasings": s10.PHRASINGS,
}


def speed() -> float:
    return replies_per_second(
        [s13.message(e, c.text, c.lang) for c in P13.values() for e in s13.ENVELOPES]
    )


def main() -> None:
    verbose = "-v" in sys.argv
    for title, phrasings in RUNS.items():
        total, wrong, lines = matrix(phrasings, s13.ENVELOPES, s13.message)
        counts = ", ".join(f"{k} {wrong[k]}" for k in KINDS)
        print(f"{title} × round-7 messages: {sum(wrong.values())} of {total} wrong ({counts})")
        if verbose:
            print("\n".join(lines))
    bad = never_answers(s13.NOT_ANSWERS)
    print(f"never an answer: {len(bad)} of {len(s13.NOT_ANSWERS)} read as an answer")
    print("\n".join(bad))
    print(f"speed: {speed():.0f} replies/s parse+read (round-7 corpus)")


if __name__ == "__main__":
    main()
