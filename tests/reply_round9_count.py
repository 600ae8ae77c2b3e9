"""Count the wrong readings of round 9 (issue 19: a yes with a restriction the reader cannot
place, a count that is not the request's) by kind, in round 8's whole messages, and every
earlier round's phrasings in them again.

    .venv/bin/python tests/reply_round9_count.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_s14_mails as s14
from reply_harness import KINDS, matrix
from reply_round9_phrasings import PHRASINGS as P9
from reply_s14_count import RUNS


def main() -> None:
    verbose = "-v" in sys.argv
    for title, phrasings in {"round-9 phrasings": P9, **RUNS}.items():
        total, wrong, lines = matrix(phrasings, s14.ENVELOPES, s14.message)
        counts = ", ".join(f"{k} {wrong[k]}" for k in KINDS)
        print(f"{title} × round-8 messages: {sum(wrong.values())} of {total} wrong ({counts})")
        if verbose:
            print("\n".join(lines))


if __name__ == "__main__":
    main()
