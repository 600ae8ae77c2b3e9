"""The passphrase rule shared by the vault (refuses) and the setup dialog (live meter)."""

from __future__ import annotations

from pathlib import Path

import pytest

from toestemming.errors import ValidationError
from toestemming.passwords import (
    MAX_SCORE,
    TOO_GUESSABLE,
    TOO_REPETITIVE,
    TOO_SHORT,
    estimated_bits,
    guesses_log10,
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
        # zxcvbn with the Dutch word list: found within ~100,000 guesses.
        ("Welkom123456", TOO_GUESSABLE),
        ("wachtwoord1234", TOO_GUESSABLE),
    ],
)
def test_weak_passphrases_are_refused_with_the_reason(text: str, reason: str) -> None:
    assert passphrase_strength(text) == (0, reason)
    with pytest.raises(ValidationError) as info:
        check_passphrase_strength(text)
    assert info.value.message == reason
    assert info.value.field == "passphrase"


def test_scores_grow_with_length_and_variety() -> None:
    weak, _ = passphrase_strength("Rotterdam-1988")
    medium, _ = passphrase_strength("fiets regen kaas")
    strong, advice = passphrase_strength("correct horse battery staple")
    very, _ = passphrase_strength("Zeven-kleine_Olifanten dansen op 3 daken!")
    assert 1 <= weak <= medium <= strong <= very == MAX_SCORE
    assert weak < very
    assert advice == ""
    assert passphrase_strength("Rotterdam-1988")[1] != ""  # accepted, with advice


def test_runs_and_repeats_count_less() -> None:
    assert estimated_bits("abcdefghijklmnop") < estimated_bits("qzmxkwvjrplfbtyh")
    assert estimated_bits("") == 0.0


def test_accepted_means_the_vault_accepts_it(tmp_path: Path) -> None:
    text = "Rotterdam-1988"
    assert passphrase_strength(text)[0] >= 1
    svc, _ = Service.create(tmp_path / "p.tvault", "Org", "Anna", text, kdf=KdfParams())
    svc.close()


def test_the_workers_and_organisations_own_names_count_as_guessable(tmp_path: Path) -> None:
    """Long, but the first thing someone who knows Sanne and her organisation would try."""
    names = ("Jongerenloket Utrecht", "Sanne Trajectbegeleider")
    for text in ("Sanne Trajectbegeleider", "Jongerenloket Utrecht", "jongerenloket utrecht"):
        assert passphrase_strength(text)[0] >= 1, text  # without the names: accepted
        assert passphrase_strength(text, names) == (0, TOO_GUESSABLE), text
    # The vault applies the same rule with its own organisation and worker names.
    with pytest.raises(ValidationError) as info:
        Service.create(
            tmp_path / "n.tvault",
            "Jongerenloket Utrecht",
            "Sanne Trajectbegeleider",
            "Sanne Trajectbegeleider",
            kdf=KdfParams(),
        )
    assert info.value.message == TOO_GUESSABLE
    assert not (tmp_path / "n.tvault").exists()


def test_dutch_common_words_are_known_to_the_estimate() -> None:
    """Dutch words count as dictionary words, not as random letters."""
    assert guesses_log10("zaterdagavond") < guesses_log10("qzmxkwvjrplfb")
    assert guesses_log10("fiets regen kaas") < guesses_log10(
        "Zeven-kleine_Olifanten dansen op 3 daken!"
    )
