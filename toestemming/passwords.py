"""How strong is a passphrase? One rule for the vault (refuse) and the UI (live meter).

    score, reason = passphrase_strength(text, user_inputs=("Jongerenloket", "Sanne"))
    # score 0 = refused, 1..4 = weak..very strong

The refusal rule is simple and predictable (length, variety, and not guessable in under
~100,000 tries), so a worker can always tell why a phrase is refused. Above that floor the score
is the lower of two estimates: our own length × alphabet estimate, and zxcvbn's guess count
(dictionaries, keyboard patterns, dates, l33t) with Dutch common words and the organisation's
and worker's own names as extra dictionary words — "Sanne Trajectbegeleider" is long but the
first thing someone who knows her would try.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from zxcvbn import zxcvbn

from .passwords_nl import DUTCH_COMMON_WORDS

MIN_PASSPHRASE_CHARS = 12
MIN_DISTINCT_CHARS = 6
MAX_SCORE = 4

TOO_SHORT = (
    f"De wachtwoordzin is te kort: gebruik minstens {MIN_PASSPHRASE_CHARS} tekens, "
    "bijvoorbeeld vier losse woorden."
)
TOO_REPETITIVE = "De wachtwoordzin herhaalt te veel dezelfde tekens."
ADVICE_LONGER = "Toegestaan, maar een extra woord maakt haar veel sterker."
TOO_GUESSABLE = (
    "De wachtwoordzin is te makkelijk te raden (een bekend woord, een naam of een reeks). "
    "Kies bijvoorbeeld vier losse woorden die niets met u of uw werk te maken hebben."
)

# zxcvbn guesses (log10) below which a phrase is refused, and at which the score steps up.
# An attacker with the key file pays one Argon2id run (~0.5 s) per guess.
_REFUSE_LOG10 = 5.0
_ZXCVBN_STEPS = (8.0, 10.0, 12.0)
_ZXCVBN_MAX_CHARS = 100  # zxcvbn's cost grows fast with length; the rest adds only strength

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


def _user_words(user_inputs: Iterable[str]) -> list[str]:
    """The names as whole strings and as separate words (zxcvbn matches dictionary words)."""
    words: list[str] = []
    for value in user_inputs:
        value = value.strip().lower()
        if value:
            words.append(value)
            words += [w for w in value.replace("-", " ").split() if len(w) >= 3]
    return words


def guesses_log10(text: str, user_inputs: Iterable[str] = ()) -> float:
    """zxcvbn's estimate of the guesses needed (log10), Dutch words and the names included."""
    inputs = _user_words(user_inputs) + list(DUTCH_COMMON_WORDS)
    result = zxcvbn(text[:_ZXCVBN_MAX_CHARS], user_inputs=inputs)
    return float(result["guesses_log10"])


def passphrase_strength(text: str, user_inputs: Iterable[str] = ()) -> tuple[int, str]:
    """(score, reason). Score 0: refused, `reason` says why (Dutch). Scores 1–4 are accepted;
    for 1 and 2 `reason` is advice, for 3 and 4 it is empty. `user_inputs`: the organisation
    and worker names (never logged, never stored here)."""
    if len(text) < MIN_PASSPHRASE_CHARS:
        return 0, TOO_SHORT
    if len(set(text)) < MIN_DISTINCT_CHARS:
        return 0, TOO_REPETITIVE
    guesses = guesses_log10(text, user_inputs)
    if guesses < _REFUSE_LOG10:
        return 0, TOO_GUESSABLE
    bits = estimated_bits(text)
    own = 1 + sum(1 for step in _SCORE_STEPS if bits >= step)
    theirs = 1 + sum(1 for step in _ZXCVBN_STEPS if guesses >= step)
    score = min(own, theirs)
    return score, ADVICE_LONGER if score <= 2 else ""
