"""Count the wrong readings of reply27's round (round 19) by kind.

    .venv/bin/python tests/reply_s27_count.py [-v]

reply27's phrasings (conditions and limits, items named as people name them, changes of mind,
someone else's answer; tests/reply_s27_phrasings.py) in the whole messages of round 10,
reply23's clients, reply24's envelopes and reply26's modern mail.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_round10_mails as r10
import reply_s23_mails as s23
import reply_s24_mails as s24
import reply_s26_mails as s26
from reply_harness import report
from reply_s27_phrasings import PHRASINGS as P27


def main() -> None:
    verbose = "-v" in sys.argv
    sets = {"round-10": r10, "reply23": s23, "reply24": s24, "reply26": s26}
    report("reply27 phrasings", P27, ((f"{k} messages", m) for k, m in sets.items()), verbose)


if __name__ == "__main__":
    main()
