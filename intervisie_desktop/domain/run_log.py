"""What a meeting's clock actually did: stretches of running time per block (a pause
or a move to another block closes one), and what counts against a block's countdown
since its last restart.

A block's elapsed time is the sum of its closed stretches plus ``now − start`` of the
open one: nothing depends on how often anyone asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from intervisie_desktop.domain.clock import Clock


@dataclass
class Segment:
    """A stretch of running time spent on one block (pauses split segments)."""

    block_index: int
    start: float  # monotonic
    wall_start: datetime
    end: float | None = None
    wall_end: datetime | None = None

    def seconds(self, now: float) -> float:
        return (now if self.end is None else self.end) - self.start


class RunLog:
    def __init__(self, clock: Clock, blocks: int) -> None:
        self._clock = clock
        self.segments: list[Segment] = []
        self._counted = [0.0] * blocks  # closed running seconds since the last restart
        self._open: Segment | None = None

    def open(self, index: int) -> None:
        """The clock runs on block ``index`` from now."""
        self._open = Segment(index, self._clock.monotonic(), self._clock.wall())
        self.segments.append(self._open)

    def close(self) -> None:
        """The clock stops (a pause, another block, the end)."""
        if self._open is None:
            return
        self._open.end = self._clock.monotonic()
        self._open.wall_end = self._clock.wall()
        self._counted[self._open.block_index] += self._open.end - self._open.start
        self._open = None

    def restart(self, index: int) -> None:
        """Block ``index`` counts down from the start again (what it ran stays recorded)."""
        self._counted[index] = 0.0

    def load(
        self, counted: list[float], segments: list[Segment], open_segment: Segment | None
    ) -> None:
        """Put back a saved log (see :mod:`snapshot`)."""
        self._counted = list(counted)
        self.segments = segments
        self._open = open_segment

    def elapsed(self, index: int) -> float:
        """Seconds counted against a block's countdown (since its last restart)."""
        counted = self._counted[index]
        if self._open is not None and self._open.block_index == index:
            counted += self._open.seconds(self._clock.monotonic())
        return counted

    def seconds(self, index: int) -> float:
        """All running time spent on a block, restarts included."""
        now = self._clock.monotonic()
        return sum(s.seconds(now) for s in self.segments if s.block_index == index)

    def started(self, index: int) -> datetime | None:
        return next((s.wall_start for s in self.segments if s.block_index == index), None)

    def ended(self, index: int) -> datetime | None:
        ends = [s.wall_end for s in self.segments if s.block_index == index]
        return ends[-1] if ends and ends[-1] is not None else None

    def visited(self, index: int) -> bool:
        return any(s.block_index == index for s in self.segments)

    def total(self) -> float:
        now = self._clock.monotonic()
        return sum(s.seconds(now) for s in self.segments)
