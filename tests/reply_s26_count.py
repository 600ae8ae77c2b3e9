"""Count the wrong readings of reply26's round (round 18) by kind.

    .venv/bin/python tests/reply_s26_count.py [-v]

reply26's phrasings ("no objection" idioms and the same negated again, in nl/en/ar/tr/pl/fr;
tests/reply_s26_phrasings.py) in the whole messages of round 10, reply23's clients, reply24's
envelopes and reply26's own (tests/reply_s26_mails.py: modern mail as clients send it); every
earlier round's phrasings in reply26's envelopes.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reply_round10_mails as r10
import reply_s23_mails as s23
import reply_s24_mails as s24
import reply_s26_mails as s26
from reply_harness import report
from reply_s22_count import EARLIER
from reply_s26_phrasings import PHRASINGS as P26


def main() -> None:
    verbose = "-v" in sys.argv
    sets = {"round-10": r10, "reply23": s23, "reply24": s24, "reply26": s26}
    report("reply26 phrasings", P26, ((f"{k} messages", m) for k, m in sets.items()), verbose)
    if "--new-only" in sys.argv:
        return
    earlier: dict = {}
    names = (*EARLIER, "reply_s22_phrasings", "reply_s23_phrasings", "reply_s24_phrasings")
    for name in (*names, "reply_s25_phrasings"):
        for key, case in importlib.import_module(name).PHRASINGS.items():
            earlier[f"{name}:{key}"] = case
    for env in s26.ENVELOPES:
        one = SimpleNamespace(ENVELOPES=(env,), message=s26.message)
        report("earlier phrasings", earlier, ((f"reply26 {env}", one),), verbose)


if __name__ == "__main__":
    main()
