"""Count the wrong readings of reply22's round by kind.

    .venv/bin/python tests/reply_s22_count.py [-v]

reply22's phrasings (tests/reply_s22_phrasings.py) in the whole messages of round 10, round
8, round 7, round 6's replies to a reminder, reply21's clients and reply22's own envelopes
(tests/reply_s22_mails.py); and every earlier round's phrasings in reply22's envelopes.
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
from reply_harness import report
from reply_s22_phrasings import PHRASINGS as P22

EARLIER = (
    "reply_round9_phrasings",
    "reply_round10_phrasings",
    "reply_s11_phrasings",
    "reply_s12_phrasings",
    "reply_s13_phrasings",
    "reply_s14_phrasings",
    "reply_s16_phrasings",
    "reply_s17_phrasings",
    "reply_s20_phrasings",
    "reply_s21_phrasings",
)


def main() -> None:
    verbose = "-v" in sys.argv
    sets = (
        ("round-10 messages", r10),
        ("round-8 messages", s14),
        ("round-7 messages", s13),
        ("round-6 replies to a reminder, receipt, request", s12),
        ("reply21 messages", s21),
        ("reply22 messages", s22),
    )
    report("reply22 phrasings", P22, sets[:-1], verbose)
    earlier: dict = {}
    for name in EARLIER:
        for key, case in importlib.import_module(name).PHRASINGS.items():
            earlier[f"{name}:{key}"] = case
    for label, phrasings in (("reply22 phrasings", P22), ("earlier phrasings", earlier)):
        for env in s22.ENVELOPES:
            one = SimpleNamespace(ENVELOPES=(env,), message=s22.message)
            report(label, s22.fitting(env, phrasings), ((f"reply22 {env}", one),), verbose)


if __name__ == "__main__":
    main()
