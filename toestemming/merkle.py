"""Merkle tree hashing as defined by RFC 9162 (Certificate Transparency v2), section 2.1.

Used to checkpoint the audit log: a root over all entry hashes, inclusion proofs for one
entry and consistency proofs showing that a later checkpoint only appended to an earlier one.

All functions take *leaf hashes* (``leaf_hash(entry)``), not raw entries, so callers can keep
the hashes of a large log without keeping the entries. Everything is iterative: trees of
millions of leaves never hit the recursion limit.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "consistency_proof",
    "inclusion_proof",
    "leaf_hash",
    "node_hash",
    "root_from_leaf_hashes",
    "verify_consistency",
    "verify_inclusion",
]

HASH_SIZE = 32
# MTH({}) = HASH() per RFC 9162 section 2.1.1.
EMPTY_ROOT = hashlib.sha256(b"").digest()

# Domain separation prefixes keep a leaf from ever being mistaken for an interior node.
_LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"


def leaf_hash(entry: bytes) -> bytes:
    """Return ``SHA-256(0x00 || entry)``."""
    return hashlib.sha256(_LEAF_PREFIX + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """Return ``SHA-256(0x01 || left || right)``."""
    return hashlib.sha256(_NODE_PREFIX + left + right).digest()


def _largest_power_of_two_below(n: int) -> int:
    """Return the largest power of two strictly smaller than ``n`` (``n >= 2``)."""
    return 1 << ((n - 1).bit_length() - 1)


def _subtree_root(leaf_hashes: Sequence[bytes], start: int, end: int) -> bytes:
    """MTH(D[start:end]) without copying the slice."""
    if start >= end:
        return EMPTY_ROOT
    sha256 = hashlib.sha256  # local binding: this loop runs once per leaf
    prefix = _NODE_PREFIX
    # The stack holds roots of complete subtrees, largest first; their sizes are the binary
    # digits of the number of leaves seen so far. Adding leaf number c (1-based) merges as
    # many complete pairs as c has trailing zero bits, like a binary counter.
    stack: list[bytes] = []
    for count in range(1, end - start + 1):
        node = leaf_hashes[start + count - 1]
        carries = count
        while not carries & 1:
            node = sha256(prefix + stack.pop() + node).digest()
            carries >>= 1
        stack.append(node)
    # MTH splits at the largest power of two below n, which is exactly the largest complete
    # subtree on the stack; folding from the right therefore reproduces the RFC recursion.
    node = stack.pop()
    while stack:
        node = sha256(prefix + stack.pop() + node).digest()
    return node


def root_from_leaf_hashes(leaf_hashes: Sequence[bytes]) -> bytes:
    """Return the Merkle Tree Hash MTH(D[n]) of RFC 9162 section 2.1.1, in linear time."""
    return _subtree_root(leaf_hashes, 0, len(leaf_hashes))


def inclusion_proof(index: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """Return the audit path PATH(index, D[n]) of RFC 9162 section 2.1.3.1, leaf side first.

    Raises ``ValueError`` when ``index`` is not a leaf of the tree.
    """
    n = len(leaf_hashes)
    if not 0 <= index < n:
        raise ValueError(f"leaf index {index} out of range for tree size {n}")
    # Walk down from the root; each split contributes the root of the sibling subtree.
    # The RFC lists the deepest sibling first, hence the reversal at the end.
    siblings: list[bytes] = []
    start, end = 0, n
    while end - start > 1:
        k = _largest_power_of_two_below(end - start)
        if index < start + k:
            siblings.append(_subtree_root(leaf_hashes, start + k, end))
            end = start + k
        else:
            siblings.append(_subtree_root(leaf_hashes, start, start + k))
            start += k
    siblings.reverse()
    return siblings


def consistency_proof(old_size: int, leaf_hashes: Sequence[bytes]) -> list[bytes]:
    """Return PROOF(old_size, D[n]) of RFC 9162 section 2.1.4.1, leaf side first.

    The proof is empty when ``old_size`` is 0 or equals the tree size (nothing to prove).
    Raises ``ValueError`` when ``old_size`` is negative or larger than the tree.
    """
    n = len(leaf_hashes)
    if not 0 <= old_size <= n:
        raise ValueError(f"old size {old_size} out of range for tree size {n}")
    if old_size in (0, n):
        return []
    # Iterative SUBPROOF(m, D[start:end], b): m counts old leaves inside the current subtree.
    proof: list[bytes] = []
    m, start, end = old_size, 0, n
    complete = True  # the RFC's "b": is the old tree's root the current subtree's root?
    while m != end - start:
        k = _largest_power_of_two_below(end - start)
        if m <= k:
            proof.append(_subtree_root(leaf_hashes, start + k, end))
            end = start + k
        else:
            proof.append(_subtree_root(leaf_hashes, start, start + k))
            start += k
            m -= k
            complete = False
    if not complete:
        # SUBPROOF(m, D[m], false): the verifier cannot derive this subtree's root itself.
        proof.append(_subtree_root(leaf_hashes, start, end))
    proof.reverse()
    return proof


def _is_hash(value: object) -> bool:
    return isinstance(value, bytes) and len(value) == HASH_SIZE


def verify_inclusion(
    index: int, tree_size: int, leaf: bytes, proof: Sequence[bytes], root: bytes
) -> bool:
    """Check an inclusion proof with the algorithm of RFC 9162 section 2.1.3.2.

    ``leaf`` is the leaf *hash*. Returns False, never raises, on any malformed input.
    """
    if not (isinstance(index, int) and isinstance(tree_size, int)):
        return False
    if not 0 <= index < tree_size:
        return False
    if not (_is_hash(leaf) and _is_hash(root)) or not all(_is_hash(p) for p in proof):
        return False
    fn, sn = index, tree_size - 1
    r = leaf
    for p in proof:
        if sn == 0:
            return False  # proof longer than the path to the root
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            # Skip the levels where this node is promoted unchanged (right edge of the tree).
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and hmac.compare_digest(r, root)


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """Check a consistency proof with the algorithm of RFC 9162 section 2.1.4.2.

    Edge cases outside the RFC's ``0 < old_size < new_size``: equal sizes need an empty proof
    and equal roots; old size 0 needs an empty proof and the empty-tree root as ``old_root``.
    Returns False, never raises, on any malformed input.
    """
    if not (isinstance(old_size, int) and isinstance(new_size, int)):
        return False
    if not 0 <= old_size <= new_size:
        return False
    if not (_is_hash(old_root) and _is_hash(new_root)) or not all(_is_hash(p) for p in proof):
        return False
    if old_size == new_size:
        return len(proof) == 0 and hmac.compare_digest(old_root, new_root)
    if old_size == 0:
        return len(proof) == 0 and hmac.compare_digest(old_root, EMPTY_ROOT)
    if len(proof) == 0:
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        # A power-of-two old tree is a complete subtree of the new one, so the prover leaves
        # its root out of the proof; the verifier already has it.
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and hmac.compare_digest(fr, old_root) and hmac.compare_digest(sr, new_root)
