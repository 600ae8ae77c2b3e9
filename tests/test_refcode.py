"""Tests for toestemming.refcode."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toestemming.refcode import (
    ALPHABET,
    find_reference_codes,
    new_reference_code,
    normalize_reference_code,
)

CANONICAL = re.compile(r"TS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]")
EXAMPLE = "TS-7K3M-9QX2-T"  # a valid code, worked out once and pinned here


def sample_codes(count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    codes = [new_reference_code(rng.randbytes) for _ in range(count)]
    # Edge values: all zeros, all ones (Z), alternating.
    codes += [new_reference_code(lambda n: b"\x00" * n), new_reference_code(lambda n: b"\xff" * n)]
    codes.append(new_reference_code(lambda n: b"\xaa" * n))
    return codes


def symbols(code: str) -> str:
    """The 9 symbols of a canonical code (8 data + check)."""
    return code[3:7] + code[8:12] + code[13]


def code_for(data: str) -> str:
    """The valid code with the given 8 data symbols."""
    value = sum(ALPHABET.index(c) << (5 * (7 - i)) for i, c in enumerate(data))
    return new_reference_code(lambda n: value.to_bytes(n, "big"))


def assemble(syms: str) -> str:
    return f"TS-{syms[:4]}-{syms[4:8]}-{syms[8]}"


# --- Generation ------------------------------------------------------------------------------


def test_alphabet() -> None:
    assert ALPHABET == "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    assert len(set(ALPHABET)) == 32
    assert not set("ILOU") & set(ALPHABET)


def test_new_code_format_and_round_trip() -> None:
    for code in sample_codes(500):
        assert CANONICAL.fullmatch(code), code
        assert normalize_reference_code(code) == code
        assert find_reference_codes(code) == [code]


def test_new_code_uses_40_bits_big_endian() -> None:
    assert new_reference_code(lambda n: b"\x00" * n).startswith("TS-0000-0000-")
    assert new_reference_code(lambda n: b"\xff" * n).startswith("TS-ZZZZ-ZZZZ-")
    # 0x0000000001 -> last data symbol 1; 0x8000000000 -> first symbol 16 = "G".
    assert new_reference_code(lambda n: b"\x00\x00\x00\x00\x01").startswith("TS-0000-0001-")
    assert new_reference_code(lambda n: b"\x80\x00\x00\x00\x00").startswith("TS-G000-0000-")


def test_new_code_asks_for_five_bytes_and_checks_the_answer() -> None:
    asked: list[int] = []

    def rand(n: int) -> bytes:
        asked.append(n)
        return bytes(n)

    new_reference_code(rand)
    assert asked == [5]
    with pytest.raises(ValueError):
        new_reference_code(lambda n: b"\x00" * 4)


def test_default_randomness_differs() -> None:
    codes = {new_reference_code() for _ in range(50)}
    assert len(codes) == 50


# --- Normalization ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "TS-7K3M-9QX2-T",
        "ts-7k3m-9qx2-t",
        "ts7k3m9qx2t",
        "TS 7K3M 9QX2 T",
        "  TS-7K3M-9QX2-T  ",
        "Ts 7k3m-9qx2 t",
        "TS - 7K3M - 9QX2 - T",
        "TS\u20137K3M\u20139QX2\u2013T",  # en dashes from a word processor
        "TS\u00a07K3M\u00a09QX2\u00a0T",  # non-breaking spaces
        '"TS-7K3M-9QX2-T".',
        "(TS-7K3M-9QX2-T)",
        "<TS-7K3M-9QX2-T>,",
        "T S 7 K 3 M 9 Q X 2 T",
    ],
)
def test_normalize_variants(typed: str) -> None:
    assert normalize_reference_code(typed) == EXAMPLE


def test_normalize_confusables() -> None:
    zero = new_reference_code(lambda n: bytes(n))
    assert zero == "TS-0000-0000-0"
    assert normalize_reference_code("TS-OOOO-oooo-O") == zero
    one = new_reference_code(lambda n: b"\x00\x00\x00\x00\x01")
    assert one.startswith("TS-0000-0001-")
    for typo in ("1", "I", "i", "L", "l"):
        assert normalize_reference_code(one[:11] + typo + one[12:]) == one


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "TS",
        "TS-7K3M-9QX2",  # check symbol missing
        "TS-7K3M-9QX2-TT",  # one symbol too many
        "TS-7K3M-9QX-T",  # one symbol too few
        "7K3M-9QX2-T",  # prefix required
        "XS-7K3M-9QX2-T",
        "TS-7K3M-9QX2-U",  # U is not a symbol
        "TS-7K3U-9QX2-T",
        "TS-7K3M-9QX2-*",  # Crockford mod-37 extras are not used
        "TS-7K3M_9QX2-T",  # underscore is not a separator
        "TS-7K3M-9QX2-T-extra",
        "TS-7K3M-9QX2-\u0442",  # Cyrillic te looks like T
        "T\u017f-7K3M-9QX2-T",  # long s upper-cases to S
        "TS-7K3M-9QX2-\u0131",  # dotless i upper-cases to I
        "TS-7K3M-9QX\u0662-T",  # Arabic-Indic digit two
        "TS-7K3M-9QX2-T" + " " * 300,  # too long to be a typed code
    ],
)
def test_normalize_rejects(bad: str) -> None:
    assert normalize_reference_code(bad) is None


def test_wrong_check_symbol() -> None:
    for code in sample_codes(100):
        for s in ALPHABET:
            candidate = code[:-1] + s
            expected = code if s == code[-1] else None
            assert normalize_reference_code(candidate) == expected


@given(st.text())
def test_normalize_never_raises(text: str) -> None:
    result = normalize_reference_code(text)
    assert result is None or (CANONICAL.fullmatch(result) and normalize_reference_code(result))


# --- Error detection -------------------------------------------------------------------------


def test_every_single_substitution_detected() -> None:
    # Every position (check symbol included) x every other symbol, over a sample of codes.
    for code in sample_codes(300, seed=2):
        syms = symbols(code)
        for pos in range(9):
            for s in ALPHABET:
                if s != syms[pos]:
                    typo = assemble(syms[:pos] + s + syms[pos + 1 :])
                    assert normalize_reference_code(typo) is None, (code, typo)


def test_every_adjacent_transposition_detected() -> None:
    for code in sample_codes(300, seed=3):
        syms = symbols(code)
        for pos in range(8):  # includes swapping the last data symbol with the check
            a, b = syms[pos], syms[pos + 1]
            if a != b:
                typo = assemble(syms[:pos] + b + a + syms[pos + 2 :])
                assert normalize_reference_code(typo) is None, (code, typo)


def test_every_adjacent_transposition_of_every_symbol_pair() -> None:
    # Plant every ordered pair of distinct symbols at every adjacent position of a few base
    # codes (fixing up the check symbol), then swap them.
    rng = random.Random(4)
    for _ in range(3):
        base = symbols(new_reference_code(rng.randbytes))[:8]
        for pos in range(7):
            for a in ALPHABET:
                for b in ALPHABET:
                    if a == b:
                        continue
                    good = code_for(base[:pos] + a + b + base[pos + 2 :])
                    syms = symbols(good)
                    swapped = syms[:pos] + b + a + syms[pos + 2 :]
                    assert normalize_reference_code(assemble(swapped)) is None


def test_why_not_value_mod_31() -> None:
    # Documents the design decision: with 32 = 1 (mod 31) the integer value mod 31 is the
    # digit sum mod 31, blind to every transposition and to 0 <-> Z.
    def mod31(data: str) -> int:
        return sum(ALPHABET.index(c) << (5 * (7 - i)) for i, c in enumerate(data)) % 31

    assert mod31("7K3M9QX2") == mod31("K73M9QX2")
    assert mod31("00000000") == mod31("Z0000000")
    assert normalize_reference_code(assemble("K73M9QX2T")) is None
    assert normalize_reference_code(assemble("Z0000000" + code_for("00000000")[-1])) is None


# --- Finding codes in text -------------------------------------------------------------------


def test_find_in_subject_and_quoted_reply() -> None:
    other = new_reference_code(random.Random(9).randbytes)
    text = (
        f"Re: Toestemming {EXAMPLE}\n"
        "\n"
        "Hallo, ik geef toestemming.\n"
        "\n"
        f"Op 3 maart schreef de school:\n"
        f"> Uw referentie: {EXAMPLE.lower()}\n"
        f">> Eerdere aanvraag ({other})\n"
        f"> Graag antwoorden met {EXAMPLE} in het onderwerp.\n"
    )
    assert find_reference_codes(text) == [EXAMPLE, other]


@pytest.mark.parametrize(
    "text",
    [
        "Referentie: TS 7K3M 9QX2 T, graag snel",
        "referentie ts7k3m9qx2t.",
        "code:ts-7k3m-9qx2-t!",
        "[TS-7K3M-9QX2-T]",
        "TS-7K3M-9QX2-T",
        "TS\u20137K3M\u20139QX2\u2013T",
        "TS - 7K3M - 9QX2 - T",
    ],
)
def test_find_variants(text: str) -> None:
    assert find_reference_codes(text) == [EXAMPLE]


@pytest.mark.parametrize(
    "text",
    [
        "TS-7K3M-9QX2-V",  # wrong check symbol
        "XTS-7K3M-9QX2-T",  # glued to a word before
        "TS-7K3M-9QX2-TX",  # glued to a word after
        "TS-7K3M-9QX2\nT",  # codes do not span lines
        "TS 7K 3M 9QX2 T",  # groups split in the wrong place
        "TS-7K3M-9QX2-U",
    ],
)
def test_find_rejects(text: str) -> None:
    assert find_reference_codes(text) == []


def test_find_order_and_dedup() -> None:
    codes = sample_codes(20, seed=5)[:5]
    text = " ".join([codes[2], codes[0], codes[2].lower(), codes[4], codes[0], codes[1]])
    assert find_reference_codes(text) == [codes[2], codes[0], codes[4], codes[1]]


def test_find_adjacent_and_nested_candidates() -> None:
    # A rejected candidate right before or around a valid code must not hide it.
    assert find_reference_codes(f"TS-0000-0000-1 {EXAMPLE}") == [EXAMPLE]
    assert find_reference_codes("TS-" + EXAMPLE) == [EXAMPLE]
    assert find_reference_codes("TS-TS7K3M9QX2T") == [EXAMPLE]


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("TSts -\n>" + ALPHABET + "OIlLu"), max_size=200))
def test_find_results_are_canonical_and_valid(text: str) -> None:
    for code in find_reference_codes(text):
        assert CANONICAL.fullmatch(code)
        assert normalize_reference_code(code) == code


@given(st.text(), st.text())
def test_find_in_arbitrary_text(before: str, after: str) -> None:
    result = find_reference_codes(before + " " + EXAMPLE + " " + after)
    assert EXAMPLE in result
    for code in result:
        assert normalize_reference_code(code) == code


def test_find_5mb_hostile_input_returns() -> None:
    rng = random.Random(6)
    chunks = [
        "".join(rng.choices("TSts -0O1lI" + ALPHABET, k=1_500_000)),
        "ts " * 300_000,  # many prefixes, no bodies
        "TS-0000-0000-" * 80_000,  # full bodies, never a check symbol followed by a boundary
        "ts 0000 0000 1 " * 60_000,  # well-formed candidates with a wrong check symbol
        "TS-----" * 150_000,
    ]
    text = "".join(chunks)
    assert len(text) >= 5_000_000
    assert find_reference_codes(text) is not None
    assert find_reference_codes("TS-0000-0000-0 " * 400_000) == ["TS-0000-0000-0"]
