"""Count the wrong readings of reply21's round by kind.

    .venv/bin/python tests/reply_s21_count.py [-v]

reply21's phrasings (tests/reply_s21_phrasings.py) in the whole messages of round 10, round
8 (the clients Dutch parents use), round 7, round 6's replies to a reminder, and reply21's
own clients (tests/reply_s21_mails.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_round10_mails as r10
import reply_s12_envelopes as s12
import reply_s13_mails as s13
import reply_s14_mails as s14
import reply_s21_mails as s21
from reply_harness import report
from reply_s21_phrasings import PHRASINGS as P21


def main() -> None:
    sets = (
        ("round-10 messages", r10),
        ("round-8 messages", s14),
        ("round-7 messages", s13),
        ("round-6 replies to a reminder, receipt, request", s12),
        ("reply21 messages", s21),
    )
    report("reply21 phrasings", P21, sets, "-v" in sys.argv)


if __name__ == "__main__":
    main()
