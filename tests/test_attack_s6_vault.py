"""The vault attacked by an insider with the passphrase (issue 20, after the replay work): the
vault is unlocked the legitimate way, the data key taken, and rows that decide a consent's
meaning are edited with sqlcipher3 — triggers dropped for the edit and put back, the
item_state cache re-derived — leaving the hash-chained log alone.

A swapped evidence file never reaches a signed proof, and `toestemming-cli check` catches
every edit of a row that decides a consent's meaning: each is derivable from an event
(`evidence.added`, `representative.added`/`.gezag`, `youth.added`'s salted commitments,
`category.added`, `recipient.added`/`.legal_role`, the events an item's history names) and
the replay of the registry tables compares it (replay_registry.py)."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, START
from forms_scenario import build as build_scenario
from replay_support import Copy, edit, open_copy
from replay_support import check_says as check_with

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock
from toestemming.errors import HeaderCorrupt, IntegrityFailure
from toestemming.proof import verify
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path


@dataclass(frozen=True)
class Saved:
    folder: Path
    marek_request: int
    zoe_request: int
    signature_id: int
    parents: tuple[int, int]


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Saved:
    """One realistic vault (forms_scenario), closed; each test attacks its own copy."""
    folder = tmp_path_factory.mktemp("origineel")
    clock = FixedClock(START)
    svc, _ = Service.create(
        folder / "kluis.tvault", "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        scenario = build_scenario(svc, clock)
    finally:
        svc.close()
    return Saved(
        folder,
        scenario.request.id,
        scenario.zoe_request.id,
        scenario.signature_id,
        scenario.parents,
    )


@pytest.fixture
def vault(saved: Saved, tmp_path: Path) -> Iterator[Copy]:
    copy = open_copy(saved.folder, tmp_path, PASSPHRASE, START + timedelta(days=30))
    yield copy
    copy.svc.close()


def check_says(
    copy: Copy, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    return check_with(copy, monkeypatch, capsys, PASSPHRASE)


# Other bytes, with the hash and size columns made to match (a thorough insider).
SWAP_EVIDENCE = (
    "UPDATE evidence SET content = zeroblob(64), size = 64, "
    f"sha256 = '{hashlib.sha256(bytes(64)).hexdigest()}' WHERE id = {{id}}"
)
DAMAGE_EVIDENCE = "UPDATE evidence SET content = zeroblob(64) WHERE id = {id}"  # hash left


@pytest.mark.parametrize("attack", [SWAP_EVIDENCE, DAMAGE_EVIDENCE], ids=["swapped", "damaged"])
def test_a_swapped_evidence_file_is_never_signed_into_a_proof(
    saved: Saved, vault: Copy, tmp_path: Path, attack: str
) -> None:
    """The tablet signature replaced by other bytes, with or without its hash and size
    columns to match: the export refuses (the log's evidence.added says otherwise) and
    writes nothing — before, a damaged file was left out of the package without a word."""
    edit(vault, attack.format(id=saved.signature_id))
    target = tmp_path / "bewijs.tbewijs"
    with pytest.raises(IntegrityFailure) as refused:
        vault.svc.forms.proof.export_request(saved.marek_request, target)
    assert "wijkt af van het logboek" in refused.value.message
    assert "TS-" not in refused.value.message  # no reference code: messages may be logged
    assert not target.exists()
    # Other requests without that evidence still export, and verify.
    other = vault.svc.forms.proof.export_request(saved.zoe_request, tmp_path)
    assert verify(other, clock=vault.svc.clock).ok  # read on the vault's day


def row_edit(sql: str, why: str, name: str) -> Any:
    """One insider edit; `why` says what the row decides and from which event it follows."""
    return pytest.param(sql, id=name)


# Each row decides what a consent means and each follows from an event. {signature} and
# {parent} are filled in from the saved scenario.
DECIDING_ROW_EDITS = [
    row_edit(
        SWAP_EVIDENCE.replace("{id}", "{signature}"),
        "evidence rows (sha256/size/content) follow evidence.added",
        "swapped evidence",
    ),
    row_edit(
        # Zoë is 15 with two parents with gezag: without the second, the first decides alone.
        "UPDATE representatives SET has_gezag = 0 WHERE id = {parent}",
        "representatives.has_gezag follows representative.added/.gezag; "
        "who must decide (so every status of a youth under 16) follows that row",
        "gezag taken away",
    ),
    row_edit(
        "UPDATE youths SET birth_date = '2012-10-14' WHERE id = 1",  # Marek: 17 → 14
        "youths.birth_date is committed (salted) in youth.added; the age decides who must decide",
        "birth date",
    ),
    row_edit(
        "UPDATE data_categories SET special = 0 WHERE special = 1",
        "data_categories.special follows category.added; without it a "
        "health item needs no separate tick and may_share reads it as ordinary data",
        "special data made ordinary",
    ),
    row_edit(
        "UPDATE recipients SET legal_role = 'private' WHERE legal_role = 'public_task'",
        "recipients.legal_role follows recipient.added/.legal_role; "
        "sharing_rules forbid legitimate interest only for public_task recipients",
        "legal role",
    ),
    row_edit(
        "DELETE FROM event_subjects WHERE seq IN "
        "(SELECT seq FROM events WHERE kind LIKE 'withdraw%')",
        "event_subjects follows the events; an item's history (dialog and proof "
        "package) walks it, so a deleted row hides the withdrawal event from the proof",
        "event hidden from an item's history",
    ),
]


@pytest.mark.parametrize("sql", DECIDING_ROW_EDITS)
def test_check_catches_an_edited_row_that_decides_a_consent(
    saved: Saved,
    vault: Copy,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sql: str,
) -> None:
    edit(vault, sql.format(signature=saved.signature_id, parent=saved.parents[1]))
    code, _ = check_says(vault, monkeypatch, capsys)
    assert code == 1


def test_a_key_header_nested_past_the_recursion_limit_is_a_sentence(
    saved: Saved,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """900 kB of "[" beside the vault (under the header's 1 MB limit): it was a RecursionError
    traceback from `check`; now the header is damaged, in Dutch, exit 2 (refused)."""
    path = tmp_path / "kluis.tvault"
    shutil.copy(saved.folder / "kluis.tvault", path)
    header_path(path).write_bytes(b"[" * 900_000)
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert cli_main(["check", "--vault", str(path)]) == 2
    out = capsys.readouterr()
    assert out.err == "Fout: Het sleutelbestand is beschadigd en kan niet worden gelezen.\n"
    with pytest.raises(HeaderCorrupt):
        Service.open(path, PASSPHRASE)
