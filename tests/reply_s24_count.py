"""Count the wrong readings of reply24's round (round 16) by kind.

    .venv/bin/python tests/reply_s24_count.py [-v]

reply24's phrasings (answers in the request's languages, tests/reply_s24_phrasings.py) in the
whole messages of round 10, reply23's clients and reply24's envelopes (tests/reply_s24_mails.py:
S/MIME opaque-signed, UTF-8 labelled Latin-1, PGP inline-signed, Outlook mobile HTML only, the
iPhone's line under the answer); every earlier round's phrasings in reply24's envelopes.
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
from reply_harness import report
from reply_s22_count import EARLIER
from reply_s24_phrasings import PHRASINGS as P24


def main() -> None:
    verbose = "-v" in sys.argv
    sets = {"round-10": r10, "reply23": s23, "reply24": s24}
    report("reply24 phrasings", P24, ((f"{k} messages", m) for k, m in sets.items()), verbose)
    earlier: dict = {}
    for name in (*EARLIER, "reply_s22_phrasings", "reply_s23_phrasings"):
        for key, case in importlib.import_module(name).PHRASINGS.items():
            earlier[f"{name}:{key}"] = case
    for env in s24.ENVELOPES:
        one = SimpleNamespace(ENVELOPES=(env,), message=s24.message)
        report("earlier phrasings", earlier, ((f"reply24 {env}", one),), verbose)


if __name__ == "__main__":
    main()
