"""Count the wrong readings of round 10 (issue 19: what a hurried parent types) by kind, in
round 8's and round 10's whole messages, and every earlier round's phrasings in round 10's.

    .venv/bin/python tests/reply_round10_count.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_round10_mails as m10
import reply_s14_mails as s14
from reply_harness import KINDS, matrix, replies_per_second
from reply_round9_phrasings import PHRASINGS as P9
from reply_round10_phrasings import PHRASINGS as P10
from reply_s14_count import RUNS


def main() -> None:
    verbose = "-v" in sys.argv
    runs = [
        ("round-10 phrasings × round-8 messages", P10, s14),
        ("round-10 phrasings × round-10 messages", P10, m10),
        ("round-9 phrasings × round-10 messages", P9, m10),
        *((f"{title} × round-10 messages", p, m10) for title, p in RUNS.items()),
    ]
    for title, phrasings, mails in runs:
        total, wrong, lines = matrix(phrasings, mails.ENVELOPES, mails.message)
        counts = ", ".join(f"{k} {wrong[k]}" for k in KINDS)
        print(f"{title}: {sum(wrong.values())} of {total} wrong ({counts})")
        if verbose:
            print("\n".join(lines))
    raws = [m10.message(e, c.text, c.lang) for c in P10.values() for e in m10.ENVELOPES]
    print(f"speed: {replies_per_second(raws):.0f} replies/s parse+read (round-10 corpus)")


if __name__ == "__main__":
    main()
