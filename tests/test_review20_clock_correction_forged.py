"""review20: a 'clock corrected' event whose stated moment is not its own date explains no step
back. An insider past the use case writes one dated ten days back that claims it was stated
now (at the log's last moment): `check` must still name the step back as a problem, not show
it as a worker's correction "verklaard op" a moment it was not. (No test failed when
log_clock._stated's `now != when` was dropped — mutation.)"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from test_attack_s16_clock_ahead import ANNA, RIGHT, _check

from toestemming import log_clock
from toestemming.clock import FixedClock, to_iso
from toestemming.service import Service
from toestemming.store.header import KdfParams


def test_a_correction_dated_otherwise_than_it_states_explains_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FixedClock(RIGHT)
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        svc.people.add_youth(given_name="Eerst", family_name="Kind", birth_date="01-01-2010")
        back = RIGHT - timedelta(days=10)
        with svc.vault.db.transaction():  # the insider, past the use case
            svc._ctx.audit.append(
                log_clock.CORRECTED,
                1,
                {"last": to_iso(RIGHT), "now": to_iso(RIGHT)},  # claims: stated right now
                at=back,  # dated ten days back
            )
    finally:
        svc.close()
    code, out, err = _check(path, capsys)
    assert code == 1 and "eerder gedateerd" in err, (out, err)
    assert "Klok gecorrigeerd" not in out
