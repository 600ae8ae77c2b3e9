"""Injectable time source.

Every rule that depends on time (age on the decision date, expiry, re-confirmation at 16,
auto-lock) asks a Clock, so tests move time explicitly instead of sleeping.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

# Dates the user sees (birthdays, "valid until") are Dutch calendar dates.
LOCAL_TZ = ZoneInfo("Europe/Amsterdam")


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware UTC datetime."""
        ...

    def today(self) -> date:
        """Today's date in the Netherlands."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return self.now().astimezone(LOCAL_TZ).date()


class FixedClock:
    """A clock that only moves when told to (tests, benchmarks, demo generation)."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def today(self) -> date:
        return self._now.astimezone(LOCAL_TZ).date()

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, moment: datetime) -> None:
        self._now = moment.astimezone(UTC)


def to_iso(moment: datetime) -> str:
    """Stored form of a moment: UTC, microseconds, fixed width so strings sort in time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_iso(text: str) -> datetime:
    # fromisoformat accepts the trailing "Z" since 3.11 and is ~10x faster than strptime.
    return datetime.fromisoformat(text)


def local_date(moment: datetime) -> date:
    return moment.astimezone(LOCAL_TZ).date()


def start_of_local_day(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ).astimezone(UTC)


def doubled_hour_mark(moment: datetime) -> str:
    """ " (UTC+2)" or " (UTC+1)" when `moment`'s local time occurs twice — the hour the clocks
    go back at the end of summer time (last Sunday of October, 02:00–03:00 in
    Europe/Amsterdam) — else "". Why (core25): two events an hour apart there both read
    "02:30"; a privacy officer reading the history could not tell their order. Only that
    hour is marked: everywhere else the local time alone is unambiguous. The offset, not
    "zomertijd"/"wintertijd": it reads the same in every language a document is made in."""
    local = moment.astimezone(LOCAL_TZ)
    offset = local.utcoffset()
    if offset is None or local.replace(fold=1 - local.fold).utcoffset() == offset:
        return ""
    minutes = int(offset.total_seconds()) // 60
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    hours = f"{minutes // 60}" if minutes % 60 == 0 else f"{minutes // 60}:{minutes % 60:02d}"
    return f" (UTC{sign}{hours})"


def local_moment_text(moment: datetime, seconds: bool = False) -> str:
    """A moment as the desk and its documents show it: local dd-mm-jjjj uu:mm (with :ss when
    `seconds`), marked with its offset only inside the doubled hour (doubled_hour_mark).
    The one place the desk formats a moment; the PDFs' own copy (formulieren is a leaf:
    formulieren.layout.moment, held equal by tests/test_proof26_time_and_channel.py) marks the
    same since proof26, and verify reads both that and the unmarked form of earlier releases
    (proof/printed_common.moment_forms)."""
    local = moment.astimezone(LOCAL_TZ)
    shown = local.strftime("%d-%m-%Y %H:%M:%S" if seconds else "%d-%m-%Y %H:%M")
    return shown + doubled_hour_mark(local)
