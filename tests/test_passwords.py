"""The passphrase rule shared by the vault (refuses) and the setup dialog (live meter)."""

from __future__ import annotations

from pathlib import Path

import pytest

from toestemming.errors import ValidationError
from toestemming.passwords import (
    MAX_SCORE,
    TOO_REPETITIVE,
    TOO_SHORT,
    estimated_bits,
    passphrase_strength,
)
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.store.vault import check_passphrase_strength


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", TOO_SHORT),
        ("kort", TOO_SHORT),
        ("elf tekens!", TOO_SHORT),
        ("aaaaaaaaaaaaaaaa", TOO_REPETITIVE),
        ("abababababababab", TOO_REPETITIVE),
        ("12121212123434", TOO_REPETITIVE),
    ],
)
def test_weak_passphrases_are_refused_with_the_reason(text: str, reason: str) -> None:
    assert passphrase_strength(text) == (0, reason)
    with pytest.raises(ValidationError) as info:
        check_passphrase_strength(text)
    assert info.value.message == reason
    assert info.value.field == "passphrase"


def test_scores_grow_with_length_and_variety() -> None:
    weak, _ = passphrase_strength("Welkom123456")
    medium, _ = passphrase_strength("fiets regen kaas")
    strong, advice = passphrase_strength("correct horse battery staple")
    very, _ = passphrase_strength("Zeven-kleine_Olifanten dansen op 3 daken!")
    assert 1 <= weak <= medium <= strong <= very == MAX_SCORE
    assert weak < very
    assert advice == ""
    assert passphrase_strength("Welkom123456")[1] != ""  # accepted, with advice


def test_runs_and_repeats_count_less() -> None:
    assert estimated_bits("abcdefghijklmnop") < estimated_bits("qzmxkwvjrplfbtyh")
    assert estimated_bits("") == 0.0


def test_accepted_means_the_vault_accepts_it(tmp_path: Path) -> None:
    text = "Welkom123456"
    assert passphrase_strength(text)[0] >= 1
    svc, _ = Service.create(tmp_path / "p.tvault", "Org", "Anna", text, kdf=KdfParams())
    svc.close()
