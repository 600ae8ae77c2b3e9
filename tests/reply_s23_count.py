"""Count the wrong readings of reply23's round (round 15) by kind.

    .venv/bin/python tests/reply_s23_count.py [-v]

reply23's phrasings (tests/reply_s23_phrasings.py) in the whole messages of round 10, round
8, round 7, round 6's replies to a reminder, reply21's, reply22's and reply23's own clients
(tests/reply_s23_mails.py); every earlier round's phrasings (reply22's included) in reply23's
clients; and reply23's machine messages that set no header (read as an answer: wrong).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_round10_mails as r10
import reply_s12_envelopes as s12
import reply_s13_mails as s13
import reply_s14_mails as s14
import reply_s21_mails as s21
import reply_s22_mails as s22
import reply_s23_mails as s23
from reply_harness import never_answers, report
from reply_s22_count import EARLIER
from reply_s23_phrasings import PHRASINGS as P23


def main() -> None:
    verbose = "-v" in sys.argv
    sets = {"round-10": r10, "round-8": s14, "round-7": s13, "round-6 (reminder)": s12,
            "reply21": s21, "reply22": s22}  # fmt: skip
    report("reply23 phrasings", P23, ((f"{k} messages", m) for k, m in sets.items()), verbose)
    earlier: dict = {}
    for name in (*EARLIER, "reply_s22_phrasings"):
        for key, case in importlib.import_module(name).PHRASINGS.items():
            earlier[f"{name}:{key}"] = case
    for label, phrasings in (("reply23 phrasings", P23), ("earlier phrasings", earlier)):
        for env in s23.ENVELOPES:
            one = SimpleNamespace(ENVELOPES=(env,), message=s23.message)
            report(label, phrasings, ((f"reply23 {env}", one),), verbose)
    wrong = never_answers(s23.MACHINE)
    print(f"reply23 machine messages: {len(wrong)} of {len(s23.MACHINE)} read as an answer")
    if verbose and wrong:
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
