"""The vault renamed or moved while it is open (session 15): a colleague tidies the folder in
the file manager ("kluis.tvault" → "oud/kluis-2025.tvault", the files beside it along), or a
sync client moves it.

Before: the open window wrote on into the moved file (its descriptors follow the file), but
the key file it rewrites after every commit was written at the OLD name — a new, orphan key
file there — and the writer lock stayed on the old name too, so a second opener of the moved
vault was a second writer on the same file: two windows, two key files. Now every write first
checks that the file at the vault's name is still the file this window opened; if not, the
window only reads (a Dutch reason), writes nothing and makes no file at the old name, and the
moved vault opens normally at its new place."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path

ANNA = "correct horse battery staple"
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def _vault_files(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name)]


@pytest.mark.parametrize("how", ["renamed", "moved-with-everything"])
def test_a_window_whose_vault_was_moved_writes_nothing(tmp_path: Path, how: str) -> None:
    clock = FixedClock(START)
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Eerst", family_name="Kind", birth_date="01-01-2010")
        elsewhere = tmp_path / "oud"
        elsewhere.mkdir()
        if how == "renamed":  # the database and its key file, as a worker renames "the vault"
            moved = elsewhere / "kluis-2025.tvault"
            path.rename(moved)
            header_path(path).rename(header_path(moved))
        else:  # every file that starts with the vault's name, the lock files too
            for part in _vault_files(path):
                shutil.move(part, elsewhere / part.name)
            moved = elsewhere / path.name
        before = svc.vault.db.scalar("SELECT count(*) FROM events")
        with pytest.raises(VaultError) as caught:
            svc.people.add_youth(given_name="Later", family_name="Kind", birth_date="01-01-2010")
        assert "verplaatst" in str(caught.value), str(caught.value)
        assert svc.vault.db.scalar("SELECT count(*) FROM events") == before
        assert not header_path(path).exists(), "a key file was made at the old name"
        assert not path.exists()
    finally:
        svc.close()
    assert not header_path(path).exists()
    # The moved vault opens at its new place, in order, and writes there.
    again = Service.open(moved, ANNA, clock=clock, check=True)
    try:
        assert not again.log_head_problems
        assert again.read_only is False
        again.people.add_youth(given_name="Later", family_name="Kind", birth_date="01-01-2010")
    finally:
        again.close()
