"""Count the wrong readings of round 6 (issue 19) by kind, and time the reader.

    .venv/bin/python tests/reply_s12_count.py [-v]

Round 6's phrasings in round 6's envelopes (replies to the full request, the reminder and
the receipt, tests/reply_s12_envelopes.py) and in round 4's and 5's envelopes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_s10_envelopes as s10
import reply_s11_envelopes as s11
import reply_s12_envelopes as s12
from reply_harness import KINDS, matrix, replies_per_second
from reply_s12_phrasings import PHRASINGS as P12


def speed() -> float:
    return replies_per_second(
        [s12.message(e, c.text, c.lang) for c in P12.values() for e in s12.ENVELOPES]
    )


def main() -> None:
    verbose = "-v" in sys.argv
    runs = {
        "round-6 phrasings × round-6 envelopes": (P12, s12.ENVELOPES, s12.message),
        "round-6 phrasings × round-5 envelopes": (P12, s11.ENVELOPES, s11.message),
        "round-6 phrasings × round-4 envelopes": (P12, s10.ENVELOPES, s10.message),
        "round-5 phrasings × round-6 envelopes": (
            __import__("reply_s11_phrasings").PHRASINGS,
            s12.ENVELOPES,
            s12.message,
        ),
        "round-4 phrasings × round-6 envelopes": (s10.PHRASINGS, s12.ENVELOPES, s12.message),
    }
    for title, (phrasings, envelopes, make) in runs.items():
        total, wrong, lines = matrix(phrasings, envelopes, make)
        counts = ", ".join(f"{k} {wrong[k]}" for k in KINDS)
        print(f"{title}: {sum(wrong.values())} of {total} wrong ({counts})")
        if verbose:
            print("\n".join(lines))
    print(f"speed: {speed():.0f} replies/s parse+read (round-6 corpus)")


if __name__ == "__main__":
    main()
