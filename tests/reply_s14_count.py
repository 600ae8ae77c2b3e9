"""Count the wrong readings of round 8 (issue 19) by kind, and time the reader.

    .venv/bin/python tests/reply_s14_count.py [-v]

Round 8's whole messages (tests/reply_s14_mails.py: the clients Dutch parents use) with
round 8's phrasings and every earlier round's; the answer typed only in the subject apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_s10_envelopes as s10
import reply_s14_mails as s14
from reply_harness import KINDS, matrix, replies_per_second
from reply_s11_phrasings import PHRASINGS as P11
from reply_s12_phrasings import PHRASINGS as P12
from reply_s13_phrasings import PHRASINGS as P13
from reply_s14_phrasings import PHRASINGS as P14
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply

RUNS = {
    "round-8 phrasings": P14,
    "round-7 phrasings": P13,
    "round-6 phrasings": P12,
    "round-5 phrasings": P11,
    "round-4 phrasings": s10.PHRASINGS,
}


def main() -> None:
    verbose = "-v" in sys.argv
    for title, phrasings in RUNS.items():
        total, wrong, lines = matrix(phrasings, s14.ENVELOPES, s14.message)
        counts = ", ".join(f"{k} {wrong[k]}" for k in KINDS)
        print(f"{title} × round-8 messages: {sum(wrong.values())} of {total} wrong ({counts})")
        if verbose:
            print("\n".join(lines))
    read = [
        name
        for name in s14.SUBJECT_ONLY
        for env in s14.ENVELOPES
        if read_answers(parse_reply(s14.subject_only(name, env)).text, ITEMS[:3]).answers
    ]
    print(f"answer only in the subject: {len(read)} read as an answer {read}")
    raws = [s14.message(e, c.text, c.lang) for c in P14.values() for e in s14.ENVELOPES]
    print(f"speed: {replies_per_second(raws):.0f} replies/s parse+read (round-8 corpus)")


if __name__ == "__main__":
    main()
