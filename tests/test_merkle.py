"""Tests for toestemming.merkle against a literal transcription of RFC 9162 section 2.1."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toestemming.merkle import (
    EMPTY_ROOT,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root_from_leaf_hashes,
    verify_consistency,
    verify_inclusion,
)

# --- Reference implementation: the RFC's recursive definitions, written independently ------


def _h(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _k(n: int) -> int:
    """Largest power of two smaller than n, found the slow obvious way."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def ref_mth(d: Sequence[bytes]) -> bytes:
    """MTH over leaf hashes (RFC 9162 section 2.1.1)."""
    n = len(d)
    if n == 0:
        return _h(b"")
    if n == 1:
        return d[0]
    k = _k(n)
    return _h(b"\x01" + ref_mth(d[:k]) + ref_mth(d[k:]))


def ref_path(m: int, d: Sequence[bytes]) -> list[bytes]:
    """PATH(m, D[n]) (RFC 9162 section 2.1.3.1)."""
    n = len(d)
    if n == 1:
        return []
    k = _k(n)
    if m < k:
        return [*ref_path(m, d[:k]), ref_mth(d[k:])]
    return [*ref_path(m - k, d[k:]), ref_mth(d[:k])]


def ref_subproof(m: int, d: Sequence[bytes], b: bool) -> list[bytes]:
    """SUBPROOF(m, D[n], b) (RFC 9162 section 2.1.4.1)."""
    n = len(d)
    if m == n:
        return [] if b else [ref_mth(d)]
    k = _k(n)
    if m <= k:
        return [*ref_subproof(m, d[:k], b), ref_mth(d[k:])]
    return [*ref_subproof(m - k, d[k:], False), ref_mth(d[:k])]


def leaves(n: int, salt: bytes = b"") -> list[bytes]:
    return [leaf_hash(salt + i.to_bytes(4, "big")) for i in range(n)]


def flip(h: bytes) -> bytes:
    """Same length, one bit different."""
    return bytes([h[0] ^ 0x01]) + h[1:]


# --- Hash primitives -------------------------------------------------------------------------


def test_leaf_and_node_hash_domain_separation() -> None:
    assert leaf_hash(b"abc") == _h(b"\x00abc")
    assert node_hash(b"a" * 32, b"b" * 32) == _h(b"\x01" + b"a" * 32 + b"b" * 32)
    assert _h(b"") == EMPTY_ROOT
    # Known answer for the empty leaf (widely published CT test vector).
    assert leaf_hash(b"").hex() == (
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    )


def test_rfc6962_reference_vectors() -> None:
    # Root hashes for the 8 inputs used by the Certificate Transparency reference tests
    # (certificate-transparency-go / Trillian merkle test data), checked for every prefix.
    inputs = [
        b"",
        b"\x00",
        b"\x10",
        b"\x20\x21",
        b"\x30\x31",
        b"\x40\x41\x42\x43",
        b"\x50\x51\x52\x53\x54\x55\x56\x57",
        b"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f",
    ]
    expected = [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]
    hashes = [leaf_hash(e) for e in inputs]
    for n in range(1, len(inputs) + 1):
        assert root_from_leaf_hashes(hashes[:n]).hex() == expected[n - 1]


# --- Roots -----------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [*range(71), 127, 128, 129, 255, 256, 257, 1000, 1023, 1025])
def test_root_matches_reference(n: int) -> None:
    d = leaves(n)
    assert root_from_leaf_hashes(d) == ref_mth(d)


def test_root_accepts_any_sequence() -> None:
    d = leaves(13)
    assert root_from_leaf_hashes(tuple(d)) == ref_mth(d)


def test_large_root() -> None:
    # 200,000 leaves: compare with the reference at a size with a long binary expansion
    # (checks the stack folding), and check determinism and sensitivity at full size.
    d = leaves(200_000)
    assert root_from_leaf_hashes(d[:20_011]) == ref_mth(d[:20_011])
    root = root_from_leaf_hashes(d)
    assert root == root_from_leaf_hashes(list(d))
    d[123_456] = flip(d[123_456])
    assert root_from_leaf_hashes(d) != root


# --- Inclusion proofs ------------------------------------------------------------------------


@pytest.mark.parametrize("n", range(1, 41))
def test_inclusion_every_index(n: int) -> None:
    d = leaves(n)
    root = ref_mth(d)
    bigger_root = ref_mth(leaves(n + 1))
    for i in range(n):
        proof = inclusion_proof(i, d)
        assert proof == ref_path(i, d)
        assert verify_inclusion(i, n, d[i], proof, root)

        assert not verify_inclusion(i, n, flip(d[i]), proof, root)
        assert not verify_inclusion(i, n, d[i], proof, flip(root))
        for j in range(len(proof)):
            tampered = [*proof]
            tampered[j] = flip(tampered[j])
            assert not verify_inclusion(i, n, d[i], tampered, root)
        for other in range(n):
            if other != i and d[other] != d[i]:
                assert not verify_inclusion(other, n, d[i], proof, root)
        # A proof for size n says nothing about the tree of size n + 1. (Claiming size n + 1
        # with the old root can legitimately verify, e.g. n = 3 and n + 1 = 4 share the path
        # shape for leaf 0, which is why a checkpoint signs size and root together.)
        assert not verify_inclusion(i, n + 1, d[i], proof, bigger_root)
        # Truncated and extended proofs.
        if proof:
            assert not verify_inclusion(i, n, d[i], proof[:-1], root)
        assert not verify_inclusion(i, n, d[i], [*proof, root], root)


