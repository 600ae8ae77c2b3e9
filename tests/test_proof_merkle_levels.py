"""The cached tree levels the proof export uses give exactly RFC 9162's roots and paths (as
computed by toestemming.merkle), and the paths verify."""

from __future__ import annotations

import hashlib

from toestemming.merkle import inclusion_proof, leaf_hash, root_from_leaf_hashes, verify_inclusion
from toestemming.proof.inclusion import MerkleLevels


def test_levels_match_rfc9162_for_every_size_and_index() -> None:
    leaves = [leaf_hash(hashlib.sha256(str(i).encode()).digest()) for i in range(70)]
    for n in range(1, 71):
        tree = MerkleLevels(leaves[:n])
        root = root_from_leaf_hashes(leaves[:n])
        assert tree.root == root, n
        for index in range(n):
            path = tree.path(index)
            assert path == inclusion_proof(index, leaves[:n]), (n, index)
            assert verify_inclusion(index, n, leaves[index], path, root)
