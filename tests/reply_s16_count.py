"""Count the wrong readings of round 11 (issue 19) by kind, and time the reader.

    .venv/bin/python tests/reply_s16_count.py [-v]

Round 11's phrasings (tests/reply_s16_phrasings.py) in the whole messages of round 10
(tests/reply_round10_mails.py), round 8 (tests/reply_s14_mails.py: the clients Dutch parents
use), round 7, and round 6's replies to a reminder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_round10_mails as r10
import reply_s12_envelopes as s12
import reply_s13_mails as s13
import reply_s14_mails as s14
from reply_harness import replies_per_second, report
from reply_s16_phrasings import PHRASINGS as P16


def main() -> None:
    verbose = "-v" in sys.argv
    report(
        "round-11 phrasings",
        P16,
        (
            ("round-10 messages", r10),
            ("round-8 messages", s14),
            ("round-7 messages", s13),
            ("round-6 replies to a reminder, receipt, request", s12),
        ),
        verbose,
    )
    raws = [s14.message(e, c.text, c.lang) for c in P16.values() for e in s14.ENVELOPES]
    print(f"speed: {replies_per_second(raws, 1):.0f} replies/s parse+read (round-11 corpus)")


if __name__ == "__main__":
    main()