def test_inclusion_rejects_out_of_range_index() -> None:
    d = leaves(5)
    with pytest.raises(ValueError):
        inclusion_proof(5, d)
    with pytest.raises(ValueError):
        inclusion_proof(-1, d)
    with pytest.raises(ValueError):
        inclusion_proof(0, [])


def test_verify_inclusion_never_raises_on_garbage() -> None:
    d = leaves(4)
    root = ref_mth(d)
    proof = inclusion_proof(1, d)
    assert not verify_inclusion(4, 4, d[1], proof, root)
    assert not verify_inclusion(-1, 4, d[1], proof, root)
    assert not verify_inclusion(0, 0, d[1], [], root)
    assert not verify_inclusion(1, 4, d[1][:31], proof, root)
    assert not verify_inclusion(1, 4, d[1], proof, root + b"\x00")
    assert not verify_inclusion(1, 4, d[1], [proof[0][:16], proof[1]], root)
    assert not verify_inclusion(1, 4, d[1], [proof[0], "x" * 32], root)  # type: ignore[list-item]
    # Single-leaf tree: the leaf is the root, the proof is empty.
    assert verify_inclusion(0, 1, d[0], [], d[0])
    assert not verify_inclusion(0, 1, d[0], [d[1]], d[0])


# --- Consistency proofs ----------------------------------------------------------------------


def test_consistency_all_sizes() -> None:
    d = leaves(40)
    roots = [ref_mth(d[:n]) for n in range(41)]
    for n in range(1, 41):
        for m in range(1, n + 1):
            proof = consistency_proof(m, d[:n])
            assert proof == ref_subproof(m, d[:n], True)
            assert verify_consistency(m, n, roots[m], roots[n], proof)

            assert not verify_consistency(m, n, flip(roots[m]), roots[n], proof)
            assert not verify_consistency(m, n, roots[m], flip(roots[n]), proof)
            for j in range(len(proof)):
                tampered = [*proof]
                tampered[j] = flip(tampered[j])
                assert not verify_consistency(m, n, roots[m], roots[n], tampered)
            if m < n:
                assert not verify_consistency(m, n, roots[m], roots[n], proof[:-1])
                assert not verify_consistency(m, n, roots[m], roots[n], [*proof, roots[n]])
                # A proof must not carry over to other sizes.
                if m > 1:
                    assert not verify_consistency(m - 1, n, roots[m - 1], roots[n], proof)
                if n < 40:
                    assert not verify_consistency(m, n + 1, roots[m], roots[n + 1], proof)


def test_consistency_detects_rewritten_history() -> None:
    d = leaves(40)
    for m in range(1, 40):
        forged = [*d]
        forged[m - 1] = flip(forged[m - 1])  # change an entry the old checkpoint covered
        proof = consistency_proof(m, forged)
        assert not verify_consistency(m, 40, ref_mth(d[:m]), ref_mth(forged), proof)


def test_consistency_edge_cases() -> None:
    d = leaves(6)
    root = ref_mth(d)
    assert consistency_proof(0, d) == []
    assert consistency_proof(6, d) == []
    assert verify_consistency(0, 6, EMPTY_ROOT, root, [])
    assert not verify_consistency(0, 6, root, root, [])
    assert verify_consistency(6, 6, root, root, [])
    assert not verify_consistency(6, 6, root, root, [root])
    assert not verify_consistency(6, 6, root, flip(root), [])
    assert not verify_consistency(7, 6, root, root, [])
    assert not verify_consistency(-1, 6, root, root, [])
    assert not verify_consistency(3, 6, ref_mth(d[:3]), root, [])
    assert not verify_consistency(3, 6, ref_mth(d[:3]), root, [b"short"])
    with pytest.raises(ValueError):
        consistency_proof(7, d)
    with pytest.raises(ValueError):
        consistency_proof(-1, d)


# --- Properties over random sizes ------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=600),
    data=st.data(),
    salt=st.binary(max_size=8),
)
def test_random_trees(n: int, data: st.DataObject, salt: bytes) -> None:
    d = leaves(n, salt)
    root = root_from_leaf_hashes(d)
    assert root == ref_mth(d)

    i = data.draw(st.integers(min_value=0, max_value=n - 1), label="index")
    proof = inclusion_proof(i, d)
    assert proof == ref_path(i, d)
    assert verify_inclusion(i, n, d[i], proof, root)
    assert not verify_inclusion(i, n, flip(d[i]), proof, root)

    m = data.draw(st.integers(min_value=1, max_value=n), label="old_size")
    old_root = root_from_leaf_hashes(d[:m])
    cproof = consistency_proof(m, d)
    assert cproof == ref_subproof(m, d, True)
    assert verify_consistency(m, n, old_root, root, cproof)
    if cproof:
        j = data.draw(st.integers(min_value=0, max_value=len(cproof) - 1), label="element")
        cproof[j] = flip(cproof[j])
        assert not verify_consistency(m, n, old_root, root, cproof)


@settings(max_examples=200, deadline=None)
@given(
    index=st.integers(min_value=-3, max_value=70),
    size=st.integers(min_value=-3, max_value=70),
    proof=st.lists(st.binary(min_size=0, max_size=40), max_size=8),
    leaf=st.binary(max_size=40),
    root=st.binary(max_size=40),
)
def test_verifiers_never_raise(
    index: int, size: int, proof: list[bytes], leaf: bytes, root: bytes
) -> None:
    assert verify_inclusion(index, size, leaf, proof, root) in (True, False)
    assert verify_consistency(index, size, leaf, root, proof) in (True, False)
