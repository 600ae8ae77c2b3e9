"""Count the wrong readings of round 13 (reply20: restricted and taken-back yeses) by kind.

    .venv/bin/python tests/reply_s20_count.py [-v]

Round 13's phrasings (tests/reply_s20_phrasings.py) in the whole messages of round 10, round
8 (the clients Dutch parents use), round 7 and round 6's replies to a reminder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_round10_mails as r10
import reply_s12_envelopes as s12
import reply_s13_mails as s13
import reply_s14_mails as s14
from reply_harness import report
from reply_s20_phrasings import PHRASINGS as P20


def main() -> None:
    sets = (
        ("round-10 messages", r10),
        ("round-8 messages", s14),
        ("round-7 messages", s13),
        ("round-6 replies to a reminder, receipt, request", s12),
    )
    report("round-13 phrasings", P20, sets, "-v" in sys.argv)


if __name__ == "__main__":
    main()
