"""How long the painted window did not answer (for --smoke and the start-up benchmark).

Imported once the window has painted: it needs ``Qt``'s enums, which take a while to
build, and nothing before the first paint should wait for that.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class LongestPause(QObject):
    """How long, at most, the event loop did not answer (no input, no painting) since it
    was made: a precise timer that should fire every few milliseconds notes the longest
    gap between two of its firings."""

    def __init__(self, parent: QObject, interval_ms: int = 5) -> None:
        super().__init__(parent)
        self.longest_s = 0.0
        self._interval_s = interval_ms / 1000
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._answered)
        self._timer.start(interval_ms)

    def _answered(self) -> None:
        now = time.perf_counter()
        self.longest_s = max(self.longest_s, now - self._last - self._interval_s)
        self._last = now

    def stop(self) -> float:
        """Stop watching; the longest pause in seconds."""
        self._answered()
        self._timer.stop()
        return self.longest_s
