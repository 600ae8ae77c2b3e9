"""Moving a vault to the team server refuses a source that `check` calls "niet in orde"
(team_move._source_problems, session 14) — but the check session 14 added to `check` for the
RFC 3161 token rows (stamp_rows.py) was not among the move's: an insider who lifted the
guards of `checkpoint_timestamps`, swapped or re-addressed a token and put the guards back
could move the vault, and on the server the edited rows come with fresh guards and a fresh log
head on each worker's computer: the edit is laundered. Now the move refuses it, before any
server is contacted (the address below is a closed port: nothing listens there)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_attack_s14_stamp_guards import ROW_EDITS, _lifted, _stamped_vault

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.team_move import move_vault

NOWHERE = "host=127.0.0.1 port=9 dbname=toestemming user=nobody connect_timeout=2"


def _move(vault: Path, passphrase: str, clock: FixedClock) -> ToestemmingError:
    with pytest.raises(ToestemmingError) as caught:
        move_vault(vault, passphrase, NOWHERE, None, clock)
    return caught.value


@pytest.mark.parametrize("attack", ["swapped", "re-addressed", "re-timed"])
def test_a_vault_with_an_edited_token_row_is_not_moved(
    vault_path: Path, passphrase: str, clock: FixedClock, attack: str
) -> None:
    secret: Any = _stamped_vault(vault_path, passphrase, clock)
    _lifted(vault_path, secret, ROW_EDITS[attack][0])
    assert _move(vault_path, passphrase, clock).message_id == "error-pg-move-source-damaged"


def test_an_untouched_stamped_vault_gets_as_far_as_the_server(
    vault_path: Path, passphrase: str, clock: FixedClock
) -> None:
    _stamped_vault(vault_path, passphrase, clock)
    refused = _move(vault_path, passphrase, clock)
    assert refused.message_id == "error-team-unreachable", refused.message_id
