"""Time sources. The engine never reads the system clock itself: a clock is injected.

``monotonic()`` drives every countdown (it never jumps when the wall clock is
changed); ``wall()`` is only used to show clock times such as the projected end.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def wall(self) -> datetime: ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now().astimezone()


class ShiftedClock:
    """Real time seen from a moment in the past, catching up when advanced.

    The demo uses it to replay a meeting's first half "in the past" and then
    run on in real time: ``advance`` moves it forward, never beyond the real
    clock, so time never runs backwards.
    """

    def __init__(self, base: Clock, behind_seconds: float) -> None:
        self._base = base
        self._offset = -abs(behind_seconds)

    def monotonic(self) -> float:
        return self._base.monotonic() + self._offset

    def wall(self) -> datetime:
        return self._base.wall() + timedelta(seconds=self._offset)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not run backwards")
        self._offset = min(0.0, self._offset + seconds)


class FakeClock:
    """A clock that only moves when told to: for tests, the demo and screenshots."""

    def __init__(self, start: datetime | None = None) -> None:
        self._monotonic = 1000.0
        self._wall = start or datetime(2026, 3, 12, 14, 0).astimezone()

    def monotonic(self) -> float:
        return self._monotonic

    def wall(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not run backwards")
        self._monotonic += seconds
        self._wall += timedelta(seconds=seconds)
