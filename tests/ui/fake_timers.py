"""Timers that fire on a fake clock, in order, only when a test moves time on."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from intervisie_desktop.domain.clock import FakeClock


class FakeTimer(QObject):
    timeout = Signal()

    def __init__(self, scheduler: FakeScheduler, parent: QObject) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self.due: float | None = None

    def start(self, msec: int) -> None:
        self.due = self._scheduler.clock.monotonic() + msec / 1000

    def stop(self) -> None:
        self.due = None

    def isActive(self) -> bool:
        return self.due is not None


class FakeScheduler:
    """Hands out :class:`FakeTimer` s (pass :meth:`timer` as the timer factory)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self._timers: list[FakeTimer] = []

    def timer(self, parent: QObject) -> FakeTimer:
        timer = FakeTimer(self, parent)
        self._timers.append(timer)
        return timer

    def advance(self, seconds: float) -> None:
        """Move the clock on, firing every timer that falls due on the way, in order."""
        end = self.clock.monotonic() + seconds
        while True:
            due = [t for t in self._timers if t.due is not None and t.due <= end]
            if not due:
                break
            first = min(due, key=lambda t: t.due or 0.0)
            assert first.due is not None
            self.clock.advance(max(0.0, first.due - self.clock.monotonic()))
            first.due = None  # single-shot
            first.timeout.emit()
        self.clock.advance(max(0.0, end - self.clock.monotonic()))
