"""Short human reference codes for consent requests, e.g. ``TS-7K3M-9QX2-T``.

People type these from paper, read them aloud and find them in e-mail subjects, so the code
uses Crockford's base32 alphabet (no I, L, O, U), tolerates sloppy input and ends with a check
symbol that catches every single-symbol typo and every swap of two neighbouring symbols.

Format: ``TS-`` + 8 data symbols (40 random bits) in two groups of 4 + ``-`` + check symbol.

Check symbol: the 9 symbols, read as elements of the finite field GF(32), satisfy
``sum(w_i * s_i) = 0`` with distinct non-zero weights ``w_i = a**(8 - i)`` (``a`` a generator
of GF(32)). A modulus on the integer value cannot give both guarantees with a 32-symbol check:
``value % 31`` is just the digit sum mod 31 (32 = 1 mod 31), so it misses *every* transposition
and the substitution 0 <-> Z, and any modulus below 32 misses some substitution. In a field
a substitution changes the sum by ``w_i * (s ^ s')`` and a transposition by
``(w_i ^ w_(i+1)) * (s ^ s')``, both non-zero.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable

__all__ = [
    "ALPHABET",
    "PREFIX",
    "find_reference_codes",
    "new_reference_code",
    "normalize_reference_code",
]

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "TS"

_DATA_SYMBOLS = 8
_RANDOM_BYTES = 5  # 8 symbols x 5 bits = 40 bits

# Canonical symbol -> value.
_VALUES = {symbol: value for value, symbol in enumerate(ALPHABET)}
# Folds what people type onto canonical symbols: lower case and Crockford's confusables
# (O -> 0, I/L -> 1). Anything else stays as is and fails the _VALUES lookup. Deliberately
# ASCII only: str.upper() would turn e.g. "ı" into "I" or "ß" into "SS".
_FOLD = str.maketrans(ALPHABET[10:].lower() + "OoIiLl", ALPHABET[10:] + "001111")

# Characters people put between groups: whitespace is handled by str.isspace, plus hyphen,
# the Unicode dashes word processors substitute for it, and the minus sign.
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")

# Longer input cannot be a code plus reasonable decoration; bail out before any work.
_MAX_INPUT = 200

# GF(32) = GF(2)[x] / (x^5 + x^2 + 1). Every irreducible quintic is primitive because 31 is
# prime, so x generates the multiplicative group and a**0 .. a**8 are distinct.
_FIELD_POLY = 0b100101


def _check_value(values: Iterable[int]) -> int:
    """Return sum(a**(8 - i) * v_i) over GF(32) for the 8 data values (Horner's rule)."""
    acc = 0
    for v in values:
        acc = (acc ^ v) << 1  # add the next value, then multiply by a
        if acc & 0b100000:
            acc ^= _FIELD_POLY
    return acc


def _format(values: list[int]) -> str:
    body = "".join(ALPHABET[v] for v in values)
    return f"{PREFIX}-{body[:4]}-{body[4:]}-{ALPHABET[_check_value(values)]}"


def new_reference_code(rand: Callable[[int], bytes] = os.urandom) -> str:
    """Return a fresh code such as ``TS-7K3M-9QX2-T`` carrying 40 random bits."""
    raw = rand(_RANDOM_BYTES)
    if len(raw) != _RANDOM_BYTES:
        raise ValueError(f"rand returned {len(raw)} bytes, expected {_RANDOM_BYTES}")
    number = int.from_bytes(raw, "big")
    values = [(number >> (5 * (_DATA_SYMBOLS - 1 - i))) & 0b11111 for i in range(_DATA_SYMBOLS)]
    return _format(values)


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def normalize_reference_code(text: str) -> str | None:
    """Return the canonical ``TS-XXXX-XXXX-C`` form of what a human typed, or None.

    Accepts any case, spaces, hyphens or dashes anywhere (or none), Crockford confusables
    (O for 0, I/L for 1) and punctuation around the code. The ``TS`` prefix is required.
    Returns None when the check symbol does not match; never raises.
    """
    if not isinstance(text, str) or len(text) > _MAX_INPUT:
        return None
    start, end = 0, len(text)
    while start < end and not _is_ascii_alnum(text[start]):
        start += 1
    while end > start and not _is_ascii_alnum(text[end - 1]):
        end -= 1
    chars = "".join(c for c in text[start:end] if not (c.isspace() or c in _DASHES))
    if len(chars) != len(PREFIX) + _DATA_SYMBOLS + 1:
        return None
    prefix = chars[: len(PREFIX)]
    # isascii first: "\u017f".upper() (long s) is "S".
    if not (prefix.isascii() and prefix.upper() == PREFIX):
        return None
    return _canonical(chars[len(PREFIX) :])


def _canonical(typed_symbols: str) -> str | None:
    """Canonical code for 9 typed symbols (8 data + check), or None if invalid."""
    values: list[int] = []
    for c in typed_symbols.translate(_FOLD):
        v = _VALUES.get(c)
        if v is None:
            return None
        values.append(v)
    if len(values) != _DATA_SYMBOLS + 1 or _check_value(values[:-1]) != values[-1]:
        return None
    return _format(values[:-1])


# Candidate finder. Every quantifier is bounded and separators are disjoint from symbols, so
# each start position costs constant work: linear in the text, no catastrophic backtracking.
# The lookahead makes matches zero-width, so a rejected candidate cannot hide an overlapping
# valid one. Horizontal whitespace only: a code is not expected to span lines.
_SYM = "[0-9A-TV-Za-tv-z]"  # alphabet plus confusables, any case; U is never valid
_SEP = "[ \t\u00a0\u202f\\-\u2010-\u2015\u2212]{0,3}"
_CANDIDATE = re.compile(
    rf"(?<![0-9A-Za-z])(?=[Tt][Ss]{_SEP}({_SYM}{{4}}){_SEP}({_SYM}{{4}}){_SEP}({_SYM})"
    r"(?![0-9A-Za-z]))"
)


def find_reference_codes(text: str) -> list[str]:
    """Return the valid codes in ``text`` in canonical form, in order of first appearance.

    Finds codes separated by hyphens, spaces or nothing, in any case, inside subjects, quoted
    reply lines and running text. Candidates with a wrong check symbol are skipped.
    """
    # Memo per typed symbol string: hostile input repeating one candidate costs one check.
    checked: dict[str, str | None] = {}
    found: dict[str, None] = {}  # insertion-ordered set
    for match in _CANDIDATE.finditer(text):
        typed = "".join(match.groups())
        if typed not in checked:
            checked[typed] = _canonical(typed)
        code = checked[typed]
        if code is not None:
            found.setdefault(code, None)
    return list(found)
