"""Count the wrong readings of reply25's round (round 17) by kind.

    .venv/bin/python tests/reply_s25_count.py [-v]

reply25's phrasings (a phone in a hurry: autocorrect, dictation, number words in nl/en/tr/pl/ar,
emoji; tests/reply_s25_phrasings.py) in the whole messages of round 10, reply23's clients and
reply24's envelopes (S/MIME, mislabelled charsets, the iPhone's line under the answer).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_round10_mails as r10
import reply_s23_mails as s23
import reply_s24_mails as s24
from reply_harness import report
from reply_s25_phrasings import PHRASINGS as P25


def main() -> None:
    verbose = "-v" in sys.argv
    sets = {"round-10": r10, "reply23": s23, "reply24": s24}
    report("reply25 phrasings", P25, ((f"{k} messages", m) for k, m in sets.items()), verbose)


if __name__ == "__main__":
    main()
