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
