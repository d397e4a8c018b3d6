"""Wall-clock time in Europe/Amsterdam to UTC, with the DST gap and fold made explicit.

A youth worker types a local date and time. Twice a year that is not a single instant:
on the last Sunday of March the clock jumps from 02:00 to 03:00 (times in between do not
exist) and on the last Sunday of October it goes back from 03:00 to 02:00 (times in between
occur twice: first in summer time, CEST = UTC+2, then in winter time, CET = UTC+1).
``resolve_local`` never guesses: it reports the gap and the fold so the editor can refuse
or ask. No Qt here; the editor shows the Dutch texts.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ZONE_NAME = "Europe/Amsterdam"
ZONE = ZoneInfo(ZONE_NAME)


class LocalKind(enum.Enum):
    """How a local wall-clock time maps onto instants."""

    UNIQUE = "unique"          # exactly one instant
    NONEXISTENT = "nonexistent"  # in the spring-forward gap: no instant
    AMBIGUOUS = "ambiguous"    # in the autumn fold: two instants


@dataclass(frozen=True)
class LocalResolution:
    """Result of resolving a local time.

    ``instants`` holds 0 (gap), 1 (unique) or 2 (fold: [first = summer time, second =
    winter time]) aware UTC datetimes, in chronological order.
    """

    kind: LocalKind
    instants: tuple[datetime, ...]


def resolve_local(day: date, clock: time, zone: ZoneInfo = ZONE) -> LocalResolution:
    """Resolve a naive local ``day`` + ``clock`` (seconds ignored) in ``zone``.

    Returns a LocalResolution; never raises for a valid date/time. Detection follows
    PEP 495: a time is in the fold when fold=0 and fold=1 give different UTC offsets, and
    in the gap when converting to UTC and back does not return the same wall time.
    """
    naive = datetime.combine(day, clock.replace(second=0, microsecond=0, tzinfo=None))
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        utc = first.astimezone(UTC)
        if utc.astimezone(zone).replace(tzinfo=None) != naive:
            return LocalResolution(LocalKind.NONEXISTENT, ())
        return LocalResolution(LocalKind.UNIQUE, (utc,))
    a, b = first.astimezone(UTC), second.astimezone(UTC)
    if a.astimezone(zone).replace(tzinfo=None) != naive:
        # fold=0/1 differ but do not round-trip: this is the gap, not the fold
        return LocalResolution(LocalKind.NONEXISTENT, ())
    return LocalResolution(LocalKind.AMBIGUOUS, tuple(sorted((a, b))))


def gap_bounds(day: date, zone: ZoneInfo = ZONE) -> tuple[time, time] | None:
    """The local (start, end) of a spring-forward gap on ``day``, or None if there is none.

    Example: 2026-03-29 in Europe/Amsterdam -> (02:00, 03:00).
    """
    midnight = datetime.combine(day, time(0), tzinfo=zone)
    start_utc = midnight.astimezone(UTC)
    for hours in range(1, 25):
        before = (start_utc + timedelta(hours=hours - 1)).astimezone(zone)
        after = (start_utc + timedelta(hours=hours)).astimezone(zone)
        jump = (after.utcoffset() or timedelta(0)) - (before.utcoffset() or timedelta(0))
        if jump > timedelta(0) and after.date() == day:
            return (after - jump).time(), after.time()
    return None


def to_local(instant: datetime, zone_name: str = ZONE_NAME) -> datetime:
    """An aware instant shown in its recorded zone (default Europe/Amsterdam).

    Raises ValueError for a naive datetime (the notebook stores aware UTC only).
    """
    if instant.tzinfo is None:
        raise ValueError("naive datetime: the notebook stores aware UTC datetimes")
    try:
        zone = ZoneInfo(zone_name)
    except (KeyError, ValueError):
        zone = ZONE
    return instant.astimezone(zone)


def is_summer_time(instant: datetime, zone: ZoneInfo = ZONE) -> bool:
    """True when ``instant`` falls in daylight-saving time in ``zone``."""
    dst = instant.astimezone(zone).dst()
    return dst is not None and dst > timedelta(0)
