"""How strong is a passphrase? One rule for the vault (refuse) and the UI (live meter).

    score, reason = passphrase_strength(text)   # score 0 = refused, 1..4 = weak..very strong

The refusal rule is deliberately simple and predictable (length and variety), so a worker
can always tell why a phrase is refused. Above that floor the score is a rough estimate of
guessing effort that nudges towards longer phrases; it never refuses on its own.
"""

from __future__ import annotations

import math

MIN_PASSPHRASE_CHARS = 12
MIN_DISTINCT_CHARS = 6
MAX_SCORE = 4

TOO_SHORT = (
    f"De wachtwoordzin is te kort: gebruik minstens {MIN_PASSPHRASE_CHARS} tekens, "
    "bijvoorbeeld vier losse woorden."
)
TOO_REPETITIVE = "De wachtwoordzin herhaalt te veel dezelfde tekens."
ADVICE_LONGER = "Toegestaan, maar een extra woord maakt haar veel sterker."

# Estimated bits of guessing effort at which the score steps up (1 → 2 → 3 → 4).
_SCORE_STEPS = (55.0, 75.0, 95.0)


def _pool_size(text: str) -> int:
    """Size of the alphabet the characters seem to come from."""
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(c.isspace() for c in text):
        pool += 1
    if any(not (c.isalnum() or c.isspace()) for c in text):
        pool += 20
    if any(ord(c) > 127 and c.isalpha() for c in text):
        pool += 20
    return max(pool, 2)


def estimated_bits(text: str) -> float:
    """A rough upper-bounded entropy estimate: length × log2(alphabet), discounted for
    repeated characters (aaaa…) and runs (abcd…, 1234…), which guessers try first."""
    if not text:
        return 0.0
    effective = 0.0
    previous: str | None = None
    for ch in text:
        if previous is not None and (ch == previous or abs(ord(ch) - ord(previous)) == 1):
            effective += 0.25
        else:
            effective += 1.0
        previous = ch
    variety = len(set(text)) / len(text)
    return effective * math.log2(_pool_size(text)) * min(1.0, 0.5 + variety)


def passphrase_strength(text: str) -> tuple[int, str]:
    """(score, reason). Score 0: refused, `reason` says why (Dutch). Scores 1–4 are accepted;
    for 1 and 2 `reason` is advice, for 3 and 4 it is empty."""
    if len(text) < MIN_PASSPHRASE_CHARS:
        return 0, TOO_SHORT
    if len(set(text)) < MIN_DISTINCT_CHARS:
        return 0, TOO_REPETITIVE
    bits = estimated_bits(text)
    score = 1 + sum(1 for step in _SCORE_STEPS if bits >= step)
    return score, ADVICE_LONGER if score <= 2 else ""
