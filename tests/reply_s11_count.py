"""Count the wrong readings of round 5 (issue 19) by kind, and time the reader.

    .venv/bin/python tests/reply_s11_count.py [-v]

Every phrasing (round 4's and round 5's) in every envelope (round 4's and round 5's) goes
through the whole reader (parse_reply, then read_answers); a reading is wrong when it is none
of the outcomes the table accepts. Kinds, worst first: a yes nobody gave, a no nobody gave,
a withdrawal missed or invented, a clear answer left unclear. The messages that are never an
answer (bounces, read receipts, out-of-office, winmail.dat) count as wrong when they are
neither marked automatic nor read as nothing.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_s10_envelopes as s10
import reply_s11_envelopes as s11
from reply_harness import KINDS, matrix, never_answers
from reply_s11_phrasings import PHRASINGS as P11
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply


def speed(rounds: int = 3) -> tuple[float, float]:
    """(replies/s through parse_reply + read_answers, replies/s through read_answers alone)
    over round 5's phrasings in round 5's envelopes, best of `rounds`."""
    raws = [s11.message(e, c.text, c.lang) for c in P11.values() for e in s11.ENVELOPES]
    texts = [parse_reply(r).text for r in raws]
    best_all = best_read = 0.0
    for _ in range(rounds):
        t = time.perf_counter()
        for raw in raws:
            read_answers(parse_reply(raw).text, ITEMS[:3])
        best_all = max(best_all, len(raws) / (time.perf_counter() - t))
        t = time.perf_counter()
        for text in texts:
            read_answers(text, ITEMS[:3])
        best_read = max(best_read, len(texts) / (time.perf_counter() - t))
    return best_all, best_read


def main() -> None:
    verbose = "-v" in sys.argv
    runs = {
        "round-5 phrasings × round-5 envelopes": (P11, s11.ENVELOPES, s11.message),
        "round-5 phrasings × round-4 envelopes": (P11, s10.ENVELOPES, s10.message),
        "round-4 phrasings × round-5 envelopes": (s10.PHRASINGS, s11.ENVELOPES, s11.message),
    }
    for title, (phrasings, envelopes, make) in runs.items():
        total, wrong, lines = matrix(phrasings, envelopes, make)
        counts = ", ".join(f"{k} {wrong[k]}" for k in KINDS)
        print(f"{title}: {sum(wrong.values())} of {total} wrong ({counts})")
        if verbose:
            print("\n".join(lines))
    bad = never_answers(s11.NOT_ANSWERS)
    print(f"never an answer: {len(bad)} of {len(s11.NOT_ANSWERS)} read as an answer")
    print("\n".join(bad))
    both, alone = speed()
    print(f"speed: {both:.0f} replies/s parse+read, {alone:.0f} replies/s read_answers alone")


if __name__ == "__main__":
    main()
