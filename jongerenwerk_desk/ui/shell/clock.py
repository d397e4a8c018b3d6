"""Injectable time for the UI: idle lock, unlock slow-down, clipboard expiry (seconds, floats).

Use it through ``Services.clock``; tests inject :class:`FakeClock`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class ClockMark:
    """A point in time read from all clocks at once (seconds, floats)."""

    monotonic: float
    boot: float
    wall: float


class Clock:
    """Real time. ``monotonic()`` and ``wall()`` in seconds (floats).

    ``boot()`` counts time spent suspended where the OS offers it (Linux CLOCK_BOOTTIME; on
    Windows ``time.monotonic`` already includes sleep); elsewhere it equals ``monotonic()``.
    :meth:`elapsed` is the largest forward delta of the three clocks, so a laptop that slept past
    a limit counts the sleep (macOS/Linux monotonic clocks stop during suspend), while a wall
    clock set backwards never shortens the measured time.
    """

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (may stop during suspend)."""
        return time.monotonic()

    def boot(self) -> float:
        """Seconds since boot including suspend where the OS reports it."""
        clock_id = getattr(time, "CLOCK_BOOTTIME", None)
        if clock_id is None:
            return time.monotonic()
        return time.clock_gettime(clock_id)

    def wall(self) -> float:
        """Seconds since the Unix epoch (UTC); may jump when the user or NTP sets the time."""
        return time.time()

    def mark(self) -> ClockMark:
        """Read all clocks now."""
        return ClockMark(self.monotonic(), self.boot(), self.wall())

    def elapsed(self, since: ClockMark) -> float:
        """Seconds elapsed since ``since``: the largest non-negative delta of the three clocks."""
        now = self.mark()
        return max(0.0, now.monotonic - since.monotonic, now.boot - since.boot,
                   now.wall - since.wall)


class FakeClock(Clock):
    """A clock for tests. ``advance(s)`` moves every clock; ``sleep(s)`` models a suspended
    laptop: wall and boot time move, the monotonic clock does not."""

    def __init__(self, start_wall: float = 1_800_000_000.0) -> None:
        self._mono = 1000.0
        self._boot = 1000.0
        self._wall = start_wall

    def monotonic(self) -> float:
        return self._mono

    def boot(self) -> float:
        return self._boot

    def wall(self) -> float:
        return self._wall

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass while the machine is awake."""
        self._mono += seconds
        self._boot += seconds
        self._wall += seconds

    def sleep(self, seconds: float) -> None:
        """Let ``seconds`` pass while the machine is suspended (monotonic clock stands still)."""
        self._boot += seconds
        self._wall += seconds

    def set_wall(self, wall: float) -> None:
        """Set only the wall clock (the user or NTP changed the time)."""
        self._wall = wall
