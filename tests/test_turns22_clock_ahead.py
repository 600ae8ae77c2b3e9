"""A computer clock far AHEAD of the log (turns22; usecases/clock_ahead.py).

A laptop whose CMOS battery died (or that asked a wrong time server) opens the vault in 2031
instead of 2026. Nothing noticed it: Noor's parents' "ja" was dated 2031 (Noor, 14, read as
19 — deciding alone), the unlock expired open requests, and once the clock was right again
the gate refused every write as "behind the log".

Now a clock more than two months past the log's last moment holds the window read-only —
at unlock (the desk asks before anything is expired) and before a write of the open window —
until the worker types today's date; a
summer holiday (six weeks) passes without a question; a clock put right writes again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from review21_support import Desks, desks_fixture  # noqa: F401
from test_attack_s17_clock_back_open import ANNA

from toestemming.clock import FixedClock
from toestemming.errors import ValidationError, VaultError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.clock_ahead import AHEAD_ID, CONFIRMED
from toestemming.usecases.consent import ItemSpec

CLOSED = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)  # the desk's last day in the vault
WRONG = datetime(2031, 12, 4, 9, 0, tzinfo=UTC)  # the clock after the battery died


def _vault(tmp_path: Path, clock: FixedClock) -> tuple[Path, int, int]:
    """Noor (14) with an open request: (path, request, item)."""
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    try:
        c = svc.catalog
        gem = c.add_recipient("Gemeente Utrecht", "gemeente", "Werk & Inkomen")
        purpose = c.add_purpose("werk", "Werk", "Zodat de gemeente helpt met werk.")
        contact = c.add_category("contact", "Contactgegevens", "Uitleg.", "dat", False)
        noor = svc.people.add_youth(
            given_name="Noor", family_name="Bakker", birth_date="01-03-2012"
        )
        svc.people.add_representative(noor.id, "Ayla Bakker", "parent", True)
        request = svc.consents.create_request(
            noor.id, [ItemSpec(purpose.id, gem.id, (contact.id,))]
        )
    finally:
        svc.close()
    return path, request.id, request.items[0].id


def _events(svc: Service) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM events"))


def _kind(svc: Service) -> str:
    return str(svc.vault.db.scalar("SELECT kind FROM events ORDER BY seq DESC LIMIT 1"))


def test_a_clock_years_ahead_at_open_reads_only_until_todays_date_is_typed(
    tmp_path: Path,
) -> None:
    clock = FixedClock(CLOSED)
    path, request, item = _vault(tmp_path, clock)
    clock.set(WRONG)
    svc = Service.open(path, ANNA, clock=clock)
    try:
        events = _events(svc)
        jump = svc.clock_right.ahead.hold()  # the desk at unlock, before anything is expired
        assert svc.read_only
        assert jump is not None and jump.days > 1800
        noor = svc.consents.request(request).youth_id
        with pytest.raises(VaultError) as refused:
            svc.consents.record_decisions(request, SignerRef.youth(noor), {item: "yes"}, "desk")
        assert "dagen na het laatste moment in het logboek" in str(refused.value)
        assert _events(svc) == events
        # The hurried worker clicks through with a date that is not the clock's: refused.
        with pytest.raises(ValidationError) as differs:
            svc.clock_right.ahead.confirm("05-12-2026")
        assert "04-12-2031" in str(differs.value) and "niets gewijzigd" in str(differs.value)
        assert svc.read_only and _events(svc) == events
    finally:
        svc.close()


def test_a_long_gap_that_was_real_is_confirmed_once_and_logged(tmp_path: Path) -> None:
    clock = FixedClock(CLOSED)
    path, _request, _item = _vault(tmp_path, clock)
    clock.set(CLOSED + timedelta(days=120))  # a quiet desk back after four months
    svc = Service.open(path, ANNA, clock=clock)
    try:
        assert svc.clock_right.ahead.hold() is not None
        assert svc.read_only
        seq = svc.clock_right.ahead.confirm(f"{clock.today():%d-%m-%Y}")
        assert seq == int(svc.vault.db.scalar("SELECT max(seq) FROM events"))
        assert _kind(svc) == CONFIRMED
        assert not svc.read_only
        svc.people.add_youth(given_name="Sem", family_name="Bos", birth_date="02-02-2010")
        assert svc.verify_audit().ok
    finally:
        svc.close()


def test_a_summer_holiday_is_no_question(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 7, 10, 15, 0, tzinfo=UTC))
    path, _request, _item = _vault(tmp_path, clock)
    clock.set(datetime(2026, 8, 24, 8, 0, tzinfo=UTC))  # six and a half weeks later
    svc = Service.open(path, ANNA, clock=clock)
    try:
        assert svc.clock_right.ahead.hold() is None
        assert not svc.read_only
        svc.people.add_youth(given_name="Sem", family_name="Bos", birth_date="02-02-2010")
    finally:
        svc.close()


def test_a_clock_that_jumps_ahead_while_the_desk_is_open_is_held_and_put_right_writes(
    tmp_path: Path,
) -> None:
    clock = FixedClock(CLOSED)
    path, request, item = _vault(tmp_path, clock)
    svc = Service.open(path, ANNA, clock=clock)
    try:
        assert svc.clock_right.ahead.hold() is None  # (the desk at unlock: all well)
        events = _events(svc)
        clock.set(WRONG)  # a wrong time server answered while the desk was open
        noor = svc.consents.request(request).youth_id
        with pytest.raises(VaultError):
            svc.consents.record_decisions(request, SignerRef.youth(noor), {item: "yes"}, "desk")
        assert _events(svc) == events
        assert getattr(svc.vault.db.read_only_reason, "message_id", None) == AHEAD_ID
        clock.set(CLOSED + timedelta(minutes=30))  # put right: no question, writes again
        svc.people.add_youth(given_name="Sem", family_name="Bos", birth_date="02-02-2010")
        assert not svc.read_only
    finally:
        svc.close()


def test_a_team_window_unlocked_with_a_clock_years_ahead_is_held_until_the_date_is_typed(
    desks: Desks,
) -> None:
    _a, b, clock, (_request, _item, _sara) = desks
    clock.set(WRONG)
    assert b.clock_right.ahead.hold() is not None  # the desk at unlock
    with pytest.raises(VaultError):
        b.people.add_youth(given_name="Sem", family_name="Bos", birth_date="02-02-2010")
    assert b.vault.db.scalar("SELECT count(*) FROM youths WHERE given_name = 'Sem'") == 0
    b.clock_right.ahead.confirm("04-12-2031")
    b.people.add_youth(given_name="Sem", family_name="Bos", birth_date="02-02-2010")
